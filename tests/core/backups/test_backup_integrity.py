"""Start-up checks: a damaged database is moved aside, never overwritten, and the
newest good backup is offered (not restored silently)."""
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from microcourt.errors import DatabaseUnusable, UserError
from microcourt.paths import DataPaths
from microcourt.services import open_services
from microcourt.services.backups.integrity import full_check, open_or_recover, quick_check
from microcourt.services.backups.restore import restore_and_open
from microcourt.services.backups.verify import verify_backup
from microcourt.timeutil import local
from tests.core.backup_support import add_party, party_names


@pytest.fixture
def paths(tmp_path):
    return DataPaths(tmp_path / "data")


def fill_with_backups(paths) -> tuple[str, str]:
    """Two parties; an older and a newer good backup, then a damaged newest one."""
    services = open_services(paths.root)
    add_party(services, 1, "王𠮷")
    older = services.backups.create(now=local(2026, 2, 8, 9, 0))
    add_party(services, 2, "阿依古丽·买买提")
    newer = services.backups.create(now=local(2026, 2, 9, 9, 0))
    broken = services.backups.create(now=local(2026, 2, 10, 9, 0))
    services.close()
    data = bytearray(broken.path.read_bytes())
    data[0:100] = b"\x00" * 100  # header gone: not a database any more
    broken.path.write_bytes(bytes(data))
    return older.name, newer.name


def damage(database) -> bytes:
    """Overwrite a page in the middle of the file, as a failing disk would."""
    data = bytearray(database.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + page] = b"\xa5" * page
    database.write_bytes(bytes(data))
    return bytes(data)


def test_a_sound_database_opens(paths):
    fill_with_backups(paths)
    recovery = open_or_recover(paths)
    assert not recovery.damaged and recovery.moved_to is None
    recovery.database.dispose()
    assert quick_check(paths.database).ok and full_check(paths.database).ok


def test_first_start_creates_the_database(paths):
    recovery = open_or_recover(paths)
    assert not recovery.damaged and paths.database.exists()
    recovery.database.dispose()


def test_damaged_database_is_moved_aside_and_the_newest_good_backup_offered(paths):
    _older, newer = fill_with_backups(paths)
    damaged_bytes = damage(paths.database)
    assert not full_check(paths.database).ok
    recovery = open_or_recover(paths, full=True)
    assert recovery.damaged and recovery.database is None
    assert "损坏" in recovery.problem
    assert recovery.moved_to.name.startswith("microcourt.damaged-")
    assert recovery.moved_to.read_bytes() == damaged_bytes  # kept exactly as it was
    assert not paths.database.exists()
    assert recovery.offer.name == newer  # the broken newest backup is skipped
    assert recovery.offer_report.counts["party"] == 2
    # The liaison accepts the offer.
    database, result = restore_and_open(paths, recovery.offer.path, reason="damaged")
    database.dispose()
    assert result.set_aside is None  # the damaged file was already moved aside
    services = open_services(paths.root)
    assert party_names(services) == ["王𠮷", "阿依古丽·买买提"]
    services.close()


def test_a_start_reads_only_the_schema_and_a_failed_backup_check_makes_the_next_deeper(
        paths):
    """A page gone bad in the middle: the start (header and schema only, issue 16.1)
    does not read it; the backup after login checks its copy in full, refuses, and says
    what to do; the next start then checks every page, moves the file aside and offers
    the newest good backup."""
    _older, newer = fill_with_backups(paths)
    damage(paths.database)
    recovery = open_or_recover(paths)
    assert not recovery.damaged  # the login box is not held up by a whole-file read
    services = open_services(paths.root)
    recovery.database.dispose()
    with pytest.raises(UserError, match="完整性检查") as caught:
        services.backups.create(now=local(2026, 2, 11, 9, 0))
    assert "重新打开" in caught.value.message and paths.check_failed_marker.exists()
    services.close()
    again = open_or_recover(paths)
    assert again.damaged and again.offer.name == newer and "损坏" in again.problem
    assert not paths.check_failed_marker.exists()


def test_a_marker_the_file_itself_contradicts_is_cleared(paths):
    fill_with_backups(paths)
    paths.check_failed_marker.touch()
    recovery = open_or_recover(paths)
    assert not recovery.damaged and not paths.check_failed_marker.exists()
    recovery.database.dispose()


def test_a_file_that_is_not_a_database_at_all_is_moved_aside_too(paths):
    paths.ensure()
    paths.database.write_bytes(b"this is not a database \x00\xff" * 100)
    recovery = open_or_recover(paths)
    assert recovery.damaged and recovery.offer is None  # no backups yet
    assert recovery.moved_to.read_bytes().startswith(b"this is not a database")


def test_damaged_files_are_never_overwritten_by_a_second_damage(paths, monkeypatch):
    import microcourt.services.backups.integrity as integrity

    monkeypatch.setattr(integrity, "now_local", lambda: local(2026, 2, 9, 8, 0))
    moved = []
    for content in (b"first damaged \xff" * 50, b"second damaged \xff" * 50):
        paths.ensure()
        paths.database.write_bytes(content)
        (paths.root / "microcourt.db-wal").write_bytes(b"wal of " + content[:10])
        moved.append(open_or_recover(paths).moved_to)
    assert [m.name for m in moved] == ["microcourt.damaged-20260209-080000.db",
                                       "microcourt.damaged-20260209-080000-2.db"]
    assert moved[0].read_bytes().startswith(b"first") and moved[1].read_bytes().startswith(b"second")
    assert moved[1].with_name(moved[1].name + "-wal").read_bytes().startswith(b"wal of sec")


def test_a_database_from_a_newer_version_is_not_treated_as_damage(paths):
    services = open_services(paths.root)
    services.close()
    connection = sqlite3.connect(paths.database)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    with pytest.raises(DatabaseUnusable) as info:
        open_or_recover(paths)
    assert "更新版本" in info.value.message
    assert paths.database.exists()
    assert not list(paths.root.glob("microcourt.damaged-*"))


def test_restore_over_a_crashed_database_keeps_its_write_ahead_log_aside(paths):
    """A power cut leaves committed rows only in microcourt.db-wal: the copy saved
    before a restore must still hold them."""
    services = open_services(paths.root)
    backup = services.backups.create()
    services.close()
    writer = ("import os, sys\n"
              "from microcourt.services import open_services\n"
              "from tests.core.backup_support import add_party\n"
              "services = open_services(sys.argv[1])\n"
              "add_party(services, 7, '欧阳䶮')\n"
              "os._exit(0)  # no clean close: the row stays in the -wal\n")
    subprocess.run([sys.executable, "-c", writer, str(paths.root)], check=True,
                   cwd=Path(__file__).parents[3])
    assert paths.database.with_name("microcourt.db-wal").stat().st_size > 0
    database, result = restore_and_open(paths, backup.path)
    database.dispose()
    assert verify_backup(result.set_aside).counts["party"] == 1
    services = open_services(paths.root)
    assert party_names(services) == []
    services.close()

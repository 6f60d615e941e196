"""Backups in the data folder: create, list, daily and exit backups with rotation,
verify, restore with the current data saved aside, permissions, audit."""
import os
import sqlite3
import stat
from datetime import timedelta

import pytest
from sqlalchemy import select

from microcourt.db.models import AuditEntry
from microcourt.errors import UserError
from microcourt.services.audit.chain import verify
from microcourt.services.backups.catalog import BackupKind
from microcourt.timeutil import local
from tests.core.backup_support import add_party, party_names

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def actions(services) -> list[str]:
    with services.ctx.db.reading() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_backup_is_a_checked_single_file_named_with_the_local_time(services):
    add_party(services, 1, "欧阳䶮")
    info = services.backups.create(now=local(2026, 2, 9, 8, 30))
    assert info.name == "microcourt-manual-20260209-083000.db"
    assert info.path.parent == services.ctx.paths.backups and info.kind is BackupKind.MANUAL
    assert not info.encrypted and info.size == info.path.stat().st_size
    assert not info.path.with_name(info.name + "-wal").exists()
    assert [p.name for p in services.ctx.paths.backups.iterdir()] == [info.name]  # no .partial
    report = services.backups.verify(info.path)
    assert report.ok and report.integrity == ("ok",) and report.revision_known
    assert report.counts["party"] == 1 and report.audit_ok
    assert actions(services)[-2:] == ["backup.create", "backup.verify"]


def test_two_backups_in_the_same_second_get_different_names(services):
    moment = local(2026, 2, 9, 8, 30)
    first = services.backups.create(now=moment)
    second = services.backups.create(now=moment)
    assert second.name == "microcourt-manual-20260209-083000-2.db" != first.name
    assert [i.name for i in services.backups.list()] == [second.name, first.name]


def test_daily_backup_once_per_local_day_and_rotation_over_simulated_days(services):
    start = local(2026, 1, 1, 8, 0)
    for n in range(40):
        morning = start + timedelta(days=n)
        assert services.backups.if_due(morning) is not None
        assert services.backups.if_due(morning + timedelta(hours=3)) is None  # same day
        add_party(services, n, f"王{n}")  # the day's work, which the quit backs up
        services.backups.on_exit(morning + timedelta(hours=10))
    services.backups.create(now=start)  # the liaison's own: never rotated away
    kept = services.backups.list()
    manual = [i for i in kept if i.kind is BackupKind.MANUAL]
    automatic = {i.taken_at for i in kept if i.kind is not BackupKind.MANUAL}
    assert len(manual) == 1
    last_day = start + timedelta(days=39)  # 9 February 2026, a Monday
    exits = {(last_day - timedelta(days=k)).replace(hour=18) for k in range(7)}  # last 7 days
    exits |= {local(2026, 2, 1, 18), local(2026, 1, 25, 18), local(2026, 1, 31, 18)}
    # Sundays of the older weeks and January's end; today's daily is older than its exit.
    assert automatic == exits
    names = [i.name for i in kept]
    assert "microcourt-exit-20260209-180000.db" in names


def test_a_quit_after_only_looking_makes_no_backup_and_after_a_change_does(services):
    services.backups.if_due(local(2026, 2, 9, 8, 0))  # the daily one, at login
    services.parties.search("王")
    assert services.backups.on_exit(local(2026, 2, 9, 18, 0)) is None
    add_party(services, 1, "阿依古丽·买买提")
    after_change = services.backups.on_exit(local(2026, 2, 9, 18, 1))
    assert after_change is not None and after_change.kind is BackupKind.EXIT
    assert services.backups.on_exit(local(2026, 2, 9, 18, 2)) is None  # nothing since
    assert services.backups.verify(after_change.path).counts["party"] == 1


def test_a_write_committed_while_a_backup_runs_is_backed_up_at_quit(services, monkeypatch):
    """A commit on another thread after the copy began is not in the copy: the quit
    must still back it up (the count is taken before the copy, per committing thread)."""
    import threading  # noqa: PLC0415

    from microcourt.services.backups import service as backup_service  # noqa: PLC0415

    copy = backup_service.write_checked_copy

    def copy_then_a_write_elsewhere(source, target):
        copy(source, target)
        worker = threading.Thread(target=lambda: add_party(services, 2, "张堃"))
        worker.start()
        worker.join()

    monkeypatch.setattr(backup_service, "write_checked_copy", copy_then_a_write_elsewhere)
    services.backups.if_due(local(2026, 2, 9, 8, 0))
    monkeypatch.setattr(backup_service, "write_checked_copy", copy)
    assert services.backups.on_exit(local(2026, 2, 9, 18, 0)) is not None


def test_a_local_day_starts_at_midnight_in_shanghai(services):
    assert services.backups.if_due(local(2026, 2, 9, 23, 59)) is not None
    assert services.backups.if_due(local(2026, 2, 10, 0, 1)) is not None


def test_restore_brings_back_the_backup_and_saves_the_current_data_aside(services):
    add_party(services, 1, "阿依古丽·买买提")
    backup = services.backups.create(now=local(2026, 2, 9, 8, 0))
    add_party(services, 2, "欧阳晓燕")
    result = services.backups.restore(backup.path, now=local(2026, 2, 9, 9, 0))
    assert party_names(services) == ["阿依古丽·买买提"]
    assert result.set_aside.name == "microcourt-before-restore-20260209-090000.db"
    aside = sqlite3.connect(result.set_aside)
    assert sorted(r[0] for r in aside.execute("SELECT name FROM party")) == [
        "欧阳晓燕", "阿依古丽·买买提"]
    aside.close()
    assert result.report.counts["party"] == 1
    # The service keeps working on the restored file, and the restore is audited there.
    add_party(services, 3, "堃")
    assert "backup.restore" in actions(services) and verify(services.ctx).ok
    paths = services.ctx.paths
    assert not paths.database.with_name("microcourt.db.restoring").exists()


def test_a_damaged_backup_is_refused_and_nothing_changes(services, tmp_path):
    add_party(services, 1)
    bad = tmp_path / "microcourt-manual-20260209-080000.db"
    good = services.backups.create()
    data = bytearray(good.path.read_bytes())
    data[len(data) // 2:] = b"\x00" * (len(data) - len(data) // 2)  # half the pages wiped
    data[100:4096] = b"\xff" * (4096 - 100)
    bad.write_bytes(bytes(data))
    report = services.backups.verify(bad)
    assert not report.ok and report.problem
    before = sorted(p.name for p in services.ctx.paths.backups.iterdir())
    with pytest.raises(UserError) as info:
        services.backups.restore(bad)
    assert "没有通过检查" in info.value.message and "当前数据没有改动" in info.value.message
    assert party_names(services) == ["王𠮷1"]
    assert sorted(p.name for p in services.ctx.paths.backups.iterdir()) == before


def test_something_else_than_a_backup_is_refused_by_name(services, tmp_path):
    text = tmp_path / "notes<&>.txt"
    text.write_text("not a backup", encoding="utf-8")
    with pytest.raises(UserError) as info:
        services.backups.verify(text)
    assert "notes<&>.txt" in info.value.message
    with pytest.raises(UserError) as info:
        services.backups.verify(tmp_path / "missing.db")
    assert "missing.db" in info.value.message


def test_restore_is_refused_while_another_program_has_the_database_open(services):
    backup = services.backups.create()
    add_party(services, 1)
    other = sqlite3.connect(services.ctx.paths.database)
    other.execute("SELECT count(*) FROM party").fetchall()
    try:
        with pytest.raises(UserError) as info:
            services.backups.restore(backup.path)
    finally:
        other.close()
    assert "另一个程序" in info.value.message
    assert party_names(services) == ["王𠮷1"]  # still working, nothing replaced


@posix_only
def test_data_folder_database_and_backups_are_private(services):
    info = services.backups.create()
    services.backups.if_due()
    paths = services.ctx.paths
    for folder in (paths.root, paths.backups):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for file in (paths.database, info.path):
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file


@posix_only
def test_restored_database_is_private(services):
    backup = services.backups.create()
    os.chmod(services.ctx.paths.database, 0o644)
    result = services.backups.restore(backup.path)
    assert stat.S_IMODE(services.ctx.paths.database.stat().st_mode) == 0o600
    assert stat.S_IMODE(result.set_aside.stat().st_mode) == 0o600


def test_a_data_folder_named_with_spaces_and_a_hash_works(tmp_path):
    from microcourt.services import open_services

    services = open_services(tmp_path / "村委会 数据#1")
    try:
        add_party(services, 1, "王𠮷")
        backup = services.backups.create()
        assert services.backups.verify(backup.path).counts["party"] == 1
        add_party(services, 2)
        services.backups.restore(backup.path)
        assert party_names(services) == ["王𠮷"]
    finally:
        services.close()

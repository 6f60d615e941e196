"""An upgrade is all or nothing, and recovery offers only a copy that passes its own
checks (issue 12, item 2): the state an interrupted upgrade of an older version left
(the new column, the old revision) is refused as before, but the file is left exactly
as it was, no useless pre-upgrade copy of it stays, and the offer skips the copies of
it an older version made."""
from __future__ import annotations

import shutil
import sqlite3

from microcourt.db.upgrade_copies import KEEP, upgrade_copies
from microcourt.paths import DataPaths
from microcourt.services import open_services
from microcourt.services.backups.integrity import open_or_recover
from microcourt.timeutil import local
from tests.core.backup_support import add_party
from tests.core.db.test_migrations import _seed_first_revision


def _schema(path) -> list:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name"
                                  ).fetchall() + connection.execute(
            "SELECT version_num FROM alembic_version").fetchall()
    finally:
        connection.close()


def test_a_half_upgraded_file_is_left_as_it_was_and_its_copies_never_offered(tmp_path):
    paths = DataPaths(tmp_path / "data")
    services = open_services(paths.root)
    add_party(services, 1, "王𠮷")
    good = services.backups.create(now=local(2026, 2, 8, 9, 0))
    services.close()
    paths.database.unlink()
    _seed_first_revision(paths.database)
    with sqlite3.connect(paths.database) as connection:  # what a kill of 0002 left before
        connection.execute("ALTER TABLE party ADD COLUMN id_tail_rev VARCHAR(6)")
    connection.close()
    # ... and the copy the older version made of that very file, newer than the backup
    shutil.copyfile(paths.database, paths.root / "microcourt.pre-upgrade-0001-20260209-090000.db")
    before = _schema(paths.database)

    recovery = open_or_recover(paths)
    assert recovery.damaged and "duplicate column" in recovery.problem
    assert _schema(recovery.moved_to) == before  # the failed upgrade changed nothing
    assert recovery.offer.name == good.name  # not the newer copy that fails the same way
    assert [copy.name for copy in upgrade_copies(paths.database)] == [
        "microcourt.pre-upgrade-0001-20260209-090000.db"]  # none made of it this time


def test_only_the_newest_pre_upgrade_copies_stay(tmp_path):
    paths = DataPaths(tmp_path / "data").ensure()
    template = tmp_path / "old.db"
    _seed_first_revision(template)
    for day in range(1, 6):
        shutil.copyfile(template, paths.root / f"microcourt.pre-upgrade-0001-2025010{day}-0800"
                                               "00.db")
    shutil.copyfile(template, paths.database)
    open_services(paths.root).close()
    kept = upgrade_copies(paths.database)
    assert len(kept) == KEEP
    assert "-2025010" not in kept[0].name  # the one made now, newest, is among them
    assert kept[1].name.endswith("20250105-080000.db")

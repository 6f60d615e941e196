"""Start-up checks (issue 7, item 4): is the database sound, and if not, what then.

`open_or_recover` checks the file before opening it. A damaged database is never
overwritten and never repaired in place: it is renamed `microcourt.damaged-<stamp>.db`
(with its -wal/-shm), so a technician can still rescue rows from it, and the newest
backup that passes verification is *offered*; the window asks the liaison before
restoring it (backup_restore.restore_and_open), nothing is restored silently.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from microcourt.db.engine import Database
from microcourt.db.migrate import open_database
from microcourt.db.sqlite_checks import SCHEMA, IntegrityReport, check_file, fsync_dir
from microcourt.errors import DatabaseUnusable, UserError
from microcourt.leftovers import remove_leftovers
from microcourt.paths import DataPaths
from microcourt.private_files import make_private, secure_data_dir
from microcourt.services.backups.catalog import STAMP_FORMAT, BackupInfo, list_backups
from microcourt.services.backups.verify import BackupReport, verify_backup
from microcourt.timeutil import now_local

log = logging.getLogger(__name__)
_COMPANIONS = ("-wal", "-shm", "-journal")

__all__ = ["IntegrityReport", "Recovery", "full_check", "move_aside_damaged",
           "newest_good_backup", "open_or_recover", "quick_check"]


def quick_check(path: Path) -> IntegrityReport:
    """`PRAGMA quick_check`: pages and records, not index contents."""
    return check_file(path, full=False)


def full_check(path: Path) -> IntegrityReport:
    """`PRAGMA integrity_check`: everything, including that indexes match their tables."""
    return check_file(path, full=True)


@dataclass(frozen=True)
class Recovery:
    """What start-up found. `database` is open when all is well; otherwise the damaged
    file was moved to `moved_to` and `offer` is the backup to propose (None: none
    passed verification)."""

    database: Database | None
    problem: str = ""
    moved_to: Path | None = None
    offer: BackupInfo | None = None
    offer_report: BackupReport | None = None

    @property
    def damaged(self) -> bool:
        return self.database is None


def move_aside_damaged(paths: DataPaths) -> Path:
    """Rename the database and its companions to `microcourt.damaged-<stamp>.db...`,
    choosing a name no file has, so nothing is ever overwritten."""
    database = paths.database
    stamp = now_local().strftime(STAMP_FORMAT)
    target, number = database.with_name(f"microcourt.damaged-{stamp}.db"), 1
    while any(target.with_name(target.name + s).exists() for s in ("", *_COMPANIONS)):
        number += 1
        target = database.with_name(f"microcourt.damaged-{stamp}-{number}.db")
    for suffix in _COMPANIONS:  # the log first: never leave it beside another main file
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            os.rename(companion, target.with_name(target.name + suffix))
    os.rename(database, target)
    fsync_dir(paths.root)
    log.error("damaged database moved aside to %s", target.name)
    return target


def newest_good_backup(paths: DataPaths) -> tuple[BackupInfo, BackupReport] | None:
    """The newest unencrypted backup that passes verification and this version of the
    program can open: an older one is upgraded on a throw-away copy first, so a
    pre-upgrade copy of a file that cannot be upgraded is never offered."""
    for info in list_backups(paths):
        if info.encrypted or info.damaged:
            continue
        try:
            report = verify_backup(info.path, work_dir=paths.root, try_upgrade=True)
        except UserError as exc:
            log.warning("backup %s unusable: %s", info.name, exc.message)
            continue
        if report.ok and report.revision_known:
            return info, report
        log.warning("backup %s fails verification: %s", info.name, report.problem)
    return None


def _recover(paths: DataPaths, problem: str) -> Recovery:
    moved_to = move_aside_damaged(paths)
    paths.check_failed_marker.unlink(missing_ok=True)  # it spoke of the file moved aside
    found = newest_good_backup(paths)
    offer, report = found if found else (None, None)
    return Recovery(None, problem, moved_to, offer, report)


def open_or_recover(paths: DataPaths, full: bool = False) -> Recovery:
    """Check and open the database (creating it on the first start). A start reads
    the header and the schema only, so the login box comes at once at any size; every
    backup checks a copy in full (the daily one soon after login), and when that fails
    the next start runs the full check and recovers. `full` runs the complete
    integrity_check. A database from a newer version or another program is not damage:
    DatabaseUnusable is raised and it stays put; nor is one another program holds
    locked: DatabaseBusy, to try again."""
    paths.ensure()
    secure_data_dir(paths)
    remove_leftovers(paths)
    database = paths.database
    if database.exists() and database.stat().st_size > 0:
        suspect = paths.check_failed_marker.exists()
        report = check_file(database, full=True if full or suspect else SCHEMA)
        if not report.ok:
            return _recover(paths, report.summary)
        if suspect:  # the copy's failure did not repeat on the file itself
            log.warning("a backup's copy failed its check; the database itself passes")
            paths.check_failed_marker.unlink(missing_ok=True)
    try:
        opened = open_database(database)
    except DatabaseUnusable as exc:
        if isinstance(exc.__cause__, DatabaseError):
            return _recover(paths, exc.message)
        raise
    make_private(database)
    return Recovery(opened)

"""Restoring a backup (issue 7, item 3): check it first, save the current database
aside, then swap the file in atomically.

Order matters, so that a power cut at any moment loses nothing:
1. the backup is decrypted/copied next to the database (`microcourt.db.restoring`) and
   checked there; a bad one stops everything before anything is touched;
2. the program's connections are closed;
3. the current database is copied into backups/ as `...-before-restore-<stamp>.db`
   (with a -wal a crash left, which verify and restore read back with it), then put
   into single-file mode, which needs exclusive access: if another program (a second
   window, the command line) still has it open, the restore is refused;
4. `os.replace` swaps the checked copy in: at every moment the database path holds
   either the old or the new file, complete.
"""
from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from microcourt.db.engine import Database
from microcourt.db.migrate import open_database
from microcourt.db.sqlite_checks import fsync_dir, make_single_file
from microcourt.errors import UserError
from microcourt.paths import DataPaths
from microcourt.private_files import make_private, open_private
from microcourt.services.audit import chain as audit
from microcourt.services.backups.catalog import BackupKind, new_backup_path
from microcourt.services.backups.verify import BackupReport, inspect_copy, materialize
from microcourt.services.kernel import changes
from microcourt.services.kernel.context import SYSTEM_ACTOR, Actor, AppContext
from microcourt.services.kernel.progress import Progress, run_to_end
from microcourt.timeutil import now_local, to_local

log = logging.getLogger(__name__)

IN_USE = ("数据库正被另一个程序（另一个微法庭助手窗口或命令行）使用，请先关闭它再恢复。"
          "当前数据没有改动。")
COMPANIONS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class RestoreResult:
    report: BackupReport
    set_aside: Path | None  # the database as it was before, in backups/ (None: there was none)


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _remove_staging(staging: Path) -> None:
    for suffix in ("", *COMPANIONS):
        _companion(staging, suffix).unlink(missing_ok=True)


def prepare(paths: DataPaths, source: Path, password: str | None) -> tuple[Path, BackupReport]:
    """The checked plain copy of `source`, next to the database (same disk, so the final
    rename is atomic)."""
    staging = _companion(paths.database, ".restoring")
    _remove_staging(staging)  # ours, from an interrupted restore
    try:
        encrypted = materialize(source, staging, password)
        report = inspect_copy(staging, source, encrypted)
        if not report.ok or not report.revision_known:
            raise UserError(f"备份“{source.name}”没有通过检查：{report.problem}"
                            "没有恢复，当前数据没有改动。")
        make_single_file(staging)
    except BaseException:
        _remove_staging(staging)
        raise
    return staging, report


def _take_exclusively(database: Path) -> None:
    """Fold the write-ahead log into the file and leave WAL mode, which SQLite allows
    only when no other connection is open: UserError if one is. A file SQLite cannot
    read (damaged) is left as it is, to be saved aside with its companions."""
    connection = sqlite3.connect(database, timeout=2)
    try:
        mode = connection.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise UserError(IN_USE) from exc
        log.warning("current database unreadable before restore: %s", exc)
        return
    except sqlite3.DatabaseError as exc:
        log.warning("current database unreadable before restore: %s", exc)
        return
    finally:
        connection.close()
    if str(mode).lower() != "delete":
        raise UserError(IN_USE)


def _copy_private(source: Path, target: Path) -> None:
    with source.open("rb") as original, open_private(target) as copy:
        shutil.copyfileobj(original, copy, 1 << 20)
        copy.flush()
        os.fsync(copy.fileno())


def set_aside(paths: DataPaths, moment: datetime) -> Path | None:
    """Copy the current database, as it is on disk (with a write-ahead log a crash may
    have left), into backups/, then make sure no other program has it open; returns
    the copy's path (None when there is no database)."""
    database = paths.database
    if not database.exists():
        return None
    paths.backups.mkdir(parents=True, exist_ok=True)
    aside = new_backup_path(paths.backups, BackupKind.BEFORE_RESTORE, moment)
    copied = []
    try:
        # Copied before SQLite touches the file: a damaged database's log is kept too.
        # (-shm is only an index SQLite rebuilds; not worth keeping.)
        for suffix in ("", "-wal", "-journal"):
            if _companion(database, suffix).exists():
                copied.append(_companion(aside, suffix))
                _copy_private(_companion(database, suffix), copied[-1])
        _take_exclusively(database)
    except BaseException:
        for copy in copied:
            copy.unlink(missing_ok=True)
        raise
    fsync_dir(paths.backups)
    return aside


def _swap_in(paths: DataPaths, staging: Path, report: BackupReport, source: Path,
             before_replace: Callable[[], None] | None, now: datetime | None) -> RestoreResult:
    try:
        if before_replace is not None:
            before_replace()
        aside = set_aside(paths, to_local(now) if now else now_local())
        for suffix in COMPANIONS:  # saved aside above; stale ones would corrupt the new file
            _companion(paths.database, suffix).unlink(missing_ok=True)
        os.replace(staging, paths.database)
        fsync_dir(paths.root)
    except OSError as exc:  # Windows: the file is open elsewhere
        raise UserError(f"无法替换数据库文件（{exc.strerror or exc}）。{IN_USE}") from exc
    finally:
        _remove_staging(staging)
    make_private(paths.database)
    log.info("restored %s; the previous database saved as %s", source.name,
             aside.name if aside else "-")
    return RestoreResult(report, aside)


def restore_file(paths: DataPaths, source: Path | str, password: str | None = None,
                 before_replace: Callable[[], None] | None = None,
                 now: datetime | None = None) -> RestoreResult:
    """Replace the database file with the backup `source`; `before_replace` closes the
    program's own connections once the backup has passed its checks."""
    source = Path(source)
    staging, report = prepare(paths, source, password)
    return _swap_in(paths, staging, report, source, before_replace, now)


def _open_and_audit(paths: DataPaths, source: Path, result: RestoreResult, actor: Actor,
                    reason: str) -> Database:
    """Open the restored database (migrating an older one) and audit the restore there."""
    database = open_database(paths.database)
    with database.transaction() as session:
        audit.record(session, actor, "backup.restore", "backup", None,
                     file=source.name, revision=result.report.revision,
                     saved_aside=result.set_aside.name if result.set_aside else None,
                     reason=reason)
    return database


def restore_and_open(paths: DataPaths, source: Path | str, password: str | None = None,
                     actor: Actor = SYSTEM_ACTOR,
                     before_replace: Callable[[], None] | None = None,
                     now: datetime | None = None, reason: str = "") -> tuple[Database, RestoreResult]:
    """Restore and open. Also for start-up after a damaged file was moved aside
    (integrity.open_or_recover), when no program has the database open."""
    result = restore_file(paths, source, password, before_replace, now)
    return _open_and_audit(paths, Path(source), result, actor, reason), result


def restore_job(ctx: AppContext, path: Path | str, password: str | None = None,
                now: datetime | None = None) -> Iterator[Progress]:
    """Restore into the running program, as a job: checking the backup (decrypting a
    large one takes seconds) can be cancelled; once the swap starts it runs to the end.
    The program's engine is closed and the restored database opened in its place (on
    a failure before the swap the old engine simply reconnects). Returns RestoreResult."""
    source = Path(path)
    yield Progress(0, 2, "正在检查备份")
    staging, report = prepare(ctx.paths, source, password)
    try:
        yield Progress(1, 2, "正在恢复数据")
    except GeneratorExit:  # cancelled: nothing was touched
        _remove_staging(staging)
        raise
    result = _swap_in(ctx.paths, staging, report, source, ctx.db.dispose, now)
    changes.report(changes.EVERYTHING)  # another database altogether: every page reloads
    database = _open_and_audit(ctx.paths, source, result, ctx.actor, "")
    previous, ctx.db = ctx.db, database
    previous.dispose()
    return result


def restore_backup(ctx: AppContext, path: Path | str, password: str | None = None,
                   now: datetime | None = None) -> RestoreResult:
    """`restore_job` run to its end."""
    return run_to_end(restore_job(ctx, path, password, now))

"""SQLite-level checks on a database file, with the standard library's sqlite3 alone
(no engine, no pragmas that would write): used on start-up, on backups, on restore and
for the copy made before a schema upgrade. A file another program holds locked is
busy, not damaged: DatabaseBusy is raised instead of a failed report (issue 12, item 8)."""
from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from microcourt.db.engine import connect_readonly, copy_sqlite
from microcourt.errors import BUSY_MESSAGE, DatabaseBusy, UserError
from microcourt.leftovers import partial_name, work_prefix
from microcourt.private_files import open_private

# integrity_check stops after this many problems; the first few say enough.
MAX_PROBLEMS = 20
# How long a check waits for another program's lock before calling the file busy.
CHECK_TIMEOUT_S = 5.0


def is_busy(exc: sqlite3.Error) -> bool:
    """SQLITE_BUSY / SQLITE_LOCKED: another connection holds a lock."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class DamagedCopy(UserError):
    """The copy of the live database failed its check: the live file is suspect."""


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    problems: tuple[str, ...] = ()
    full: bool = True

    @property
    def summary(self) -> str:
        if self.ok:
            return "完整"
        first = "；".join(self.problems[:3])
        more = f"等{len(self.problems)}处问题" if len(self.problems) > 3 else ""
        return f"数据库已损坏：{first}{more}"


# How deep a check reads: every page and index (full), every page (quick), or only
# the header and the schema (SCHEMA: what every start can afford at any size; the full
# check runs with each backup, and a failed one makes the next start check deeper).
SCHEMA = "schema"


def run_check(connection: sqlite3.Connection, full: bool | str = True) -> IntegrityReport:
    """`PRAGMA integrity_check` (full: also indexes against tables), the faster
    `quick_check` (False), or SCHEMA; a file SQLite cannot even read is reported, not
    raised."""
    if full == SCHEMA:
        return _schema_check(connection)
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})")]
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and is_busy(exc):
            raise DatabaseBusy(BUSY_MESSAGE) from exc
        return IntegrityReport(False, (f"无法读取（{exc}）",), full)
    return IntegrityReport(rows == ["ok"], () if rows == ["ok"] else tuple(rows), full)


def _schema_check(connection: sqlite3.Connection) -> IntegrityReport:
    """The header (read by schema_version and page_size) and every schema entry parsed."""
    try:
        connection.execute("PRAGMA schema_version").fetchone()
        connection.execute("PRAGMA page_size").fetchone()
        connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and is_busy(exc):
            raise DatabaseBusy(BUSY_MESSAGE) from exc
        return IntegrityReport(False, (f"无法读取（{exc}）",), False)
    return IntegrityReport(True, (), False)


def check_file(path: Path, full: bool | str = True) -> IntegrityReport:
    """Check the database file at `path`, read-only: a read-only connection still sees
    what a write-ahead log left by a power cut holds, but never deletes or rewrites
    the log of a damaged file (a normal connection may). When a crash left a log whose
    index a read-only connection may not rebuild, a copy of both is checked instead:
    the file is not damaged for that, and the original stays untouched."""
    try:
        return _check(path, full)
    except _NeedsRecovery:
        return _check_copy(path, full)


class _NeedsRecovery(Exception):
    pass


def _check(path: Path, full: bool | str, readonly: bool = True) -> IntegrityReport:
    try:
        connection = (connect_readonly(path, CHECK_TIMEOUT_S) if readonly
                      else sqlite3.connect(path, timeout=CHECK_TIMEOUT_S))
    except sqlite3.Error as exc:
        return IntegrityReport(False, (f"无法打开（{exc}）",), full)
    try:
        if readonly:
            _probe(connection)
        return run_check(connection, full)
    finally:
        connection.close()


def _probe(connection: sqlite3.Connection) -> None:
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        # SQLITE_READONLY_RECOVERY / _CANTINIT / _CANTLOCK: the log's index needs a writer
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_READONLY:
            raise _NeedsRecovery from exc


def _check_copy(path: Path, full: bool | str) -> IntegrityReport:
    with tempfile.TemporaryDirectory(prefix=work_prefix("verify"), dir=path.parent) as work:
        copy = Path(work) / path.name
        for suffix in ("", "-wal"):
            original = path.with_name(path.name + suffix)
            if original.exists():
                shutil.copyfile(original, copy.with_name(copy.name + suffix))
        return _check(copy, full, readonly=False)


def make_single_file(path: Path) -> None:
    """Leave `path` as one self-contained file (rollback-journal mode, no -wal/-shm),
    flushed to disk: how a backup copy is kept and carried."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()
    fsync_file(path)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut (POSIX; Windows cannot open a
    folder for syncing and its renames are journaled by NTFS)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_checked_copy(database: Path, target: Path) -> None:
    """Copy `database` to the new file `target`: written under a .partial name (created
    0600), checked, made a single file, flushed, then renamed, so `target` appears
    complete and good or not at all."""
    partial = partial_name(target)  # a crash leaves it to the next start (leftovers.py)
    try:
        open_private(partial).close()
        copy_sqlite(database, partial)
        report = check_file(partial, full=True)
        if not report.ok:
            raise DamagedCopy(f"复制出的数据没有通过完整性检查（{report.summary}），没有生成副本。"
                              "当前数据库可能已损坏：请关闭本软件后重新打开，软件会全面检查"
                              "数据并提出从最近的完好备份恢复；或联系技术支持。")
        make_single_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except OSError as exc:
        raise UserError(f"无法写入文件 {target}：{exc.strerror or exc}") from exc
    except sqlite3.Error as exc:
        if is_busy(exc):
            raise DatabaseBusy(BUSY_MESSAGE) from exc
        raise UserError(f"无法复制数据库（{exc}），没有生成副本。当前数据库可能已损坏，"
                        "请联系技术支持。") from exc
    finally:
        partial.unlink(missing_ok=True)

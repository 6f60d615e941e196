"""SQLite-level checks on a database file, with the standard library's sqlite3 alone
(no engine, no pragmas that would write): used on start-up, on backups and on restore."""
from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from microcourt.db.engine import connect_readonly

# integrity_check stops after this many problems; the first few say enough.
MAX_PROBLEMS = 20


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


def run_check(connection: sqlite3.Connection, full: bool = True) -> IntegrityReport:
    """`PRAGMA integrity_check` (full: also indexes against tables) or the faster
    `quick_check`; a file SQLite cannot even read is reported, not raised."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [row[0] for row in connection.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})")]
    except sqlite3.DatabaseError as exc:
        return IntegrityReport(False, (f"无法读取（{exc}）",), full)
    return IntegrityReport(rows == ["ok"], () if rows == ["ok"] else tuple(rows), full)


def check_file(path: Path, full: bool = True) -> IntegrityReport:
    """Check the database file at `path`, read-only: a read-only connection still sees
    what a write-ahead log left by a power cut holds, but never deletes or rewrites
    the log of a damaged file (a normal connection may)."""
    try:
        connection = connect_readonly(path)
    except sqlite3.Error as exc:
        return IntegrityReport(False, (f"无法打开（{exc}）",), full)
    try:
        return run_check(connection, full)
    finally:
        connection.close()


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

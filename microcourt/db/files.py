"""Checks on the database file itself, without importing SQLAlchemy (the window runs
them before its first paint)."""
from __future__ import annotations

from pathlib import Path

from microcourt.errors import DatabaseUnusable

SQLITE_HEADER = b"SQLite format 3\x00"


def looks_like_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def check_database_file(path: Path) -> None:
    """Refuse a file that is not a SQLite database; it is never overwritten."""
    if path.exists() and path.stat().st_size > 0 and not looks_like_sqlite(path):
        raise DatabaseUnusable(f"数据文件 {path} 已损坏或不是本软件的数据库，软件没有改动它。"
                               "请联系技术支持，或从备份恢复。")

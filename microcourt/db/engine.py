"""Engine and session factory. SQLite-specific set-up lives here and nowhere else."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from microcourt.private_files import open_private

BUSY_TIMEOUT_MS = 10_000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # WAL lets the UI read while a background job writes; FULL sync because the village
    # PC loses power; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(url: str | URL) -> Engine:
    """hide_parameters: a failed statement's error (and so the log and any traceback)
    never quotes its values: names, phones, addresses, ID digits (issue 12, item 5)."""
    if str(url).startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
                               hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def sqlite_url(path: Path) -> URL:
    """Built, not formatted: a folder named `100%` or `数据#1` must not be read as URL syntax."""
    return URL.create("sqlite", database=str(path))


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Read-only, through a proper file: URI (a `#` or `%` in a folder name is escaped);
    checking or copying a file must never change it."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy through SQLite's online backup API (safe while the program
    writes, WAL included)."""
    src = connect_readonly(source)
    try:
        if not Path(target).exists():  # created owner-only before a byte is copied
            open_private(Path(target)).close()
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


class Database:
    """An engine plus the session factory every service uses: one session per action."""

    def __init__(self, engine: Engine, path: Path | None = None):
        self.engine = engine
        self.path = path
        # The file beside which the audit log keeps its anchor (services/audit/anchors.py).
        self._factory = sessionmaker(engine, expire_on_commit=False,
                                     info={"data_file": path})

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in a transaction: committed on success, rolled back on any error,
        so a failed write leaves the database as it was."""
        with self._factory.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._factory() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()

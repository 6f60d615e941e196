"""Engine and session factory. SQLite-specific set-up lives here and nowhere else."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from microcourt.db.write_counter import WriteCounter
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


def _migration_pragmas(dbapi_connection, _record) -> None:
    # pysqlite commits before every DDL statement on its own; with its transaction
    # handling off, the BEGIN below makes a whole upgrade one transaction (SQLite's DDL
    # is transactional), so a crash leaves the old schema or the new one, never half.
    # Foreign keys are off while tables are rebuilt (SQLite's documented procedure for
    # schema changes: a DROP of a referenced table must not cascade).
    _sqlite_pragmas(dbapi_connection, _record)
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA foreign_keys=OFF")


def _begin_immediate(connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_migration_engine(url: str | URL) -> Engine:
    """An engine for schema upgrades only: on SQLite every `begin()` is a real
    `BEGIN IMMEDIATE` that DDL does not end, so the upgrade commits as one."""
    if not str(url).startswith("sqlite"):
        return create_engine(url, poolclass=NullPool)
    engine = create_engine(url, poolclass=NullPool,
                           connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _migration_pragmas)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def sqlite_url(path: Path) -> URL:
    """Built, not formatted: a folder named `100%` or `数据#1` must not be read as URL syntax."""
    return URL.create("sqlite", database=str(path))


def connect_readonly(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    """Read-only, through a proper file: URI (a `#` or `%` in a folder name is escaped);
    checking or copying a file must never change it."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True,
                           timeout=timeout)


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
        self.writes = WriteCounter(engine)
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

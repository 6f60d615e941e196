"""Opening a database: create it, or upgrade it with Alembic after a pre-upgrade copy.

No crash may leave a database this program refuses (issue 12, item 2): a new database
is made under a temporary name and renamed into place when complete, and an upgrade
runs as one SQLite transaction (`engine.make_migration_engine`), so a kill at any moment
leaves the old schema with the old revision or the new with the new.
"""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from microcourt.db.engine import Database, make_engine, make_migration_engine, sqlite_url
from microcourt.db.files import check_database_file
from microcourt.db.sqlite_checks import fsync_dir, is_busy, make_single_file
from microcourt.db.upgrade_copies import make_upgrade_copy, prune_upgrade_copies
from microcourt.errors import BUSY_MESSAGE, DatabaseBusy, DatabaseUnusable
from microcourt.private_files import make_private

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
CREATING_SUFFIX = ".creating"
COMPANIONS = ("-wal", "-shm", "-journal")


# Alembic is imported only when a migration has to run: an up-to-date database is checked
# with one SELECT against the head found by reading the revision files, which keeps ~0.1 s
# of imports off every start (tests/core/test_migrations.py checks both heads agree).
_REVISION = re.compile(r"^revision(?::\s*str)?\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision[^=]*=\s*['\"]([^'\"]+)['\"]", re.M)


def alembic_config(connection=None):
    from alembic.config import Config  # noqa: PLC0415

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def _script_directory():
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return _script_directory().get_current_head()


def quick_head_revision() -> str | None:
    """The head read straight from the revision files (no Alembic import); None when
    the files do not make one unambiguous head, and the caller asks Alembic instead."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        if (found := _REVISION.search(source)):
            revisions.add(found.group(1))
        if (down := _DOWN.search(source)):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine) -> str | None:
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except OperationalError:  # no alembic_version table: a new or a foreign database
            return None


def upgrade(engine, revision: str = "head") -> None:
    """Upgrade the database of `engine` to `revision` in one transaction."""
    from alembic import command  # noqa: PLC0415

    migration = make_migration_engine(engine.url)
    try:
        with migration.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
            _warn_foreign_keys(connection)
    finally:
        migration.dispose()


def _warn_foreign_keys(connection) -> None:
    if connection.dialect.name != "sqlite":
        return
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:  # rows an old version let through: kept, but worth a technician's look
        log.warning("after the upgrade %d rows break a foreign key (first: %s)",
                    len(broken), broken[0])


def _companion(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _is_new(path: Path) -> bool:
    """No database yet: no file, or an empty one with no write-ahead log holding pages."""
    if path.exists() and path.stat().st_size > 0:
        return False
    wal = _companion(path, "-wal")
    return not (wal.exists() and wal.stat().st_size > 0)


def create_database(path: Path) -> None:
    """Make the complete new database under a temporary name, then rename it into place:
    a crash leaves no database (made again next time), never a half-made one."""
    temp = _companion(path, CREATING_SUFFIX)
    for suffix in ("", *COMPANIONS):  # left by a crash during an earlier first start
        _companion(temp, suffix).unlink(missing_ok=True)
    engine = make_engine(sqlite_url(temp))
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    make_single_file(temp)
    make_private(temp)
    for suffix in COMPANIONS:  # of an empty file: nothing in them
        _companion(path, suffix).unlink(missing_ok=True)
    os.replace(temp, path)
    fsync_dir(path.parent)
    log.info("created a new database %s", path)


def _refusal(path: Path, exc: DatabaseError) -> Exception:
    if isinstance(exc, OperationalError) and is_busy(exc.orig):
        return DatabaseBusy(BUSY_MESSAGE)
    return DatabaseUnusable(f"无法读取数据文件 {path}（{exc.orig}），软件没有改动它。"
                            "请联系技术支持，或从备份恢复。")


def open_database(path: Path) -> Database:
    """Open (creating or upgrading) the SQLite file at `path`.

    Never overwrites an unreadable file: anything that is not a 微法庭助手 database
    raises DatabaseUnusable with a message for the liaison; a file another program
    holds locked raises DatabaseBusy.
    """
    check_database_file(path)
    engine = None
    try:
        if _is_new(path):
            create_database(path)
        else:  # a first start killed before its rename left these; the database is here
            temp = _companion(path, CREATING_SUFFIX)
            for suffix in ("", *COMPANIONS):
                _companion(temp, suffix).unlink(missing_ok=True)
        engine = make_engine(sqlite_url(path))
        migrate_engine(engine, backup_of=path)
    except DatabaseError as exc:
        if engine is not None:
            engine.dispose()
        raise _refusal(path, exc) from exc
    except (DatabaseUnusable, DatabaseBusy):
        if engine is not None:
            engine.dispose()
        raise
    return Database(engine, path)


def migrate_engine(engine, backup_of: Path | None = None) -> None:
    current = current_revision(engine)
    if current is not None and current == quick_head_revision():
        return
    script = _script_directory()
    head = script.get_current_head()
    if current == head:
        return
    if current is None and inspect(engine).get_table_names():
        raise DatabaseUnusable("这个数据库不是微法庭助手创建的，软件没有改动它。")
    copy = None
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several kinds for an unknown revision
            raise DatabaseUnusable("这个数据库来自更新版本的微法庭助手，请先升级软件。") from exc
        if backup_of is not None:
            copy = make_upgrade_copy(backup_of, current)
    log.info("migrating database from %s to %s", current, head)
    try:
        upgrade(engine)
    except BaseException:
        if copy is not None:  # the same file that cannot be upgraded: no use to recovery
            copy.unlink(missing_ok=True)
        raise
    if backup_of is not None:
        prune_upgrade_copies(backup_of)

"""Opening a database: create it, or upgrade it with Alembic after a pre-upgrade copy."""
from __future__ import annotations

import logging
import re
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.exc import DatabaseError, OperationalError

from microcourt.db.engine import Database, copy_sqlite, make_engine, sqlite_url
from microcourt.db.files import check_database_file
from microcourt.errors import DatabaseUnusable
from microcourt.timeutil import now_local

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


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
    from alembic import command  # noqa: PLC0415

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def open_database(path: Path) -> Database:
    """Open (creating or upgrading) the SQLite file at `path`.

    Never overwrites an unreadable file: anything that is not a 微法庭助手 database
    raises DatabaseUnusable with a message for the liaison.
    """
    check_database_file(path)
    engine = make_engine(sqlite_url(path))
    try:
        migrate_engine(engine, backup_of=path)
    except DatabaseError as exc:
        engine.dispose()
        raise DatabaseUnusable(f"无法读取数据文件 {path}（{exc.orig}），软件没有改动它。"
                               "请联系技术支持，或从备份恢复。") from exc
    except DatabaseUnusable:
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
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:  # alembic raises several kinds for an unknown revision
            raise DatabaseUnusable("这个数据库来自更新版本的微法庭助手，请先升级软件。") from exc
        if backup_of is not None:
            backup_before_upgrade(backup_of, current)
    log.info("migrating database from %s to %s", current, head)
    upgrade(engine)


def backup_before_upgrade(path: Path, revision: str) -> Path:
    stamp = now_local().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.pre-upgrade-{revision}-{stamp}{path.suffix}")
    copy_sqlite(path, target)
    log.info("copied %s to %s before upgrading", path, target)
    return target

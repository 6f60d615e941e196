"""Opening a database: create it, or upgrade it with Alembic after a pre-upgrade copy."""
from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.exc import DatabaseError

from microcourt.db.engine import (Database, copy_sqlite, looks_like_sqlite, make_engine,
                                  sqlite_url)
from microcourt.errors import DatabaseUnusable
from microcourt.timeutil import now_local

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine, revision: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def open_database(path: Path) -> Database:
    """Open (creating or upgrading) the SQLite file at `path`.

    Never overwrites an unreadable file: anything that is not a 微法庭助手 database
    raises DatabaseUnusable with a message for the liaison.
    """
    if path.exists() and path.stat().st_size > 0 and not looks_like_sqlite(path):
        raise DatabaseUnusable(f"数据文件 {path} 已损坏或不是本软件的数据库，软件没有改动它。"
                               "请联系技术支持，或从备份恢复。")
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
    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    current = current_revision(engine)
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

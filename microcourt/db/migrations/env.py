"""Alembic environment. Runs on a connection handed in by microcourt.db.migrate (or on
the URL of `-x url=...` for command-line autogenerate during development)."""
from alembic import context
from sqlalchemy import create_engine

from microcourt.db.models import Base

config = context.config
target_metadata = Base.metadata


def run(connection) -> None:
    # microcourt.db.migrate hands in a connection already in one transaction (SQLite's
    # DDL is transactional); transactional_ddl says so to Alembic, which then adds none.
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, compare_type=True, transactional_ddl=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev-autogen.db")
    with create_engine(url).connect() as conn:
        run(conn)
        conn.commit()

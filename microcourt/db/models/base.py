"""Declarative base with a naming convention, so constraints have stable names that
Alembic batch migrations (SQLite) and PostgreSQL both understand."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from microcourt.db.types import UTCDateTime
from microcourt.timeutil import now_utc

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Money is integer fen (分) in a 64-bit column: 400,000 yuan is 40,000,000 fen, and
# amounts far beyond any village dispute still fit.
Fen = BigInteger


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class IdMixin:
    id: Mapped[int] = mapped_column(Integer, primary_key=True)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc,
                                                 onupdate=now_utc)


def code(length: int = 32):
    """A short machine code (a Python enum's value); validated in the services, stored as
    plain text so adding a value never needs a migration."""
    return String(length)

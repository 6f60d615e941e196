"""Operator accounts, the hash-chained audit log, and the micro-court's own settings."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from microcourt.db.models.base import Base, IdMixin, TimestampMixin, code
from microcourt.db.types import UTCDateTime
from microcourt.timeutil import now_utc


class Operator(IdMixin, TimestampMixin, Base):
    __tablename__ = "operator"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(code(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("mediator.id"))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditEntry(IdMixin, Base):
    """Append-only. `entry_hash` = SHA-256 over this entry's fields and `prev_hash`, so
    editing or deleting any row breaks the chain from there on."""

    __tablename__ = "audit_entry"

    at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc, index=True)
    actor: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(code(8))  # gui / cli
    action: Mapped[str] = mapped_column(code(32), index=True)
    entity: Mapped[str | None] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text, default="")  # JSON, never a full ID number
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class CourtProfile(IdMixin, TimestampMixin, Base):
    """The micro-court's own particulars: one row."""

    __tablename__ = "court_profile"

    name: Mapped[str] = mapped_column(String(200))
    village: Mapped[str] = mapped_column(String(200))
    committee: Mapped[str] = mapped_column(String(200))
    court: Mapped[str] = mapped_column(String(200))
    liaison_name: Mapped[str] = mapped_column(String(100))
    liaison_phone: Mapped[str] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(String(300), default="")
    room: Mapped[str] = mapped_column(String(100), default="")
    judge: Mapped[str] = mapped_column(String(100), default="")
    case_number_pattern: Mapped[str] = mapped_column(String(100))


class AppSetting(Base):
    """Other preferences shared by every operator of this database (reminder lead time,
    idle lock minutes ...). Per-PC display preferences live in QSettings instead."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)

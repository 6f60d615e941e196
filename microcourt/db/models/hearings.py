"""Video hearings and mediation sessions, their participants and their change history."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from microcourt.db.models.base import Base, IdMixin, TimestampMixin, code
from microcourt.db.types import UTCDateTime
from microcourt.timeutil import now_utc


class Hearing(IdMixin, TimestampMixin, Base):
    __tablename__ = "hearing"
    __table_args__ = (Index("ix_hearing_start_at", "start_at"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id", ondelete="CASCADE"),
                                         index=True)
    kind: Mapped[str] = mapped_column(code(24))
    platform: Mapped[str | None] = mapped_column(code(24))
    meeting_link: Mapped[str | None] = mapped_column(String(500))
    room: Mapped[str | None] = mapped_column(String(100))
    judge: Mapped[str | None] = mapped_column(String(100))
    court: Mapped[str | None] = mapped_column(String(200))
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("mediator.id"), index=True)
    start_at: Mapped[datetime] = mapped_column(UTCDateTime)
    end_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(code(16))
    outcome: Mapped[str | None] = mapped_column(code(16))
    outcome_notes: Mapped[str] = mapped_column(Text, default="")
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    participants: Mapped[list[HearingParticipant]] = relationship(
        back_populates="hearing", cascade="all, delete-orphan")
    changes: Mapped[list[HearingChange]] = relationship(
        back_populates="hearing", cascade="all, delete-orphan", order_by="HearingChange.at")


class HearingParticipant(IdMixin, Base):
    __tablename__ = "hearing_participant"

    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearing.id", ondelete="CASCADE"),
                                            index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"), index=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("party_agent.id"))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(50))
    location: Mapped[str] = mapped_column(code(16))
    phone: Mapped[str | None] = mapped_column(String(32))
    needs_help: Mapped[bool] = mapped_column(Boolean, default=False)

    hearing: Mapped[Hearing] = relationship(back_populates="participants")


class HearingChange(IdMixin, Base):
    """A reschedule or cancellation, with the reason the liaison gave."""

    __tablename__ = "hearing_change"

    hearing_id: Mapped[int] = mapped_column(ForeignKey("hearing.id", ondelete="CASCADE"),
                                            index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    actor: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(code(16))
    old_start_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    old_end_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    new_start_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    new_end_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")

    hearing: Mapped[Hearing] = relationship(back_populates="changes")

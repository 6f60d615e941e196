"""Invited mediators, cases, the parties in their roles, and the case timeline."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from microcourt.db.models.base import Base, Fen, IdMixin, TimestampMixin, code
from microcourt.db.models.parties import Party, PartyAgent
from microcourt.db.types import UTCDateTime
from microcourt.timeutil import now_utc


class Mediator(IdMixin, TimestampMixin, Base):
    """An invited mediator (特邀调解员)."""

    __tablename__ = "mediator"

    name: Mapped[str] = mapped_column(String(100))
    organization: Mapped[str | None] = mapped_column(String(200))
    specialties: Mapped[str] = mapped_column(String(200), default="")  # comma-separated
    phone: Mapped[str | None] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class CaseNumberCounter(Base):
    """The last registry sequence used per year, so a number is never handed out twice,
    even if the case holding it is later withdrawn."""

    __tablename__ = "case_number_counter"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer, default=0)


class Case(IdMixin, TimestampMixin, Base):
    __tablename__ = "dispute_case"
    __table_args__ = (
        Index("ix_dispute_case_status", "status"),
        Index("ix_dispute_case_received_on", "received_on"),
    )

    number: Mapped[str] = mapped_column(String(64), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    category: Mapped[str] = mapped_column(code(16))
    summary: Mapped[str] = mapped_column(Text, default="")
    claims: Mapped[str] = mapped_column(Text, default="")
    amount_fen: Mapped[int | None] = mapped_column(Fen)
    received_on: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(code(16))
    status: Mapped[str] = mapped_column(code(16))
    status_changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    closed_on: Mapped[date | None] = mapped_column(Date)
    # court-referred mediation (委派/委托调解, source 'court'): the application goes to
    # the referring court (民事诉讼法 205(一)), which the packet names with its case number
    referral_kind: Mapped[str | None] = mapped_column(code(16))
    referring_court: Mapped[str | None] = mapped_column(String(200))
    referral_number: Mapped[str | None] = mapped_column(String(64))

    parties: Mapped[list[CaseParty]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseParty.position")
    mediators: Mapped[list[CaseMediator]] = relationship(
        back_populates="case", cascade="all, delete-orphan")
    events: Mapped[list[CaseEvent]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseEvent.at")


class CaseParty(IdMixin, Base):
    """A party in a role. In a many-claimant case each claimant (e.g. each of the 77
    workers) is one applicant row with the amount owed to them."""

    __tablename__ = "case_party"
    __table_args__ = (UniqueConstraint("case_id", "party_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id", ondelete="CASCADE"),
                                         index=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id"), index=True)
    role: Mapped[str] = mapped_column(code(16))
    position: Mapped[int] = mapped_column(Integer, default=0)
    claim_amount_fen: Mapped[int | None] = mapped_column(Fen)

    case: Mapped[Case] = relationship(back_populates="parties")
    party: Mapped[Party] = relationship()
    agents: Mapped[list[CaseAgent]] = relationship(
        back_populates="case_party", cascade="all, delete-orphan")


class CaseAgent(IdMixin, Base):
    """Which of a party's agents acts for them in this case."""

    __tablename__ = "case_agent"
    __table_args__ = (UniqueConstraint("case_party_id", "agent_id"),)

    case_party_id: Mapped[int] = mapped_column(
        ForeignKey("case_party.id", ondelete="CASCADE"), index=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("party_agent.id"), index=True)

    case_party: Mapped[CaseParty] = relationship(back_populates="agents")
    agent: Mapped[PartyAgent] = relationship()


class CaseMediator(IdMixin, Base):
    """A mediator on a case, with the recusal check (特邀调解规定 arts. 15-16): a link
    to a party is either answered by recusal or by a recorded reason to continue."""

    __tablename__ = "case_mediator"
    __table_args__ = (UniqueConstraint("case_id", "mediator_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id", ondelete="CASCADE"),
                                         index=True)
    mediator_id: Mapped[int] = mapped_column(ForeignKey("mediator.id"), index=True)
    is_lead: Mapped[bool] = mapped_column(Boolean, default=True)
    linked_party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    link_description: Mapped[str | None] = mapped_column(String(200))
    recused: Mapped[bool] = mapped_column(Boolean, default=False)
    continue_reason: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="mediators")
    mediator: Mapped[Mediator] = relationship()


class CaseEvent(IdMixin, Base):
    """The case timeline: who did what, when and why."""

    __tablename__ = "case_event"

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id", ondelete="CASCADE"),
                                         index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    actor: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(code(32))
    from_status: Mapped[str | None] = mapped_column(code(16))
    to_status: Mapped[str | None] = mapped_column(code(16))
    note: Mapped[str] = mapped_column(Text, default="")

    case: Mapped[Case] = relationship(back_populates="events")

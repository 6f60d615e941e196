"""Parties (natural persons and organizations) and their agents or guardians."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from microcourt.db.models.base import Base, Fen, IdMixin, TimestampMixin, code
from microcourt.db.types import UTCDateTime


class Party(IdMixin, TimestampMixin, Base):
    """A natural person or an organization. Organizations keep their unified social
    credit code in `id_number` with `id_type='credit_code'`, so one unique constraint
    forbids registering the same identity twice."""

    __tablename__ = "party"
    __table_args__ = (
        UniqueConstraint("id_type", "id_number"),
        Index("ix_party_name_pinyin", "name_pinyin"),
        Index("ix_party_name_initials", "name_initials"),
        Index("ix_party_id_tail", "id_tail"),
        Index("ix_party_phone", "phone"),
        Index("ix_party_name", "name"),
    )

    kind: Mapped[str] = mapped_column(code(16))
    name: Mapped[str] = mapped_column(String(200))
    # Search helpers, kept by the parties service: full pinyin without tones and
    # spaces, its initials, and the last 6 characters of the ID number (tail search).
    name_pinyin: Mapped[str] = mapped_column(String(600), default="")
    name_initials: Mapped[str] = mapped_column(String(200), default="")
    id_tail: Mapped[str | None] = mapped_column(String(6))

    gender: Mapped[str | None] = mapped_column(code(8))
    ethnicity: Mapped[str | None] = mapped_column(String(16))
    birth_date: Mapped[date | None] = mapped_column(Date)
    id_type: Mapped[str | None] = mapped_column(code(24))
    id_number: Mapped[str | None] = mapped_column(String(32))
    phone: Mapped[str | None] = mapped_column(String(32))
    household_address: Mapped[str | None] = mapped_column(String(300))
    service_address: Mapped[str | None] = mapped_column(String(300))
    accepts_e_service: Mapped[bool] = mapped_column(Boolean, default=False)
    wechat: Mapped[str | None] = mapped_column(String(64))
    occupation: Mapped[str | None] = mapped_column(String(100))
    needs: Mapped[str] = mapped_column(String(200), default="")  # comma-separated PartyNeed
    emergency_name: Mapped[str | None] = mapped_column(String(100))
    emergency_relation: Mapped[str | None] = mapped_column(String(50))
    emergency_phone: Mapped[str | None] = mapped_column(String(32))
    notes: Mapped[str] = mapped_column(Text, default="")

    # Organizations
    legal_rep_name: Mapped[str | None] = mapped_column(String(100))
    legal_rep_title: Mapped[str | None] = mapped_column(String(100))

    # Personal-information consent (个人信息保护法 arts. 13-15): recorded before an ID
    # number is stored; withdrawal anonymizes the record.
    consent_on: Mapped[date | None] = mapped_column(Date)
    consent_form: Mapped[str | None] = mapped_column(code(16))
    consent_witness: Mapped[str | None] = mapped_column(String(100))
    consent_withdrawn_on: Mapped[date | None] = mapped_column(Date)
    anonymized_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Amount owed from an import list (many-claimant cases); copied into the case later.
    imported_amount_fen: Mapped[int | None] = mapped_column(Fen)

    agents: Mapped[list["PartyAgent"]] = relationship(
        back_populates="principal", cascade="all, delete-orphan", order_by="PartyAgent.id")


class PartyAgent(IdMixin, TimestampMixin, Base):
    """An agent ad litem or guardian of a party (民事诉讼法 arts. 61-62). Special
    authority (特别授权) to settle or change claims is recorded explicitly, because the
    power of attorney must spell it out."""

    __tablename__ = "party_agent"

    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"),
                                          index=True)
    kind: Mapped[str] = mapped_column(code(16))
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str | None] = mapped_column(String(50))
    gender: Mapped[str | None] = mapped_column(code(8))
    id_type: Mapped[str | None] = mapped_column(code(24))
    id_number: Mapped[str | None] = mapped_column(String(32))
    phone: Mapped[str | None] = mapped_column(String(32))
    address: Mapped[str | None] = mapped_column(String(300))
    work_unit: Mapped[str | None] = mapped_column(String(200))  # law firm, committee
    licence_number: Mapped[str | None] = mapped_column(String(64))
    special_authority: Mapped[bool] = mapped_column(Boolean, default=False)
    authority_scope: Mapped[str] = mapped_column(Text, default="")
    is_guardian: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    principal: Mapped[Party] = relationship(back_populates="agents")

"""Mediation agreements (人民调解法 art. 29) with versions, clauses, signatures, and the
payment plan: installments per claimant, and the payments made against them."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from microcourt.db.models.base import Base, Fen, IdMixin, TimestampMixin, code
from microcourt.db.types import UTCDateTime
from microcourt.timeutil import now_utc


class Agreement(IdMixin, TimestampMixin, Base):
    """One version of a case's agreement. A signed version is locked; a change after
    signing is a new version whose `supersedes_id` points at the old one."""

    __tablename__ = "agreement"
    __table_args__ = (UniqueConstraint("case_id", "version"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id", ondelete="CASCADE"),
                                         index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"))
    status: Mapped[str] = mapped_column(code(16))
    facts: Mapped[str] = mapped_column(Text, default="")
    items_in_dispute: Mapped[str] = mapped_column(Text, default="")
    responsibilities: Mapped[str] = mapped_column(Text, default="")
    performance_way: Mapped[str] = mapped_column(Text, default="")
    performance_place: Mapped[str] = mapped_column(String(300), default="")
    performance_deadline: Mapped[date | None] = mapped_column(Date)
    breach_terms: Mapped[str] = mapped_column(Text, default="")
    total_fen: Mapped[int | None] = mapped_column(Fen)
    copies: Mapped[int | None] = mapped_column(Integer)
    signing_place: Mapped[str] = mapped_column(String(200), default="")
    electronic_signature: Mapped[bool] = mapped_column(Boolean, default=False)
    effective_on: Mapped[date | None] = mapped_column(Date)
    # The committee's seal (人民调解法 art. 29): the agreement takes effect on the last of
    # the signatures and the seal.
    sealed_on: Mapped[date | None] = mapped_column(Date)
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    clauses: Mapped[list[AgreementClause]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan",
        order_by="AgreementClause.position")
    signatures: Mapped[list[AgreementSignature]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan")
    installments: Mapped[list[Installment]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan",
        order_by="(Installment.claimant_id, Installment.seq)")


class AgreementScan(IdMixin, Base):
    """One file of the scanned signed original of a version (a PDF, or a JPEG/PNG per
    page as the scanner gave it), bound in `position` order into every packet of that
    version. Kept in the database, not the data folder: it is written in the same
    transaction as its audit entry, travels in the encrypted backup, and a town's
    PostgreSQL site serves it to every PC."""

    __tablename__ = "agreement_scan"
    __table_args__ = (UniqueConstraint("agreement_id", "position"),)

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(code(32))   # application/pdf, image/jpeg, image/png
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer)
    attached_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    attached_by: Mapped[str] = mapped_column(String(100), default="")


class AgreementClause(IdMixin, Base):
    __tablename__ = "agreement_clause"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"),
                                              index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # "plan": the payment clause written from the installment plan (plan_text.py), never
    # typed; "text": any other clause.
    kind: Mapped[str] = mapped_column(String(16), default="text", server_default="text")

    agreement: Mapped[Agreement] = relationship(back_populates="clauses")


class AgreementSignature(IdMixin, Base):
    """One signature: a party's (with fingerprint) or the mediator's. The agreement
    takes effect on the last of them."""

    __tablename__ = "agreement_signature"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"),
                                              index=True)
    party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    mediator_id: Mapped[int | None] = mapped_column(ForeignKey("mediator.id"))
    signer_name: Mapped[str] = mapped_column(String(200))
    signed_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200), default="")

    agreement: Mapped[Agreement] = relationship(back_populates="signatures")


class Installment(IdMixin, Base):
    """One due payment. `claimant_id` (a case_party) is set in many-claimant cases,
    where each claimant has their own schedule."""

    __tablename__ = "installment"

    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id", ondelete="CASCADE"),
                                              index=True)
    claimant_id: Mapped[int | None] = mapped_column(ForeignKey("case_party.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    amount_fen: Mapped[int] = mapped_column(Fen)
    payer_party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))
    payee_party_id: Mapped[int | None] = mapped_column(ForeignKey("party.id"))

    agreement: Mapped[Agreement] = relationship(back_populates="installments")
    payments: Mapped[list[Payment]] = relationship(
        back_populates="installment", cascade="all, delete-orphan", order_by="Payment.paid_on")


class Payment(IdMixin, Base):
    """A payment against an installment; several partial payments may settle one."""

    __tablename__ = "payment"

    installment_id: Mapped[int] = mapped_column(
        ForeignKey("installment.id", ondelete="CASCADE"), index=True)
    paid_on: Mapped[date] = mapped_column(Date)
    amount_fen: Mapped[int] = mapped_column(Fen)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)

    installment: Mapped[Installment] = relationship(back_populates="payments")


class ClauseTemplate(IdMixin, TimestampMixin, Base):
    """Editable clause wording per case category."""

    __tablename__ = "clause_template"

    category: Mapped[str] = mapped_column(code(16), index=True)
    title: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)

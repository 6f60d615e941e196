"""Judicial-confirmation filings (司法确认) and the documents generated for them."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from microcourt.db.models.base import Base, IdMixin, TimestampMixin, code
from microcourt.db.types import UTCDateTime
from microcourt.timeutil import now_utc


class Filing(IdMixin, TimestampMixin, Base):
    """One application packet. In per-claimant mode a case has one filing per claimant
    (`claimant_id` set); in joint mode one filing for all."""

    __tablename__ = "filing"

    case_id: Mapped[int] = mapped_column(ForeignKey("dispute_case.id", ondelete="CASCADE"),
                                         index=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreement.id"), index=True)
    claimant_id: Mapped[int | None] = mapped_column(ForeignKey("case_party.id"))
    mode: Mapped[str] = mapped_column(code(16))
    status: Mapped[str] = mapped_column(code(16))
    output_dir: Mapped[str | None] = mapped_column(String(1000))
    generated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    submitted_on: Mapped[date | None] = mapped_column(Date)
    platform: Mapped[str | None] = mapped_column(code(24))
    court: Mapped[str | None] = mapped_column(String(200))
    court_case_number: Mapped[str | None] = mapped_column(String(100))
    correction_deadline: Mapped[date | None] = mapped_column(Date)
    ruling_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    documents: Mapped[list[FilingDocument]] = relationship(
        back_populates="filing", cascade="all, delete-orphan", order_by="FilingDocument.id")


class FilingDocument(IdMixin, Base):
    __tablename__ = "filing_document"

    filing_id: Mapped[int] = mapped_column(ForeignKey("filing.id", ondelete="CASCADE"),
                                           index=True)
    kind: Mapped[str] = mapped_column(code(32))
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)

    filing: Mapped[Filing] = relationship(back_populates="documents")

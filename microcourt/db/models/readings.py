"""Readings aloud (issue 18): who read which version of a document to which party,
when, and whether the party said they understood.

The wording read is identified by its sha256 (speech.script.Script.digest), so a
document changed after the reading (a draft edited, a new version, a party's address
corrected) no longer matches and needs reading again. The agreement and the service
address form print the attestation of a matching, understood reading.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from microcourt.db.models.base import Base, IdMixin, code
from microcourt.db.types import UTCDateTime
from microcourt.timeutil import now_utc


class DocumentReading(IdMixin, Base):
    __tablename__ = "document_reading"

    # None for the consent notice, which is read before a party is in any case
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("dispute_case.id", ondelete="CASCADE"), index=True)
    # a party deleted outright (in no case) takes its readings along (个人信息保护法 47)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"),
                                          index=True)
    document: Mapped[str] = mapped_column(code(24))  # services.readings.dto.ReadDocument
    subject_id: Mapped[int | None] = mapped_column(Integer)  # agreement, hearing or agent id
    version: Mapped[int | None] = mapped_column(Integer)    # the agreement's version
    title: Mapped[str] = mapped_column(String(200))
    digest: Mapped[str] = mapped_column(String(64))
    read_by: Mapped[str] = mapped_column(String(200))
    # the account that recorded it; no foreign key, like the audit log's actor: the
    # record stands whatever becomes of accounts (read_by is what is printed)
    operator_id: Mapped[int | None] = mapped_column(Integer)
    voice: Mapped[str] = mapped_column(String(100), default="")  # "" read in person
    understood: Mapped[bool] = mapped_column(Boolean)
    read_on: Mapped[date] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=now_utc)
    note: Mapped[str] = mapped_column(Text, default="")

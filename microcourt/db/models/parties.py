"""Parties (natural persons and organizations) and their agents or guardians."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, UniqueConstraint, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from microcourt.db.models.base import Base, Fen, IdMixin, TimestampMixin, code
from microcourt.db.types import UTCDateTime
from microcourt.search_keys import id_tail, name_keys


class Party(IdMixin, TimestampMixin, Base):
    """A natural person or an organization. Organizations keep their unified social
    credit code in `id_number` with `id_type='credit_code'`, so one unique constraint
    forbids registering the same identity twice."""

    __tablename__ = "party"
    __table_args__ = (
        UniqueConstraint("id_type", "id_number"),
        # Search (services/party_search.py): every index a search term scans or seeks
        # also carries name_pinyin (and the row id), so matches are counted and sorted
        # from the index alone, without reading 100,000 table rows.
        Index("ix_party_name_pinyin", "name_pinyin"),
        Index("ix_party_name_initials", "name_initials", "name_pinyin"),
        Index("ix_party_id_tail", "id_tail"),
        Index("ix_party_id_tail_rev", "id_tail_rev", "name_pinyin"),
        Index("ix_party_phone", "phone"),
        Index("ix_party_phone_digits", "phone_digits", "name_pinyin"),
        Index("ix_party_name_search", "name", "anonymized_at", "name_pinyin"),
        Index("ix_party_listing", "anonymized_at", "name_pinyin"),
    )

    kind: Mapped[str] = mapped_column(code(16))
    name: Mapped[str] = mapped_column(String(200))
    # Search helpers, derived from name, ID number and phone on every flush (see
    # `fill_search_keys` below): full pinyin without tones and spaces, its initials,
    # the last 6 characters of the ID number, the same reversed (so "ends with 1234" is
    # an index seek), and the phone's digits alone (landline dashes removed).
    name_pinyin: Mapped[str] = mapped_column(String(600), default="")
    name_initials: Mapped[str] = mapped_column(String(200), default="")
    id_tail: Mapped[str | None] = mapped_column(String(6))
    id_tail_rev: Mapped[str | None] = mapped_column(String(6))
    phone_digits: Mapped[str | None] = mapped_column(String(32))

    gender: Mapped[str | None] = mapped_column(code(8))
    ethnicity: Mapped[str | None] = mapped_column(String(16))
    birth_date: Mapped[date | None] = mapped_column(Date)
    id_type: Mapped[str | None] = mapped_column(code(24))
    id_number: Mapped[str | None] = mapped_column(String(32))
    phone: Mapped[str | None] = mapped_column(String(32))
    household_address: Mapped[str | None] = mapped_column(String(300))
    service_address: Mapped[str | None] = mapped_column(String(300))
    service_postcode: Mapped[str | None] = mapped_column(String(6))  # 邮编 of the above
    accepts_e_service: Mapped[bool] = mapped_column(Boolean, default=False)
    wechat: Mapped[str | None] = mapped_column(String(64))
    # an e-mail address for electronic service (民事诉讼法 art. 90), chiefly companies'
    e_service_address: Mapped[str | None] = mapped_column(String(120))
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

    agents: Mapped[list[PartyAgent]] = relationship(
        back_populates="principal", cascade="all, delete-orphan", order_by="PartyAgent.id")
    property_leads: Mapped[list[PropertyLead]] = relationship(
        back_populates="party", cascade="all, delete-orphan", order_by="PropertyLead.id")


def search_key_values(name: str, id_number: str | None, phone: str | None,
                      anonymized: bool = False) -> dict[str, str | None]:
    """The search-helper columns for a party; all empty for an anonymized party, so no
    search by pinyin, ID tail or phone can find it again. Public so that bulk inserts
    through SQLAlchemy Core (benchmarks, fixtures) fill them the same way."""
    if anonymized:
        return {"name_pinyin": "", "name_initials": "", "id_tail": None,
                "id_tail_rev": None, "phone_digits": None}
    pinyin, initials = name_keys(name or "")
    tail = id_tail(id_number)
    digits = "".join(ch for ch in phone if ch.isdigit()) if phone else None
    return {"name_pinyin": pinyin, "name_initials": initials, "id_tail": tail,
            "id_tail_rev": tail[::-1] if tail else None, "phone_digits": digits or None}


@event.listens_for(Party, "before_insert")
@event.listens_for(Party, "before_update")
def fill_search_keys(_mapper, _connection, party: Party) -> None:
    """Keeps the search helpers true to the row whoever writes it through the ORM
    (the parties service, the demo builder, the importer)."""
    values = search_key_values(party.name, party.id_number, party.phone,
                               anonymized=party.anonymized_at is not None)
    for column, value in values.items():
        setattr(party, column, value)


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


class PropertyLead(IdMixin, TimestampMixin, Base):
    """What the liaison knows of a party's property, for an enforcement application
    against them (最高法《关于民事执行中财产调查若干问题的规定》 art. 1: the applicant
    gives the property leads it knows). Personal information: deleted with the party,
    and when the party is anonymized."""

    __tablename__ = "property_lead"

    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"),
                                          index=True)
    kind: Mapped[str] = mapped_column(code(16))  # PropertyKind value
    detail: Mapped[str] = mapped_column(String(300))

    party: Mapped[Party] = relationship(back_populates="property_leads")

"""Parties (natural persons and organizations) and their agents or guardians."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    delete,
    event,
    insert,
    inspect,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from microcourt.db.models.base import Base, Fen, IdMixin, TimestampMixin, code
from microcourt.db.types import UTCDateTime
from microcourt.search_keys import id_tail, name_keys, search_grams


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


class PartySearchGram(Base):
    """One gram a party is found by (microcourt/search_keys.py): a character or a pair of
    the name, or a phone ending. The primary key is the index: a name part is an equality
    on `gram` whose rows come already ordered by name pinyin, so the first window of even
    the commonest surname is read without touching the other matches (issue 16.4). On
    SQLite the table has no rowid: the key is the table."""

    __tablename__ = "party_search_gram"
    __table_args__ = (Index("ix_party_search_gram_party", "party_id"),
                      {"sqlite_with_rowid": False})

    gram: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_pinyin: Mapped[str] = mapped_column(String(600), primary_key=True)
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"),
                                          primary_key=True)


def write_search_grams(connection, parties: Iterable[tuple[int, str, str, str | None]],
                       replace: bool = True) -> None:
    """(id, name, name pinyin, phone digits) of each party: its grams, in place of those
    it had. Public for bulk inserts through SQLAlchemy Core (the demo's bulk register,
    the importer), which the ORM events below do not see."""
    parties = list(parties)
    if not parties:
        return
    table = PartySearchGram.__table__
    if replace:
        ids = [party[0] for party in parties]
        for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            connection.execute(delete(table).where(table.c.party_id.in_(ids[start:start + 500])))
    rows = [{"gram": gram, "name_pinyin": pinyin, "party_id": party_id}
            for party_id, name, pinyin, digits in parties
            for gram in search_grams(name, digits)]
    if rows:
        connection.execute(insert(table), rows)


_GRAM_SOURCES = ("name", "phone", "anonymized_at")


@event.listens_for(Party, "after_insert")
def add_search_grams(_mapper, connection, party: Party) -> None:
    if party.anonymized_at is None:
        write_search_grams(connection, [(party.id, party.name, party.name_pinyin,
                                         party.phone_digits)], replace=False)


@event.listens_for(Party, "after_update")
def renew_search_grams(_mapper, connection, party: Party) -> None:
    """Only when what the grams come from changed (most updates touch other fields)."""
    state = inspect(party)
    if not any(state.attrs[name].history.has_changes() for name in _GRAM_SOURCES):
        return
    table = PartySearchGram.__table__
    connection.execute(delete(table).where(table.c.party_id == party.id))
    if party.anonymized_at is None:  # an anonymized party is found by nothing
        write_search_grams(connection, [(party.id, party.name, party.name_pinyin,
                                         party.phone_digits)], replace=False)


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

"""Reading `Changes` off the ORM's unit of work (see kernel/changes.py).

After each flush on a thread that records, every row the flush inserted, updated or
deleted is turned into the ids it stands for: its own (a Party is `parties`), and those
of what owns it (a CaseParty is its case's, an Installment its agreement's). Owners
not among the flushed rows are looked up in the same transaction, up to the case, so
that "an installment changed" also says which case; a party or a mediator names the
cases they are on. When the session commits, the
collected changes go to the recorders; a rollback drops them.

Bookkeeping rows (the case-number counter) stand for nothing a page shows. Every model
has its rule here (tests/core/kernel/test_changes.py checks); one without would make
every page refresh, never none.
"""
from __future__ import annotations

from collections import defaultdict

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from microcourt.db import models as m
from microcourt.services.kernel import changes as c

# Per model: (kind, attribute holding that kind's id). Kinds ending in "_owner" are
# steps on the way to a real kind, resolved through _OWNERS and then dropped.
_ROWS: dict[type, tuple[tuple[str, str], ...]] = {
    m.Party: (("parties", "id"),),
    m.PartyAgent: (("parties", "party_id"),),
    m.PropertyLead: (("parties", "party_id"),),
    m.Case: (("cases", "id"),),
    m.CaseParty: (("cases", "case_id"),),
    m.CaseAgent: (("case_party_owner", "case_party_id"),),
    m.CaseMediator: (("cases", "case_id"),),
    m.CaseEvent: (("cases", "case_id"),),
    m.Mediator: (("mediators", "id"),),
    m.Hearing: (("hearings", "id"), ("cases", "case_id")),
    m.HearingParticipant: (("hearings", "hearing_id"),),
    m.HearingChange: (("hearings", "hearing_id"),),
    m.Agreement: (("agreements", "id"), ("cases", "case_id")),
    m.AgreementClause: (("agreements", "agreement_id"),),
    m.AgreementSignature: (("agreements", "agreement_id"),),
    m.AgreementScan: (("agreements", "agreement_id"),),
    m.Installment: (("agreements", "agreement_id"),),
    m.Payment: (("installment_owner", "installment_id"),),
    m.Filing: (("filings", "id"), ("cases", "case_id")),
    m.FilingDocument: (("filings", "filing_id"),),
    m.ClauseTemplate: (("templates", "id"),),
    m.Operator: (("accounts", "id"),),
    # a reading shows in its case's timeline; the consent notice's has no case
    m.DocumentReading: (("cases", "case_id"), ("parties", "party_id")),
}
_FLAGS: dict[type, str] = {m.CourtProfile: "profile", m.AppSetting: "settings",
                           m.AuditEntry: "audit"}
# Written beside their owner, never on their own: the year counter with its case, the
# search grams (Core, in the Party events) with their party.
_IGNORED = (m.CaseNumberCounter, m.PartySearchGram)

# kind -> (column selecting the owner's id, by the kind's own id column; owner kind), in
# the order they are resolved (an installment leads to its agreement, that to its case).
# A party or a mediator leads to every case they are on: those show their particulars.
_OWNERS = (
    ("parties", m.CaseParty.case_id, m.CaseParty.party_id, "cases"),
    ("mediators", m.CaseMediator.case_id, m.CaseMediator.mediator_id, "cases"),
    ("installment_owner", m.Installment.agreement_id, m.Installment.id, "agreements"),
    ("case_party_owner", m.CaseParty.case_id, m.CaseParty.id, "cases"),
    ("hearings", m.Hearing.case_id, m.Hearing.id, "cases"),
    ("agreements", m.Agreement.case_id, m.Agreement.id, "cases"),
    ("filings", m.Filing.case_id, m.Filing.id, "cases"),
)
# The kinds whose own rows already named their owner (no lookup needed for those ids).
_SELF_OWNED = {m.Hearing: "hearings", m.Agreement: "agreements", m.Filing: "filings"}


def rows_changed(session: Session) -> c.Changes:
    """What the flush that just ran inserted, updated or deleted, as Changes."""
    ids: dict[str, set[int]] = defaultdict(set)
    owned: dict[str, set[int]] = defaultdict(set)  # ids whose owner is already known
    flags: set[str] = set()
    for obj in _flushed(session):
        model = type(obj)
        if model in _FLAGS:
            flags.add(_FLAGS[model])
            continue
        rules = _ROWS.get(model)
        if rules is None:
            if not isinstance(obj, _IGNORED):  # a new table without a rule (a test
                flags.add("everything")        # requires one): refresh everything
            continue
        for kind, attribute in rules:
            value = getattr(obj, attribute)
            if value is not None:
                ids[kind].add(value)
        if model in _SELF_OWNED:
            owned[_SELF_OWNED[model]].add(obj.id)
    _resolve_owners(session, ids, owned)
    return c.Changes(**{kind: ids.get(kind, ()) for kind in c.ID_KINDS},
                     **dict.fromkeys(flags, True))


def _flushed(session: Session):
    yield from session.new
    yield from session.deleted
    for obj in session.dirty:
        if session.is_modified(obj, include_collections=False):
            yield obj


def _resolve_owners(session: Session, ids: dict[str, set[int]],
                    owned: dict[str, set[int]]) -> None:
    connection = session.connection()  # the flush's transaction; no autoflush
    for kind, owner_column, id_column, owner_kind in _OWNERS:
        missing = ids.get(kind, set()) - owned.get(kind, set())
        if missing:
            found = connection.execute(select(owner_column).where(id_column.in_(missing)))
            ids[owner_kind].update(value for value in found.scalars() if value is not None)
        if kind.endswith("_owner"):
            ids.pop(kind, None)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _flush_context) -> None:
    if not c.is_recording():
        return  # the command line and unrecorded calls pay nothing
    c.note(session, rows_changed(session))


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    pending = session.info.pop(c.PENDING, None)
    if pending:
        c.report(pending)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(c.PENDING, None)


def is_installed() -> bool:
    return event.contains(Session, "after_flush", _after_flush)

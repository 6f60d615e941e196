"""Between the case rows and the plain dataclasses: loading (with NotFound messages),
converting to CaseDetail, the totals rule, and the one helper every write uses to leave
both a timeline event and an audit entry."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from microcourt.db.models import Case, CaseAgent, CaseEvent, CaseMediator, CaseParty, Party
from microcourt.domain import CaseRole, CaseStatus
from microcourt.errors import NotFound, UserError
from microcourt.services.audit import chain as audit
from microcourt.services.cases.dto import (
    CaseAgentInfo,
    CaseDetail,
    CaseEventInfo,
    CaseMediatorInfo,
    CasePartyInfo,
    CaseTotals,
)
from microcourt.services.cases.lifecycle import allowed_next
from microcourt.services.kernel import refs
from microcourt.services.kernel.context import Actor
from microcourt.validation.idcard import mask_id

_DETAIL_LOAD = (
    selectinload(Case.parties).selectinload(CaseParty.party),
    selectinload(Case.parties).selectinload(CaseParty.agents).selectinload(CaseAgent.agent),
    selectinload(Case.mediators).selectinload(CaseMediator.mediator),
    selectinload(Case.events),
)


def load_case(session: Session, case_ref: int | str, *, detail: bool = False,
              writable: bool = False) -> Case:
    """The case by id or registry number, however spelled (kernel/refs.py), or NotFound.
    `writable` refuses a closed case: its record is final (only notes may still be added)."""
    query = select(Case).where(Case.id == refs.case_id(session, case_ref))
    if detail:
        query = query.options(*_DETAIL_LOAD)
    case = session.scalar(query)
    if case is None:  # deleted since the reference was resolved
        raise NotFound(f"没有编号为{case_ref}的案件，可能已被删除。")
    if writable and case.status == CaseStatus.CLOSED.value:
        raise UserError(f"案件{case.number}已结案，不能再修改（可以添加备注）。")
    return case


def load_case_party(session: Session, case_party_id: int) -> CaseParty:
    row = session.get(CaseParty, case_party_id)
    if row is None:
        raise NotFound(f"案件中没有编号为{case_party_id}的当事人记录，可能已被移除。")
    return row


def load_case_mediator(session: Session, case_mediator_id: int) -> CaseMediator:
    row = session.get(CaseMediator, case_mediator_id)
    if row is None:
        raise NotFound(f"案件中没有编号为{case_mediator_id}的调解员记录，可能已被移除。")
    return row


def totals_of(rows, amount_fen: int | None) -> CaseTotals:
    """`rows`: (role, claim_amount_fen) of every party on the case."""
    amounts = [fen for role, fen in rows if role == CaseRole.APPLICANT.value]
    stated = [fen for fen in amounts if fen is not None]
    return CaseTotals(claimants=len(amounts), claimants_with_amount=len(stated),
                      claims_fen=sum(stated), amount_fen=amount_fen,
                      amount_from_claimants=bool(stated))


def sync_amount(session: Session, case: Case) -> CaseTotals:
    """The totals rule: as soon as any applicant has a claim amount, the case amount is
    the sum of the applicants' claim amounts, recomputed here after every change to
    them, so the list, the detail and the documents always add up. With no claim
    amount at all, the amount typed on the case form stands."""
    session.flush()
    rows = session.execute(select(CaseParty.role, CaseParty.claim_amount_fen)
                           .where(CaseParty.case_id == case.id)).all()
    totals = totals_of(rows, case.amount_fen)
    if totals.amount_from_claimants and case.amount_fen != totals.claims_fen:
        case.amount_fen = totals.claims_fen
        totals = totals_of(rows, case.amount_fen)
    return totals


def log(session: Session, actor: Actor, case: Case, kind: str, note: str,
        action: str | None = None, from_status: str | None = None,
        to_status: str | None = None, **details) -> None:
    """A timeline event and the matching audit entry, in the caller's transaction."""
    session.add(CaseEvent(case_id=case.id, actor=actor.name, kind=kind, note=note,
                          from_status=from_status, to_status=to_status))
    audit.record(session, actor, action or f"case.{kind}", "case", case.id,
                 number=case.number, **details)


def party_label(party: Party, role: str) -> str:
    return f"{CaseRole(role).cn}{party.name}"


def _agent(row: CaseAgent) -> CaseAgentInfo:
    agent = row.agent
    return CaseAgentInfo(id=row.id, agent_id=agent.id, name=agent.name, kind=agent.kind,
                         relation=agent.relation, phone=agent.phone,
                         special_authority=bool(agent.special_authority))


def _party(row: CaseParty) -> CasePartyInfo:
    party = row.party
    return CasePartyInfo(id=row.id, party_id=party.id, name=party.name, kind=party.kind,
                         id_number=mask_id(party.id_number), phone=party.phone,
                         role=row.role, position=row.position,
                         claim_amount_fen=row.claim_amount_fen,
                         agents=tuple(_agent(a) for a in row.agents))


def _mediator(row: CaseMediator, names: dict[int, str]) -> CaseMediatorInfo:
    mediator = row.mediator
    return CaseMediatorInfo(
        id=row.id, mediator_id=mediator.id, name=mediator.name,
        organization=mediator.organization, phone=mediator.phone, is_lead=bool(row.is_lead),
        linked_party_id=row.linked_party_id, linked_party_name=names.get(row.linked_party_id),
        link_description=row.link_description, recused=bool(row.recused),
        continue_reason=row.continue_reason)


def mediator_info(session: Session, row: CaseMediator) -> CaseMediatorInfo:
    names = {}
    if row.linked_party_id is not None:
        names[row.linked_party_id] = session.scalar(
            select(Party.name).where(Party.id == row.linked_party_id))
    return _mediator(row, names)


def case_detail(session: Session, case: Case) -> CaseDetail:
    """`case` should be loaded with detail=True (else each relation is one more query)."""
    parties = sorted(case.parties, key=lambda p: (p.position, p.id))
    names = {p.party_id: p.party.name for p in parties}
    missing = {m.linked_party_id for m in case.mediators} - set(names) - {None}
    if missing:  # linked to someone no longer on the case
        names.update(session.execute(select(Party.id, Party.name)
                                     .where(Party.id.in_(missing))).all())
    events = sorted(case.events, key=lambda e: (e.at, e.id))
    return CaseDetail(
        id=case.id, number=case.number, year=case.year, seq=case.seq,
        category=case.category, summary=case.summary or "", claims=case.claims or "",
        amount_fen=case.amount_fen, received_on=case.received_on, source=case.source,
        status=case.status, status_changed_at=case.status_changed_at,
        closed_on=case.closed_on, referral_kind=case.referral_kind,
        referring_court=case.referring_court, referral_number=case.referral_number,
        allowed_next=tuple(s.value for s in allowed_next(case.status)),
        parties=tuple(_party(p) for p in parties),
        mediators=tuple(_mediator(m, names) for m in sorted(case.mediators,
                                                            key=lambda m: m.id)),
        events=tuple(CaseEventInfo(id=e.id, at=e.at, actor=e.actor, kind=e.kind,
                                   from_status=e.from_status, to_status=e.to_status,
                                   note=e.note or "") for e in events),
        totals=totals_of([(p.role, p.claim_amount_fen) for p in parties], case.amount_fen))


def fresh_detail(session: Session, case_id: int) -> CaseDetail:
    """The case as the transaction now has it (relations reloaded after the writes)."""
    session.flush()
    session.expire_all()
    return case_detail(session, load_case(session, case_id, detail=True))

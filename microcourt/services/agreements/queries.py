"""From the ORM rows of an agreement to the plain `AgreementDetail` views receive.

Loads everything a detail needs in a few eager queries (the 77-claimant agreement has
231 installments and 78 parties), so building it costs no per-row round trips.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from microcourt.db.models import (
    Agreement,
    Case,
    CaseAgent,
    CaseMediator,
    CaseParty,
    Installment,
    Party,
)
from microcourt.errors import NotFound
from microcourt.services.agreements.checks import AgreementContent, agreement_warnings
from microcourt.services.agreements.dto import (
    AgentParticulars,
    AgreementDetail,
    AgreementVersion,
    ClaimantSchedule,
    InstallmentInfo,
    MediatorInfo,
    PartyParticulars,
    PaymentInfo,
    SignatureInfo,
    installment_state,
)
from microcourt.services.agreements.rules import ClauseWarning
from microcourt.services.kernel import refs


def load_agreement(session: Session, agreement_id: int) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None:
        raise NotFound(f"没有编号为{agreement_id}的调解协议，可能已被删除。")
    return agreement


def load_case(session: Session, case_id: int) -> Case:
    case = session.scalar(
        select(Case).where(Case.id == case_id).options(
            selectinload(Case.parties).selectinload(CaseParty.party),
            selectinload(Case.parties).selectinload(CaseParty.agents)
            .selectinload(CaseAgent.agent),
            selectinload(Case.mediators).selectinload(CaseMediator.mediator)))
    if case is None:
        raise NotFound(f"没有编号为{case_id}的案件，可能已被删除。")
    return case


def case_id_by_number(session: Session, number: str | int) -> int:
    """The case's id, by registry number spelled loosely (kernel/refs.py) or id."""
    return refs.case_id(session, number)


def versions_of(session: Session, case_id: int) -> list[Agreement]:
    return list(session.scalars(select(Agreement).where(Agreement.case_id == case_id)
                                .order_by(Agreement.version)))


def version_info(agreement: Agreement) -> AgreementVersion:
    return AgreementVersion(agreement.id, agreement.version, agreement.status,
                            agreement.effective_on, agreement.supersedes_id)


def default_copies(case: Case) -> int:
    """人民调解法 art. 29: one copy for each party and one kept by the committee."""
    return len(case.parties) + 1


def build_detail(session: Session, agreement: Agreement, today: date) -> AgreementDetail:
    case = load_case(session, agreement.case_id)
    parties = tuple(_particulars(link) for link in case.parties)
    names = {p.party_id: p.name for p in parties}
    clauses = tuple(c.text for c in agreement.clauses)
    superseded = session.get(Agreement, agreement.supersedes_id) if agreement.supersedes_id \
        else None
    schedules = schedules_of(session, agreement, case, names, today)
    return AgreementDetail(
        id=agreement.id, case_id=case.id, case_number=case.number, category=case.category,
        case_status=case.status, version=agreement.version,
        supersedes_id=agreement.supersedes_id,
        superseded_version=superseded.version if superseded else None,
        status=agreement.status, facts=agreement.facts,
        items_in_dispute=agreement.items_in_dispute,
        responsibilities=agreement.responsibilities, clauses=clauses,
        performance_way=agreement.performance_way,
        performance_place=agreement.performance_place,
        performance_deadline=agreement.performance_deadline,
        breach_terms=agreement.breach_terms, total_fen=agreement.total_fen,
        copies=agreement.copies or default_copies(case),
        signing_place=agreement.signing_place,
        electronic_signature=agreement.electronic_signature,
        effective_on=agreement.effective_on, signed_at=agreement.signed_at,
        parties=parties, mediators=_mediators(case), schedules=schedules,
        signatures=tuple(SignatureInfo(s.party_id, s.mediator_id, s.signer_name, s.signed_on,
                                       s.place)
                         for s in sorted(agreement.signatures, key=lambda s: s.id)),
        warnings=tuple(_warnings(agreement, case.category, clauses, schedules)),
        as_of=today, sealed_on=agreement.sealed_on, plan_clause=plan_clause_index(agreement))


def plan_clause_index(agreement: Agreement) -> int | None:
    return next((i for i, c in enumerate(agreement.clauses) if c.kind == "plan"), None)


def _particulars(link: CaseParty) -> PartyParticulars:
    party: Party = link.party
    agents = tuple(_agent(row.agent) for row in link.agents if row.agent.active)
    return PartyParticulars(
        party_id=party.id, case_party_id=link.id, role=link.role, position=link.position,
        kind=party.kind, name=party.name, gender=party.gender, birth_date=party.birth_date,
        ethnicity=party.ethnicity, id_type=party.id_type, id_number=party.id_number or "",
        address=party.household_address or party.service_address, phone=party.phone,
        legal_rep_name=party.legal_rep_name, legal_rep_title=party.legal_rep_title,
        claim_amount_fen=link.claim_amount_fen, agents=agents, occupation=party.occupation)


def _agent(agent) -> AgentParticulars:
    return AgentParticulars(
        name=agent.name, kind=agent.kind, relation=agent.relation, gender=agent.gender,
        id_number=agent.id_number or "", phone=agent.phone, work_unit=agent.work_unit,
        special_authority=agent.special_authority, authority_scope=agent.authority_scope)


def _mediators(case: Case) -> tuple[MediatorInfo, ...]:
    active = [m for m in case.mediators if not m.recused]
    active.sort(key=lambda m: (not m.is_lead, m.id))
    return tuple(MediatorInfo(m.mediator_id, m.mediator.name, m.mediator.organization,
                              m.is_lead) for m in active)


def schedules_of(session: Session, agreement: Agreement, case: Case, names: dict[int, str],
               today: date) -> tuple[ClaimantSchedule, ...]:
    rows = session.scalars(
        select(Installment).where(Installment.agreement_id == agreement.id)
        .options(selectinload(Installment.payments))
        .order_by(Installment.claimant_id, Installment.seq)).all()
    links = {link.id: link for link in case.parties}
    grouped: dict[int | None, list[InstallmentInfo]] = defaultdict(list)
    for row in rows:
        grouped[row.claimant_id].append(installment_info(row, names, today))
    positions = {link.id: link.position for link in case.parties}
    order = sorted(grouped, key=lambda c: (c is not None, positions.get(c, 0)))
    return tuple(
        ClaimantSchedule(claimant_id=c, party_id=links[c].party_id if c in links else None,
                         name=names.get(links[c].party_id, "") if c in links else "",
                         installments=tuple(grouped[c]))
        for c in order)


def installment_info(row: Installment, names: dict[int, str], today: date) -> InstallmentInfo:
    paid = sum(p.amount_fen for p in row.payments)
    return InstallmentInfo(
        id=row.id, claimant_id=row.claimant_id, seq=row.seq, due_on=row.due_on,
        amount_fen=row.amount_fen, payer_party_id=row.payer_party_id,
        payer_name=names.get(row.payer_party_id, ""), payee_party_id=row.payee_party_id,
        payee_name=names.get(row.payee_party_id, ""), paid_fen=paid,
        state=installment_state(row.amount_fen, paid, row.due_on, today).value,
        payments=tuple(PaymentInfo(p.id, p.paid_on, p.amount_fen, p.note)
                       for p in row.payments))


def _warnings(agreement: Agreement, category: str, clauses: tuple[str, ...],
              schedules: tuple[ClaimantSchedule, ...]) -> list[ClauseWarning]:
    """What checks.py says about the stored text (民诉解释 355, 358; 电子签名法 3)."""
    return agreement_warnings(content_of(agreement, category, clauses, schedules))


def content_of(agreement: Agreement, category: str, clauses: tuple[str, ...],
               schedules: tuple[ClaimantSchedule, ...]) -> AgreementContent:
    prose = {name: getattr(agreement, name) or "" for name in PROSE_FIELDS}
    return AgreementContent(category, clauses, prose, schedules, agreement.total_fen,
                            agreement.electronic_signature, plan_clause_index(agreement),
                            agreement.performance_deadline)


PROSE_FIELDS = ("facts", "items_in_dispute", "responsibilities", "performance_way",
                "performance_place", "breach_terms", "signing_place")

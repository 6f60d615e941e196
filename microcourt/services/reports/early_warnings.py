"""Early warnings (矛盾风险预警, issue 8 item 2): disputes that may grow, each with the
reason in Chinese. Every rule is one grouped query over the whole database, so 20,000
cases take milliseconds; the boundaries are constants, written out and tested:

* mass dispute: one respondent faces at least MASS_CLAIMANTS different claimants
  (applicants) in open cases received within the last 12 months;
* repeated disputes: one party (any role) in at least REPEAT_CASES cases received
  within the last 12 months, i.e. on or after the same calendar day a year before
  today (29 February looks back to 28 February), today included;
* enforcement: installments overdue (due before today, not paid in full) of an agreement
  whose judicial confirmation was granted (a confirmed filing for that claimant, or a
  joint one): the court's ruling can be enforced (民事诉讼法 art. 206);
* idle case: an open case with no timeline entry, no status change and no agreement
  edit for more than IDLE_DAYS days (day 30 is quiet, day 31 warns, counted in local
  days), and no hearing scheduled from today on.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from microcourt.db.models import (
    Agreement,
    Case,
    CaseEvent,
    CaseParty,
    Filing,
    Hearing,
    Installment,
    Party,
)
from microcourt.domain import CaseRole, CaseStatus, FilingStatus, HearingStatus
from microcourt.services.agreements import installments
from microcourt.services.agreements.dto import OverdueInstallment
from microcourt.services.hearings.queries import day_start
from microcourt.services.reports.workbench_dto import ItemKind, Severity, WorkbenchItem
from microcourt.timeutil import to_local
from microcourt.validation.money import format_amount

MASS_CLAIMANTS = 10   # 群体性纠纷: ten or more people on one side
REPEAT_CASES = 3
IDLE_DAYS = 30
# Cases the micro-court still works on; concluded ones (failed, refused, performed,
# closed) and confirmed ones (the court's part is done) cannot go idle.
OPEN_STATUSES = (CaseStatus.REGISTERED.value, CaseStatus.IN_MEDIATION.value,
                 CaseStatus.AGREEMENT_REACHED.value, CaseStatus.CONFIRMATION_APPLIED.value)
NOT_CONCLUDED = tuple(s.value for s in CaseStatus
                      if s not in (CaseStatus.PERFORMED, CaseStatus.CLOSED))


def year_before(day: date) -> date:
    """The same calendar day a year earlier; 29 February gives 28 February."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def early_warnings(session: Session, today: date,
                   overdue: list[OverdueInstallment] | None = None) -> list[WorkbenchItem]:
    """Every warning; `overdue` is installments.overdue(session, today) when the caller
    has it already (the workbench lists it too)."""
    return (mass_disputes(session, today) + repeat_parties(session, today)
            + enforcement_due(session, today, overdue) + idle_cases(session, today))


def mass_disputes(session: Session, today: date) -> list[WorkbenchItem]:
    respondent, claimant = aliased(CaseParty), aliased(CaseParty)
    claimants = func.count(func.distinct(claimant.party_id))
    rows = session.execute(
        select(respondent.party_id, Party.name, claimants.label("claimants"))
        .join(Case, Case.id == respondent.case_id)
        .join(claimant, and_(claimant.case_id == Case.id,
                             claimant.role == CaseRole.APPLICANT.value))
        .join(Party, Party.id == respondent.party_id)
        .where(respondent.role == CaseRole.RESPONDENT.value,
               Case.received_on >= year_before(today), Case.received_on <= today,
               Case.status.in_(NOT_CONCLUDED))
        .group_by(respondent.party_id, Party.name)
        .having(claimants >= MASS_CLAIMANTS)).all()
    related = _related_cases(session, [row[0] for row in rows], today, CaseRole.RESPONDENT,
                             NOT_CONCLUDED)
    items = []
    for party_id, name, count in rows:
        ids = related[party_id]
        items.append(WorkbenchItem(
            kind=ItemKind.MASS_DISPUTE.value, title=f"群体性纠纷：{name}",
            detail=(f"{count}名申请人在{len(ids)}件未结案件中向{name}主张权利"
                    f"（达到{MASS_CLAIMANTS}人即预警），请及时报告并统一调处。"),
            severity=Severity.URGENT.value, target=("parties", party_id),
            related_case_ids=ids))
    return items


def repeat_parties(session: Session, today: date) -> list[WorkbenchItem]:
    start = year_before(today)
    cases = func.count(func.distinct(CaseParty.case_id))
    rows = session.execute(
        select(CaseParty.party_id, Party.name, cases.label("cases"))
        .join(Case, Case.id == CaseParty.case_id)
        .join(Party, Party.id == CaseParty.party_id)
        .where(Case.received_on >= start, Case.received_on <= today)
        .group_by(CaseParty.party_id, Party.name)
        .having(cases >= REPEAT_CASES)).all()
    related = _related_cases(session, [row[0] for row in rows], today)
    return [WorkbenchItem(
        kind=ItemKind.REPEAT_PARTY.value, title=f"多次纠纷：{name}",
        detail=(f"{name}自{start.isoformat()}以来卷入{count}件纠纷"
                f"（12个月内{REPEAT_CASES}件及以上即预警），矛盾可能反复，请关注。"),
        severity=Severity.WARNING.value, target=("parties", party_id),
        related_case_ids=related[party_id]) for party_id, name, count in rows]


def enforcement_due(session: Session, today: date,
                    overdue: list[OverdueInstallment] | None = None) -> list[WorkbenchItem]:
    if overdue is None:
        overdue = installments.overdue(session, today)
    if not overdue:
        return []
    case_ids = {row.case_id for row in overdue}
    confirmed = confirmed_claimants(session, case_ids)
    claimant_of = dict(session.execute(
        select(Installment.id, Installment.claimant_id)
        .where(Installment.id.in_([row.installment_id for row in overdue]))).all())
    by_case: dict[int, list] = defaultdict(list)
    for row in overdue:
        if enforceable(confirmed.get(row.case_id, set()), claimant_of.get(row.installment_id)):
            by_case[row.case_id].append(row)
    items = []
    for case_id, rows in by_case.items():
        owed = sum(r.outstanding_fen for r in rows)
        first = min(r.due_on for r in rows)
        items.append(WorkbenchItem(
            kind=ItemKind.ENFORCEMENT.value, title=f"{rows[0].case_number}：确认后逾期未履行",
            detail=(f"协议已经法院司法确认，{len(rows)}期分期逾期未付，尚欠"
                    f"{format_amount(owed, unit=True)}（最早一期{first.isoformat()}到期），"
                    "可协助申请执行人向法院申请强制执行。"),
            severity=Severity.URGENT.value, target=("agreement", case_id), due=first,
            case_id=case_id, case_number=rows[0].case_number))
    return items


def confirmed_claimants(session: Session, case_ids: set[int]) -> dict[int, set[int | None]]:
    """Per case, the claimants (case_party ids; None for a joint filing) whose judicial
    confirmation was granted."""
    rows = session.execute(select(Filing.case_id, Filing.claimant_id).where(
        Filing.case_id.in_(case_ids), Filing.status == FilingStatus.CONFIRMED.value)).all()
    result: dict[int, set[int | None]] = defaultdict(set)
    for case_id, claimant_id in rows:
        result[case_id].add(claimant_id)
    return result


def enforceable(confirmed: set[int | None], claimant_id: int | None) -> bool:
    """A joint ruling covers every installment; a per-claimant one that claimant's only."""
    return None in confirmed or (claimant_id is not None and claimant_id in confirmed)


def idle_cases(session: Session, today: date) -> list[WorkbenchItem]:
    cutoff = day_start(today - timedelta(days=IDLE_DAYS))  # before this local midnight
    last_event = (select(CaseEvent.case_id, func.max(CaseEvent.at).label("at"))
                  .group_by(CaseEvent.case_id).subquery())
    last_edit = (select(Agreement.case_id, func.max(Agreement.updated_at).label("at"))
                 .group_by(Agreement.case_id).subquery())
    planned = exists().where(Hearing.case_id == Case.id,
                             Hearing.status == HearingStatus.SCHEDULED.value,
                             Hearing.end_at >= day_start(today))
    rows = session.execute(
        select(Case.id, Case.number, Case.status, Case.status_changed_at, last_event.c.at,
               last_edit.c.at)
        .outerjoin(last_event, last_event.c.case_id == Case.id)
        .outerjoin(last_edit, last_edit.c.case_id == Case.id)
        .where(Case.status.in_(OPEN_STATUSES), Case.status_changed_at < cutoff,
               or_(last_event.c.at.is_(None), last_event.c.at < cutoff),
               or_(last_edit.c.at.is_(None), last_edit.c.at < cutoff), ~planned)
        .order_by(Case.number)).all()
    items = []
    for case_id, number, status, changed, event_at, edit_at in rows:
        last = max(m for m in (changed, event_at, edit_at) if m is not None)
        days = (today - to_local(last).date()).days
        items.append(WorkbenchItem(
            kind=ItemKind.IDLE_CASE.value, title=f"{number}：{days}天无进展",
            detail=(f"案件处于“{CaseStatus(status).cn}”，最后一次记录在"
                    f"{to_local(last).date().isoformat()}，已{days}天没有任何进展"
                    f"（超过{IDLE_DAYS}天即预警），请联系当事人或安排调解。"),
            severity=Severity.WARNING.value, target=("cases", case_id), case_id=case_id,
            case_number=number))
    return items


def _related_cases(session: Session, party_ids: list[int], today: date,
                   role: CaseRole | None = None, statuses: tuple[str, ...] | None = None
                   ) -> dict[int, tuple[int, ...]]:
    """The cases within the 12 months that made each party's warning, by case id."""
    if not party_ids:
        return {}
    query = (select(CaseParty.party_id, Case.id).join(Case, Case.id == CaseParty.case_id)
             .where(CaseParty.party_id.in_(party_ids), Case.received_on >= year_before(today),
                    Case.received_on <= today))
    if role is not None:
        query = query.where(CaseParty.role == role.value)
    if statuses is not None:
        query = query.where(Case.status.in_(statuses))
    found: dict[int, set[int]] = defaultdict(set)
    for party_id, case_id in session.execute(query):
        found[party_id].add(case_id)
    return {party_id: tuple(sorted(ids)) for party_id, ids in found.items()}

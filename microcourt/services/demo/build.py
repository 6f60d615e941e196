"""Building blocks of the demo cases: numbered cases, parties in roles, a timeline that
matches the status, mediators, and signed agreements with their payment plans."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from microcourt.db.models import (
    Agreement,
    AgreementClause,
    AgreementSignature,
    Case,
    CaseAgent,
    CaseEvent,
    CaseMediator,
    CaseParty,
    Installment,
    Mediator,
    Party,
    PartyAgent,
    Payment,
)
from microcourt.domain import AgreementStatus, CaseRole, CaseSource, CaseStatus, ReferralKind
from microcourt.services.cases.numbers import next_case_number
from microcourt.services.demo.people import PeopleFactory
from microcourt.timeutil import local

S = CaseStatus
# The road each final status was reached by (registered first, then the lifecycle).
_AGREED = [S.REGISTERED, S.IN_MEDIATION, S.AGREEMENT_REACHED]
_CONFIRMED = _AGREED + [S.CONFIRMATION_APPLIED, S.CONFIRMED]
STATUS_PATHS: dict[CaseStatus, list[CaseStatus]] = {
    S.REGISTERED: [S.REGISTERED],
    S.IN_MEDIATION: [S.REGISTERED, S.IN_MEDIATION],
    S.AGREEMENT_REACHED: _AGREED,
    S.MEDIATION_FAILED: [S.REGISTERED, S.IN_MEDIATION, S.MEDIATION_FAILED],
    S.CONFIRMATION_APPLIED: _AGREED + [S.CONFIRMATION_APPLIED],
    S.CONFIRMED: _CONFIRMED,
    S.REFUSED: _AGREED + [S.CONFIRMATION_APPLIED, S.REFUSED],
    S.PERFORMED: _CONFIRMED + [S.PERFORMED],
    S.CLOSED: _CONFIRMED + [S.PERFORMED, S.CLOSED],
}
FAILED_THEN_CLOSED = [S.REGISTERED, S.IN_MEDIATION, S.MEDIATION_FAILED, S.CLOSED]
EVENT_NOTES = {
    S.REGISTERED: "登记收案",
    S.IN_MEDIATION: "指派特邀调解员，开始调解",
    S.AGREEMENT_REACHED: "双方达成调解协议，已签字按指印",
    S.MEDIATION_FAILED: "双方分歧较大，调解不成，已告知可依法向法院起诉",
    S.CONFIRMATION_APPLIED: "联络员协助双方在线共同申请司法确认",
    S.CONFIRMED: "法院裁定调解协议有效",
    S.REFUSED: "法院裁定驳回司法确认申请：协议履行内容不明确",
    S.PERFORMED: "协议约定的义务已履行完毕",
    S.CLOSED: "结案归档",
}
# Days between steps: short enough that every confirmation is applied for within the
# 30 days the law allows after the agreement takes effect (民事诉讼法 art. 205).
MAX_STEP_DAYS = 10


@dataclass
class Timeline:
    """The dated steps of one case; `on(status)` gives the day a step happened."""

    steps: list[tuple[CaseStatus, date]] = field(default_factory=list)

    def on(self, status: CaseStatus) -> date | None:
        return next((day for s, day in self.steps if s == status), None)


def plan_timeline(path: list[CaseStatus], received_on: date, today: date) -> Timeline:
    span = max((today - received_on).days - 1, 0)
    gap = min(MAX_STEP_DAYS, max(1, span // len(path)))
    return Timeline([(status, received_on + timedelta(days=i * gap))
                     for i, status in enumerate(path)])


def at_office(day: date, hour: int = 9, minute: int = 30) -> datetime:
    return local(day.year, day.month, day.day, hour, minute)


class CaseBuilder:
    """Adds cases to the demo session; the liaison is the actor of every event."""

    def __init__(self, session: Session, today: date, liaison: str):
        self.session = session
        self.today = today
        self.liaison = liaison

    def case(self, category: str, received_on: date, summary: str, claims: str,
             amount_fen: int | None, source: str = CaseSource.WALK_IN.value) -> Case:
        number, seq = next_case_number(self.session, received_on.year)
        case = Case(number=number, year=received_on.year, seq=seq, category=category,
                    summary=summary, claims=claims, amount_fen=amount_fen,
                    received_on=received_on, source=source, status=S.REGISTERED.value,
                    status_changed_at=at_office(received_on))
        if source == CaseSource.COURT_REFERRAL:  # the court's pre-filing referral
            case.referral_kind = ReferralKind.ASSIGNED.value
            case.referring_court = "杭州市临安区人民法院"
            case.referral_number = f"（{received_on.year}）浙0185民诉前调{700 + seq}号"
        self.session.add(case)
        return case

    def party(self, case: Case, party: Party, role: CaseRole, position: int,
              claim_amount_fen: int | None = None,
              agents: tuple[PartyAgent, ...] = ()) -> CaseParty:
        link = CaseParty(case=case, party=party, role=role.value, position=position,
                         claim_amount_fen=claim_amount_fen)
        link.agents = [CaseAgent(agent=agent) for agent in agents]
        self.session.add(link)
        return link

    def mediator(self, case: Case, mediator: Mediator, is_lead: bool = True,
                 **recusal) -> CaseMediator:
        row = CaseMediator(case=case, mediator=mediator, is_lead=is_lead, **recusal)
        self.session.add(row)
        return row

    def advance(self, case: Case, path: list[CaseStatus]) -> Timeline:
        """Timeline events along `path`; the case ends in the path's last status."""
        timeline = plan_timeline(path, case.received_on, self.today)
        previous = None
        for hour, (status, day) in enumerate(timeline.steps):
            moment = at_office(day, 9 + hour % 8)
            self.session.add(CaseEvent(
                case=case, at=moment, actor=self.liaison,
                kind="created" if previous is None else "status",
                from_status=previous.value if previous else None, to_status=status.value,
                note=EVENT_NOTES[status]))
            previous = status
            case.status, case.status_changed_at = status.value, moment
        if previous == S.CLOSED:
            case.closed_on = timeline.steps[-1][1]
        return timeline

    def agreement(self, case: Case, effective_on: date, clauses: list[str],
                  signers: list[Party], mediator: Mediator, place: str,
                  deadline: date | None, **texts) -> Agreement:
        """A signed version 1; every party and the mediator sign on `effective_on`,
        the day it takes effect (人民调解法 art. 29: on the last signature)."""
        self.session.flush()  # ids of the case, its parties and the mediator
        agreement = Agreement(
            case_id=case.id, version=1, status=AgreementStatus.SIGNED.value, facts=case.summary,
            items_in_dispute=case.claims, total_fen=case.amount_fen, copies=len(signers) + 1,
            signing_place=place, performance_deadline=deadline, effective_on=effective_on,
            sealed_on=effective_on, signed_at=at_office(effective_on, 11), **texts)
        agreement.clauses = [AgreementClause(position=i, text=text)
                             for i, text in enumerate(clauses, start=1)]
        agreement.signatures = [
            AgreementSignature(party_id=p.id, signer_name=p.name, signed_on=effective_on,
                               place=place)
            for p in signers]
        agreement.signatures.append(AgreementSignature(
            mediator_id=mediator.id, signer_name=mediator.name, signed_on=effective_on,
            place=place))
        self.session.add(agreement)
        return agreement

    def installments(self, agreement: Agreement, amounts: list[int], first_due: date,
                     payer: Party, payee: Party, claimant: CaseParty | None = None,
                     paid_until: date | None = None,
                     dues: list[date] | None = None) -> list[Installment]:
        """Monthly installments from `first_due` (or on `dues`); those due by `paid_until`
        are paid."""
        self.session.flush()
        rows = []
        for seq, amount in enumerate(amounts, start=1):
            due = dues[seq - 1] if dues else _add_months(first_due, seq - 1)
            row = Installment(agreement=agreement, claimant_id=claimant.id if claimant else None,
                              seq=seq, due_on=due, amount_fen=amount, payer_party_id=payer.id,
                              payee_party_id=payee.id)
            if paid_until is not None and due <= paid_until:
                row.payments = [Payment(paid_on=due, amount_fen=amount, note="银行转账")]
            rows.append(row)
        self.session.add_all(rows)
        return rows

    def write_from_plan(self, agreement: Agreement, case: Case, at: int = 0) -> None:
        """The payment clause and 履行期限 written from the plan, as the editor writes
        them (the plan is the one source of the payment terms)."""
        from microcourt.services.agreements.drafts import write_from_plan  # noqa: PLC0415

        self.session.flush()
        write_from_plan(self.session, agreement, case, at)


@dataclass
class DemoWorld:
    """Everything the demo scenarios share while they fill one transaction."""

    session: Session
    rng: random.Random
    today: date
    people: PeopleFactory
    cases: CaseBuilder
    mediators: dict[str, Mediator]  # by role: "secretary", "women", "judge"
    court: str
    judge: str
    room: str

    def days_ago(self, days: int) -> date:
        return self.today - timedelta(days=days)


def split_exact(total: int, weights: list[int]) -> list[int]:
    """`total` fen shared in proportion to `weights`, summing exactly to `total`
    (largest remainder: the leftover fen go to the largest fractional shares)."""
    whole = sum(weights)
    shares = [total * w // whole for w in weights]
    by_remainder = sorted(range(len(weights)), key=lambda i: -(total * weights[i] % whole))
    for i in by_remainder[: total - sum(shares)]:
        shares[i] += 1
    return shares


def _add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (day.day, 30, 29, 28):  # the 31st of a short month falls back
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")

"""Statistics for a month, quarter or year (issue 8 item 4): one grouped query (or two)
per figure family, so 20,000 cases compute in a few tens of milliseconds. Every
definition is in the function's docstring; days are local (Asia/Shanghai) days and a
period runs from its first day up to, not including, the first day after it.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from statistics import median

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from microcourt.db.models import Agreement, Case, CaseEvent, CaseParty, Filing, Party, Payment
from microcourt.domain import AgreementStatus, CaseStatus, FilingStatus, PartyKind
from microcourt.services.hearings.queries import day_start
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import EVERYONE, allowed
from microcourt.services.reports.statistics_dto import (
    Amounts,
    CaseCounts,
    ConfirmationOutcomes,
    Durations,
    ElderlyShare,
    MediationOutcomes,
    Period,
    PeriodStatistics,
)
from microcourt.timeutil import age_on

# 老年人权益保障法 art. 2: 老年人 are citizens aged sixty and over.
ELDERLY_AGE = 60
OUTCOME_STATUSES = (CaseStatus.AGREEMENT_REACHED.value, CaseStatus.MEDIATION_FAILED.value)
RULED = (FilingStatus.CONFIRMED.value, FilingStatus.REFUSED.value)


class StatisticsService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @allowed(EVERYONE, what="查看统计")
    def compute(self, period: Period) -> PeriodStatistics:
        """Every figure family for `period`, in one reading session."""
        with self.ctx.db.reading() as session:
            return PeriodStatistics(
                period=period, cases=case_counts(session, period),
                outcomes=mediation_outcomes(session, period), amounts=amounts(session, period),
                confirmations=confirmation_outcomes(session, period),
                durations=durations(session, period), elderly=elderly_share(session, period))

    @allowed(EVERYONE, what="查看统计")
    def received_by_month(self, year: int) -> dict[int, dict[str, int]]:
        """Cases received in each month of `year` by category (month 1-12 -> category
        -> count; months without cases are present and empty), for a trend chart."""
        rows = select(Case.received_on, Case.category, func.count()).where(
            Case.received_on >= date(year, 1, 1), Case.received_on < date(year + 1, 1, 1)
        ).group_by(Case.received_on, Case.category)  # by day: portable, at most 3,660 rows
        result: dict[int, dict[str, int]] = {m: {} for m in range(1, 13)}
        with self.ctx.db.reading() as session:
            for day, category, count in session.execute(rows):
                month = result[_as_date(day).month]
                month[category] = month.get(category, 0) + count
        return result


def case_counts(session: Session, period: Period) -> CaseCounts:
    """Cases received (收案日期) in the period, counted by category and by their status
    as it stands today."""
    rows = session.execute(
        select(Case.category, Case.status, func.count())
        .where(Case.received_on >= period.start, Case.received_on < period.end)
        .group_by(Case.category, Case.status)).all()
    by_category: dict[str, int] = defaultdict(int)
    by_status: dict[str, int] = defaultdict(int)
    grid: dict[str, dict[str, int]] = defaultdict(dict)
    for category, status, count in rows:
        by_category[category] += count
        by_status[status] += count
        grid[category][status] = count
    return CaseCounts(sum(by_category.values()), dict(by_category), dict(by_status), dict(grid))


def mediation_outcomes(session: Session, period: Period) -> MediationOutcomes:
    """Cases whose mediation concluded in the period. "Concluded" means the timeline
    records the case moving to 达成协议 or to 调解不成 on a day of the period; a case that
    did both (failed, mediated again, agreed) counts once, by its last such move in the
    period. Success rate = reached / (reached + failed)."""
    rows = session.execute(
        select(CaseEvent.case_id, CaseEvent.to_status)
        .where(CaseEvent.to_status.in_(OUTCOME_STATUSES),
               CaseEvent.at >= day_start(period.start), CaseEvent.at < day_start(period.end))
        .order_by(CaseEvent.at, CaseEvent.id)).all()
    last = {case_id: status for case_id, status in rows}
    reached = sum(1 for s in last.values() if s == CaseStatus.AGREEMENT_REACHED.value)
    return MediationOutcomes(reached=reached, failed=len(last) - reached)


def amounts(session: Session, period: Period) -> Amounts:
    """Claimed: the amounts (标的额) of the cases received in the period. Agreed: the
    totals of the agreements in force (signed, not superseded) that took effect in the
    period; a version signed later to replace one counts in its own month, the replaced
    one no longer. Paid: every payment recorded with a payment date in the period."""
    in_period = (Case.received_on >= period.start, Case.received_on < period.end)
    agreed = (Agreement.status == AgreementStatus.SIGNED.value,
              Agreement.effective_on >= period.start, Agreement.effective_on < period.end)
    paid = (Payment.paid_on >= period.start, Payment.paid_on < period.end)
    row = session.execute(select(
        select(func.coalesce(func.sum(Case.amount_fen), 0)).where(*in_period).scalar_subquery(),
        select(func.coalesce(func.sum(Agreement.total_fen), 0)).where(*agreed).scalar_subquery(),
        select(func.count()).select_from(Agreement).where(*agreed).scalar_subquery(),
        select(func.coalesce(func.sum(Payment.amount_fen), 0)).where(*paid).scalar_subquery(),
        select(func.count()).select_from(Payment).where(*paid).scalar_subquery())).one()
    return Amounts(*(int(value) for value in row))


def confirmation_outcomes(session: Session, period: Period) -> ConfirmationOutcomes:
    """Filings submitted to the court in the period (提交日期), and rulings made in the
    period (裁定日期) by outcome; a per-claimant case counts one filing per claimant.
    Confirmation rate = confirmed / (confirmed + refused)."""
    ruled = (Filing.ruling_on >= period.start, Filing.ruling_on < period.end,
             Filing.status.in_(RULED))
    counts = dict(session.execute(
        select(Filing.status, func.count()).where(*ruled).group_by(Filing.status)).all())
    submitted = session.scalar(select(func.count()).select_from(Filing).where(
        Filing.submitted_on >= period.start, Filing.submitted_on < period.end)) or 0
    cases = session.scalar(select(func.count(func.distinct(Filing.case_id))).where(
        *ruled, Filing.status == FilingStatus.CONFIRMED.value)) or 0
    return ConfirmationOutcomes(submitted, counts.get(FilingStatus.CONFIRMED.value, 0),
                                counts.get(FilingStatus.REFUSED.value, 0), cases)


def durations(session: Session, period: Period) -> Durations:
    """Registration to agreement: for each case whose first signed agreement (the
    earliest effective date of any signed or since superseded version) falls in the
    period, the days from 收案日期 to that date. Agreement to ruling: for each case with
    a ruling (confirmed or refused) in the period, the days from the effective date of
    the agreement filed to its first ruling in the period. Medians of those days."""
    first_effective = func.min(Agreement.effective_on)
    rows = session.execute(
        select(Case.received_on, first_effective).join(Agreement, Agreement.case_id == Case.id)
        .where(Agreement.status.in_([AgreementStatus.SIGNED.value,
                                     AgreementStatus.SUPERSEDED.value]),
               Agreement.effective_on.is_not(None))
        .group_by(Case.id, Case.received_on)
        .having(first_effective >= period.start, first_effective < period.end)).all()
    to_agreement = [(_as_date(effective) - received).days for received, effective in rows]
    ruling_rows = session.execute(
        select(Filing.case_id, func.min(Filing.ruling_on), func.min(Agreement.effective_on))
        .join(Agreement, Agreement.id == Filing.agreement_id)
        .where(Filing.ruling_on >= period.start, Filing.ruling_on < period.end,
               Filing.status.in_(RULED), Agreement.effective_on.is_not(None))
        .group_by(Filing.case_id)).all()
    to_ruling = [(_as_date(ruling) - _as_date(effective)).days
                 for _, ruling, effective in ruling_rows]
    return Durations(_median(to_agreement), len(to_agreement), _median(to_ruling), len(to_ruling))


def elderly_share(session: Session, period: Period) -> ElderlyShare:
    """Natural persons party (any role) to the cases received in the period, each
    counted once; elderly = aged 60 or more on the day their (first such) case was
    received. The share is taken among those whose birth date is known."""
    rows = session.execute(
        select(Party.id, Party.birth_date, func.min(Case.received_on))
        .join(CaseParty, CaseParty.party_id == Party.id).join(Case, Case.id == CaseParty.case_id)
        .where(Case.received_on >= period.start, Case.received_on < period.end,
               Party.kind == PartyKind.PERSON.value)
        .group_by(Party.id, Party.birth_date)).all()
    known = [(birth, _as_date(received)) for _, birth, received in rows if birth is not None]
    elderly = sum(1 for birth, received in known if age_on(birth, received) >= ELDERLY_AGE)
    return ElderlyShare(persons=len(rows), with_birth_date=len(known), elderly=elderly)


def _median(days: list[int]) -> Decimal | None:
    return Decimal(str(median(days))) if days else None


def _as_date(value) -> date:
    """SQLite hands min()/max() of a date column back as ISO text."""
    return value if isinstance(value, date) else date.fromisoformat(value)

"""The monthly report for the town (issue 8 item 5) and the other documents made from the
records (the enforcement application): the facade's `reports` service.

The report holds the month's statistics (services.statistics) and a case list: every
case received in the month or whose mediation concluded in it (the timeline moved it to
达成协议 or 调解不成), with parties' ID numbers MASKED: the report leaves the micro-court.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from microcourt.db.models import Agreement, Case, CaseEvent, CaseParty, Party
from microcourt.documents.inputs.report import Figure, ReportContents
from microcourt.documents.inputs.report import ReportCase as ReportCase
from microcourt.domain import AgreementStatus, CaseCategory, CaseRole, CaseStatus
from microcourt.errors import ValidationError
from microcourt.services.audit import chain as audit
from microcourt.services.filings.queries import court_profile
from microcourt.services.hearings.queries import day_start
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import (
    ADMIN,
    CASE,
    EVERYONE,
    EXPORT,
    REPORT,
    allowed,
    mediator_scope,
    only_own,
)
from microcourt.services.reports.statistics import OUTCOME_STATUSES, StatisticsService
from microcourt.services.reports.statistics_dto import MONTH, Period, PeriodStatistics
from microcourt.timeutil import today_local
from microcourt.validation.idcard import mask_id
from microcourt.validation.money import fen_to_yuan

NAMES_PER_SIDE = 3  # the 77 workers print as the first three 等77人


@dataclass(frozen=True)
class MonthlyReport:
    court_name: str          # e.g. 上田村微法庭
    period: Period
    made_on: date
    statistics: PeriodStatistics
    cases: tuple[ReportCase, ...]
    audit_head: str = ""     # the paper anchor printed on the report (audit/anchors.py)

    @property
    def title(self) -> str:
        return f"{self.court_name}{self.period.year}年{self.period.number}月工作报告"

    def contents(self) -> ReportContents:
        """What the PDF and the workbook print: the figures and tables worked out."""
        counts = self.statistics.cases
        return ReportContents(
            title=self.title, first_day=self.period.start,
            last_day=self.period.end - timedelta(days=1), made_on=self.made_on,
            figures=tuple(key_figures(self.statistics)),
            by_category=tuple(counts_table(counts.by_category, CaseCategory)),
            by_status=tuple(counts_table(counts.by_status, CaseStatus)), cases=self.cases,
            audit_head=self.audit_head)


def key_figures(stats: PeriodStatistics) -> list[Figure]:
    """The figures both the PDF and the workbook print, in this order."""
    cases, outcomes, money = stats.cases, stats.outcomes, stats.amounts
    confirmations, durations, elderly = stats.confirmations, stats.durations, stats.elderly
    return [
        Figure("本月收案", cases.received, "件"),
        Figure("调解结案（达成协议 + 调解不成）", outcomes.concluded, "件"),
        Figure("其中达成协议", outcomes.reached, "件"),
        Figure("其中调解不成", outcomes.failed, "件"),
        Figure("调解成功率", outcomes.success_rate, "%"),
        Figure("收案请求金额", money.claimed, "元"),
        Figure(f"生效协议金额（{money.agreements}份）", money.agreed, "元"),
        Figure(f"本月履行付款（{money.payments}笔）", money.paid, "元"),
        Figure("提交司法确认申请", confirmations.submitted, "份"),
        Figure("法院裁定确认有效", confirmations.confirmed, "份"),
        Figure("法院裁定驳回", confirmations.refused, "份"),
        Figure("司法确认成功率", confirmations.confirmation_rate, "%"),
        Figure(f"收案至达成协议天数中位数（{durations.to_agreement_cases}件）",
               durations.to_agreement_median, "天"),
        Figure(f"达成协议至法院裁定天数中位数（{durations.to_ruling_cases}件）",
               durations.to_ruling_median, "天"),
        Figure(f"涉案自然人（{elderly.persons}人，已知出生日期{elderly.with_birth_date}人）"
               "中60周岁以上占比", elderly.share, "%"),
    ]


def counts_table(counts: dict[str, int], enum) -> list[tuple[str, int]]:
    """(Chinese name, count) in the enum's order, then any unknown codes; zero rows kept
    out so the table shows what happened."""
    rows = [(member.cn, counts[member.value]) for member in enum if counts.get(member.value)]
    known = {member.value for member in enum}
    return rows + [(code, n) for code, n in sorted(counts.items()) if code not in known and n]


def month_period(month: str | Period) -> Period:
    period = month if isinstance(month, Period) else Period.parse(month, "month")
    if period.kind != MONTH:
        raise ValidationError("month", f"月报需要一个月份，如 2024-03，而不是“{period.label}”。")
    return period


class ReportsService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @allowed(EVERYONE, what="查看统计")
    @only_own(REPORT)
    def monthly(self, month: str | Period, today: date | None = None) -> MonthlyReport:
        period = month_period(month)
        statistics = StatisticsService(self.ctx).compute(period)
        with self.ctx.db.reading() as session:
            profile = court_profile(session)
            cases = report_cases(session, period)
            head = audit.head(session)
        return MonthlyReport(profile.name or "微法庭", period, today or today_local(),
                             statistics, tuple(cases), head.printed() if head else "")

    @allowed(ADMIN, what="导出月度报告")
    def write_monthly(self, month: str | Period, out_path: str | Path) -> Path:
        """The report as .pdf or .xlsx (by the file's suffix), written atomically."""
        path = Path(out_path)
        suffix = path.suffix.lower()
        if suffix not in (".pdf", ".xlsx"):
            raise ValidationError("out", f"文件名“{path.name}”应以 .pdf 或 .xlsx 结尾。")
        report = self.monthly(month).contents()
        if suffix == ".pdf":
            from microcourt.documents.monthly_report_pdf import write_report_pdf
            written = write_report_pdf(report, path)
        else:
            from microcourt.documents.monthly_report_xlsx import write_report_xlsx
            written = write_report_xlsx(report, path)
        audit.record_export(self.ctx, "report.monthly", month=str(month), format=suffix[1:])
        return written

    @allowed(EVERYONE, what="查看调解协议")
    @mediator_scope(arg="case_ref", kind=CASE)
    def enforcement_check(self, case_ref: int | str, today: date | None = None) -> list[str]:
        """Why an enforcement application cannot be made (empty: it can)."""
        from microcourt.services.filings.enforcement import load_enforcement, problems
        with self.ctx.db.reading() as session:
            return problems(load_enforcement(session, case_ref, today or today_local()))

    @allowed(ADMIN, what=EXPORT)
    def enforcement_debtors(self, case_ref: int | str, today: date | None = None,
                            claimant: str | None = None) -> tuple[tuple[int, str], ...]:
        """(party id, name) of each debtor the applications would name, for the liaison
        to record their property leads first; UserError as write_enforcement."""
        from microcourt.services.filings.enforcement import applications, checked_enforcement
        with self.ctx.db.reading() as session:
            found = checked_enforcement(session, case_ref, today or today_local())
            prepared = applications(session, found, claimant)
        debtors = {d.party.party_id: d.name for app in prepared for d in app.debtors}
        return tuple(debtors.items())

    @allowed(ADMIN, what=EXPORT)
    def write_enforcement(self, case_ref: int | str, out_path: str | Path,
                          today: date | None = None, claimant: str | None = None) -> Path:
        """强制执行申请书 for a confirmed agreement with overdue installments: one
        application per ruling (only `claimant`'s, a name or 全体申请人, when given),
        each followed by its agents' enforcement-stage powers of attorney, in one PDF;
        UserError listing every reason when there is none to enforce."""
        from microcourt.documents.enforcement_application import write_enforcement_pdf
        from microcourt.services.filings.enforcement import applications, checked_enforcement
        with self.ctx.db.reading() as session:
            found = checked_enforcement(session, case_ref, today or today_local())
            prepared = applications(session, found, claimant)
        written = write_enforcement_pdf(prepared, Path(out_path))
        audit.record_export(self.ctx, "enforcement.pdf", "case", None, case=str(case_ref))
        return written


def report_cases(session: Session, period: Period) -> list[ReportCase]:
    concluded = select(CaseEvent.case_id).where(
        CaseEvent.to_status.in_(OUTCOME_STATUSES), CaseEvent.at >= day_start(period.start),
        CaseEvent.at < day_start(period.end))
    cases = session.execute(
        select(Case.id, Case.number, Case.category, Case.received_on, Case.status,
               Case.amount_fen)
        .where(or_(and_(Case.received_on >= period.start, Case.received_on < period.end),
                   Case.id.in_(concluded)))
        .order_by(Case.received_on, Case.year, Case.seq)).all()
    ids = [row.id for row in cases]
    sides = _sides(session, ids)
    agreed = dict(session.execute(select(Agreement.case_id, Agreement.total_fen).where(
        Agreement.case_id.in_(ids), Agreement.status == AgreementStatus.SIGNED.value)).all())
    return [ReportCase(
        number=row.number, category=_cn(CaseCategory, row.category), received_on=row.received_on,
        status=_cn(CaseStatus, row.status),
        applicants=_names(sides.get((row.id, CaseRole.APPLICANT.value), [])),
        respondents=_names(sides.get((row.id, CaseRole.RESPONDENT.value), [])),
        claimed=None if row.amount_fen is None else fen_to_yuan(row.amount_fen),
        agreed=None if agreed.get(row.id) is None else fen_to_yuan(agreed[row.id]))
        for row in cases]


def _sides(session: Session, case_ids: list[int]) -> dict[tuple[int, str], list[str]]:
    rows = session.execute(
        select(CaseParty.case_id, CaseParty.role, Party.name, Party.id_number)
        .join(Party, Party.id == CaseParty.party_id).where(CaseParty.case_id.in_(case_ids))
        .order_by(CaseParty.case_id, CaseParty.position, CaseParty.id)).all()
    sides: dict[tuple[int, str], list[str]] = {}
    for case_id, role, name, id_number in rows:
        shown = f"{name}（{mask_id(id_number)}）" if id_number else name
        sides.setdefault((case_id, role), []).append(shown)
    return sides


def _names(people: list[str]) -> str:
    shown = "、".join(people[:NAMES_PER_SIDE])
    return shown + (f"等{len(people)}人" if len(people) > NAMES_PER_SIDE else "")


def _cn(enum, value: str) -> str:
    try:
        return enum(value).cn
    except ValueError:
        return value

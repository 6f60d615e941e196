"""The workbench (工作台, issue 8 item 1): what the liaison must do today, what is about
to be late, and the early warnings; each item opens the page that deals with it.

Boundaries (all in local Asia/Shanghai days, `today` included):
* hearings: scheduled ones taking place (even partly) today or tomorrow;
* confirmation windows: signed agreements with a claimant not yet submitted whose
  30-day window (民事诉讼法 art. 205, its last day moved past rest days by art. 85) ends
  within WINDOW_DAYS days, i.e. 0 to 7 days left, both ends included; and those already
  missed (the window ended before today);
* overdue installments: due before today and not paid in full, one item per case;
* stale drafts: a draft agreement created more than STALE_DRAFT_DAYS days ago (created
  on day d, it shows from d + 8), in a case not closed;
* returned filings: the latest filing sent for a claimant (or the joint one) was
  returned for correction; due on the court's correction deadline.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from microcourt.db.models import Agreement, Case, Filing
from microcourt.domain import AgreementStatus, CaseStatus, FilingStatus, HearingKind, HearingStatus
from microcourt.services.agreements import installments
from microcourt.services.agreements.dto import OverdueInstallment
from microcourt.services.filings.dto import FilingWindow
from microcourt.services.filings.service import FilingsService
from microcourt.services.hearings.mapping import details, window_query
from microcourt.services.hearings.queries import day_start
from microcourt.services.hearings.rules import overlap_note, overlapping
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import EVERYONE, WORK_ITEMS, allowed, only_own
from microcourt.services.reports.early_warnings import early_warnings
from microcourt.services.reports.workbench_dto import (
    ItemKind,
    Severity,
    Workbench,
    WorkbenchItem,
    sorted_items,
)
from microcourt.timeutil import format_local, to_local, today_local
from microcourt.validation.money import format_amount

WINDOW_DAYS = 7
STALE_DRAFT_DAYS = 7
SOON_DAYS = 3  # a deadline this close (or passed) makes an item urgent


class WorkbenchService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @allowed(EVERYONE, what="查看工作台")
    @only_own(WORK_ITEMS)
    def build(self, today: date | None = None) -> Workbench:
        """Every task and warning for `today`, most urgent first."""
        today = today or today_local()
        windows = FilingsService(self.ctx).windows_closing(WINDOW_DAYS, today,
                                                           include_missed=True)
        with self.ctx.db.reading() as session:
            overdue = installments.overdue(session, today)
            items = (hearing_items(session, today) + window_items(windows, today)
                     + overdue_items(overdue) + stale_drafts(session, today)
                     + returned_filings(session, today)
                     + early_warnings(session, today, overdue))
        return Workbench(today, sorted_items(items))

    @allowed(EVERYONE, what="查看工作台")
    @only_own(WORK_ITEMS)
    def warnings(self, today: date | None = None) -> list[WorkbenchItem]:
        """The early warnings alone (矛盾风险预警), most urgent first."""
        today = today or today_local()
        with self.ctx.db.reading() as session:
            return list(sorted_items(early_warnings(session, today)))


def hearing_items(session: Session, today: date) -> list[WorkbenchItem]:
    query = window_query(day_start(today), day_start(today + timedelta(days=2)),
                         [HearingStatus.SCHEDULED])
    items = []
    hearings = details(session, query)
    overlaps = overlapping(hearings)
    for hearing in hearings:
        starts_today = to_local(hearing.start).date() <= today
        word = "今天" if starts_today else "明天"
        kind = HearingKind(hearing.kind).cn
        where = hearing.room or hearing.meeting_link or ""
        items.append(WorkbenchItem(
            kind=ItemKind.HEARING.value,
            title=f"{word} {format_local(hearing.start)[11:]} {kind}：{hearing.case_number}",
            detail=(f"{format_local(hearing.start)}至{format_local(hearing.end)[11:]}"
                    + (f"，调解员{hearing.mediator_name}" if hearing.mediator_name else "")
                    + (f"，{where}" if where else "")
                    + ("。" if starts_today else "。请今天电话提醒参加人。")),
            severity=(Severity.URGENT if starts_today else Severity.WARNING).value,
            target=("hearings", hearing.id), due=to_local(hearing.start).date(),
            case_id=hearing.case_id, case_number=hearing.case_number,
            overlap=overlap_note(overlaps[hearing.id]) if hearing.id in overlaps else ""))
    return items


def window_items(windows: list[FilingWindow], today: date) -> list[WorkbenchItem]:
    items = []
    for w in windows:
        # which holiday moved the last day (民事诉讼法 art. 85), and who is still unfiled
        extra = "".join(f"{note}。" for note in (w.period_note, _unfiled_note(w)) if note)
        if w.missed:
            items.append(WorkbenchItem(
                kind=ItemKind.WINDOW_MISSED.value, title=f"{w.case_number}：司法确认申请期限已过",
                detail=(f"协议{w.effective_on.isoformat()}生效，三十日申请期限已于"
                        f"{w.deadline.isoformat()}届满（已过{-w.days_left}天）。{extra}"
                        "法院通常不再受理，可重新签署协议后申请，或登记履行情况。"),
                severity=Severity.WARNING.value, target=("filing", w.case_id), due=w.deadline,
                case_id=w.case_id, case_number=w.case_number))
            continue
        left = "今天是最后一天" if w.days_left == 0 else f"还剩{w.days_left}天"
        items.append(WorkbenchItem(
            kind=ItemKind.WINDOW_CLOSING.value, title=f"{w.case_number}：司法确认申请{left}",
            detail=(f"协议{w.effective_on.isoformat()}生效，须在{w.deadline.isoformat()}前"
                    f"（含当天）共同申请司法确认（民事诉讼法第二百零五条）。{extra}"),
            severity=_by_deadline(w.deadline, today), target=("filing", w.case_id),
            due=w.deadline, case_id=w.case_id, case_number=w.case_number))
    return items


def _unfiled_note(w: FilingWindow) -> str:
    if not w.progress_note:
        return ""
    return f"{w.progress_note}：还有{w.unfiled}名申请人的申请材料未提交"


def overdue_items(overdue: list[OverdueInstallment]) -> list[WorkbenchItem]:
    """One item per case: how many installments, how much is owed, since when."""
    by_case: dict[int, list[OverdueInstallment]] = defaultdict(list)
    for row in overdue:
        by_case[row.case_id].append(row)
    items = []
    for case_id, rows in by_case.items():
        owed = sum(r.outstanding_fen for r in rows)
        first = min(rows, key=lambda r: r.due_on)
        people = {r.claimant_name for r in rows if r.claimant_name}
        whom = f"，涉及{len(people)}名收款人" if len(people) > 1 else ""
        items.append(WorkbenchItem(
            kind=ItemKind.OVERDUE.value, title=f"{first.case_number}：{len(rows)}期分期逾期",
            detail=(f"尚欠{format_amount(owed, unit=True)}{whom}；最早一期"
                    f"{first.due_on.isoformat()}到期，已逾期{first.days_overdue}天。"
                    "请联系付款人并登记付款。"),
            severity=Severity.WARNING.value, target=("agreement", case_id), due=first.due_on,
            case_id=case_id, case_number=first.case_number))
    return items


def stale_drafts(session: Session, today: date) -> list[WorkbenchItem]:
    cutoff = day_start(today - timedelta(days=STALE_DRAFT_DAYS))
    rows = session.execute(
        select(Agreement.case_id, Agreement.version, Agreement.created_at, Case.number)
        .join(Case, Case.id == Agreement.case_id)
        .where(Agreement.status == AgreementStatus.DRAFT.value, Agreement.created_at < cutoff,
               Case.status != CaseStatus.CLOSED.value)
        .order_by(Agreement.created_at)).all()
    items = []
    for case_id, version, created_at, number in rows:
        created = to_local(created_at).date()
        items.append(WorkbenchItem(
            kind=ItemKind.STALE_DRAFT.value, title=f"{number}：第{version}版协议草稿未签署",
            detail=(f"草稿于{created.isoformat()}创建，已{(today - created).days}天未签署"
                    f"（超过{STALE_DRAFT_DAYS}天即提示）。请约当事人签署，或删除草稿。"),
            severity=Severity.INFO.value, target=("agreement", case_id), case_id=case_id,
            case_number=number))
    return items


def returned_filings(session: Session, today: date) -> list[WorkbenchItem]:
    """Filings whose latest sent packet (per claimant) is back for correction."""
    returned_cases = select(Filing.case_id).where(Filing.status == FilingStatus.RETURNED.value)
    rows = session.execute(
        select(Filing.id, Filing.case_id, Filing.claimant_id, Filing.status,
               Filing.correction_deadline, Case.number)
        .join(Case, Case.id == Filing.case_id)
        .where(Filing.case_id.in_(returned_cases),
               Filing.status != FilingStatus.GENERATED.value)
        .order_by(Filing.id)).all()
    latest: dict[tuple[int, int | None], tuple] = {}
    for row in rows:
        latest[(row.case_id, row.claimant_id)] = row  # by id: the last one sent wins
    by_case: dict[int, list] = defaultdict(list)
    for row in latest.values():
        if row.status == FilingStatus.RETURNED.value:
            by_case[row.case_id].append(row)
    items = []
    for case_id, found in by_case.items():
        deadlines = [r.correction_deadline for r in found if r.correction_deadline]
        due = min(deadlines) if deadlines else None
        by_when = f"，补正期限{due.isoformat()}" if due else ""
        late = "（已过期限）" if due and due < today else ""
        items.append(WorkbenchItem(
            kind=ItemKind.RETURNED_FILING.value,
            title=f"{found[0].number}：{len(found)}份司法确认申请退回补正",
            detail=f"法院退回补正{by_when}{late}。请按法院要求补正后重新提交。",
            severity=_by_deadline(due, today) if due else Severity.WARNING.value,
            target=("filing", case_id), due=due, case_id=case_id, case_number=found[0].number))
    return items


def _by_deadline(deadline: date, today: date) -> str:
    soon = deadline <= today + timedelta(days=SOON_DAYS)
    return (Severity.URGENT if soon else Severity.WARNING).value

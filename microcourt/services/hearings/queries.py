"""Reading hearings: one hearing, a case's hearings, the agenda and week views grouped by
local (Asia/Shanghai) day, the "tomorrow" phone list and the reminders that are due.

Days are local days: [00:00, next 00:00) in Asia/Shanghai, turned into UTC for the query.
A hearing from 23:30 to 00:30 takes place on both days and is listed under both.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from microcourt.db.models import Hearing
from microcourt.domain import HearingStatus
from microcourt.errors import ValidationError
from microcourt.services.hearings.dto import AgendaDay, CallItem, HearingDetail
from microcourt.services.hearings.mapping import detail_of, details, hearing_query, window_query
from microcourt.services.kernel import refs
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import (
    AGENDA,
    CALLS,
    CASE,
    EVERYONE,
    HEARING,
    ROWS_BY_CASE,
    allowed,
    mediator_scope,
    only_own,
)
from microcourt.timeutil import LOCAL_ZONE, now_utc, today_local

MAX_DAYS = 366
REMINDER_KEY = "hearing_reminder_minutes"
DEFAULT_REMINDER_MINUTES = 30
MAX_REMINDER_MINUTES = 24 * 60
ACTIVE = (HearingStatus.SCHEDULED, HearingStatus.HELD)
# The judge's court arranges its own side; the liaison phones everyone else.
NOT_PHONED_ROLES = {"judge"}


def day_start(day: date) -> datetime:
    """Local midnight at the start of `day`, as an aware datetime."""
    return datetime.combine(day, time(0), tzinfo=LOCAL_ZONE)


def _days(raw: object) -> int:
    try:
        days = int(raw)
    except (TypeError, ValueError):
        raise ValidationError("days", f"天数“{raw}”应是1到{MAX_DAYS}之间的整数。") from None
    if not 1 <= days <= MAX_DAYS:
        raise ValidationError("days", f"天数“{raw}”应是1到{MAX_DAYS}之间的整数。")
    return days


def group_by_day(hearings: list[HearingDetail], first: date, days: int) -> list[AgendaDay]:
    """Every day from `first` for `days` days (empty days included, for a week grid),
    each with the hearings overlapping it, by start time."""
    grouped = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        begin, end = day_start(day), day_start(day + timedelta(days=1))
        grouped.append(AgendaDay(day, tuple(h for h in hearings
                                            if h.start < end and h.end > begin)))
    return grouped


class HearingQueries:
    ctx: AppContext

    @allowed(EVERYONE, what="查看庭审安排")
    @mediator_scope(arg="hearing_id", kind=HEARING)
    def get(self, hearing_id: int) -> HearingDetail:
        with self.ctx.db.reading() as session:
            return detail_of(session, hearing_id)

    @allowed(EVERYONE, what="查看庭审安排")
    @mediator_scope(arg="case_ref", kind=CASE)
    def list_for_case(self, case_ref: int | str) -> list[HearingDetail]:
        """The case page's hearings, earliest first, whatever their status."""
        with self.ctx.db.reading() as session:
            case_id = refs.case_id(session, case_ref)
            return details(session, hearing_query().where(Hearing.case_id == case_id))

    @allowed(EVERYONE, what="查看庭审安排")
    @only_own(ROWS_BY_CASE)
    def list_range(self, from_day: date | None = None, to_day: date | None = None,
                   include_cancelled: bool = True) -> list[HearingDetail]:
        """Hearings taking place (even partly) from `from_day` to `to_day` inclusive,
        earliest first; None leaves that side open."""
        if from_day and to_day and to_day < from_day:
            raise ValidationError("to_day", f"结束日期{to_day}早于开始日期{from_day}。")
        start = day_start(from_day) if from_day else None
        end = day_start(to_day + timedelta(days=1)) if to_day else None
        statuses = None if include_cancelled else ACTIVE
        with self.ctx.db.reading() as session:
            return details(session, window_query(start, end, statuses))

    @allowed(EVERYONE, what="查看庭审安排")
    @only_own(AGENDA)
    def agenda(self, from_day: date | None = None, days: int = 7,
               include_cancelled: bool = False) -> list[AgendaDay]:
        """Today (or `from_day`) and the following days, one AgendaDay each."""
        first = from_day or today_local()
        days = _days(days)
        hearings = self.list_range(first, first + timedelta(days=days - 1), include_cancelled)
        return group_by_day(hearings, first, days)

    @allowed(EVERYONE, what="查看庭审安排")
    @only_own(AGENDA)
    def week(self, day: date | None = None, include_cancelled: bool = False) -> list[AgendaDay]:
        """Monday to Sunday of the week holding `day` (default today)."""
        day = day or today_local()
        return self.agenda(day - timedelta(days=day.weekday()), 7, include_cancelled)

    @allowed(EVERYONE, what="查看庭审安排")
    @only_own(CALLS)
    def tomorrow_calls(self, today: date | None = None) -> list[CallItem]:
        """Everyone to phone today about a scheduled hearing starting tomorrow (local
        day): by hearing time, those who need help to join first, then in list order."""
        tomorrow = (today or today_local()) + timedelta(days=1)
        begin, end = day_start(tomorrow), day_start(tomorrow + timedelta(days=1))
        with self.ctx.db.reading() as session:
            hearings = details(session, window_query(begin, end, [HearingStatus.SCHEDULED])
                               .where(Hearing.start_at >= begin))
        calls = []
        for hearing in hearings:
            people = [p for p in hearing.participants if p.role not in NOT_PHONED_ROLES]
            people.sort(key=lambda p: not p.needs_help)  # stable: list order otherwise
            calls += [CallItem(hearing_id=hearing.id, case_number=hearing.case_number,
                               kind=hearing.kind, start=hearing.start, end=hearing.end,
                               participant_id=p.id, name=p.name, role=p.role,
                               location=p.location, phone=p.phone, needs_help=p.needs_help)
                      for p in people]
        return calls

    @allowed(EVERYONE, what="查看庭审安排")
    @only_own(ROWS_BY_CASE)
    def due_reminders(self, now: datetime | None = None,
                      minutes_before: int | None = None) -> list[HearingDetail]:
        """Scheduled hearings starting within `minutes_before` minutes (default: the
        setting) that have not been reminded of yet (a reschedule clears the mark)."""
        now = now or now_utc()
        minutes = self.reminder_minutes() if minutes_before is None else minutes_before
        query = (window_query(now, now + timedelta(minutes=minutes), [HearingStatus.SCHEDULED])
                 .where(Hearing.start_at > now, Hearing.reminded_at.is_(None)))
        with self.ctx.db.reading() as session:
            return details(session, query)

    @allowed(EVERYONE, what="查看设置")
    def reminder_minutes(self) -> int:
        from microcourt.services.settings.service import SettingsService
        stored = SettingsService(self.ctx).get(REMINDER_KEY)
        return int(stored) if stored and stored.isdigit() else DEFAULT_REMINDER_MINUTES

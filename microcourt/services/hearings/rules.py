"""Pure rules for hearings: reading the times typed, checking them, the warnings that do
not stop a booking, the conflict rule and how times are written in Chinese.

The conflict rule: two scheduled hearings clash when their intervals [start, end) overlap
and they share the room, the mediator, the judge (by name, as typed) or a person (a party
or an agent) taking part.
Touching intervals (one ends at 10:00, the next starts at 10:00) do not clash.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from microcourt.domain import HearingKind
from microcourt.errors import ValidationError
from microcourt.timeutil import LOCAL_ZONE, format_date_cn, to_local
from microcourt.validation.text import clean, clean_code

MAX_DURATION = timedelta(hours=12)
PAST_GRACE = timedelta(days=1)  # a session held this morning may still be entered
DAY_BEGINS, DAY_ENDS = 8, 20  # usual office hours of court and village committee
WEEKDAYS_CN = "一二三四五六日"

_TYPED = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[T\s]?\s*"
    r"(\d{1,2})\s*[:：时点]\s*(\d{1,2})?\s*分?(?:[:：](\d{1,2}))?$")


def parse_moment(raw: object, field: str, label: str) -> datetime:
    """An aware UTC datetime from what a form or the CLI gives: aware datetimes as they
    are, naive ones and text as Asia/Shanghai wall-clock time. ValidationError otherwise."""
    if isinstance(raw, datetime):
        moment = raw if raw.tzinfo else raw.replace(tzinfo=LOCAL_ZONE)
        return _in_utc(moment, raw.isoformat(sep=" "), field, label)
    text = clean_code(None if raw is None else str(raw))
    if not text:
        raise ValidationError(field, f"请填写{label}。")
    try:
        return parse_moment(datetime.fromisoformat(text), field, label)
    except ValueError:
        pass
    match = _TYPED.match(text)
    if not match:
        raise ValidationError(field, f"{label}“{text}”看不懂，请按 2026-11-24 09:30 的格式填写。")
    year, month, day, hour, minute, second = (int(g) if g else 0 for g in match.groups())
    try:
        moment = datetime(year, month, day, hour, minute, second, tzinfo=LOCAL_ZONE)
    except ValueError:
        raise ValidationError(field, f"{label}“{text}”不存在，请核对日期和钟点。") from None
    return _in_utc(moment, text, field, label)


def _in_utc(moment: datetime, shown: str, field: str, label: str) -> datetime:
    """`moment` in UTC; at the ends of the calendar (year 1, year 9999) the shift
    overflows, and such a time cannot be a real session anyway."""
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        raise ValidationError(field, f"{label}“{shown}”超出了可以安排的日期范围，"
                                     "请核对年份。") from None


def time_errors(start: datetime, end: datetime, now: datetime) -> list[ValidationError]:
    """End after start, at most 12 hours long, start not more than a day in the past."""
    errors = []
    if end <= start:
        errors.append(ValidationError("end", f"结束时间{short_time(end)}应晚于开始时间"
                                             f"{short_time(start)}。"))
    elif end - start > MAX_DURATION:
        errors.append(ValidationError("end", f"从{short_time(start)}到{short_time(end)}超过了"
                                             "12小时，请核对结束时间。"))
    if start < now - PAST_GRACE:
        errors.append(ValidationError("start", f"开始时间{short_time(start)}已经过去一天以上，"
                                               "不能再安排。"))
    return errors


def time_warnings(start: datetime, end: datetime) -> tuple[str, ...]:
    """Reasons to double-check a time that is still allowed: outside 08:00-20:00
    Asia/Shanghai, or on a Saturday or Sunday."""
    local_start, local_end = to_local(start), to_local(end)
    warnings = []
    day_begin = local_start.replace(hour=DAY_BEGINS, minute=0, second=0, microsecond=0)
    day_end = local_start.replace(hour=DAY_ENDS, minute=0, second=0, microsecond=0)
    if local_start < day_begin or local_end > day_end:
        warnings.append(f"时间{clock_span(start, end)}不在08:00—20:00之间，"
                        "请确认各方（特别是年老的当事人）能参加。")
    weekend = sorted({d for d in (local_start.date(), local_end.date()) if d.weekday() >= 5})
    for day in weekend:
        warnings.append(f"{format_date_cn(day)}是星期{WEEKDAYS_CN[day.weekday()]}（周末），"
                        "请确认法院和各方当天能参加。")
    return tuple(warnings)


@dataclass(frozen=True)
class Booking:
    """What a hearing occupies, for the conflict rule. `people`: (key, name) pairs
    where key is ("party", id) or ("agent", id)."""

    hearing_id: int | None
    case_number: str
    kind: str
    start: datetime
    end: datetime
    room: str = ""
    mediator_id: int | None = None
    mediator_name: str = ""
    people: tuple[tuple[tuple[str, int], str], ...] = ()
    judge: str = ""


def room_key(room: str) -> str:
    """Rooms typed with other spaces or letter case are the same room."""
    return "".join(clean(room).split()).casefold()


def overlaps(a: Booking, b: Booking) -> bool:
    return a.start < b.end and b.start < a.end


def clashes(candidate: Booking, others) -> list[ValidationError]:
    """One ValidationError per clashing resource field (room, mediator_id, judge,
    participants), each naming the other hearing's case number and time."""
    found: dict[str, list[str]] = {}
    for other in others:
        if other.hearing_id is not None and other.hearing_id == candidate.hearing_id:
            continue
        if not overlaps(candidate, other):
            continue
        booked = (f"{short_span(other.start, other.end)}已安排了案件{other.case_number}"
                  f"的{HearingKind(other.kind).cn}")
        if candidate.room and room_key(candidate.room) == room_key(other.room):
            found.setdefault("room", []).append(f"{candidate.room}在{booked}")
        if candidate.mediator_id is not None and candidate.mediator_id == other.mediator_id:
            found.setdefault("mediator_id", []).append(
                f"调解员{candidate.mediator_name or other.mediator_name}在{booked}")
        if candidate.judge and room_key(candidate.judge) == room_key(other.judge):
            found.setdefault("judge", []).append(f"法官{candidate.judge}在{booked}")
        theirs = dict(other.people)
        for key, name in candidate.people:
            if key in theirs:
                found.setdefault("participants", []).append(f"{name}在{booked}")
    return [ValidationError(field, "时间冲突：" + "；".join(messages) + "。")
            for field, messages in found.items()]


# -- writing times in Chinese ------------------------------------------------------

def short_time(moment: datetime) -> str:
    """2026年11月24日 09:30 (Asia/Shanghai)."""
    local = to_local(moment)
    return f"{format_date_cn(local.date())} {local:%H:%M}"


def short_span(start: datetime, end: datetime) -> str:
    """2026年11月24日 09:30—11:00, or …23:30—11月25日 00:30 across midnight."""
    local_start, local_end = to_local(start), to_local(end)
    if local_end.date() == local_start.date():
        return f"{short_time(start)}—{local_end:%H:%M}"
    return f"{short_time(start)}—{local_end.month}月{local_end.day}日 {local_end:%H:%M}"


def clock_span(start: datetime, end: datetime) -> str:
    return f"{to_local(start):%H:%M}—{to_local(end):%H:%M}"


def _period(hour: int) -> tuple[str, int]:
    if hour < 6:
        return "凌晨", hour
    if hour < 12:
        return "上午", hour
    if hour < 13:
        return "中午", hour
    if hour < 18:
        return "下午", hour - 12
    return "晚上", hour - 12


def clock_cn(moment: datetime, with_period: bool = True) -> str:
    """上午9时30分, 下午2时, 晚上11时30分, 凌晨0时30分: how a notice says the time."""
    local = to_local(moment)
    period, shown = _period(local.hour)
    text = f"{shown}时{local.minute:02d}分" if local.minute else f"{shown}时"
    return period + text if with_period else text


def describe_time(start: datetime, end: datetime) -> str:
    """2026年11月24日（星期二）上午9时30分至11时: the date with its weekday, the end's
    上午/下午 only when it differs, and 次日 when the session runs past midnight."""
    local_start, local_end = to_local(start), to_local(end)
    day = local_start.date()
    text = f"{format_date_cn(day)}（星期{WEEKDAYS_CN[day.weekday()]}）{clock_cn(start)}至"
    days_later = (local_end.date() - day).days
    if days_later == 1:
        text += "次日"
    elif days_later > 1:
        text += format_date_cn(local_end.date())
    same_period = days_later == 0 and _period(local_start.hour)[0] == _period(local_end.hour)[0]
    return text + clock_cn(end, with_period=not same_period)


# -- overlapping hearings on a list ------------------------------------------------

def overlapping(hearings) -> dict[int, tuple]:
    """For each scheduled hearing (HearingDetail-like: id, start, end, is_scheduled) the
    other scheduled ones on the list whose times overlap it, earliest first: the
    agenda, the week view and the workbench mark them. Hearings listed twice (a
    session across midnight under both days) count once."""
    unique = {h.id: h for h in hearings if h.is_scheduled}
    found: dict[int, tuple] = {}
    for hearing in unique.values():
        others = tuple(sorted((o for o in unique.values()
                               if o.id != hearing.id and o.start < hearing.end
                               and hearing.start < o.end), key=lambda o: (o.start, o.id)))
        if others:
            found[hearing.id] = others
    return found


def overlap_note(others) -> str:
    """与案件(2026)浙0185民调12号的视频调解（11月24日 09:30—11:00）时间重叠。"""
    return "；".join(f"与案件{o.case_number}的{HearingKind(o.kind).cn}"
                    f"（{short_span(o.start, o.end)}）时间重叠" for o in others) + "。"

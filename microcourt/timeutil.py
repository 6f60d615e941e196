"""Time helper: timestamps are timezone-aware UTC in storage, shown in Asia/Shanghai.

`tzdata` ships as a dependency so the zone exists on Windows too.
"""
from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")


def now_utc() -> datetime:
    return datetime.now(UTC)


def now_local() -> datetime:
    return datetime.now(LOCAL_ZONE)


def today_local() -> date:
    return now_local().date()


def to_local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive datetime: every stored moment must carry its zone")
    return moment.astimezone(LOCAL_ZONE)


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A wall-clock moment in Asia/Shanghai."""
    return datetime(year, month, day, hour, minute, tzinfo=LOCAL_ZONE)


def format_local(moment: datetime | None, with_seconds: bool = False) -> str:
    if moment is None:
        return ""
    fmt = "%Y-%m-%d %H:%M:%S" if with_seconds else "%Y-%m-%d %H:%M"
    return to_local(moment).strftime(fmt)


def format_date_cn(day: date | None) -> str:
    """2026年2月9日 style, as legal documents print dates."""
    if day is None:
        return ""
    return f"{day.year}年{day.month}月{day.day}日"


def age_on(birth: date, on: date) -> int:
    """Completed years; someone born on 29 February turns a year older on 1 March."""
    years = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        years -= 1
    return years

"""The next free slot for a booking: the earliest time, from the one typed, at which
the mediator, the judge, the room and the people of the booking are all free, inside
working hours (weekdays 08:00-12:00 and 13:00-20:00 Asia/Shanghai: the court's and the
village committee's office hours, with the lunch break kept free; rules.DAY_BEGINS /
DAY_ENDS are the same hours the form warns outside of). A session longer than an
afternoon may run through lunch; one longer than the working day is placed as typed."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from microcourt.services.hearings.rules import DAY_BEGINS, DAY_ENDS, Booking, clashes
from microcourt.timeutil import LOCAL_ZONE

LUNCH_BEGINS, LUNCH_ENDS = 12, 13
SEARCH_DAYS = 60
STEP = timedelta(minutes=5)  # a proposed start is on a 5-minute mark


def _blocks(length: timedelta) -> tuple[tuple[int, int], ...]:
    """The working blocks (hours) a session of `length` may sit in."""
    halves = ((DAY_BEGINS, LUNCH_BEGINS), (LUNCH_ENDS, DAY_ENDS))
    if any(timedelta(hours=end - begin) >= length for begin, end in halves):
        return halves
    return ((DAY_BEGINS, DAY_ENDS),)


def _on_mark(moment: datetime) -> datetime:
    """Rounded up to the next 5-minute mark, in local time."""
    local = moment.astimezone(LOCAL_ZONE).replace(second=0, microsecond=0)
    if moment.astimezone(LOCAL_ZONE) > local:
        local += timedelta(minutes=1)
    return local + timedelta(minutes=-local.minute % 5)


def working_start(moment: datetime, length: timedelta) -> datetime:
    """The earliest start at or after `moment` whose whole session of `length` lies in
    one working block of a weekday (local time)."""
    start = _on_mark(moment)
    if length > timedelta(hours=DAY_ENDS - DAY_BEGINS):
        return start
    day = start.replace(hour=0, minute=0)
    while True:
        if day.weekday() < 5:
            for begin, end in _blocks(length):
                candidate = max(start, day.replace(hour=begin))
                if candidate + length <= day.replace(hour=end):
                    return candidate
        day = (day + timedelta(days=1, hours=3)).replace(hour=0)  # DST-proof next day


def next_free(wanted: Booking, others: list[Booking], earliest: datetime,
              search_days: int = SEARCH_DAYS) -> tuple[datetime, datetime] | None:
    """The first (start, end) from `earliest` with the length of `wanted` in working
    hours at which `wanted` clashes with none of `others`; None within `search_days`."""
    length = wanted.end - wanted.start
    moment, limit = earliest, earliest + timedelta(days=search_days)
    while moment < limit:
        start = working_start(moment, length).astimezone(UTC)
        candidate = replace(wanted, start=start, end=start + length)
        blocking = [other for other in others if clashes(candidate, [other])]
        if not blocking:
            return candidate.start, candidate.end
        moment = max(other.end for other in blocking)
    return None

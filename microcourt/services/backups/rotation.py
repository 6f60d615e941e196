"""Which automatic backups to keep: grandfather-father-son rotation (issue 7, item 3).

Kept: the newest backup of each of the 7 most recent days that have one, of each of
the 4 most recent ISO weeks, and of each of the 12 most recent months (one backup may
count for all three). Periods are counted among those that *have* a backup, not on the
calendar: a PC left off for a month still keeps its last 7 daily backups instead of
losing all of them. Pure: decides from dates alone, the caller deletes.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RetentionPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT_POLICY = RetentionPolicy()


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _iso_week(moment: datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return year, week


def _month(moment: datetime) -> Hashable:
    return moment.year, moment.month


def _newest_per_period(newest_first: list[datetime], period: Callable[[datetime], Hashable],
                       count: int) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for moment in newest_first:
        if len(seen) >= count:
            break
        bucket = period(moment)
        if bucket not in seen:
            seen.add(bucket)
            kept.add(moment)
    return kept


def moments_to_keep(moments: Iterable[datetime],
                    policy: RetentionPolicy = DEFAULT_POLICY) -> set[datetime]:
    """The moments (local wall-clock times of the backups) that the policy keeps."""
    newest_first = sorted(set(moments), reverse=True)
    return (_newest_per_period(newest_first, _day, policy.daily)
            | _newest_per_period(newest_first, _iso_week, policy.weekly)
            | _newest_per_period(newest_first, _month, policy.monthly))

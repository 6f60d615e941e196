"""Grandfather-father-son rotation: 7 daily, 4 weekly, 12 monthly, decided from dates."""
from datetime import date, datetime, timedelta

from microcourt.services.backups.rotation import RetentionPolicy, moments_to_keep
from microcourt.timeutil import LOCAL_ZONE


def at(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=LOCAL_ZONE)


def simulate(days, per_day_hours=(9,), policy=RetentionPolicy()) -> set[datetime]:
    """Back up on each day, pruning after each backup as the program does."""
    kept: set[datetime] = set()
    for day in days:
        for hour in per_day_hours:
            kept.add(at(day, hour))
            kept = moments_to_keep(kept, policy)
    return kept


def test_400_days_of_daily_backups_keep_exactly_the_expected_set():
    start = date(2025, 1, 1)
    kept = simulate(start + timedelta(days=n) for n in range(400))  # last: 2026-02-04 (Wed)
    expected_days = {
        # the last 7 days
        date(2026, 1, 29), date(2026, 1, 30), date(2026, 1, 31), date(2026, 2, 1),
        date(2026, 2, 2), date(2026, 2, 3), date(2026, 2, 4),
        # the newest of each of the last 4 ISO weeks (Sundays; this week's is today)
        date(2026, 1, 25), date(2026, 1, 18),
        # the newest of each of the last 12 months (month ends; this month's is today)
        date(2025, 12, 31), date(2025, 11, 30), date(2025, 10, 31), date(2025, 9, 30),
        date(2025, 8, 31), date(2025, 7, 31), date(2025, 6, 30), date(2025, 5, 31),
        date(2025, 4, 30), date(2025, 3, 31),
    }
    assert kept == {at(day) for day in expected_days}


def test_pruning_every_day_keeps_what_one_pruning_at_the_end_would():
    days = [date(2024, 1, 1) + timedelta(days=n) for n in range(500)]
    once = moments_to_keep(at(day, hour) for day in days for hour in (9, 18))
    assert simulate(days, per_day_hours=(9, 18)) == once


def test_several_backups_a_day_keep_only_the_newest_of_older_days():
    day = date(2026, 3, 10)
    moments = [at(day - timedelta(days=1), hour) for hour in (9, 12, 18)] + [at(day, 9)]
    assert moments_to_keep(moments) == {at(day - timedelta(days=1), 18), at(day, 9)}


def test_a_pc_left_off_for_two_months_still_keeps_seven_daily_backups():
    before = [date(2026, 1, 1) + timedelta(days=n) for n in range(30)]
    after_break = [date(2026, 4, 1)]
    kept = simulate(before + after_break)
    kept_days = sorted(moment.date() for moment in kept)
    # The six newest January days plus the new one; 1 April counts as this month's too.
    assert kept_days[-7:] == [date(2026, 1, 25), date(2026, 1, 26), date(2026, 1, 27),
                              date(2026, 1, 28), date(2026, 1, 29), date(2026, 1, 30),
                              date(2026, 4, 1)]


def test_29_february_and_year_ends_are_ordinary_days():
    days = [date(2024, 2, 20) + timedelta(days=n) for n in range(20)]  # across 29 Feb
    kept = {m.date() for m in simulate(days)}
    assert date(2024, 2, 29) in kept  # the newest of February
    year_end = [date(2025, 12, 25) + timedelta(days=n) for n in range(14)]
    kept = {m.date() for m in simulate(year_end)}
    assert date(2025, 12, 31) in kept and date(2026, 1, 7) in kept


def test_nothing_to_keep_from_nothing_and_a_single_backup_is_kept():
    assert moments_to_keep([]) == set()
    only = at(date(2026, 2, 9))
    assert moments_to_keep([only]) == {only}

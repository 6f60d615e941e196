from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from microcourt.errors import ValidationError
from microcourt.services.agreements.plan import add_months, plan, plans_per_claimant


@given(total=st.integers(1, 10**13), count=st.integers(1, 120),
       first=st.dates(date(2020, 1, 1), date(2035, 12, 31)))
def test_plan_sums_exactly_and_only_the_last_absorbs_rounding(total, count, first):
    if count > total:
        return
    rows = plan(total, count, first)
    assert sum(r.amount_fen for r in rows) == total
    assert len(rows) == count
    assert len({r.amount_fen for r in rows[:-1]}) <= 1
    assert 0 <= rows[-1].amount_fen - rows[0].amount_fen < count
    assert [r.seq for r in rows] == list(range(1, count + 1))
    assert all(a.due_on < b.due_on for a, b in zip(rows, rows[1:]))


def test_one_hundred_yuan_in_three():
    rows = plan(10000, 3, date(2026, 1, 15))
    assert [r.amount_fen for r in rows] == [3333, 3333, 3334]
    assert [r.due_on for r in rows] == [date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 15)]


def test_month_end_and_leap_day_keep_the_schedule():
    rows = plan(1200, 4, date(2028, 1, 31))
    assert [r.due_on for r in rows] == [date(2028, 1, 31), date(2028, 2, 29),
                                       date(2028, 3, 31), date(2028, 4, 30)]
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
    assert add_months(date(2024, 2, 29), 48) == date(2028, 2, 29)


def test_weekly_and_daily_intervals():
    assert [r.due_on for r in plan(300, 3, date(2026, 2, 27), 1, "week")] == [
        date(2026, 2, 27), date(2026, 3, 6), date(2026, 3, 13)]
    assert plan(300, 3, date(2028, 2, 28), 1, "day")[1].due_on == date(2028, 2, 29)


def test_77_claimants_each_have_their_own_exact_schedule():
    amounts = {i: 400_000_00 // 77 + i for i in range(77)}
    plans = plans_per_claimant(amounts, 4, date(2026, 3, 1))
    assert len(plans) == 77
    for claimant, rows in plans.items():
        assert sum(r.amount_fen for r in rows) == amounts[claimant]
    assert sum(r.amount_fen for rows in plans.values() for r in rows) == sum(amounts.values())


@pytest.mark.parametrize("total, count", [(0, 1), (-5, 2), (100, 0), (100, 121), (2, 3)])
def test_impossible_plans_refused(total, count):
    with pytest.raises(ValidationError):
        plan(total, count, date(2026, 1, 1))

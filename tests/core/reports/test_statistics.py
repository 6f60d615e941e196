"""Statistics against figures computed by hand from a crafted March 2024 (a leap year:
29 February is in February, 31 March 23:30 in March, 1 April 00:30 in April)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from workbench_support import agreement, at, case, company, event, filing, installment, person

from microcourt.errors import ValidationError
from microcourt.services.reports.statistics import StatisticsService
from microcourt.services.reports.statistics_dto import Period

MARCH = Period.month(2024, 3)


@pytest.fixture
def march(services):
    with services.ctx.db.transaction() as s:
        a = person(s, "王𠮷", date(1964, 3, 1))       # 60 on 1 March 2024: elderly
        b = person(s, "张堃", date(1964, 3, 2))       # still 59 on 1 March
        c = person(s, "䶮", date(1944, 2, 29))       # 80
        d = person(s, "阿依古丽·买买提", None)          # birth date unknown
        boss = company(s)
        c1 = case(s, date(2024, 3, 1), "in_mediation", [a, b], [boss], amount_fen=100_000)
        c2 = case(s, date(2024, 3, 5), "agreed", [c], [boss], category="lease",
                  amount_fen=250_050)
        c3 = case(s, date(2024, 3, 31), "failed", [d, a], [boss])
        feb = case(s, date(2024, 2, 29), "agreed", [person(s, "二月")], [boss], amount_fen=999)
        case(s, date(2024, 4, 1), "registered", [person(s, "四月")], [boss])
        old = case(s, date(2023, 12, 1), "confirmed", [person(s, "甲"), person(s, "乙")], [boss])
        event(s, c2, at(date(2024, 3, 20)), "agreed")
        event(s, c3, at(date(2024, 3, 31), 23), "failed")
        event(s, feb, at(date(2024, 3, 5)), "failed")
        event(s, feb, at(date(2024, 3, 18)), "agreed")         # last outcome in March: agreed
        event(s, c1, at(date(2024, 4, 1), 0), "agreed")         # 00:00 local, 1 April
        deal = agreement(s, c2, effective_on=date(2024, 3, 20), total_fen=200_000)
        agreement(s, feb, "superseded", date(2024, 3, 18), total_fen=50_000)
        agreement(s, feb, "signed", date(2024, 4, 2), total_fen=60_000, version=2)
        installment(s, deal, date(2024, 3, 31), 100_000, boss, c,
                    paid=[(date(2024, 3, 31), 30_000), (date(2024, 4, 1), 10_000)])
        filing(s, c2, deal, "confirmed", submitted=date(2024, 3, 22), ruling=date(2024, 3, 28))
        old_deal = agreement(s, old, effective_on=date(2024, 1, 10), total_fen=80_000)
        filing(s, old, old_deal, "confirmed", old.parties[0], submitted=date(2024, 1, 15),
               ruling=date(2024, 3, 3))
        filing(s, old, old_deal, "refused", old.parties[1], submitted=date(2024, 1, 15),
               ruling=date(2024, 3, 4))
    return StatisticsService(services.ctx)


def test_cases_by_category_and_status(march):
    counts = march.compute(MARCH).cases
    assert counts.received == 3
    assert counts.by_category == {"wages": 2, "lease": 1}
    assert counts.by_status == {"in_mediation": 1, "agreed": 1, "failed": 1}
    assert counts.by_category_status["wages"] == {"in_mediation": 1, "failed": 1}
    assert march.compute(Period.quarter(2024, 1)).cases.received == 4
    assert march.compute(Period.whole_year(2024)).cases.received == 5


def test_success_rate_counts_each_case_once_by_local_day(march):
    outcomes = march.compute(MARCH).outcomes
    assert (outcomes.reached, outcomes.failed) == (2, 1)
    assert outcomes.success_rate == Decimal("66.7")
    april = march.compute(Period.month(2024, 4)).outcomes
    assert (april.reached, april.failed) == (1, 0)


def test_amounts_claimed_agreed_paid(march):
    money = march.compute(MARCH).amounts
    assert money.claimed_fen == 350_050 and money.claimed == Decimal("3500.50")
    assert (money.agreed_fen, money.agreements) == (200_000, 1)
    assert (money.paid_fen, money.payments) == (30_000, 1)
    april = march.compute(Period.month(2024, 4)).amounts
    assert (april.agreed_fen, april.paid_fen) == (60_000, 10_000)


def test_confirmation_outcomes(march):
    found = march.compute(MARCH).confirmations
    assert (found.submitted, found.confirmed, found.refused) == (1, 2, 1)
    assert found.cases_confirmed == 2
    assert found.confirmation_rate == Decimal("66.7")


def test_median_durations(march):
    found = march.compute(MARCH).durations
    # 5 -> 20 March is 15 days; 29 Feb -> 18 March (the superseded first version) 18 days
    assert (found.to_agreement_median, found.to_agreement_cases) == (Decimal("16.5"), 2)
    # 20 -> 28 March is 8 days; 10 Jan -> 3 March 2024 is 53 days
    assert (found.to_ruling_median, found.to_ruling_cases) == (Decimal("30.5"), 2)


def test_elderly_share_counts_people_once(march):
    found = march.compute(MARCH).elderly
    assert (found.persons, found.with_birth_date, found.elderly) == (4, 3, 2)
    assert found.share == Decimal("66.7")


def test_empty_period_has_no_rates(march):
    empty = march.compute(Period.month(2020, 1))
    assert empty.cases.received == 0 and empty.cases.by_category == {}
    assert empty.outcomes.success_rate is None
    assert empty.confirmations.confirmation_rate is None
    assert empty.durations.to_agreement_median is None
    assert empty.elderly.share is None


def test_received_by_month(march):
    trend = march.received_by_month(2024)
    assert trend[2] == {"wages": 1}
    assert trend[3] == {"wages": 2, "lease": 1}
    assert trend[4] == {"wages": 1}
    assert trend[12] == {}


@pytest.mark.parametrize("text, expected", [
    ("2024-03", Period.month(2024, 3)), ("2024-3", Period.month(2024, 3)),
    ("2024-Q1", Period.quarter(2024, 1)), ("2024q4", Period.quarter(2024, 4)),
    ("2024", Period.whole_year(2024))])
def test_period_parse(text, expected):
    assert Period.parse(text) == expected


@pytest.mark.parametrize("text", ["2024-13", "2024-00", "24-03", "2024-Q5", "", "三月"])
def test_period_parse_refuses_naming_value(text):
    with pytest.raises(ValidationError, match="期间"):
        Period.parse(text)


def test_period_bounds_and_labels():
    assert (MARCH.start, MARCH.end, MARCH.label) == (date(2024, 3, 1), date(2024, 4, 1),
                                                     "2024年3月")
    december = Period.month(2024, 12)
    assert december.end == date(2025, 1, 1)
    q4 = Period.quarter(2024, 4)
    assert (q4.start, q4.end, q4.label) == (date(2024, 10, 1), date(2025, 1, 1), "2024年第4季度")
    assert len(Period.whole_year(2024).months()) == 12

"""Early warnings (矛盾风险预警) on crafted data: each rule, its reason, its boundary
(10 claimants vs 9, exactly three disputes in 12 months, idle day 30 vs 31)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from workbench_support import (
    agreement,
    at,
    case,
    company,
    event,
    filing,
    hearing,
    installment,
    person,
)

from microcourt.domain import CaseStatus
from microcourt.services.reports.early_warnings import year_before
from microcourt.services.reports.workbench import WorkbenchService
from microcourt.services.reports.workbench_dto import ItemKind, Severity

TODAY = date(2024, 3, 15)


def warnings(services, kind, today=TODAY):
    found = WorkbenchService(services.ctx).warnings(today)
    return [w for w in found if w.kind == kind.value]


@pytest.mark.parametrize("claimants, shown", [(9, False), (10, True)])
def test_mass_dispute_counts_claimants_across_cases(services, claimants, shown):
    with services.ctx.db.transaction() as s:
        boss = company(s, "临安<b>&鞋业有限公司")
        workers = [person(s, f"工人{i}") for i in range(claimants)]
        first = case(s, date(2024, 1, 5), applicants=workers[:6], respondents=[boss])
        second = case(s, date(2024, 2, 5), applicants=workers[6:], respondents=[boss])
        case(s, date(2024, 2, 6), CaseStatus.CLOSED.value,  # concluded: not counted
             applicants=[person(s, "已结案工人")], respondents=[boss])
    found = warnings(services, ItemKind.MASS_DISPUTE)
    assert bool(found) is shown
    if shown:
        assert found[0].title == "群体性纠纷：临安<b>&鞋业有限公司"
        assert found[0].detail.startswith("10名申请人在2件未结案件中")
        assert found[0].target == ("parties", boss.id)
        assert found[0].related_case_ids == (first.id, second.id)
        assert found[0].severity == Severity.URGENT.value


@pytest.mark.parametrize("cases, shown", [(2, False), (3, True)])
def test_repeat_party_three_disputes_in_twelve_months(services, cases, shown):
    with services.ctx.db.transaction() as s:
        villager = person(s, "张堃")
        days = [year_before(TODAY), date(2023, 9, 1), TODAY][:cases]
        for day in days:
            case(s, day, applicants=[villager], respondents=[person(s, f"邻居{day}")])
        case(s, year_before(TODAY) - timedelta(days=1), applicants=[villager])  # too old
    found = warnings(services, ItemKind.REPEAT_PARTY)
    assert [w.target for w in found] == ([("parties", villager.id)] if shown else [])
    if shown:
        assert found[0].detail.startswith("张堃自2023-03-15以来卷入3件纠纷")
        assert len(found[0].related_case_ids) == 3


def test_twelve_months_from_29_february():
    assert year_before(date(2024, 2, 29)) == date(2023, 2, 28)
    assert year_before(date(2025, 3, 1)) == date(2024, 3, 1)


def _confirmed_case(s, joint: bool, overdue_for_first: bool):
    first, second, boss = person(s, "王𠮷"), person(s, "阿依古丽·买买提"), company(s)
    row = case(s, date(2023, 12, 1), CaseStatus.CONFIRMED.value, applicants=[first, second],
               respondents=[boss])
    deal = agreement(s, row, effective_on=date(2024, 1, 2))
    claimant = row.parties[0]
    payee = first if overdue_for_first else second
    link = row.parties[0] if overdue_for_first else row.parties[1]
    installment(s, deal, date(2024, 3, 1), 200_000, boss, payee, claimant=link)
    filing(s, row, deal, "confirmed", None if joint else claimant, submitted=date(2024, 1, 5),
           ruling=date(2024, 1, 20), court_number="(2024)浙0185民特12号")
    return row


@pytest.mark.parametrize("joint, overdue_for_first, shown",
                         [(True, False, True), (False, True, True), (False, False, False)])
def test_enforcement_needs_confirmation_covering_the_installment(services, joint,
                                                                 overdue_for_first, shown):
    with services.ctx.db.transaction() as s:
        row = _confirmed_case(s, joint, overdue_for_first)
    found = warnings(services, ItemKind.ENFORCEMENT)
    assert [w.case_id for w in found] == ([row.id] if shown else [])
    if shown:
        assert "尚欠2,000.00元" in found[0].detail and "强制执行" in found[0].detail
        assert found[0].due == date(2024, 3, 1)


def test_no_enforcement_before_ruling(services):
    with services.ctx.db.transaction() as s:
        boss, worker = company(s), person(s, "王𠮷")
        row = case(s, date(2023, 12, 1), CaseStatus.CONFIRMATION_APPLIED.value,
                   applicants=[worker], respondents=[boss])
        deal = agreement(s, row, effective_on=date(2024, 1, 2))
        installment(s, deal, date(2024, 3, 1), 200_000, boss, worker)
        filing(s, row, deal, "submitted", submitted=date(2024, 1, 5))
    assert warnings(services, ItemKind.ENFORCEMENT) == []


@pytest.mark.parametrize("quiet_days, shown", [(30, False), (31, True)])
def test_idle_case_more_than_thirty_days(services, quiet_days, shown):
    last = TODAY - timedelta(days=quiet_days)
    with services.ctx.db.transaction() as s:
        row = case(s, date(2023, 12, 1), changed=at(date(2024, 1, 2)),
                   applicants=[person(s, "䶮")])
        event(s, row, at(last, 23), kind="note")  # late evening still counts as that day
        closed = case(s, date(2023, 12, 1), CaseStatus.CLOSED.value, changed=at(date(2024, 1, 2)))
        waiting = case(s, date(2023, 12, 1), changed=at(date(2024, 1, 2)))
        hearing(s, waiting, at(TODAY + timedelta(days=5), 9), at(TODAY + timedelta(days=5), 10))
    found = warnings(services, ItemKind.IDLE_CASE)
    assert [w.case_id for w in found] == ([row.id] if shown else [])
    assert closed.id not in [w.case_id for w in found]
    if shown:
        assert found[0].title == f"{row.number}：31天无进展"
        assert "调解中" in found[0].detail and last.isoformat() in found[0].detail


def test_recent_agreement_edit_keeps_case_active(services):
    with services.ctx.db.transaction() as s:
        row = case(s, date(2023, 12, 1), changed=at(date(2024, 1, 2)))
        agreement(s, row, status="draft", created=at(TODAY - timedelta(days=3)))
    assert warnings(services, ItemKind.IDLE_CASE) == []


def test_workbench_includes_warnings(services):
    with services.ctx.db.transaction() as s:
        _confirmed_case(s, joint=True, overdue_for_first=True)
    bench = WorkbenchService(services.ctx).build(TODAY)
    assert [w.kind for w in bench.warnings] == [ItemKind.ENFORCEMENT.value]
    assert [t.kind for t in bench.tasks] == [ItemKind.OVERDUE.value]

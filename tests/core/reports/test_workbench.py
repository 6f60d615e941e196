"""The workbench's task rules on crafted data, boundaries included (7 days left vs 8,
a draft 7 days old vs 8, due today vs yesterday, a returned packet sent again)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from workbench_support import agreement, at, case, company, filing, hearing, installment, person

from microcourt.domain import CaseStatus
from microcourt.services.reports.workbench import WorkbenchService
from microcourt.services.reports.workbench_dto import ItemKind, Severity

TODAY = date(2024, 3, 15)
AGREED = CaseStatus.AGREEMENT_REACHED.value


def build(services, today=TODAY):
    return WorkbenchService(services.ctx).build(today)


def titles(bench, kind):
    return [i.title for i in bench.of_kind(kind.value)]


def test_empty_database_has_nothing_to_do(services):
    bench = build(services)
    assert bench.items == ()
    assert set(bench.counts().values()) == {0}


def test_hearings_today_and_tomorrow_only_scheduled(services):
    with services.ctx.db.transaction() as s:
        row = case(s, date(2024, 3, 1), applicants=[person(s, "王𠮷")])
        today = hearing(s, row, at(TODAY, 9), at(TODAY, 10))
        tomorrow = hearing(s, row, at(TODAY + timedelta(days=1), 14),
                           at(TODAY + timedelta(days=1), 15))
        hearing(s, row, at(TODAY + timedelta(days=2), 9), at(TODAY + timedelta(days=2), 10))
        hearing(s, row, at(TODAY, 15), at(TODAY, 16), status="cancelled")
        number = row.number
    items = build(services).of_kind(ItemKind.HEARING.value)
    assert [i.target for i in items] == [("hearings", today.id), ("hearings", tomorrow.id)]
    assert items[0].title == f"今天 09:00 视频调解：{number}"
    assert items[0].severity == Severity.URGENT.value
    assert items[1].title.startswith("明天 14:00")
    assert "电话提醒" in items[1].detail


@pytest.mark.parametrize("days_left, shown", [(0, True), (7, True), (8, False)])
def test_confirmation_window_within_seven_days_inclusive(services, days_left, shown):
    with services.ctx.db.transaction() as s:
        row = case(s, date(2024, 1, 5), AGREED, applicants=[person(s, "张堃")])
        agreement(s, row, effective_on=TODAY + timedelta(days=days_left) - timedelta(days=30))
    items = build(services).of_kind(ItemKind.WINDOW_CLOSING.value)
    assert bool(items) is shown
    if shown:
        assert items[0].due == TODAY + timedelta(days=days_left)
        assert items[0].target == ("filing", row.id)
        word = "今天是最后一天" if days_left == 0 else f"还剩{days_left}天"
        assert word in items[0].title


def test_missed_window_listed_separately(services):
    with services.ctx.db.transaction() as s:
        row = case(s, date(2024, 1, 5), AGREED, applicants=[person(s, "䶮")])
        agreement(s, row, effective_on=TODAY - timedelta(days=31))
    bench = build(services)
    assert bench.of_kind(ItemKind.WINDOW_CLOSING.value) == ()
    missed = bench.of_kind(ItemKind.WINDOW_MISSED.value)
    assert len(missed) == 1 and "已过1天" in missed[0].detail


def test_overdue_installments_grouped_per_case(services):
    with services.ctx.db.transaction() as s:
        worker, other, boss = person(s, "阿依古丽·买买提"), person(s, "王𠮷"), company(s)
        row = case(s, date(2024, 1, 5), CaseStatus.CONFIRMED.value, applicants=[worker, other],
                   respondents=[boss])
        deal = agreement(s, row, effective_on=date(2024, 1, 20))
        installment(s, deal, TODAY - timedelta(days=1), 100_000, boss, worker,
                    paid=[(TODAY - timedelta(days=3), 40_000)])
        installment(s, deal, TODAY - timedelta(days=10), 50_000, boss, other)
        installment(s, deal, TODAY, 70_000, boss, worker, seq=2)          # due today: in time
        installment(s, deal, TODAY - timedelta(days=20), 30_000, boss, other, seq=2,
                    paid=[(TODAY - timedelta(days=20), 30_000)])           # paid in full
    items = build(services).of_kind(ItemKind.OVERDUE.value)
    assert len(items) == 1
    assert items[0].title == f"{row.number}：2期分期逾期"
    assert "尚欠1,100.00元" in items[0].detail and "涉及2名收款人" in items[0].detail
    assert items[0].due == TODAY - timedelta(days=10)
    assert items[0].target == ("agreement", row.id)


@pytest.mark.parametrize("age_days, shown", [(7, False), (8, True)])
def test_draft_unsigned_for_more_than_seven_days(services, age_days, shown):
    with services.ctx.db.transaction() as s:
        row = case(s, date(2024, 1, 5), applicants=[person(s, "张堃")])
        agreement(s, row, status="draft", created=at(TODAY - timedelta(days=age_days), 23))
        closed = case(s, date(2024, 1, 5), CaseStatus.CLOSED.value)
        agreement(s, closed, status="draft", created=at(TODAY - timedelta(days=60)))
    items = build(services).of_kind(ItemKind.STALE_DRAFT.value)
    assert [i.case_id for i in items] == ([row.id] if shown else [])
    if shown:
        assert f"已{age_days}天未签署" in items[0].detail


def test_returned_filings_with_deadline_and_resubmission(services):
    with services.ctx.db.transaction() as s:
        a, b, boss = person(s, "王𠮷"), person(s, "张堃"), company(s)
        row = case(s, date(2024, 1, 5), CaseStatus.CONFIRMATION_APPLIED.value,
                   applicants=[a, b], respondents=[boss])
        deal = agreement(s, row, effective_on=date(2024, 2, 1))
        first, second = row.parties[0], row.parties[1]
        filing(s, row, deal, "returned", first, submitted=date(2024, 2, 5),
               deadline=TODAY + timedelta(days=10))
        filing(s, row, deal, "returned", second, submitted=date(2024, 2, 5),
               deadline=TODAY + timedelta(days=2))
        filing(s, row, deal, "submitted", second, submitted=date(2024, 3, 10))  # sent again
        filing(s, row, deal, "generated", first)  # corrected packet not sent yet
    items = build(services).of_kind(ItemKind.RETURNED_FILING.value)
    assert len(items) == 1
    assert items[0].title == f"{row.number}：1份司法确认申请退回补正"
    assert items[0].due == TODAY + timedelta(days=10)
    assert items[0].severity == Severity.WARNING.value
    assert items[0].target == ("filing", row.id)


def test_most_urgent_first_and_targets_valid(services):
    with services.ctx.db.transaction() as s:
        row = case(s, date(2024, 1, 5), AGREED, applicants=[person(s, "王𠮷")])
        agreement(s, row, effective_on=TODAY - timedelta(days=29))      # 1 day left: urgent
        other = case(s, date(2024, 1, 5), applicants=[person(s, "张堃")])
        agreement(s, other, status="draft", created=at(TODAY - timedelta(days=20)))  # info
    bench = build(services)
    ranks = [Severity(i.severity).rank for i in bench.items]
    assert ranks == sorted(ranks)
    assert bench.items[0].kind == ItemKind.WINDOW_CLOSING.value
    assert bench.items[-1].kind == ItemKind.STALE_DRAFT.value
    assert all(i.target[0] in ("hearings", "agreement", "filing", "cases", "parties")
               for i in bench.items)

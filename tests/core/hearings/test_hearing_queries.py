"""The agenda, the week view, the case page's list, tomorrow's phone list and the
reminders, in Asia/Shanghai days (a session from 23:30 to 00:30 is on two days)."""
from datetime import UTC, timedelta

import pytest
from hearing_support import at, hearing_draft, make_world, monday_in_weeks

from microcourt.errors import NotFound, ValidationError
from microcourt.services.hearings.dto import ParticipantDraft
from microcourt.timeutil import now_local, now_utc


@pytest.fixture
def world(services):
    return make_world(services)


def test_a_session_across_midnight_is_on_both_local_days(world):
    hearings, monday = world.services.hearings, monday_in_weeks(2)
    late = hearings.schedule(hearing_draft(world, at(monday, 23, 30), minutes=60))
    # stored in UTC: 15:30-16:30 on the same UTC day; shown as 23:30 and 00:30 local
    assert late.start.tzinfo == UTC and late.start.hour == 15
    assert late.start.date() == late.end.date() == monday
    assert (late.local_start.hour, late.local_end.hour, late.local_end.date()) == (
        23, 0, monday + timedelta(days=1))
    days = hearings.agenda(monday, 3)
    assert [d.day for d in days] == [monday + timedelta(days=i) for i in range(3)]
    assert [[h.id for h in d.hearings] for d in days] == [[late.id], [late.id], []]
    assert "23:30—00:30不在08:00—20:00之间" in late.warnings[0]


def test_agenda_groups_by_local_day_and_orders_by_start(world):
    hearings, monday = world.services.hearings, monday_in_weeks(2)
    afternoon = hearings.schedule(hearing_draft(world, at(monday, 14), minutes=60))
    morning = hearings.schedule(hearing_draft(world, at(monday, 9), minutes=60))
    early_tuesday = hearings.schedule(hearing_draft(world, at(monday + timedelta(days=1), 7, 30),
                                                    minutes=30))
    cancelled = hearings.schedule(hearing_draft(world, at(monday, 16), minutes=30))
    hearings.cancel(cancelled.id, "改为线下")
    days = hearings.agenda(monday, 2)
    assert [h.id for h in days[0].hearings] == [morning.id, afternoon.id]
    assert [h.id for h in days[1].hearings] == [early_tuesday.id]  # 07:30 local, 23:30 UTC
    with_cancelled = hearings.agenda(monday, 1, include_cancelled=True)
    assert [h.id for h in with_cancelled[0].hearings] == [morning.id, afternoon.id, cancelled.id]


def test_week_runs_monday_to_sunday_around_the_day(world):
    hearings, monday = world.services.hearings, monday_in_weeks(2)
    sunday = monday + timedelta(days=6)
    on_sunday = hearings.schedule(hearing_draft(world, at(sunday, 10)))
    hearings.schedule(hearing_draft(world, at(sunday + timedelta(days=1), 10)))  # next week
    week = hearings.week(monday + timedelta(days=3))
    assert [d.day for d in week] == [monday + timedelta(days=i) for i in range(7)]
    assert [h.id for d in week for h in d.hearings] == [on_sunday.id]


def test_days_out_of_range_are_refused(world):
    with pytest.raises(ValidationError) as caught:
        world.services.hearings.agenda(monday_in_weeks(1), 0)
    assert caught.value.field == "days" and "“0”" in caught.value.message


def test_the_case_page_lists_its_hearings_whatever_their_status(world):
    hearings, monday = world.services.hearings, monday_in_weeks(2)
    second = hearings.schedule(hearing_draft(world, at(monday, 14), minutes=60))
    first = hearings.schedule(hearing_draft(world, at(monday, 9), minutes=60))
    hearings.cancel(second.id, "法官出差")
    listed = hearings.list_for_case(world.case_number)
    assert [(h.id, h.status) for h in listed] == [(first.id, "scheduled"),
                                                  (second.id, "cancelled")]
    assert hearings.list_for_case(world.case_id) == listed
    with pytest.raises(NotFound):
        hearings.list_for_case("没有这个案号")


def test_tomorrow_calls_lists_who_to_phone_helped_ones_first_without_the_judge(world):
    hearings = world.services.hearings
    tomorrow = now_local().date() + timedelta(days=1)
    hearing = hearings.schedule(hearing_draft(world, at(tomorrow, 9, 30)))
    hearings.schedule(hearing_draft(world, at(tomorrow + timedelta(days=1), 9, 30)))
    calls = hearings.tomorrow_calls()
    assert {c.hearing_id for c in calls} == {hearing.id}
    assert [c.name for c in calls] == ["王𠮷", "俞国强", "张堃", "李䶮"]
    wang = calls[0]
    assert (wang.phone, wang.needs_help, wang.role_cn, wang.case_number) == (
        "13812345678", True, "申请人", world.case_number)
    assert wang.start == hearing.start


def test_tomorrow_calls_uses_the_local_day_not_the_utc_one(world):
    hearings = world.services.hearings
    today = now_local().date()
    # 07:00 local tomorrow is still "today" in UTC (23:00): it must be on tomorrow's list
    early = hearings.schedule(hearing_draft(world, at(today + timedelta(days=1), 7), minutes=30))
    assert early.start.date() == today
    assert {c.hearing_id for c in hearings.tomorrow_calls(today)} == {early.id}
    assert hearings.tomorrow_calls(today + timedelta(days=1)) == []


def test_due_reminders_once_within_the_window(world):
    hearings = world.services.hearings
    start = now_local().replace(second=0, microsecond=0) + timedelta(minutes=45)
    hearing = hearings.schedule(hearing_draft(world, start, minutes=30, participants=[
        ParticipantDraft(name="王𠮷", role="applicant", party_id=world.applicant)]))
    assert hearings.due_reminders(minutes_before=30) == []
    assert [h.id for h in hearings.due_reminders(minutes_before=60)] == [hearing.id]
    later = now_utc() + timedelta(minutes=20)
    assert [h.id for h in hearings.due_reminders(later, 30)] == [hearing.id]
    hearings.mark_reminded(hearing.id)
    assert hearings.due_reminders(minutes_before=60) == []
    assert hearings.get(hearing.id).reminded_at is not None
    # once it has started there is nothing to remind of
    after_start = hearing.start + timedelta(minutes=1)
    assert hearings.due_reminders(after_start, 60) == []


def test_reminder_minutes_setting(world):
    hearings = world.services.hearings
    assert hearings.reminder_minutes() == 30
    assert hearings.set_reminder_minutes(15) == 15
    assert hearings.reminder_minutes() == 15
    for bad in (0, 1441, "10", True):
        with pytest.raises(ValidationError) as caught:
            hearings.set_reminder_minutes(bad)
        assert caught.value.field == "reminder_minutes"

"""Changing a hearing: reschedule (reason required, conflict-checked, kept in history),
cancel, and marking it held, with the case's status and timeline following."""
from datetime import timedelta

import pytest
from hearing_support import at, hearing_draft, make_world, monday_in_weeks, second_case
from sqlalchemy import select

from microcourt.db.models import AuditEntry
from microcourt.errors import UserError, ValidationError, ValidationErrors
from microcourt.timeutil import now_local


@pytest.fixture
def world(services):
    return make_world(services)


def audit_actions(services) -> list[str]:
    with services.ctx.db.reading() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def test_reschedule_needs_a_reason_and_keeps_the_old_time(world):
    hearings, monday = world.services.hearings, monday_in_weeks(2)
    hearing = hearings.schedule(hearing_draft(world, at(monday, 9, 30)))
    with pytest.raises(ValidationError) as caught:
        hearings.reschedule(hearing.id, at(monday, 14), at(monday, 15), "  ")
    assert caught.value.field == "reason" and "改期原因" in caught.value.message
    moved = hearings.reschedule(hearing.id, at(monday, 14), at(monday, 15), "疫情防控，改期")
    assert moved.local_start.hour == 14 and moved.sequence == 1
    (change,) = moved.changes
    assert (change.kind, change.reason) == ("reschedule", "疫情防控，改期")
    assert change.old_start == hearing.start and change.new_start == moved.start
    note = world.services.cases.get_case(world.case_id).events[-1].note
    assert "改期：由" in note and "上午9时30分至11时改为" in note and "下午2时至3时" in note
    assert "原因：疫情防控，改期" in note
    assert audit_actions(world.services)[-1] == "hearing.reschedule"


def test_reschedule_into_a_clash_is_refused_and_nothing_changes(world):
    hearings, monday = world.services.hearings, monday_in_weeks(2)
    morning = hearings.schedule(hearing_draft(world, at(monday, 9), minutes=60))
    afternoon = hearings.schedule(hearing_draft(world, at(monday, 14), minutes=60))
    with pytest.raises(ValidationErrors) as caught:
        hearings.reschedule(afternoon.id, at(monday, 9, 30), at(monday, 10, 30), "法官有事")
    assert {"room", "mediator_id", "participants"} <= set(caught.value.by_field())
    unchanged = hearings.get(afternoon.id)
    assert unchanged.start == afternoon.start and unchanged.changes == ()
    # moving within its own slot is no clash with itself
    hearings.reschedule(morning.id, at(monday, 9, 30), at(monday, 10), "推迟半小时")


def test_reschedule_checks_the_new_times(world):
    hearings, monday = world.services.hearings, monday_in_weeks(2)
    hearing = hearings.schedule(hearing_draft(world, at(monday, 9)))
    with pytest.raises(ValidationErrors) as caught:
        hearings.reschedule(hearing.id, at(monday, 10), at(monday, 9), "改")
    assert "end" in caught.value.by_field()
    with pytest.raises(ValidationError, match="新时间与原定时间相同"):
        hearings.reschedule(hearing.id, hearing.start, hearing.end, "改")


def test_reschedule_rearms_the_reminder(world):
    hearings = world.services.hearings
    soon = now_local().replace(second=0, microsecond=0) + timedelta(minutes=20)
    hearing = hearings.schedule(hearing_draft(world, soon, minutes=30))
    hearings.mark_reminded(hearing.id)
    assert hearings.due_reminders(minutes_before=30) == []
    hearings.reschedule(hearing.id, soon + timedelta(minutes=5), soon + timedelta(minutes=35),
                        "推迟五分钟")
    assert [h.id for h in hearings.due_reminders(minutes_before=30)] == [hearing.id]


def test_cancel_needs_a_reason_sets_the_status_and_cannot_be_undone_by_changes(world):
    hearings = world.services.hearings
    hearing = hearings.schedule(hearing_draft(world, at(monday_in_weeks(2), 9)))
    with pytest.raises(ValidationError, match="取消原因"):
        hearings.cancel(hearing.id, "")
    cancelled = hearings.cancel(hearing.id, "申请人撤回调解申请")
    assert cancelled.status == "cancelled" and cancelled.sequence == 1
    assert cancelled.warnings == ()
    assert "取消" in world.services.cases.get_case(world.case_id).events[-1].note
    with pytest.raises(UserError, match="已取消，不能再改期"):
        hearings.reschedule(hearing.id, at(monday_in_weeks(3), 9), at(monday_in_weeks(3), 10),
                            "再约")
    with pytest.raises(UserError, match="已取消，不能再取消"):
        hearings.cancel(hearing.id, "再次取消")


def started_hearing(world, case_id=None, **changes):
    """A hearing that began an hour ago (it may be entered as held)."""
    start = now_local().replace(second=0, microsecond=0) - timedelta(hours=1)
    return world.services.hearings.schedule(hearing_draft(
        world, start, minutes=60, case_id=case_id or world.case_id, **changes))


def test_a_hearing_not_yet_begun_cannot_be_marked_held(world):
    hearing = world.services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(2), 9)))
    with pytest.raises(UserError, match="还没有开始，不能登记为已举行"):
        world.services.hearings.mark_held(hearing.id, "agreement")


def test_held_with_agreement_moves_a_registered_case_to_agreement_reached(world):
    hearing = started_hearing(world)
    held = world.services.hearings.mark_held(hearing.id, "达成协议", "租金减免一半，<三日>内腾退 & 交钥匙")
    assert (held.status, held.outcome) == ("held", "agreement")
    assert held.outcome_notes == "租金减免一半，<三日>内腾退 & 交钥匙"
    case = world.services.cases.get_case(world.case_id)
    assert case.status == "agreed"
    statuses = [(e.from_status, e.to_status) for e in case.events if e.kind == "status"]
    assert statuses[-2:] == [("registered", "in_mediation"), ("in_mediation", "agreed")]
    assert any(e.note.startswith("视频调解已举行：达成协议。租金减免一半") for e in case.events)
    assert audit_actions(world.services)[-2:] == ["hearing.held", "case.status"]
    with pytest.raises(UserError, match="已举行，不能再改期"):
        world.services.hearings.reschedule(hearing.id, at(monday_in_weeks(2), 9),
                                           at(monday_in_weeks(2), 10), "再约")


def test_held_without_agreement_starts_mediation_but_does_not_end_it(world):
    hearing = started_hearing(world)
    world.services.hearings.mark_held(hearing.id, "no_agreement", "双方分歧较大")
    case = world.services.cases.get_case(world.case_id)
    assert case.status == "in_mediation"
    assert case.events[-1].note == "首次调解已举行。"


def test_adjourned_changes_no_status_of_a_case_in_mediation(world):
    world.services.cases.change_status(world.case_id, "in_mediation")
    hearing = started_hearing(world)
    world.services.hearings.mark_held(hearing.id, "adjourned", "申请人身体不适")
    case = world.services.cases.get_case(world.case_id)
    assert case.status == "in_mediation"
    assert case.events[-1].note == "视频调解已举行：休会改期。申请人身体不适"


def test_a_case_not_ready_for_mediation_gets_a_timeline_note_instead(world):
    lonely = second_case(world, world.applicant)  # no respondent, no mediator
    hearing = started_hearing(world, case_id=lonely, room="村文化礼堂")
    world.services.hearings.mark_held(hearing.id, "agreement")
    case = world.services.cases.get_case(lonely)
    assert case.status == "registered"
    notes = [e.note for e in case.events if e.kind == "hearing"]
    assert any("还不能转为“调解中”" in n and "还没有被申请人" in n for n in notes)
    assert any("达成协议；案件状态仍为“已登记”" in n for n in notes)


def test_bad_outcome_and_too_long_notes_are_field_errors(world):
    hearing = started_hearing(world)
    with pytest.raises(ValidationError) as caught:
        world.services.hearings.mark_held(hearing.id, "和好了")
    assert caught.value.field == "outcome" and "和好了" in caught.value.message
    with pytest.raises(ValidationError) as caught:
        world.services.hearings.mark_held(hearing.id, "agreement", "字" * 2001)
    assert caught.value.field == "notes"
    assert world.services.hearings.get(hearing.id).status == "scheduled"

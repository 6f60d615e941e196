"""The judge as a participant whose clashes are refused, the warning for a mediator who
is booked when assigned, overlapping hearings found on a list, and the next free slot
proposed around existing bookings in working hours (lunch and evening kept free)."""
from datetime import timedelta

import pytest
from cases_support import mediator
from hearing_support import at, hearing_draft, make_world, monday_in_weeks, second_case
from sqlalchemy import func, select

from microcourt.db.models import Hearing
from microcourt.errors import ValidationErrors
from microcourt.services.hearings.dto import ParticipantDraft
from microcourt.services.hearings.rules import overlap_note, overlapping


@pytest.fixture
def world(services):
    return make_world(services)


NOBODY = [ParticipantDraft(name="路人", role="other")]  # no judge, party or agent


def judge_only(name: str = "陈立新") -> list[ParticipantDraft]:
    return [ParticipantDraft(name=name, role="judge", location="court")]


def test_the_same_judge_at_an_overlapping_time_is_refused(world):
    services, monday = world.services, monday_in_weeks(2)
    services.hearings.schedule(hearing_draft(world, at(monday, 9), participants=judge_only()))
    other = second_case(world)
    with pytest.raises(ValidationErrors) as caught:
        services.hearings.schedule(hearing_draft(world, at(monday, 10), case_id=other,
                                                 room="村文化礼堂", participants=judge_only()))
    day = f"{monday.year}年{monday.month}月{monday.day}日"
    assert caught.value.by_field() == {"judge": (
        f"时间冲突：法官陈立新在{day} 09:00—10:30已安排了案件{world.case_number}的视频调解。")}
    with services.ctx.db.reading() as session:
        assert session.scalar(select(func.count(Hearing.id))) == 1
    # the judge's name as typed with other spaces is the same judge; another judge is free
    with pytest.raises(ValidationErrors):
        services.hearings.schedule(hearing_draft(world, at(monday, 10), case_id=other,
                                                 room="村文化礼堂",
                                                 participants=judge_only(" 陈 立新")))
    assert services.hearings.schedule(hearing_draft(
        world, at(monday, 10), case_id=other, room="村文化礼堂",
        participants=judge_only("赵法官"))).judge == "陈立新"


def test_a_judge_who_takes_no_part_does_not_clash(world):
    """On-site mediation has no judge row: the profile's judge is not booked by it."""
    services, monday = world.services, monday_in_weeks(2)
    services.hearings.schedule(hearing_draft(world, at(monday, 9), kind="onsite_mediation",
                                             platform=None))
    other = second_case(world)
    assert services.hearings.schedule(hearing_draft(world, at(monday, 9, 30), case_id=other,
                                                    room="村文化礼堂")).id


def test_rescheduling_onto_the_judges_other_hearing_is_refused(world):
    services, monday = world.services, monday_in_weeks(2)
    services.hearings.schedule(hearing_draft(world, at(monday, 9), participants=judge_only()))
    other = services.hearings.schedule(hearing_draft(
        world, at(monday, 14), case_id=second_case(world), room="村文化礼堂",
        participants=judge_only()))
    with pytest.raises(ValidationErrors) as caught:
        services.hearings.reschedule(other.id, at(monday, 10), at(monday, 11), "法官调整")
    assert list(caught.value.by_field()) == ["judge"]


def test_a_mediator_booked_at_the_cases_hearing_is_warned_of(world):
    services, monday = world.services, monday_in_weeks(2)
    services.hearings.schedule(hearing_draft(world, at(monday, 9)))  # 俞国强 mediates
    other = second_case(world)
    ours = services.hearings.schedule(hearing_draft(world, at(monday, 10), case_id=other,
                                                    room="村文化礼堂", judge="赵法官",
                                                    participants=NOBODY))
    day = f"{monday.year}年{monday.month}月{monday.day}日"
    assert services.hearings.mediator_clashes(other, world.mediator) == [
        f"调解员俞国强在{day} 09:00—10:30已安排了案件{world.case_number}的视频调解，"
        f"与本案{day} 10:00—11:30的视频调解时间重叠。"]
    free = mediator(services, name="周美娟")
    assert services.hearings.mediator_clashes(other, free) == []
    services.hearings.cancel(ours.id, "改日")
    assert services.hearings.mediator_clashes(other, world.mediator) == []


def test_overlapping_hearings_on_a_list_are_found(world):
    services, monday = world.services, monday_in_weeks(2)
    first = services.hearings.schedule(hearing_draft(world, at(monday, 9)))
    second = services.hearings.schedule(hearing_draft(
        world, at(monday, 10), case_id=second_case(world), room="村文化礼堂", judge="赵法官",
        participants=NOBODY))
    touching = services.hearings.schedule(hearing_draft(world, at(monday, 10, 30), minutes=30))
    found = overlapping(services.hearings.list_range(monday, monday))
    assert set(found) == {first.id, second.id, touching.id}
    assert [h.id for h in found[first.id]] == [second.id]
    assert [h.id for h in found[second.id]] == [first.id, touching.id]
    assert overlap_note(found[first.id]) == (
        f"与案件{second.case_number}的视频调解（{monday.year}年{monday.month}月{monday.day}日"
        " 10:00—11:30）时间重叠。")
    services.hearings.cancel(second.id, "改日")
    assert overlapping(services.hearings.list_range(monday, monday)) == {}


def slot(world, start, minutes=90, **changes):
    found = world.services.hearings.next_free_slot(hearing_draft(world, start, minutes,
                                                                 **changes))
    return found and (found[0], found[1] - found[0])


def test_the_next_free_slot_goes_round_existing_bookings(world):
    services, monday = world.services, monday_in_weeks(2)
    assert slot(world, at(monday, 9)) == (at(monday, 9), timedelta(minutes=90))
    services.hearings.schedule(hearing_draft(world, at(monday, 9), minutes=60))
    assert slot(world, at(monday, 9), 60)[0] == at(monday, 10)
    # 10:00-11:30 is taken by the room (another case, other mediator and judge)
    services.hearings.schedule(hearing_draft(world, at(monday, 10), case_id=second_case(world),
                                             judge="赵法官", participants=NOBODY))
    assert slot(world, at(monday, 9), 30)[0] == at(monday, 11, 30)
    # 90 minutes from 11:30 would run into lunch: the afternoon
    assert slot(world, at(monday, 9), 90)[0] == at(monday, 13)


def test_the_next_free_slot_keeps_to_working_days_and_hours(world):
    services, monday = world.services, monday_in_weeks(2)
    friday = monday + timedelta(days=4)
    services.hearings.schedule(hearing_draft(world, at(friday, 18), minutes=90))
    # nothing fits before 20:00 on Friday: Monday morning, weekend skipped
    assert slot(world, at(friday, 18, 30), 90)[0] == at(friday + timedelta(days=3), 8)
    # an early start is moved to 08:00, an odd minute to the next 5-minute mark
    assert slot(world, at(monday, 6))[0] == at(monday, 8)
    assert slot(world, at(monday, 8, 2))[0] == at(monday, 8, 5)
    # a session longer than an afternoon may run through lunch
    assert slot(world, at(monday, 9), 8 * 60)[0] == at(monday, 9)
    assert slot(world, at(monday, 11), 8 * 60)[0] == at(monday, 11)
    assert slot(world, at(monday, 13), 8 * 60)[0] == at(monday + timedelta(days=1), 8)


def test_looking_for_a_slot_saves_nothing(world):
    services, monday = world.services, monday_in_weeks(2)
    slot(world, at(monday, 9))
    with services.ctx.db.reading() as session:
        assert session.scalar(select(func.count(Hearing.id))) == 0

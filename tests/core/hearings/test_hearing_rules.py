"""The pure hearing rules: reading typed times, checking them, warnings, the conflict
rule and Chinese time wording, as the liaison reads them."""
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from microcourt.errors import ValidationError
from microcourt.services.hearings.rules import (
    Booking,
    clashes,
    describe_time,
    overlaps,
    parse_moment,
    short_span,
    time_errors,
    time_warnings,
)
from microcourt.timeutil import LOCAL_ZONE

NOW = datetime(2030, 11, 20, 2, 0, tzinfo=UTC)


def local(*args) -> datetime:
    return datetime(*args, tzinfo=LOCAL_ZONE)


@pytest.mark.parametrize("typed", [
    "2030-11-25 09:30", "2030/11/25 9:30", "2030.11.25 09:30", "2030-11-25T09:30",
    "2030年11月25日 9:30", "2030年11月25日9时30分", "２０３０－１１－２５　０９：３０",
    "2030-11-25T01:30:00+00:00", "2030-11-25T09:30:00+08:00",
])
def test_typed_times_are_read_as_shanghai_wall_clock(typed):
    assert parse_moment(typed, "start", "开始时间") == local(2030, 11, 25, 9, 30)


def test_naive_datetime_is_shanghai_and_result_is_utc():
    moment = parse_moment(datetime(2030, 11, 25, 23, 30), "start", "开始时间")
    assert moment.tzinfo == UTC and moment.hour == 15 and moment.day == 25


@pytest.mark.parametrize("typed, words", [
    ("", "请填写开始时间"), ("明天上午", "看不懂"), ("2030-02-29 09:00", "不存在"),
    ("2030-11-25 25:00", "不存在"),
])
def test_bad_times_name_the_field_and_the_value(typed, words):
    with pytest.raises(ValidationError) as caught:
        parse_moment(typed, "start", "开始时间")
    assert caught.value.field == "start" and words in caught.value.message
    if typed:
        assert typed in caught.value.message


def test_29_february_in_a_leap_year_is_a_real_day():
    assert parse_moment("2032-02-29 10:00", "start", "开始时间") == local(2032, 2, 29, 10)


def test_end_must_follow_start_and_a_day_long_session_is_refused():
    start = local(2030, 11, 25, 9, 30)
    (error,) = time_errors(start, start, NOW)
    assert error.field == "end" and "应晚于开始时间" in error.message
    (error,) = time_errors(start, start + timedelta(hours=13), NOW)
    assert "超过了12小时" in error.message


def test_start_more_than_a_day_ago_is_refused_but_this_morning_is_allowed():
    assert time_errors(NOW - timedelta(hours=3), NOW - timedelta(hours=2), NOW) == []
    (error,) = time_errors(NOW - timedelta(days=2), NOW - timedelta(days=2, hours=-1), NOW)
    assert error.field == "start" and "已经过去一天以上" in error.message


def test_office_hours_on_a_weekday_warn_nothing():
    assert time_warnings(local(2030, 11, 25, 8, 0), local(2030, 11, 25, 20, 0)) == ()


def test_early_late_and_weekend_times_warn_but_do_not_raise():
    (early,) = time_warnings(local(2030, 11, 25, 7, 30), local(2030, 11, 25, 9, 0))
    assert "07:30—09:00" in early and "08:00—20:00" in early
    (late,) = time_warnings(local(2030, 11, 25, 19, 30), local(2030, 11, 25, 20, 30))
    assert "19:30—20:30" in late
    (weekend,) = time_warnings(local(2030, 11, 23, 9, 0), local(2030, 11, 23, 10, 0))
    assert "2030年11月23日是星期六（周末）" in weekend


def test_a_session_past_midnight_warns_in_local_time_and_for_a_saturday_second_day():
    warnings = time_warnings(local(2030, 11, 22, 23, 30), local(2030, 11, 23, 0, 30))
    assert len(warnings) == 2
    assert "23:30—00:30不在08:00—20:00之间" in warnings[0]
    assert "2030年11月23日是星期六" in warnings[1]  # Friday night runs into Saturday


def test_describe_time_reads_like_a_notice():
    assert describe_time(local(2030, 11, 25, 9, 30), local(2030, 11, 25, 11, 0)) \
        == "2030年11月25日（星期一）上午9时30分至11时"
    assert describe_time(local(2030, 11, 25, 11, 0), local(2030, 11, 25, 14, 15)) \
        == "2030年11月25日（星期一）上午11时至下午2时15分"
    assert describe_time(local(2030, 11, 25, 23, 30), local(2030, 11, 26, 0, 30)) \
        == "2030年11月25日（星期一）晚上11时30分至次日凌晨0时30分"
    assert short_span(local(2030, 11, 25, 23, 30), local(2030, 11, 26, 0, 30)) \
        == "2030年11月25日 23:30—11月26日 00:30"


def booking(hour: float, hours: float = 1, hearing_id=None, room="调解室", mediator=None,
            people=(), number="上田微调〔2030〕第1号") -> Booking:
    start = local(2030, 11, 25) + timedelta(hours=hour)
    return Booking(hearing_id, number, "video_mediation", start, start + timedelta(hours=hours),
                   room, mediator, "俞国强" if mediator else "", tuple(people))


def test_touching_sessions_do_not_clash_overlapping_ones_do():
    first = booking(9, hours=1, hearing_id=1)
    assert clashes(booking(10), [first]) == []
    (error,) = clashes(booking(9.5), [first])
    assert error.field == "room"
    assert error.message == ("时间冲突：调解室在2030年11月25日 09:00—10:00已安排了案件"
                             "上田微调〔2030〕第1号的视频调解。")


def test_room_names_match_whatever_spacing_and_case():
    first = booking(9, hearing_id=1, room="Room 2 调解室")
    assert clashes(booking(9, room=" room2调解室 "), [first])
    assert clashes(booking(9, room=""), [booking(9, hearing_id=1, room="")]) == []


def test_mediator_and_people_clashes_name_the_person_and_the_other_case():
    other = booking(9, hearing_id=1, room="甲室", mediator=7,
                    people=[(("party", 3), "王𠮷"), (("agent", 4), "李䶮")],
                    number="上田微调〔2030〕第8号")
    candidate = booking(9.5, room="乙室", mediator=7,
                        people=[(("party", 3), "王𠮷"), (("agent", 4), "李䶮"),
                                (("party", 9), "张堃")])
    by_field = {e.field: e.message for e in clashes(candidate, [other])}
    assert set(by_field) == {"mediator_id", "participants"}
    assert "调解员俞国强在2030年11月25日 09:00—10:00已安排了案件上田微调〔2030〕第8号" \
        in by_field["mediator_id"]
    assert "王𠮷在" in by_field["participants"] and "李䶮在" in by_field["participants"]
    assert "张堃" not in by_field["participants"]


def test_a_hearing_does_not_clash_with_itself_when_moved():
    first = booking(9, hearing_id=1, mediator=7)
    moved = booking(9.5, hearing_id=1, mediator=7)
    assert clashes(moved, [first]) == []


def test_the_same_agent_id_as_a_party_id_is_a_different_person():
    other = booking(9, hearing_id=1, room="甲室", people=[(("party", 3), "王𠮷")])
    assert clashes(booking(9, room="乙室", people=[(("agent", 3), "李䶮")]), [other]) == []


# -- property: a schedule built only from accepted bookings never double-books --------

ROOMS = ("", "调解室", "二楼会议室")
PEOPLE = [(("party", 1), "王𠮷"), (("party", 2), "张堃"), (("agent", 1), "李䶮"),
          (("agent", 2), "陈志远")]
bookings = st.builds(
    lambda slot, length, room, mediator, people: booking(
        slot / 4, length / 4, room=room, mediator=mediator, people=people),
    st.integers(0, 40), st.integers(1, 12), st.sampled_from(ROOMS),
    st.sampled_from([None, 1, 2]), st.lists(st.sampled_from(PEOPLE), unique=True, max_size=3))


def shares(a: Booking, b: Booking) -> bool:
    """An independent statement of the rule, to check clashes() against."""
    same_room = bool(a.room) and a.room == b.room
    same_mediator = a.mediator_id is not None and a.mediator_id == b.mediator_id
    same_person = bool({k for k, _ in a.people} & {k for k, _ in b.people})
    return same_room or same_mediator or same_person


@settings(max_examples=300, deadline=None)
@given(st.lists(bookings, max_size=25))
def test_accepted_bookings_never_overlap_on_a_shared_resource(attempts):
    accepted: list[Booking] = []
    for number, attempt in enumerate(attempts, start=1):
        candidate = Booking(**{**attempt.__dict__, "hearing_id": number})
        refused = bool(clashes(candidate, accepted))
        real_clash = any(overlaps(candidate, b) and shares(candidate, b) for b in accepted)
        assert refused == real_clash  # refuses every clash and nothing else
        if not refused:
            accepted.append(candidate)
    for i, a in enumerate(accepted):
        for b in accepted[i + 1:]:
            assert not (overlaps(a, b) and shares(a, b))

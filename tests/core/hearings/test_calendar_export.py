"""The .ics export read back with `icalendar`, as a calendar program would read it:
same times (Asia/Shanghai, across midnight too), attendees, stable UID, SEQUENCE and
STATUS following reschedules and cancellations."""
from datetime import timedelta

import icalendar
import pytest
from hearing_support import LINK, at, hearing_draft, make_world, monday_in_weeks

from microcourt.errors import UserError
from microcourt.services.hearings.calendar import tel_uri
from microcourt.services.hearings.dto import ParticipantDraft
from microcourt.timeutil import LOCAL_ZONE


@pytest.fixture
def world(services):
    return make_world(services)


def events(data: bytes) -> list:
    return icalendar.Calendar.from_ical(data).walk("VEVENT")


def test_one_hearing_round_trips_with_times_and_attendees(world, tmp_path):
    hearings, monday = world.services.hearings, monday_in_weeks(2)
    hearing = hearings.schedule(hearing_draft(world, at(monday, 23, 30), minutes=60))
    path = hearings.export_ics(tmp_path / "庭审.ics", hearing_id=hearing.id)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    (event,) = calendar.walk("VEVENT")
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == hearing.start and end == hearing.end
    assert (start.hour, start.minute, end.hour, end.date()) == (23, 30, 0, monday + timedelta(days=1))
    assert start.tzinfo.key == "Asia/Shanghai" and event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    attendees = {str(a.params["CN"]): str(a) for a in event["ATTENDEE"]}
    assert attendees.keys() == {"陈立新", "俞国强", "王𠮷", "张堃", "李䶮"}
    assert attendees["王𠮷"] == "tel:+86-13812345678"
    assert attendees["陈立新"].startswith("urn:uuid:")  # no phone: still a valid cal-address
    assert str(event["SUMMARY"]) == f"视频调解：{world.case_number}"
    assert str(event["URL"]) == LINK
    assert str(event["LOCATION"]) == f"村委会二楼微法庭调解室；移动微法院 {LINK}"
    assert "王𠮷（申请人）：村微法庭调解室，需联络员协助" in str(event["DESCRIPTION"])
    assert (event["STATUS"], event.decoded("SEQUENCE")) == ("CONFIRMED", 0)


def test_uid_is_stable_and_sequence_and_status_follow_the_changes(world):
    hearings, monday = world.services.hearings, monday_in_weeks(2)
    hearing = hearings.schedule(hearing_draft(world, at(monday, 9)))
    (before,) = events(hearings.ics_bytes(hearing.id))
    hearings.reschedule(hearing.id, at(monday, 14), at(monday, 15), "疫情防控")
    (moved,) = events(hearings.ics_bytes(hearing.id))
    assert moved["UID"] == before["UID"] and moved.decoded("SEQUENCE") == 1
    assert moved.decoded("DTSTART").hour == 14
    assert "改期原因：疫情防控" in str(moved["DESCRIPTION"])
    hearings.cancel(hearing.id, "当事人和解")
    (cancelled,) = events(hearings.ics_bytes(hearing.id))
    assert cancelled["UID"] == before["UID"]
    assert (cancelled["STATUS"], cancelled.decoded("SEQUENCE")) == ("CANCELLED", 2)


def test_a_date_range_exports_every_hearing_taking_place_in_it(world, tmp_path):
    hearings, monday = world.services.hearings, monday_in_weeks(2)
    first = hearings.schedule(hearing_draft(world, at(monday, 9)))
    late = hearings.schedule(hearing_draft(world, at(monday + timedelta(days=1), 23, 30),
                                           minutes=60))
    hearings.schedule(hearing_draft(world, at(monday + timedelta(days=3), 9)))
    path = hearings.export_ics(tmp_path / "week.ics", from_day=monday,
                               to_day=monday + timedelta(days=2))
    found = events(path.read_bytes())
    assert [e.decoded("DTSTART") for e in found] == [first.start, late.start]
    assert len({str(e["UID"]) for e in found}) == 2
    later_only = events(hearings.ics_bytes(from_day=monday + timedelta(days=2)))
    assert len(later_only) == 2  # the late one runs into that day, and the Thursday one


def test_a_room_number_is_not_a_url_and_markup_survives(world):
    hearings = world.services.hearings
    hearing = hearings.schedule(hearing_draft(
        world, at(monday_in_weeks(2), 9), meeting_link="会议号 889 123", room="A&B <二楼>",
        participants=[ParticipantDraft(name="阿依古丽·买买提", role="other", phone="0571-88776655-123")]))
    (event,) = events(hearings.ics_bytes(hearing.id))
    assert "URL" not in event
    assert str(event["LOCATION"]) == "A&B <二楼>；移动微法院 会议号 889 123"
    (attendee,) = [event["ATTENDEE"]]
    assert attendee.params["CN"] == "阿依古丽·买买提"
    assert str(attendee) == "tel:+86-571-88776655;ext=123"


@pytest.mark.parametrize("phone, uri", [
    ("13812345678", "tel:+86-13812345678"), ("0571-88776655", "tel:+86-571-88776655"),
    ("010-12345678-9", "tel:+86-10-12345678;ext=9"), ("138 1234", None), ("call me", None),
])
def test_tel_uris(phone, uri):
    assert tel_uri(phone) == uri


def test_an_empty_range_is_a_valid_empty_calendar_and_bad_ranges_are_refused(world, tmp_path):
    hearings, monday = world.services.hearings, monday_in_weeks(2)
    path = hearings.export_ics(tmp_path / "empty.ics", from_day=monday, to_day=monday)
    assert events(path.read_bytes()) == []
    with pytest.raises(UserError, match="早于开始日期"):
        hearings.export_ics(tmp_path / "bad.ics", from_day=monday, to_day=monday - timedelta(1))
    assert not (tmp_path / "bad.ics").exists()
    with pytest.raises(UserError, match="不存在"):
        hearings.export_ics(tmp_path / "no-such-folder" / "x.ics")


def test_times_keep_their_zone_when_read_back_as_utc(world):
    hearing = world.services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(2), 9)))
    (event,) = events(world.services.hearings.ics_bytes(hearing.id))
    assert event.decoded("DTSTART").astimezone(LOCAL_ZONE).hour == 9
    assert event.decoded("DTSTART").utcoffset() == timedelta(hours=8)

"""Scheduling hearings through the service as the scheduling form would: defaults,
field errors, conflicts named in full, warnings, and nothing saved when refused."""
from datetime import timedelta

import pytest
from hearing_support import (
    LINK,
    at,
    hearing_draft,
    make_world,
    monday_in_weeks,
    person,
    second_case,
)
from sqlalchemy import func, select

from microcourt.db.models import AuditEntry, Hearing
from microcourt.errors import NotFound, UserError, ValidationError, ValidationErrors
from microcourt.services.hearings.dto import HearingDraft, ParticipantDraft
from microcourt.services.settings.service import CourtProfileData


@pytest.fixture
def world(services):
    return make_world(services)


def count_hearings(services) -> int:
    with services.ctx.db.reading() as session:
        return session.scalar(select(func.count(Hearing.id)))


def test_defaults_come_from_settings_and_the_case(world):
    monday = monday_in_weeks(2)
    hearing = world.services.hearings.schedule(hearing_draft(world, at(monday, 9, 30)))
    assert (hearing.court, hearing.judge, hearing.room) == (
        "杭州市临安区人民法院", "陈立新", "村委会二楼微法庭调解室")
    assert hearing.mediator_name == "俞国强" and hearing.case_number == world.case_number
    assert hearing.local_start.hour == 9 and hearing.local_start.minute == 30
    assert hearing.status == "scheduled" and hearing.warnings == ()
    rows = {(p.name, p.role, p.location, p.needs_help) for p in hearing.participants}
    assert rows == {("陈立新", "judge", "court", False),
                    ("俞国强", "mediator", "village_room", False),
                    ("王𠮷", "applicant", "village_room", True),  # hard of hearing
                    ("张堃", "respondent", "village_room", False),
                    ("李䶮", "agent", "village_room", False)}
    wang = next(p for p in hearing.participants if p.name == "王𠮷")
    assert wang.phone == "13812345678" and wang.party_id == world.applicant
    assert hearing.join_url == LINK


def test_typed_fields_override_the_defaults(world):
    start = at(monday_in_weeks(2), 14)
    hearing = world.services.hearings.schedule(hearing_draft(
        world, start, room="村文化礼堂", judge="  赵　法官 ", kind="在线庭审", platform="浙江ODR / 解纷码",
        meeting_link="会议号 ８８８ ６６６", participants=[
            ParticipantDraft(name="王𠮷", role="申请人", location="家中", phone="138 1234 5678",
                             needs_help=True, party_id=world.applicant),
            ParticipantDraft(name="陈志远", role="agent", location="law_office")]))
    assert (hearing.kind, hearing.platform, hearing.room, hearing.judge) == (
        "online_hearing", "zhejiang_odr", "村文化礼堂", "赵法官")
    assert hearing.meeting_link == "会议号 888 666" and hearing.join_url is None
    assert [(p.name, p.location, p.phone) for p in hearing.participants] == [
        ("王𠮷", "home", "13812345678"), ("陈志远", "law_office", None)]


def test_without_a_profile_the_hearing_has_no_judge_or_room(services):
    world = make_world(services, profile=None)
    hearing = services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(2), 9)))
    assert hearing.judge == "" and hearing.room == ""
    assert "judge" not in {p.role for p in hearing.participants}


def test_every_bad_field_is_named_at_once_and_nothing_is_saved(world):
    start = at(monday_in_weeks(2), 9)
    with pytest.raises(ValidationErrors) as caught:
        world.services.hearings.schedule(HearingDraft(
            case_id=world.case_id, kind="庭前会议", start=start, end=start - timedelta(hours=1),
            platform="微信", room="室" * 101))
    errors = caught.value.by_field()
    assert set(errors) == {"kind", "platform", "end", "room"}
    assert "“庭前会议”不认识" in errors["kind"] and "“微信”不认识" in errors["platform"]
    assert "应晚于开始时间" in errors["end"] and "不能超过100个字" in errors["room"]
    assert count_hearings(world.services) == 0


def test_participants_are_checked_against_the_case(world):
    stranger = person(world.services, "路人甲", "13600000000")
    with pytest.raises(ValidationErrors) as caught:
        world.services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(2), 9),
                                                       participants=[
            ParticipantDraft(name="", role="applicant"),
            ParticipantDraft(name="路人甲", party_id=stranger),
            ParticipantDraft(name="王𠮷", party_id=world.applicant, location="月球"),
            ParticipantDraft(name="张堃", party_id=world.respondent, phone="12345"),
            ParticipantDraft(name="张堃", party_id=world.respondent)]))
    message = caught.value.by_field()["participants"]
    for words in ("第1位参加人：请填写姓名", "第2位参加人路人甲：不是本案的当事人",
                  "第3位参加人王𠮷：参加地点“月球”不认识", "第4位参加人张堃：手机号码“12345”不对",
                  "第5位参加人张堃：重复添加了"):
        assert words in message
    with pytest.raises(ValidationErrors) as caught:
        world.services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(2), 9),
                                                       participants=[]))
    assert caught.value.by_field() == {"participants": "请至少添加一位参加人。"}


def test_unknown_case_and_closed_case_are_refused(world):
    with pytest.raises(NotFound):
        world.services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(2), 9),
                                                       case_id="不存在的案号"))
    world.services.cases.change_status(world.case_id, "closed", "当事人撤回申请")
    with pytest.raises(UserError, match="已结案"):
        world.services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(2), 9)))


def test_a_recused_or_unassigned_mediator_may_not_preside(world):
    services = world.services
    case = services.cases.get_case(world.case_id)
    services.cases.record_link(case.mediators[0].id, world.applicant, "表兄弟")
    services.cases.decide_recusal(case.mediators[0].id, True, "")
    with pytest.raises(ValidationErrors) as caught:
        services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(2), 9),
                                                 mediator_id=world.mediator))
    assert "已在本案回避" in caught.value.by_field()["mediator_id"]
    hearing = services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(2), 9)))
    assert hearing.mediator_id is None  # no lead left: none by default
    with pytest.raises(ValidationErrors, match="请先把这位调解员指派到本案"):
        services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(3), 9),
                                                 mediator_id=world.mediator + 1))


def test_a_clash_is_refused_naming_the_other_case_time_and_resource(world):
    services, monday = world.services, monday_in_weeks(2)
    services.hearings.schedule(hearing_draft(world, at(monday, 9, 30)))
    other_case = second_case(world, world.applicant)
    before = count_hearings(services)
    with pytest.raises(ValidationErrors) as caught:
        services.hearings.schedule(hearing_draft(world, at(monday, 10), case_id=other_case))
    errors = caught.value.by_field()
    # the other case has no mediator; the judge is the profile's in both
    assert set(errors) == {"room", "judge", "participants"}
    day = f"{monday.year}年{monday.month}月{monday.day}日"
    assert errors["room"] == (f"时间冲突：村委会二楼微法庭调解室在{day} 09:30—11:00已安排了"
                              f"案件{world.case_number}的视频调解。")
    assert f"王𠮷在{day} 09:30—11:00已安排了案件{world.case_number}" in errors["participants"]
    assert count_hearings(services) == before


def test_an_agent_booked_in_another_case_clashes(world):
    services, monday = world.services, monday_in_weeks(2)
    services.hearings.schedule(hearing_draft(world, at(monday, 9)))
    other_case = second_case(world, world.respondent)
    link = services.cases.get_case(other_case).parties[0]
    services.cases.attach_agent(link.id, world.husband)
    with pytest.raises(ValidationErrors) as caught:
        services.hearings.schedule(hearing_draft(
            world, at(monday, 10), case_id=other_case, room="村文化礼堂",
            participants=[ParticipantDraft(name="李䶮", role="agent", agent_id=world.husband)]))
    assert list(caught.value.by_field()) == ["participants"]
    assert caught.value.by_field()["participants"].startswith("时间冲突：李䶮在")


def test_touching_sessions_and_cancelled_ones_leave_the_slot_free(world):
    services, monday = world.services, monday_in_weeks(2)
    first = services.hearings.schedule(hearing_draft(world, at(monday, 9), minutes=60))
    services.hearings.schedule(hearing_draft(world, at(monday, 10), minutes=60))
    services.hearings.cancel(first.id, "申请人住院")
    again = services.hearings.schedule(hearing_draft(world, at(monday, 9), minutes=60))
    assert again.status == "scheduled"


def test_weekend_and_evening_warn_but_are_saved(world):
    saturday = monday_in_weeks(2) + timedelta(days=5)
    hearing = world.services.hearings.schedule(hearing_draft(world, at(saturday, 19, 30)))
    assert len(hearing.warnings) == 2
    assert "19:30—21:00不在08:00—20:00之间" in hearing.warnings[0]
    assert "星期六（周末）" in hearing.warnings[1]
    assert world.services.hearings.get(hearing.id).warnings == hearing.warnings


def test_check_reports_errors_and_warnings_without_saving(world):
    sunday = monday_in_weeks(2) + timedelta(days=6)
    warnings = world.services.hearings.check(hearing_draft(world, at(sunday, 9)))
    assert warnings and "星期日" in warnings[0]
    assert count_hearings(world.services) == 0


def test_a_hearing_long_past_is_refused(world):
    with pytest.raises(ValidationErrors) as caught:
        world.services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(-2), 9)))
    assert "已经过去一天以上" in caught.value.by_field()["start"]


def test_scheduling_leaves_a_timeline_event_and_an_audit_entry(world):
    monday = monday_in_weeks(2)
    hearing = world.services.hearings.schedule(hearing_draft(world, at(monday, 9, 30)))
    events = world.services.cases.get_case(world.case_id).events
    assert events[-1].kind == "hearing"
    assert events[-1].note.startswith(f"安排视频调解：{monday.year}年{monday.month}月{monday.day}日")
    assert "上午9时30分至11时，移动微法院" in events[-1].note
    with world.services.ctx.db.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (entry.action, entry.entity, entry.entity_id) == ("hearing.schedule", "hearing",
                                                             hearing.id)
    assert world.case_number in entry.details


def test_the_same_mediator_in_another_case_clashes(services):
    first = make_world(services)
    monday = monday_in_weeks(2)
    services.hearings.schedule(hearing_draft(first, at(monday, 9)))
    other_case = second_case(first)
    services.cases.add_mediator(other_case, first.mediator)
    with pytest.raises(ValidationErrors) as caught:
        services.hearings.schedule(hearing_draft(first, at(monday, 10), case_id=other_case,
                                                 room="村文化礼堂", judge="赵法官"))
    assert list(caught.value.by_field()) == ["mediator_id"]
    assert "调解员俞国强在" in caught.value.by_field()["mediator_id"]


def test_profile_without_room_takes_none(services):
    profile = CourtProfileData(name="上田村微法庭", village="上田村", committee="上田村人民调解委员会",
                               court="杭州市临安区人民法院", liaison_name="俞晓燕",
                               liaison_phone="13857112345")
    world = make_world(services, profile=profile)
    hearing = services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(2), 9)))
    assert hearing.room == "" and hearing.court == "杭州市临安区人民法院"


def test_editing_keeps_the_time_and_checks_like_scheduling(world):
    services, monday = world.services, monday_in_weeks(2)
    hearing = services.hearings.schedule(hearing_draft(world, at(monday, 9)))
    edit = services.hearings.draft_for_edit(hearing.id)
    assert [p.name for p in edit.participants] == [p.name for p in hearing.participants]
    edit.meeting_link = "会议号 123 456"
    edit.participants = [p for p in edit.participants if p.role != "judge"]
    edit.participants[1].location = "home"  # 王𠮷 joins from home after all
    edited = services.hearings.update(hearing.id, edit)
    assert edited.id == hearing.id and edited.start == hearing.start
    assert edited.meeting_link == "会议号 123 456" and "judge" not in {
        p.role for p in edited.participants}
    assert next(p for p in edited.participants if p.name == "王𠮷").location == "home"
    # editing does not clash with itself (above), but does with others
    lonely = second_case(world, world.applicant)  # no mediator: only the people can clash
    other = services.hearings.schedule(hearing_draft(
        world, at(monday, 9, 30), case_id=lonely, room="村文化礼堂",
        participants=[ParticipantDraft(name="路人", role="other")]))
    edit = services.hearings.draft_for_edit(other.id)
    edit.participants.append(ParticipantDraft(name="王𠮷", role="applicant",
                                              party_id=world.applicant))
    with pytest.raises(ValidationErrors) as caught:
        services.hearings.update(other.id, edit)
    assert caught.value.by_field()["participants"].startswith("时间冲突：王𠮷在")
    assert [p.name for p in services.hearings.get(other.id).participants] == ["路人"]
    edit.start, edit.end = at(monday, 14), at(monday, 15)
    with pytest.raises(ValidationError, match="请用“改期”"):
        services.hearings.update(other.id, edit)


def test_the_booking_transaction_holds_the_write_lock_while_it_checks(world, tmp_path):
    """A second writer (another window, the CLI) waits instead of booking the same slot
    between our check and our insert."""
    import sqlite3

    from microcourt.services.hearings.mapping import claim_write_lock
    database = world.services.ctx.db.path or world.services.data_dir / "microcourt.db"
    with world.services.ctx.db.transaction() as session:
        claim_write_lock(session)
        other = sqlite3.connect(database, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("INSERT INTO app_setting (key, value) VALUES ('x', 'y')")
        other.close()


def test_a_mediator_whose_recusal_is_undecided_may_not_preside(world):
    # 特邀调解规定 art. 15: a link to a party recorded, neither recusal nor a reason yet.
    services = world.services
    [link] = services.cases.get_case(world.case_id).mediators
    services.cases.record_link(link.id, world.applicant, "申请人的堂兄")
    with pytest.raises(ValidationErrors) as caught:
        services.hearings.schedule(hearing_draft(world, at(monday_in_weeks(2), 9),
                                                 mediator_id=world.mediator))
    assert "尚未确认是否回避" in caught.value.by_field()["mediator_id"]
    assert services.hearings.schedule(hearing_draft(
        world, at(monday_in_weeks(2), 9))).mediator_id is None  # not chosen by default
    services.cases.decide_recusal(link.id, False, "双方当事人书面同意")
    assert services.hearings.schedule(hearing_draft(
        world, at(monday_in_weeks(3), 9))).mediator_id == world.mediator

"""The participant notices as the villager will read them: their own name (rare
characters included), when, where or how to join, what to bring and whom to ring."""
import re
from datetime import timedelta

import pypdf
import pytest
from hearing_support import LINK, at, hearing_draft, make_world, monday_in_weeks

from microcourt.errors import UserError
from microcourt.services.hearings.dto import ParticipantDraft


@pytest.fixture
def world(services):
    return make_world(services)


def pages_text(path) -> list[str]:
    """Each page's text with line breaks and spaces removed (lines wrap anywhere)."""
    return [re.sub(r"\s+", "", page.extract_text()) for page in pypdf.PdfReader(path).pages]


def test_each_participant_gets_a_one_page_notice_with_name_time_and_liaison(world, tmp_path):
    monday = monday_in_weeks(2)
    hearing = world.services.hearings.schedule(hearing_draft(world, at(monday, 9, 30)))
    path = world.services.hearings.build_notices(hearing.id, tmp_path / "通知书.pdf")
    pages = pages_text(path)
    assert len(pages) == 4  # mediator, 王𠮷, 张堃, 李䶮: not the judge
    wang = next(p for p in pages if "王𠮷（申请人）：" in p)
    weekday = "一二三四五六日"[monday.weekday()]
    for words in (
        "视频调解通知书", f"（调解编号：{world.case_number}）", "请您按时参加下面的视频调解",
        f"{monday.year}年{monday.month}月{monday.day}日（星期{weekday}）上午9时30分至11时",
        "请到村委会二楼微法庭调解室（临安区玲珑街道上田村村委会）参加",
        "居民身份证原件", "证据材料", "俞晓燕，电话：13857112345", "上田村人民调解委员会（印章）",
    ):
        assert words in wang, words
    assert "案号" not in wang  # the village number is a mediation number, not a court's
    assert "授权委托书" in next(p for p in pages if "李䶮（代理人）：" in p)


def test_someone_joining_from_home_is_told_the_platform_and_link(world, tmp_path):
    hearing = world.services.hearings.schedule(hearing_draft(
        world, at(monday_in_weeks(2), 23, 30), participants=[
            ParticipantDraft(name="王𠮷", role="applicant", location="home", needs_help=True,
                             party_id=world.applicant)]))
    (page,) = pages_text(world.services.hearings.build_notices(hearing.id, tmp_path / "n.pdf"))
    assert "请在家中用手机或电脑通过“移动微法院”参加" in page
    assert f"会议链接或会议号：{LINK}" in page
    assert "晚上11时30分至次日凌晨1时" in page
    assert "联络员会给您打电话，帮您调试手机" in page
    assert "能上网、充好电的手机" in page


def test_markup_characters_print_literally(world, tmp_path):
    hearing = world.services.hearings.schedule(hearing_draft(
        world, at(monday_in_weeks(2), 9), room="A&B <二楼> 调解室", participants=[
            ParticipantDraft(name="阿依古丽·买买提", role="other")]))
    (page,) = pages_text(world.services.hearings.build_notices(hearing.id, tmp_path / "n.pdf"))
    assert "阿依古丽·买买提（其他参加人）：" in page and "请到A&B<二楼>调解室" in page


def test_only_the_chosen_participants_and_only_while_scheduled(world, tmp_path):
    hearings = world.services.hearings
    hearing = hearings.schedule(hearing_draft(world, at(monday_in_weeks(2), 9)))
    wang = next(p for p in hearing.participants if p.name == "王𠮷")
    pages = pages_text(hearings.build_notices(hearing.id, tmp_path / "one.pdf", [wang.id],
                                              large_print=False))
    assert len(pages) == 1 and "王𠮷（申请人）：" in pages[0]
    with pytest.raises(UserError, match="请选择"):
        hearings.build_notices(hearing.id, tmp_path / "none.pdf", [])
    hearings.cancel(hearing.id, "改期另行通知")
    with pytest.raises(UserError, match="已取消，不再打印通知书"):
        hearings.build_notices(hearing.id, tmp_path / "cancelled.pdf")
    assert not (tmp_path / "cancelled.pdf").exists()


def test_online_court_hearing_is_noticed_by_the_court(world, tmp_path):
    hearing = world.services.hearings.schedule(hearing_draft(
        world, at(monday_in_weeks(2), 9) + timedelta(days=1), kind="online_hearing"))
    pages = pages_text(world.services.hearings.build_notices(hearing.id, tmp_path / "n.pdf"))
    assert all("在线庭审通知书" in p and "杭州市临安区人民法院" in p for p in pages)
    assert all("杭州市临安区人民法院（印章）" in p and "调解编号" in p for p in pages)


def test_the_court_summons_under_its_own_case_number_when_it_gave_one(world, tmp_path):
    from microcourt.db.models import Filing
    draft = world.services.agreements.create_draft(world.case_id, from_template=False)
    with world.services.ctx.db.transaction() as s:  # the court's confirmation case
        s.add(Filing(case_id=world.case_id, agreement_id=draft.id, claimant_id=None, mode="joint",
                     status="submitted", court_case_number="（2026）浙0185民特77号"))
    hearing = world.services.hearings.schedule(hearing_draft(
        world, at(monday_in_weeks(2), 9) + timedelta(days=1), kind="online_hearing"))
    pages = pages_text(world.services.hearings.build_notices(hearing.id, tmp_path / "n.pdf"))
    assert all(f"案号：（2026）浙0185民特77号调解编号：{world.case_number}" in p for p in pages)
    mediation = world.services.hearings.schedule(hearing_draft(
        world, at(monday_in_weeks(3), 9)))
    pages = pages_text(world.services.hearings.build_notices(mediation.id, tmp_path / "m.pdf"))
    assert all("案号" not in p and "上田村人民调解委员会（印章）" in p for p in pages)

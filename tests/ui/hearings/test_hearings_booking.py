"""Booking a hearing through the form: it appears in the agenda, the week and the case's
Hearings tab; a clash is refused with the service's message naming the other case and
the form keeps what was typed; an evening or weekend time is warned about but booked."""
from __future__ import annotations

from datetime import timedelta

from microcourt.domain import JoinLocation
from tests.ui.cases_ui_support import drive
from tests.ui.hearings_ui_support import LINK, at, book, liaison, next_saturday, next_weekday, world  # noqa: F401
from ui.cases.detail import CaseDetailView
from ui.common.inputs import set_combo_value
from ui.hearings.form import HearingFormDialog, to_qdatetime
from ui.hearings.page import HearingsPage


def fill(dialog: HearingFormDialog, start, link: str = LINK) -> None:
    dialog.start_edit.setDateTime(to_qdatetime(start))
    dialog.link_edit.setText(link)


def case_view(qtbot, world) -> CaseDetailView:  # noqa: F811
    view = CaseDetailView(world.context)
    qtbot.addWidget(view)
    view.show()  # a hidden view follows changes when it is next shown
    view.show_case(world.services.cases.get_case(world.case_id))
    return view


def test_form_starts_from_the_case_and_the_settings(qtbot, world):  # noqa: F811
    dialog = HearingFormDialog(world.context, world.case_id)
    qtbot.addWidget(dialog)
    assert dialog.judge_edit.text() == "陈立新"
    assert dialog.room_edit.text() == "村委会二楼微法庭调解室"
    assert dialog.participants.names() == ["陈立新", "俞国强", "王𠮷", "张堃", "李䶮"]
    drafts = dialog.participants.drafts()
    assert drafts[0].location == JoinLocation.COURT.value
    assert [d.needs_help for d in drafts] == [False, False, True, False, False]  # hard of hearing
    assert not dialog.case_combo.isEnabled()  # booked from the case: the case is fixed


def test_booking_from_the_case_tab_shows_it_in_the_tab_and_the_agenda(qtbot, monkeypatch,
                                                                       world):  # noqa: F811
    view = case_view(qtbot, world)
    start = at(next_weekday(1), 9, 30)

    def act(dialog):
        fill(dialog, start)
        dialog.participants.set_location(4, JoinLocation.HOME.value)  # the husband, at home
        dialog.save()

    drive(monkeypatch, HearingFormDialog, act)
    hearings = view.panels["hearings"]
    booked = hearings.buttons.actions.book(world.case_id)
    assert booked is not None and booked.end - booked.start == timedelta(minutes=90)
    assert [p.location_cn for p in booked.participants if p.name == "李䶮"] == ["家中"]
    rows = hearings.texts()
    assert len(rows) == 1 and rows[0][0].startswith(f"{start:%Y-%m-%d} 09:30–11:00")
    assert "Hearings (1)" in [view.tabs.tabText(i) for i in range(view.tabs.count())]
    assert "Hearing" in [row[2] for row in view.timeline.texts()]  # the case's timeline
    page = HearingsPage(world.context)
    qtbot.addWidget(page)
    assert any(line.strip().startswith("09:30–11:00") and world.case_number in line
               for line in page.agenda.texts())
    page.week.go(start.date())
    assert any(world.case_number in cell for day in page.week.texts() for cell in day)


def test_a_clash_is_refused_with_the_other_case_named_and_the_form_kept(qtbot, world):  # noqa: F811
    start = at(next_weekday(2), 14, 0)
    book(world, start)
    dialog = HearingFormDialog(world.context, world.case_id)
    qtbot.addWidget(dialog)
    fill(dialog, start + timedelta(minutes=30), link="另一个会议号 8848")
    dialog.save()
    assert dialog.saved is None and dialog.result() != HearingFormDialog.DialogCode.Accepted
    room = dialog.error_text("room")
    assert room.startswith("时间冲突：村委会二楼微法庭调解室在") and world.case_number in room
    assert "调解员俞国强" in dialog.error_text("mediator_id")
    assert "王𠮷" in dialog.error_text("participants")
    assert dialog.link_edit.text() == "另一个会议号 8848"  # nothing typed is lost
    assert len(world.services.hearings.list_for_case(world.case_id)) == 1


def test_a_booking_from_the_page_needs_a_case(qtbot, world):  # noqa: F811
    dialog = HearingFormDialog(world.context, None)
    qtbot.addWidget(dialog)
    assert dialog.case_combo.isEnabled() and dialog.participants.names() == []
    dialog.save()
    assert dialog.error_text("case_id") == "Please choose the case."
    set_combo_value(dialog.case_combo, world.case_id)
    assert "王𠮷" in dialog.participants.names()


def test_weekend_evening_is_warned_about_but_booked(qtbot, world):  # noqa: F811
    dialog = HearingFormDialog(world.context, world.case_id)
    qtbot.addWidget(dialog)
    fill(dialog, at(next_saturday(), 19, 0))
    warning = dialog.warning_label.text()
    assert not dialog.warning_label.isHidden()
    assert "不在08:00—20:00之间" in warning and "周末" in warning
    dialog.save()
    assert dialog.saved is not None
    assert any("周末" in w for w in dialog.saved.warnings)


def test_a_weekday_morning_has_no_warning(qtbot, world):  # noqa: F811
    dialog = HearingFormDialog(world.context, world.case_id)
    qtbot.addWidget(dialog)
    fill(dialog, at(next_weekday(1), 9, 0))
    assert dialog.warning_label.isHidden()

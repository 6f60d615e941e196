"""Notices, calendar export and Join from the window."""
from __future__ import annotations

import icalendar
from PySide6.QtGui import QDesktopServices

from tests.ui.hearings_ui_support import LINK, at, book, liaison, next_weekday, world  # noqa: F401
from ui.common.pdf_preview import PdfPreviewDialog
from ui.hearings.common import HearingActions
from ui.hearings.page import HearingsPage


def actions(qtbot, world) -> HearingActions:  # noqa: F811
    page = HearingsPage(world.context)
    qtbot.addWidget(page)
    return page.actions


def test_notice_preview_has_one_page_per_participant(qtbot, world):  # noqa: F811
    hearing = book(world, at(next_weekday(1), 9, 30))
    act = actions(qtbot, world)
    with qtbot.waitSignal(act.notices(hearing).finished, timeout=30000):
        pass
    preview = act.parent_widget.findChild(PdfPreviewDialog)
    assert preview is not None
    not_judge = [p for p in hearing.participants if p.role != "judge"]
    assert len(not_judge) == 4 and preview.page_count() == 4
    preview.reject()


def test_ics_of_one_hearing_and_of_the_coming_weeks(qtbot, tmp_path, world):  # noqa: F811
    first = book(world, at(next_weekday(1), 9, 30))
    book(world, at(next_weekday(1), 14, 0))
    page = HearingsPage(world.context)
    qtbot.addWidget(page)
    one = page.actions.export_ics(first, path=tmp_path / "one")  # ".ics" is added
    assert one.name == "one.ics"
    events = icalendar.Calendar.from_ical(one.read_bytes()).walk("VEVENT")
    assert len(events) == 1
    assert events[0].decoded("DTSTART") == first.start
    assert world.case_number in str(events[0].get("SUMMARY")) + str(events[0].get("DESCRIPTION"))
    coming = page.export_coming(path=tmp_path / "coming.ics")
    assert len(icalendar.Calendar.from_ical(coming.read_bytes()).walk("VEVENT")) == 2


def test_join_opens_the_link_and_a_meeting_number_is_shown(qtbot, monkeypatch, message_boxes,
                                                           world):  # noqa: F811
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: opened.append(url.toString()) or True))
    act = actions(qtbot, world)
    assert act.join(book(world, at(next_weekday(1), 9, 30)))
    assert opened == [LINK]
    numbered = book(world, at(next_weekday(1), 14, 0), meeting_link="0571 6372 88")
    assert not act.join(numbered)
    assert opened == [LINK]
    assert "0571 6372 88" in message_boxes.texts("information")[0]

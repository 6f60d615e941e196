"""A write on one page reaches the other pages through AppEvents.changed: each page that
shows the data refreshes exactly once (when it is next shown, if it is hidden), the
pages that do not show it leave it alone, and what they show afterwards is the new
data. The whole window, the demo loaded, every page built, as the liaison has it."""
from __future__ import annotations

from datetime import timedelta

import pytest
from input_support import click

from microcourt.domain import CaseRole
from microcourt.services.parties.dto import PartyDraft
from microcourt.timeutil import to_local
from tests.ui import cases_ui_support as support
from tests.ui.cases_ui_support import drive
from tests.ui.filing_ui_support import SALE_NUMBER, case_id
from tests.ui.hearings_ui_support import at, next_weekday
from ui.common.inputs import set_combo_value
from ui.hearings.form import HearingFormDialog, to_qdatetime
from ui.main_window import MainWindow
from ui.operations import call
from ui.parties.form import PartyFormDialog

liaison, demo = support.liaison, support.demo  # fixtures
EVERY_PAGE = ("workbench", "parties", "cases", "case detail", "hearings", "statistics",
              "mediators", "accounts", "audit", "backups", "settings")


class Shell:
    """The window with a counter on every page's refresh after a change."""

    def __init__(self, window: MainWindow):
        self.window = window
        self.refreshes = dict.fromkeys(EVERY_PAGE, 0)
        for key in window.pages:
            self._count(key, window.pages[key].follow)
        self._count("case detail", window.pages["cases"].detail.follow)

    def _count(self, name: str, follower) -> None:
        refresh = follower.refresh

        def counted():
            self.refreshes[name] += 1
            return refresh()
        follower.refresh = counted

    def page(self, key: str):
        return self.window.show_page(key)

    def visit_every_page(self, front: str) -> dict[str, int]:
        """Show every page once (twice would change nothing), then `front` again;
        returns the refreshes that needed, page by page (zeros left out)."""
        for _round in range(2):
            for spec in self.window.specs:
                self.window.show_page(spec.key)
        self.window.show_page(front)
        return {name: count for name, count in self.refreshes.items() if count}


@pytest.fixture
def shell(demo, qtbot):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.reminders.stop()
    for spec in window.specs:
        window.show_page(spec.key)
    cases = window.show_page("cases")
    cases.open_case(case_id(demo, SALE_NUMBER))
    return Shell(window)


def _applicant(context, number: str):
    detail = context.services.cases.get_case(case_id(context, number))
    return next(p for p in detail.parties if p.role == CaseRole.APPLICANT)


def test_registering_a_party_touches_no_other_page_but_the_log(shell, qtbot, monkeypatch):
    parties = shell.page("parties")

    def fill_and_save(dialog):
        dialog.fields.inputs["name"].setText("欧阳·买买提")
        dialog.fields.inputs["phone"].setText("13812345678")
        dialog.fields.inputs["household_address"].setText("上田村3号")
        set_combo_value(dialog.fields.inputs["gender"], "male")
        dialog.save()

    drive(monkeypatch, PartyFormDialog, fill_and_save)
    click(qtbot, parties.new_person_button)
    assert parties.detail.detail.name == "欧阳·买买提"  # shown as the write returned it
    assert shell.visit_every_page("parties") == {"audit": 1}


def test_a_party_edited_reaches_every_page_showing_their_cases_once(shell, demo, qtbot,
                                                                    monkeypatch):
    applicant = _applicant(demo, SALE_NUMBER)  # on the case the Cases page shows
    parties = shell.page("parties")
    parties.open_party(applicant.party_id)

    def new_phone(dialog):
        dialog.fields.inputs["phone"].setText("13700001234")
        dialog.save()

    drive(monkeypatch, PartyFormDialog, new_phone)
    click(qtbot, parties.detail.edit_button)
    assert parties.detail.detail.phone == "13700001234"
    assert shell.visit_every_page("parties") == {
        "case detail": 1, "workbench": 1, "hearings": 1, "statistics": 1, "audit": 1}
    shown = shell.page("cases").detail.parties.texts()
    assert any(applicant.name in row and "13700001234" in row for row in shown)


def test_a_hearing_booked_reaches_the_case_shown_and_the_workbench_once(shell, demo, qtbot,
                                                                        monkeypatch):
    hearings = shell.page("hearings")
    wanted = at(next_weekday(3), 9)
    sale = case_id(demo, SALE_NUMBER)
    booked = []

    def book(dialog):  # the demo's own hearings sit near today: take the first free slot
        set_combo_value(dialog.case_combo, sale)
        dialog.start_edit.setDateTime(to_qdatetime(wanted))
        dialog.end_edit.setDateTime(to_qdatetime(wanted + timedelta(hours=1)))
        click(qtbot, dialog.free_slot.find_button)
        click(qtbot, dialog.free_slot.take_button)
        booked.append(to_local(dialog.free_slot.proposal[0]))
        dialog.save()

    drive(monkeypatch, HearingFormDialog, book)
    click(qtbot, hearings.book_button)
    assert hearings.detail.hearing is not None and hearings.detail.hearing.case_id == sale
    start = booked[0]
    assert shell.visit_every_page("hearings") == {
        "hearings": 1, "case detail": 1, "workbench": 1, "statistics": 1, "audit": 1}
    tab = shell.page("cases").detail.panels["hearings"]
    assert any(row[0].startswith(f"{start:%Y-%m-%d %H:%M}") for row in tab.texts())


def test_a_page_in_front_refreshes_at_once_and_only_once(shell, demo, qtbot):
    """The case shown takes a note written elsewhere at once; writing three times
    while it is hidden costs it one refresh."""
    cases = shell.page("cases")
    services, sale = demo.services, case_id(demo, SALE_NUMBER)
    elsewhere = shell.window.pages["mediators"]
    call(demo, elsewhere, lambda: services.cases.add_note(sale, "电话回访。"))
    assert shell.refreshes["case detail"] == 1
    assert "电话回访。" in [row[3] for row in cases.detail.timeline.texts()]
    shell.page("mediators")
    for text in ("一", "二", "三"):
        call(demo, elsewhere, lambda text=text: services.cases.add_note(sale, text))
    assert shell.refreshes["case detail"] == 1
    shell.page("cases")
    assert shell.refreshes["case detail"] == 2
    assert [row[3] for row in cases.detail.timeline.texts()][-3:] == ["一", "二", "三"]


def test_a_restored_backup_reaches_every_page_and_what_it_lacks_is_shown_no_more(
        shell, demo, qtbot, message_boxes):
    backup = demo.services.backups.create()
    parties, services = shell.page("parties"), demo.services
    newcomer = call(demo, None, lambda: services.parties.register(PartyDraft(
        name="䶮", gender="female", phone="13812345678", household_address="上田村9号")))
    parties.open_party(newcomer.id)
    count_before = parties.model.total()
    backups = shell.page("backups")
    shell.refreshes.update(dict.fromkeys(shell.refreshes, 0))
    message_boxes.answer = message_boxes.answer.Yes  # "Restore the backup ...?"
    checking = backups.restore(backup.path)  # compared with the current data, then asked
    qtbot.waitUntil(lambda: backups.operation is not checking, timeout=30_000)
    operation = backups.operation
    qtbot.waitUntil(lambda: not operation.is_running(), timeout=30_000)
    assert operation.error is None
    refreshed = shell.visit_every_page("backups")
    assert set(refreshed) == set(EVERY_PAGE) - {"backups"} and set(refreshed.values()) == {1}
    assert parties.detail.detail is None and parties.model.total() == count_before - 1
    assert message_boxes.texts("warning") == [] and message_boxes.texts("critical") == []


def test_a_hidden_widget_refreshes_once_when_shown_and_after_a_while_on_show(
        qtbot, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from ui.common import refresh

    widget, runs = QWidget(), []
    qtbot.addWidget(widget)
    follower = refresh.Follower(widget, lambda: runs.append(widget.isVisible()))
    follower.request()
    follower.request()
    assert runs == []  # hidden: nothing read yet
    widget.show()
    assert runs == [True]  # once, when shown
    follower.request()
    assert runs == [True, True]  # shown: at once
    widget.hide()
    widget.show()
    assert len(runs) == 2  # nothing asked meanwhile, and read a moment ago
    later = follower.read_at + refresh.STALE_AFTER_S + 1
    monkeypatch.setattr(refresh.time, "monotonic", lambda: later)
    widget.hide()
    widget.show()
    assert len(runs) == 3  # another PC may have written meanwhile

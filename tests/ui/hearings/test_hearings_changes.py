"""Changes with history from the window: reschedule (a reason is required, and kept),
cancel, mark as held with the outcome; the case's status and timeline follow."""
from __future__ import annotations

from datetime import timedelta

from microcourt.domain import CaseStatus, HearingOutcome
from microcourt.timeutil import now_local
from tests.ui.cases_ui_support import drive
from tests.ui.hearings_ui_support import at, book, liaison, next_weekday, world  # noqa: F401
from ui.cases.detail import CaseDetailView
from ui.common.inputs import set_combo_value
from ui.hearings.change import CancelDialog, HeldDialog, RescheduleDialog
from ui.hearings.page import HearingsPage
from ui.i18n import domain_label


def test_reschedule_needs_a_reason_and_keeps_it(qtbot, world):  # noqa: F811
    hearing = book(world, at(next_weekday(1), 9, 30))
    dialog = RescheduleDialog(world.context, hearing)
    qtbot.addWidget(dialog)
    dialog.move_by(timedelta(days=7))
    dialog.save()
    assert dialog.saved is None and dialog.error_text("reason").startswith("请填写改期原因")
    assert world.services.hearings.get(hearing.id).start == hearing.start  # nothing moved
    dialog.reason_edit.setPlainText("疫情防控，法官居家办公")
    dialog.save()
    moved = dialog.saved
    assert moved.start == hearing.start + timedelta(days=7)
    assert moved.end - moved.start == hearing.end - hearing.start  # the end followed
    assert [(c.kind, c.reason) for c in moved.changes] == [("reschedule", "疫情防控，法官居家办公")]


def test_rescheduling_from_the_page_shows_the_history(qtbot, monkeypatch, world):  # noqa: F811
    hearing = book(world, at(next_weekday(1), 9, 30))
    page = HearingsPage(world.context)
    qtbot.addWidget(page)
    page.show()  # as the liaison has it (a hidden page follows when shown)
    assert page.agenda.select(hearing.id)
    assert page.detail.hearing.id == hearing.id

    def act(dialog):
        dialog.move_by(timedelta(hours=5))
        dialog.reason_edit.setPlainText("法官上午开庭")
        dialog.save()

    drive(monkeypatch, RescheduleDialog, act)
    page.detail.buttons.reschedule_button.click()
    history = page.detail.history
    assert history.rowCount() == 1
    assert history.item(0, 3).text() == "法官上午开庭"
    assert "14:30–16:00" in page.detail.title.text()
    assert any("14:30–16:00" in line for line in page.agenda.texts())


def test_cancel_with_a_reason_shows_in_the_case_tab(qtbot, monkeypatch, world):  # noqa: F811
    book(world, at(next_weekday(1), 9, 30))
    view = CaseDetailView(world.context)
    qtbot.addWidget(view)
    view.show()
    view.show_case(world.services.cases.get_case(world.case_id))
    tab = view.panels["hearings"]
    tab.table.selectRow(0)

    def act(dialog):
        dialog.reason_edit.setPlainText("双方已自行和解")
        dialog.save()

    drive(monkeypatch, CancelDialog, act)
    tab.buttons.cancel_button.click()
    assert tab.texts()[0][3] == "Cancelled"
    assert not tab.buttons.reschedule_button.isEnabled()  # history now
    assert any("双方已自行和解" in row[3] for row in view.timeline.texts())


def test_a_future_hearing_cannot_be_marked_held_yet(qtbot, world):  # noqa: F811
    hearing = book(world, at(next_weekday(1), 9, 30))
    page = HearingsPage(world.context)
    qtbot.addWidget(page)
    page.show()  # as the liaison has it (a hidden page follows when shown)
    page.agenda.select(hearing.id)
    assert page.detail.buttons.reschedule_button.isEnabled()
    assert not page.detail.buttons.held_button.isEnabled()


def test_held_with_agreement_moves_the_case_on(qtbot, monkeypatch, world):  # noqa: F811
    start = now_local().replace(second=0, microsecond=0) - timedelta(hours=2)
    book(world, start, minutes=60)
    view = CaseDetailView(world.context)
    qtbot.addWidget(view)
    view.show()
    view.show_case(world.services.cases.get_case(world.case_id))
    assert view.status_label.text() == domain_label(CaseStatus.REGISTERED)
    tab = view.panels["hearings"]
    tab.table.selectRow(0)
    assert tab.buttons.held_button.isEnabled()

    def act(dialog):
        set_combo_value(dialog.outcome_combo, HearingOutcome.AGREEMENT.value)
        dialog.notes_edit.setPlainText("租金减免一个月，<三日内>腾退 & 结清")
        dialog.save()

    drive(monkeypatch, HeldDialog, act)
    with qtbot.waitSignal(world.context.events.changed) as announced:
        tab.buttons.held_button.click()
    assert announced.args[0].cases == {world.case_id}
    assert view.status_label.text() == domain_label(CaseStatus.AGREEMENT_REACHED)
    assert tab.texts()[0][3] == "Held: Agreement reached"
    notes = [row[3] for row in view.timeline.texts()]
    assert any("租金减免一个月，<三日内>腾退 & 结清" in note for note in notes)

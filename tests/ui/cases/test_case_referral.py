"""The case form for a court referral (issue 11 point 4): the referral rows show for a
court referral only, a missing court or case number is named beside its field, and a
saved referral comes back when the case is edited."""
from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from tests.ui import cases_ui_support as support
from tests.ui.input_support import click
from ui.cases.form import CaseFormDialog
from ui.common.inputs import set_combo_value

liaison = support.liaison  # fixture


def type_into(qtbot, widget, text: str) -> None:
    """Click the field, then commit `text` as a Chinese input method does, to whatever
    has the focus (QTest's key clicks are ASCII only)."""
    click(qtbot, widget)
    focused = QApplication.focusWidget()
    assert focused is widget or widget.isAncestorOf(focused)
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(focused, event)


def test_referral_rows_show_for_a_court_referral_and_are_checked(liaison, qtbot):
    dialog = CaseFormDialog(liaison)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.court_edit.isVisible() and not dialog.referral_edit.isVisible()
    set_combo_value(dialog.category_combo, "loan")
    set_combo_value(dialog.source_combo, "court")
    assert dialog.court_edit.isVisible() and dialog.referral_combo.isVisible()
    type_into(qtbot, dialog.summary_edit, "借款三万元到期未还。")
    click(qtbot, dialog.save_button)
    assert dialog.errors.is_showing("referring_court")
    assert dialog.errors.is_showing("referral_number")
    assert liaison.services.cases.list_cases() == []
    type_into(qtbot, dialog.court_edit, "杭州市临安区人民法院")
    type_into(qtbot, dialog.referral_edit, "（2024）浙0185民诉前调701号")
    click(qtbot, dialog.save_button)
    saved = dialog.saved
    assert saved is not None and saved.referring_court == "杭州市临安区人民法院"
    assert saved.referral_number == "（2024）浙0185民诉前调701号"
    assert saved.referral_kind == "assigned"

    again = CaseFormDialog(liaison, saved)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.court_edit.text() == "杭州市临安区人民法院" and again.court_edit.isVisible()
    set_combo_value(again.source_combo, "walk_in")
    assert not again.court_edit.isVisible()

"""Esc on a form that has been typed into asks before discarding; an untouched form
closes at once (keys to the dialog's QWindow)."""
from __future__ import annotations

from input_support import press, type_text
from PySide6.QtCore import Qt

from ui import discard_guard
from ui.password_dialog import ChangePasswordDialog


def _dialog(context, qtbot):
    discard_guard.install()
    dialog = ChangePasswordDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.old.setFocus()
    return dialog


def test_esc_on_a_filled_form_asks_and_no_keeps_it(context, qtbot, message_boxes):
    dialog = _dialog(context, qtbot)
    type_text(qtbot, dialog, "half typed")
    message_boxes.answer = message_boxes.answer.No
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.old.text() == "half typed"
    assert "discard" in message_boxes.texts("question")[-1]
    dialog.close()
    assert dialog.isVisible()  # the close button asks too
    message_boxes.answer = message_boxes.answer.Yes
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_esc_on_an_untouched_form_closes_without_asking(context, qtbot, message_boxes):
    dialog = _dialog(context, qtbot)
    press(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and message_boxes.texts("question") == []

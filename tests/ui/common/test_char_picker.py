"""The character picker (issue 13.7): from a name field, with the keys a person presses
(sent to the window, not to the child widget), find 𠮷 by its reading or by radical and
strokes, and insert it where the cursor is."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from microcourt.domain import PartyKind
from ui.common.char_picker import CharPickerDialog, radical_char
from ui.parties.form import PartyFormDialog


def _type(window, text: str) -> None:
    for char in text:
        QTest.keyClick(window, char)


def _in_picker(qtbot, act) -> list:
    """Run `act(picker)` once the modal picker is up; what it saw is returned."""
    seen = []

    def drive():
        picker = QApplication.activeModalWidget()
        if not isinstance(picker, CharPickerDialog):
            QTimer.singleShot(20, drive)
            return
        seen.append(picker)
        act(picker)

    QTimer.singleShot(0, drive)
    return seen


def test_a_rare_character_is_found_by_reading_and_inserted_at_the_cursor(context, qtbot):
    dialog = PartyFormDialog(context, PartyKind.PERSON, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    name = dialog.fields.inputs["name"]
    name.setFocus()
    window = dialog.windowHandle()
    _type(window, "wang")  # as typed: no input method offscreen, Latin letters arrive
    name.setText("王")     # what the input method would have given
    name.setCursorPosition(1)

    def choose(picker):
        _type(picker.windowHandle(), "ji")
        found = [picker.found.item(i).text() for i in range(picker.found.count())]
        assert "𠮷" in found
        picker.found.setCurrentRow(found.index("𠮷"))
        QTest.keyClick(picker.windowHandle(), Qt.Key.Key_Return)

    seen = _in_picker(qtbot, choose)
    QTest.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: name.text() == "王𠮷", timeout=5000)
    assert seen and dialog.focusWidget() is name  # back where the liaison was typing


def test_by_radical_and_strokes():
    picker = CharPickerDialog()
    try:
        picker.tabs.setCurrentIndex(1)
        picker.radical.setCurrentIndex(30 - 1)  # 口
        picker.strokes.setValue(3)
        found = [picker.found.item(i).text() for i in range(picker.found.count())]
        assert radical_char(30) == "口" and {"𠮷", "吉"} <= set(found) and "口" not in found
    finally:
        picker.deleteLater()

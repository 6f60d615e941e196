"""Input as a person gives it: delivered to the top-level window (its QWindow) at the
place the widget is drawn, so Qt routes it as it would a real click: a disabled,
hidden or covered widget does not get it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def click(qtbot, widget: QWidget) -> None:
    window = widget.window()
    if not window.isVisible():
        window.show()
    qtbot.waitExposed(window)
    where = widget.mapTo(window, widget.rect().center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, where)

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


def type_text(qtbot, window: QWidget, text: str) -> None:
    """Type ASCII `text` as the keyboard does: key presses to the top-level window's
    QWindow, which Qt routes to the focused widget (QTest's QWindow key functions take
    one ASCII character at a time)."""
    qtbot.waitExposed(window)
    for char in text:
        QTest.keyClick(window.windowHandle(), ord(char))


def press(qtbot, window: QWidget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """One key (e.g. Qt.Key.Key_Return, or Ctrl+L) to the top-level window's QWindow."""
    qtbot.waitExposed(window)
    if not window.isActiveWindow():  # a window shortcut (Ctrl+L) needs the active window,
        window.activateWindow()      # which a loaded machine may not have given it yet
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    QTest.keyClick(window.windowHandle(), key, modifier)

"""The keyboard walker (issue 13, item 3): in what a window shows at once, no mnemonic
(Alt+letter) may be used twice, and no label may show its "&" as text (a QLabel shows
"用户名(&U)：" literally unless a buddy takes the mnemonic)."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar, QWidget

_MNEMONIC = re.compile(r"&([^&\s])")
_RICH = re.compile(r"<[a-zA-Z/!]")  # roughly Qt::mightBeRichText, absent in PySide6


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isEnabled()


def _texts(window: QWidget):
    """(what, text) for every visible thing of `window` that can carry a mnemonic."""
    for button in window.findChildren(QAbstractButton):
        if _shown(button, window) and button.window() is window:
            yield f"button {button.text()!r}", button.text()
    for label in window.findChildren(QLabel):
        if _shown(label, window) and label.window() is window and label.buddy() is not None:
            yield f"label {label.text()!r}", label.text()
    for box in window.findChildren(QGroupBox):
        if _shown(box, window) and box.window() is window and box.isCheckable():
            yield f"group {box.title()!r}", box.title()
    for bar in window.findChildren(QTabBar):
        if _shown(bar, window) and bar.window() is window:
            for index in range(bar.count()):
                if bar.isTabVisible(index):
                    yield f"tab {bar.tabText(index)!r}", bar.tabText(index)
    for bar in window.findChildren(QMenuBar):
        if _shown(bar, window):
            for action in bar.actions():
                if action.isVisible():
                    yield f"menu {action.text()!r}", action.text()


def literal_ampersands(window: QWidget) -> list[str]:
    problems = []
    for label in window.findChildren(QLabel):
        text = label.text()
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and _RICH.search(text) is not None)
        if (_shown(label, window) and not rich and label.buddy() is None
                and mnemonic(text) is not None):
            problems.append(f"{window.objectName() or type(window).__name__}: label "
                            f"{text!r} shows its & (no buddy)")
    return problems


def duplicate_mnemonics(window: QWidget) -> list[str]:
    seen: dict[str, str] = {}
    problems = []
    for what, text in _texts(window):
        key = mnemonic(text)
        if key is None:
            continue
        if key in seen:
            problems.append(f"{window.objectName() or type(window).__name__}: Alt+{key} is "
                            f"{seen[key]} and {what}")
        else:
            seen[key] = what
    return problems


def keyboard_problems(window: QWidget) -> list[str]:
    return duplicate_mnemonics(window) + literal_ampersands(window)

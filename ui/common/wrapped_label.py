"""Labels that size themselves right: a word-wrapped one whose size hints are the height
its text needs at its own width, and a one-line one that elides rather than overlaps.

QLabel guesses a wrapped label's height at about 80 average characters per line, which for
Chinese text is wider than most dialogs, so a dialog that takes its minimum size from its
layout comes out a few lines short and squeezes the fields under the text (the first-start
dialog's last field was 13 px high). This label reports the real height instead and asks
for a new layout whenever its width changes."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)

    def _needed(self, hint: QSize) -> QSize:
        width = max(self.width(), self.minimumWidth(), 1)
        return QSize(hint.width(), max(hint.height(), self.heightForWidth(width)))

    def minimumSizeHint(self) -> QSize:
        return self._needed(super().minimumSizeHint())

    def sizeHint(self) -> QSize:
        return self._needed(super().sizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()


class ElidedLabel(QLabel):
    """One line that gives way when space is short: the middle of the text becomes "…"
    (a long data folder path in the status bar then never pushes the other messages
    over each other); the whole text stays in the tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._full = ""

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("…" * 8)),
                     hint.height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8,
                     super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideMiddle,
                                              max(self.width() - 4, 0))
        super().setText(shown)

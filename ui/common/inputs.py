"""Small input helpers shared by the party, agent and consent dialogs: pick lists of the
domain's codes, and a font that stays readable for a tired liaison."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from microcourt.domain import Coded
from ui.i18n import domain_label

# Point size below which forms are enlarged (Windows' default UI font is 9 pt); the
# font-scale preference still applies above it.
READABLE_POINT_SIZE = 12.0


def coded_combo(parent: QWidget, members, blank: str | None = None) -> QComboBox:
    """A pick list of enum members (shown translated, holding the value); `blank` adds a
    first entry meaning "not chosen"."""
    combo = QComboBox(parent)
    if blank is not None:
        combo.addItem(blank, None)
    for member in members:
        combo.addItem(domain_label(member), member.value)
    return combo


def combo_value(combo: QComboBox) -> str | None:
    return combo.currentData()


def set_combo_value(combo: QComboBox, value: str | None) -> None:
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(index, 0))


def coded_text(enum: type[Coded], value: str | None) -> str:
    """The UI word for a stored code (the code itself if unknown, "" for None)."""
    member = enum.from_cn(value) if value else None
    return domain_label(member) if member else (value or "")


class _ReadableFont(QObject):
    """Re-applies the minimum size whenever the application font changes (the
    font-scale preference), so the widget follows larger fonts but never gets smaller."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ApplicationFontChange:
            _apply(watched)
        return False


def _apply(widget: QWidget) -> None:
    font = QApplication.font()
    if font.pointSizeF() < READABLE_POINT_SIZE:
        font.setPointSizeF(READABLE_POINT_SIZE)
    widget.setFont(font)


def keep_readable(widget: QWidget) -> None:
    """Give `widget` (and its children) at least READABLE_POINT_SIZE."""
    _apply(widget)
    widget.installEventFilter(_ReadableFont(widget))

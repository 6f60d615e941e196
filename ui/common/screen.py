"""Dialog sizes that fit the screen they open on (a village PC is often 1366x768, with
a title bar and a taskbar on top of that): the size asked for, shrunk to the screen's
available area less a margin for the frame, never grown."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_MARGIN = 48  # title bar and borders, which the available area does not subtract


def fit_on_screen(widget: QWidget, width: int, height: int) -> None:
    """`widget.resize(width, height)`, no larger than the screen it will show on."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() if anchor is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width() - FRAME_MARGIN // 2)
        height = min(height, area.height() - FRAME_MARGIN)
    widget.resize(width, height)

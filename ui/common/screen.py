"""Dialog sizes that fit the screen they open on (a village PC is often 1366x768, with
a title bar and a taskbar on top of that): the size asked for, shrunk to the screen's
available area less a margin for the frame, never grown."""
from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLayout, QScrollArea, QWidget

from ui.fonts import current_font_scale

FRAME_MARGIN = 48  # title bar and borders, which the available area does not subtract


def available_size(widget: QWidget) -> QSize:
    """The largest window that fits the screen `widget` will show on, frame included."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(16777215, 16777215)
    area = screen.availableGeometry()
    return QSize(area.width() - FRAME_MARGIN // 2, area.height() - FRAME_MARGIN)


def fit_on_screen(widget: QWidget, width: int, height: int) -> None:
    """`widget.resize(width, height)` for a size chosen at 100%: grown with the font step,
    no larger than the screen it will show on."""
    scale, room = current_font_scale(), available_size(widget)
    # QWidget.resize itself: a Dialog's own resize would scale a second time
    QWidget.resize(widget, min(round(width * scale), room.width()),
                   min(round(height * scale), room.height()))


def scrolling(layout: QLayout, parent: QWidget) -> QScrollArea:
    """`layout` in a frameless vertical scroll area: a form taller than the screen scrolls
    while the dialog's buttons under it stay in sight."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    body = QWidget(area)
    body.setLayout(layout)
    area.setWidget(body)
    return area

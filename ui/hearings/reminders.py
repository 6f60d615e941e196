"""Reminders while the app runs: every minute, the hearings starting within the lead
time (Hearings page, "Remind … min before") that have not been reminded of yet are
announced once each: by a system tray message where the desktop has a tray, else by
a banner above the pages (ReminderBanner, hosted by the main window). Each one shown
is marked (services.hearings.mark_reminded) so it is not shown again, on this PC or
another; a reschedule re-arms it.

The clock is injectable (`clock()` returns an aware datetime) so tests need no waiting.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QWidget,
)

from microcourt.errors import UserError
from microcourt.services.hearings.dto import HearingDetail
from microcourt.timeutil import now_utc
from ui.context import PageContext

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60_000
BANNER_STYLE = ("background: #fff3cd; color: #5d4200; border: 1px solid #e0b94c; "
                "padding: 6px; font-weight: bold;")


class ReminderBanner(QWidget):
    """The in-app reminder: a yellow strip with the reminders and a Dismiss button."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminder_banner")
        self.label = QLabel(self)
        self.label.setObjectName("reminder_text")
        self.label.setStyleSheet(BANNER_STYLE)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a room typed with "<" stays
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), self)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button)
        self.lines: list[str] = []
        self.hide()

    def add(self, text: str) -> None:
        self.lines.append(text)
        self.label.setText("\n".join(self.lines))
        self.show()

    def dismiss(self) -> None:
        self.lines.clear()
        self.label.clear()
        self.hide()


def reminder_text(hearing: HearingDetail, now: datetime) -> str:
    """"In 25 min: 09:30–11:00 Online court hearing · 上田微调〔2026〕第3号 · room"."""
    from ui.hearings.common import one_line  # noqa: PLC0415 - pages load lazily

    minutes = max(0, round((hearing.start - now).total_seconds() / 60))
    place = f" · {hearing.room}" if hearing.room else ""
    return QApplication.translate("ReminderService", "In {0} min: {1}").format(
        minutes, one_line(hearing) + place)


class ReminderService(QObject):
    reminded = Signal(object)  # HearingDetail, once per hearing

    def __init__(self, context: PageContext, banner: ReminderBanner | None = None,
                 clock: Callable[[], datetime] = now_utc, use_tray: bool | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.banner = banner
        self.clock = clock
        self.use_tray = (QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None
                         else use_tray)
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self, interval=CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        """Check at once (a hearing may start in five minutes), then every minute."""
        self.timer.start()
        QTimer.singleShot(0, self.check_now)

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def check_now(self) -> list[HearingDetail]:
        services = self.context.services
        if services is None:
            return []
        try:
            hearings = services.hearings
            now = self.clock()
            due = hearings.due_reminders(now, hearings.reminder_minutes())
            for hearing in due:
                self._announce(reminder_text(hearing, now))
                hearings.mark_reminded(hearing.id)
                self.reminded.emit(hearing)
        except UserError as exc:  # e.g. the database is busy: try again next minute
            log.warning("reminders skipped: %s", exc.message)
            return []
        return due

    def _announce(self, text: str) -> None:
        if self.use_tray:
            tray = self._tray()
            tray.showMessage(self.tr("Hearing reminder"), text,
                             QSystemTrayIcon.MessageIcon.Information, 60_000)
        elif self.banner is not None:
            self.banner.add(text)
        self.context.events.status_message.emit(text)

    def _tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.setToolTip(self.tr("MicroCourt Assistant"))
            self.tray.show()
        return self.tray

"""The week view: Monday to Sunday side by side, each column the day's hearings by
start time, with buttons for the previous, this and the next week."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.services.hearings.dto import AgendaDay, HearingDetail
from microcourt.timeutil import today_local
from ui.hearings.agenda import (
    HEARING_ROLE,
    OVERLAP_COLOUR,
    OVERLAP_MARK,
    overlap_marks,
    weekday_text,
)
from ui.hearings.common import clock_text, kind_text, status_text

TODAY_STYLE = "font-weight: bold; color: #0d47a1;"


def cell_text(hearing: HearingDetail) -> str:
    """Three short lines fit a narrow day column."""
    # Spaces round the dash let a narrow column wrap the time instead of cutting it.
    lines = [clock_text(hearing).replace("–", " – "), kind_text(hearing), hearing.case_number]
    if not hearing.is_scheduled:
        lines.append(status_text(hearing))
    return "\n".join(lines)


class WeekView(QWidget):
    chosen = Signal(object)  # HearingDetail or None
    week_changed = Signal(object)  # the Monday now shown (the page loads that week)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.monday = today_local() - timedelta(days=today_local().weekday())
        self.title = QLabel(self)
        self.title.setObjectName("week_title")
        self.previous_button = QPushButton(self.tr("◀ &Previous week"), self)
        self.this_button = QPushButton(self.tr("This &week"), self)
        self.next_button = QPushButton(self.tr("Ne&xt week ▶"), self)
        self.previous_button.clicked.connect(lambda: self.go(self.monday - timedelta(days=7)))
        self.this_button.clicked.connect(lambda: self.go(today_local()))
        self.next_button.clicked.connect(lambda: self.go(self.monday + timedelta(days=7)))
        bar = QHBoxLayout()  # the dates on a line of their own: the buttons fit at 175%
        for widget in (self.previous_button, self.this_button, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        grid = QGridLayout()
        grid.setSpacing(4)
        self.headings: list[QLabel] = []
        self.columns: list[QListWidget] = []
        for column in range(7):
            heading = QLabel(self)
            heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
            day_list = QListWidget(self)
            day_list.setObjectName(f"week_day_{column}")
            day_list.setWordWrap(True)
            day_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            day_list.setSpacing(2)
            day_list.currentItemChanged.connect(self._current_changed)
            grid.addWidget(heading, 0, column)
            grid.addWidget(day_list, 1, column)
            grid.setColumnStretch(column, 1)
            self.headings.append(heading)
            self.columns.append(day_list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addLayout(grid, 1)

    def go(self, day: date) -> None:
        self.monday = day - timedelta(days=day.weekday())
        self.week_changed.emit(self.monday)

    def show_days(self, days: list[AgendaDay]) -> None:
        sunday = self.monday + timedelta(days=6)
        self.title.setText(self.tr("{0} to {1}").format(self.monday.isoformat(),
                                                        sunday.isoformat()))
        today = today_local()
        marks = overlap_marks(days)
        for heading, day_list, agenda_day in zip(self.headings, self.columns, days):
            day = agenda_day.day
            heading.setText(f"{weekday_text(day, short=True)}\n{day.month}/{day.day}")
            heading.setStyleSheet(TODAY_STYLE if day == today else "")
            day_list.blockSignals(True)
            day_list.clear()
            for hearing in agenda_day.hearings:
                mark = marks.get(hearing.id, "")
                item = QListWidgetItem((OVERLAP_MARK if mark else "") + cell_text(hearing),
                                       day_list)
                item.setData(HEARING_ROLE, hearing)
                item.setToolTip("\n".join(filter(None, (hearing.room, mark))))
                if mark:
                    item.setForeground(QBrush(QColor(OVERLAP_COLOUR)))
            day_list.blockSignals(False)

    def _current_changed(self, current: QListWidgetItem | None, _old) -> None:
        if current is None:
            return
        for day_list in self.columns:  # one selection across the week
            if day_list is not current.listWidget():
                day_list.blockSignals(True)
                day_list.setCurrentItem(None)
                day_list.clearSelection()
                day_list.blockSignals(False)
        self.chosen.emit(current.data(HEARING_ROLE))

    def texts(self) -> list[list[str]]:
        """Each day's cells as shown, Monday first (for tests and screenshots)."""
        return [[day_list.item(i).text() for i in range(day_list.count())]
                for day_list in self.columns]

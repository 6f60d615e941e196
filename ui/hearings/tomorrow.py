"""The "tomorrow" phone list: everyone to ring today about a hearing that starts
tomorrow, by hearing time, those who need the liaison's help to join first (the judge's
court arranges its own side and is not listed)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from microcourt.domain import HearingKind, JoinLocation
from microcourt.services.hearings.dto import CallItem
from microcourt.timeutil import to_local
from ui.cases.common import current_data, fill_row, read_only_table
from ui.common.inputs import coded_text
from ui.hearings.participants import role_text


class TomorrowList(QWidget):
    chosen = Signal(int)  # the hearing id of the line chosen

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("tomorrow_summary")
        self.summary.setWordWrap(True)
        self.table = read_only_table(self, "tomorrow_calls", [
            self.tr("Time"), self.tr("Case"), self.tr("Kind"), self.tr("Name"), self.tr("Role"),
            self.tr("Joins from"), self.tr("Phone"), self.tr("Needs help")])
        for column, width in enumerate((110, 170, 110, 100, 90, 130, 120)):
            self.table.setColumnWidth(column, width)
        self.table.currentCellChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def show_calls(self, calls: list[CallItem]) -> None:
        self.table.setRowCount(len(calls))
        for row, call in enumerate(calls):
            fill_row(self.table, row, [
                f"{to_local(call.start):%H:%M}", call.case_number,
                coded_text(HearingKind, call.kind), call.name, role_text(call.role),
                coded_text(JoinLocation, call.location), call.phone or self.tr("(no phone)"),
                self.tr("Yes") if call.needs_help else ""], call)
        helped = sum(1 for c in calls if c.needs_help)
        if calls:
            self.summary.setText(self.tr(
                "Phone these {0} people today about tomorrow's hearings; {1} need help "
                "to join.").format(len(calls), helped))
        else:
            self.summary.setText(self.tr("No hearing tomorrow: nobody to phone."))

    def _current_changed(self, *_args) -> None:
        call = current_data(self.table)
        if call is not None:
            self.chosen.emit(call.hearing_id)

    def texts(self) -> list[list[str]]:
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

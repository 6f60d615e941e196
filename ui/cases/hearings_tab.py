"""The case's hearings (a tab of the case detail): every session booked for the case,
earliest first, whatever became of it, with Book / Reschedule / Cancel / Held /
Notices / Join. A change made here, or anywhere, is announced as AppEvents.changed:
the case detail reads the case again (its status and timeline follow a session held)
and this list is read again when the changes touch hearings or the people in them."""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QVBoxLayout, QWidget

from microcourt.services.cases.dto import CaseDetail
from microcourt.services.hearings.dto import HearingDetail
from microcourt.services.kernel.changes import Changes
from ui.cases.common import CasePanel, current_data, fill_row, read_only_table, same_case
from ui.context import PageContext
from ui.hearings.buttons import HearingButtons
from ui.hearings.common import kind_text, platform_text, span_text, status_text


class CaseHearings(CasePanel):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.hearings: list[HearingDetail] = []
        self.table = read_only_table(self, "case_hearings", [
            self.tr("When"), self.tr("Kind"), self.tr("Platform"), self.tr("Status"),
            self.tr("Room"), self.tr("Participants")])
        for column, width in enumerate((230, 130, 150, 170, 190)):
            self.table.setColumnWidth(column, width)
        self.table.setToolTip(self.tr("Double-click a hearing to open it in the Hearings page."))
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.table.cellDoubleClicked.connect(lambda *_: self.open_current())
        self.buttons = HearingButtons(context, self.current, self,
                                      with_book=lambda: self.case.id if self.case else None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)

    def show_case(self, detail: CaseDetail | None, changes: Changes | None = None,
                  initiator: QObject | None = None) -> None:
        again = same_case(self.case, detail, changes)
        super().show_case(detail, changes, initiator)
        if again and not changes.touches_any("hearings", "parties", "mediators"):
            self._update_buttons()  # a closed case books nothing
            return
        chosen = self.current()
        self.hearings = []
        if detail is not None:
            self.hearings = self.run(lambda: self.context.services.hearings
                                     .list_for_case(detail.id)) or []
        self.table.setRowCount(len(self.hearings))
        for row, hearing in enumerate(self.hearings):
            fill_row(self.table, row, [
                span_text(hearing), kind_text(hearing), platform_text(hearing),
                status_text(hearing), hearing.room,
                ", ".join(p.name for p in hearing.participants)], hearing)
        row = next((r for r, h in enumerate(self.hearings) if chosen and h.id == chosen.id), -1)
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()
        self.retitled.emit()

    def current(self) -> HearingDetail | None:
        return current_data(self.table)

    def _update_buttons(self) -> None:
        self.buttons.update_for(self.current(), can_book=self.writable)

    def open_current(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.context.events.open_requested.emit("hearings", chosen.id)

    def tab_title(self) -> str:
        return self.tr("Hearings ({0})").format(len(self.hearings))

    def texts(self) -> list[list[str]]:
        """The table as shown (for tests and screenshots)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

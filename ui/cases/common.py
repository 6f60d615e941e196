"""Small pieces the case detail's panels share: the panel base (a write through
ui.operations.call hands the fresh CaseDetail to the detail view), read-only tables,
and labels that show user text as plain text (a summary with "<" or "&" stays as
typed)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from microcourt.domain import CaseStatus
from microcourt.services.cases.dto import CaseDetail
from microcourt.services.kernel.changes import Changes
from ui.common.tables import list_table
from ui.context import PageContext
from ui.operations import call

DATA_ROLE = Qt.ItemDataRole.UserRole  # what a table row stands for (e.g. CasePartyInfo)


def same_case(old: CaseDetail | None, new: CaseDetail | None,
              changes: Changes | None) -> bool:
    """Whether `new` is the case already shown, coming back after a change."""
    return changes is not None and old is not None and new is not None and old.id == new.id


def plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def read_only_table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = list_table(parent, name, table_class=QTableWidget)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    return table


def fill_row(table: QTableWidget, row: int, values: list[str], data: object) -> None:
    """Put `values` in `row`; every cell carries `data` under DATA_ROLE."""
    for column, text in enumerate(values):
        item = QTableWidgetItem(text)
        item.setData(DATA_ROLE, data)
        table.setItem(row, column, item)


def current_data(table: QTableWidget) -> object | None:
    """What the current row stands for; a table with one row needs no selecting first."""
    row = table.currentRow()
    if row < 0 and table.rowCount() == 1:
        row = 0
    item = table.item(row, 0) if row >= 0 else None
    return item.data(DATA_ROLE) if item else None


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class CasePanel(QWidget):
    """A tab of the case detail: shows a CaseDetail, and after each change it made
    through the cases service emits `changed` with the fresh CaseDetail the service
    returned (the detail view shows it everywhere: inside the page, not a data signal;
    other pages follow AppEvents.changed)."""

    changed = Signal(object)  # CaseDetail
    retitled = Signal()  # what its tab title counts changed (the hearings, the filings)

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.case: CaseDetail | None = None

    @property
    def cases(self):
        return self.context.services.cases

    def show_case(self, detail: CaseDetail | None, changes: Changes | None = None,
                  initiator: QObject | None = None) -> None:
        """`changes` None: a case newly shown; else the case shown, after `changes`
        (made by `initiator`): a panel with its own queries repeats only those touched."""
        self.case = detail

    def run(self, action: Callable[[], object]) -> object | None:
        """A call for this panel (a read, or a write of another service)."""
        return call(self.context, self, action)

    def apply(self, action: Callable[[], CaseDetail], message: str = "") -> CaseDetail | None:
        """Run a write; on success show the result, say `message` and emit `changed`."""
        detail = call(self.context, self, action)
        if detail is not None:
            self.changed.emit(detail)
            if message:
                self.context.events.status_message.emit(message)
        return detail

    @property
    def writable(self) -> bool:
        """A closed case's record is final (the service refuses changes too)."""
        return self.case is not None and self.case.status != CaseStatus.CLOSED

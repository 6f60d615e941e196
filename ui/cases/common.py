"""Small pieces the case detail's panels share: calling the cases service for one user
action (a refusal is shown with the service's Chinese message), read-only tables, and
labels that show user text as plain text (a summary with "<" or "&" stays as typed)."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from microcourt.domain import CaseStatus
from microcourt.errors import UserError
from microcourt.services.cases.dto import CaseDetail
from ui import errors
from ui.common.tables import list_table
from ui.context import PageContext

T = TypeVar("T")
DATA_ROLE = Qt.ItemDataRole.UserRole  # what a table row stands for (e.g. CasePartyInfo)


def attempt(parent: QWidget, action: Callable[[], T]) -> T | None:
    """Run one service call; a user error is shown to the liaison and gives None."""
    try:
        return action()
    except UserError as exc:
        errors.show_user_error(parent, exc)
        return None


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
    """A tab of the case detail: shows a CaseDetail, and after each change it made emits
    `changed` with the fresh CaseDetail the service returned."""

    changed = Signal(object)  # CaseDetail

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.case: CaseDetail | None = None

    @property
    def cases(self):
        return self.context.services.cases

    def show_case(self, detail: CaseDetail | None) -> None:
        self.case = detail

    def apply(self, action: Callable[[], CaseDetail], message: str = "") -> CaseDetail | None:
        """Run a write; on success show the result, say `message` and emit `changed`."""
        detail = attempt(self, action)
        if detail is not None:
            self.changed.emit(detail)
            if message:
                self.context.events.status_message.emit(message)
        return detail

    @property
    def writable(self) -> bool:
        """A closed case's record is final (the service refuses changes too)."""
        return self.case is not None and self.case.status != CaseStatus.CLOSED

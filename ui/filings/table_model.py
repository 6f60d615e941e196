"""A case's judicial-confirmation filings as a Qt table model: who applies (the claimant,
or 全体申请人 for a joint packet), the status, how many files, when it was submitted and
the court's case number. Rows are the FilingInfo the filings service returned."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from microcourt.domain import FilingStatus
from microcourt.services.filings.dto import FilingInfo
from ui.common.inputs import coded_text
from ui.common.rows_model import RowsModel

FILING_ROLE = Qt.ItemDataRole.UserRole + 2  # the FilingInfo
# The court sent it back: the correction deadline is the liaison's next date.
RETURNED_COLOUR = QColor("#c62828")


class Column(IntEnum):
    CLAIMANT = 0
    STATUS = 1
    FILES = 2
    SUBMITTED = 3
    COURT_NUMBER = 4


_HEADERS = {  # English source text, translated in the "FilingTableModel" context
    Column.CLAIMANT: QT_TRANSLATE_NOOP("FilingTableModel", "Applicant"),
    Column.STATUS: QT_TRANSLATE_NOOP("FilingTableModel", "Status"),
    Column.FILES: QT_TRANSLATE_NOOP("FilingTableModel", "Files"),
    Column.SUBMITTED: QT_TRANSLATE_NOOP("FilingTableModel", "Submitted on"),
    Column.COURT_NUMBER: QT_TRANSLATE_NOOP("FilingTableModel", "Court case number"),
}


class FilingTableModel(RowsModel):
    CONTEXT = "FilingTableModel"
    COLUMNS = Column
    HEADERS = _HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[FilingInfo] = []

    def set_filings(self, filings: list[FilingInfo]) -> None:
        self.beginResetModel()
        self._rows = list(filings)
        self.endResetModel()

    def filings(self) -> list[FilingInfo]:
        return list(self._rows)

    def filing_at(self, row: int) -> FilingInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, filing_id: int) -> int:
        return next((i for i, f in enumerate(self._rows) if f.id == filing_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        filing = self.filing_at(index.row()) if index.isValid() else None
        if filing is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(filing, column)
        if role == FILING_ROLE:
            return filing
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(filing, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.STATUS \
                and filing.status == FilingStatus.RETURNED:
            return QBrush(RETURNED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.FILES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def display(self, filing: FilingInfo, column: Column) -> str:
        if column == Column.CLAIMANT:
            return filing.label
        if column == Column.STATUS:
            return self._status_text(filing)
        if column == Column.FILES:
            return str(len(filing.documents))
        if column == Column.SUBMITTED:
            return filing.submitted_on.isoformat() if filing.submitted_on else ""
        return filing.court_case_number or ""

    def _status_text(self, filing: FilingInfo) -> str:
        text = coded_text(FilingStatus, filing.status)
        if filing.status == FilingStatus.RETURNED and filing.correction_deadline:
            return QCoreApplication.translate("FilingTableModel", "{0} (correct by {1})").format(
                text, filing.correction_deadline.isoformat())
        if filing.ruling_on and filing.status in (FilingStatus.CONFIRMED, FilingStatus.REFUSED):
            return QCoreApplication.translate("FilingTableModel", "{0} on {1}").format(
                text, filing.ruling_on.isoformat())
        return text

    def _tooltip(self, filing: FilingInfo, column: Column) -> str | None:
        if column == Column.FILES:
            return filing.output_dir or None
        if column == Column.STATUS and filing.notes:
            return filing.notes
        return None

    def texts(self) -> list[list[str]]:
        """Every row as shown (for tests and screenshots)."""
        return [[self.display(f, c) for c in Column] for f in self._rows]

"""The case list as a Qt table model: every case from `CasesService.list_cases()` (one
grouped query), filtered here by status, category and a search text.

The search text matches the registry number and the shown category and status words
(e.g. "第11号", "2026", "劳动"/"wages") here, and the summary, claims and party names
(name, pinyin, initials) through the service's `matching_ids` when the source has one.
`source` is anything with `list_cases()` (tests pass a fake).
"""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from microcourt.domain import CaseCategory, CaseStatus
from microcourt.services.cases.dto import CaseDetail
from microcourt.services.cases.service import CaseSummary
from microcourt.validation.money import format_amount
from ui.common.inputs import coded_text
from ui.common.rows_model import RowsModel

CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the case's id (int)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole CaseSummary
CLOSED_COLOUR = QColor("#757575")
OPEN_STATUSES = frozenset(s.value for s in CaseStatus if s is not CaseStatus.CLOSED)


class Column(IntEnum):
    NUMBER = 0
    CATEGORY = 1
    STATUS = 2
    PARTIES = 3
    CLAIMANTS = 4
    AMOUNT = 5
    RECEIVED = 6


_HEADERS = {  # English source text, translated in the "CaseTableModel" context
    Column.NUMBER: QT_TRANSLATE_NOOP("CaseTableModel", "Number"),
    Column.CATEGORY: QT_TRANSLATE_NOOP("CaseTableModel", "Category"),
    Column.STATUS: QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
    Column.PARTIES: QT_TRANSLATE_NOOP("CaseTableModel", "Parties"),
    Column.CLAIMANTS: QT_TRANSLATE_NOOP("CaseTableModel", "Applicants"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("CaseTableModel", "Amount (yuan)"),
    Column.RECEIVED: QT_TRANSLATE_NOOP("CaseTableModel", "Received"),
}
_RIGHT = (Column.PARTIES, Column.CLAIMANTS, Column.AMOUNT)


def summary_of(detail: CaseDetail) -> CaseSummary:
    """The list row of a case as a write just returned it (no second query)."""
    return CaseSummary(id=detail.id, number=detail.number, category=detail.category,
                       status=detail.status, parties=len(detail.parties),
                       claimants=detail.totals.claimants, received_on=detail.received_on,
                       amount_fen=detail.amount_fen)


class CaseTableModel(RowsModel):
    CONTEXT = "CaseTableModel"
    COLUMNS = Column
    HEADERS = _HEADERS

    def __init__(self, source, parent=None):
        super().__init__(parent)
        self._source = source
        self._all: list[CaseSummary] = []
        self._rows: list[CaseSummary] = []
        self._status: str | None = None
        self._category: str | None = None
        self._text = ""
        self._haystacks: dict[int, str] = {}  # per case, built once per reload
        self._found: set[int] = set()  # cases the service finds by summary or party

    # -- loading and filtering -----------------------------------------------------

    def reload(self) -> None:
        """Read the whole list again (after a new case) and apply the filter."""
        self._all = list(self._source.list_cases())
        self._haystacks = {}
        self._apply()

    def set_filter(self, status: str | None = None, category: str | None = None,
                   text: str = "") -> None:
        """`status`: a CaseStatus value, "open" (every status but closed) or None (all)."""
        self._status, self._category, self._text = status, category, text
        finder = getattr(self._source, "matching_ids", None)
        self._found = finder(text) if finder and text.strip() else set()
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._rows = [row for row in self._all if self._matches(row)]
        self.endResetModel()

    def _matches(self, row: CaseSummary) -> bool:
        if self._status == "open":
            if row.status not in OPEN_STATUSES:
                return False
        elif self._status is not None and row.status != self._status:
            return False
        if self._category is not None and row.category != self._category:
            return False
        words = self._text.lower().split()
        return (not words or row.id in self._found
                or all(word in self._haystack(row) for word in words))

    def _haystack(self, row: CaseSummary) -> str:
        """What the search words are looked for in (cached: typing re-filters 20,000 rows)."""
        text = self._haystacks.get(row.id)
        if text is None:
            category, status = CaseCategory(row.category), CaseStatus(row.status)
            text = " ".join((row.number, category.cn,
                             coded_text(CaseCategory, row.category), status.cn,
                             coded_text(CaseStatus, row.status))).lower()
            self._haystacks[row.id] = text
        return text

    def update_case(self, detail: CaseDetail) -> None:
        """Refresh one case's row after a change to it (the filter is not re-applied, so
        the row the liaison works on does not vanish under the cursor)."""
        fresh = summary_of(detail)
        self._haystacks.pop(fresh.id, None)  # its status or category may have changed
        self._all = [fresh if row.id == fresh.id else row for row in self._all]
        row = self.row_of(fresh.id)
        if row >= 0:
            self._rows[row] = fresh
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    # -- lookup --------------------------------------------------------------------

    def total(self) -> int:
        return len(self._all)

    def row_of(self, case_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == case_id), -1)

    def case_at(self, row: int) -> CaseSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt model ------------------------------------------------------------------

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        row = self.case_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == CASE_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == CaseStatus.CLOSED:
            return QBrush(CLOSED_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.CATEGORY:
            return CaseCategory(row.category).cn
        return None

    @staticmethod
    def _display(row: CaseSummary, column: Column) -> str:
        if column == Column.NUMBER:
            return row.number
        if column == Column.CATEGORY:
            return coded_text(CaseCategory, row.category)
        if column == Column.STATUS:
            return coded_text(CaseStatus, row.status)
        if column == Column.PARTIES:
            return str(row.parties)
        if column == Column.CLAIMANTS:
            return str(row.claimants)
        if column == Column.AMOUNT:
            return "" if row.amount_fen is None else format_amount(row.amount_fen)
        return row.received_on.isoformat()

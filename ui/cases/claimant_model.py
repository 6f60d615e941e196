"""The applicants of a many-claimant case (the 77 workers) as a Qt table model: number,
name, masked ID number, phone and the amount each claims. The rows come from the
CaseDetail the cases service returned, so the list and the totals line beside it always
show the same state."""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from microcourt.domain import CaseRole
from microcourt.services.cases.dto import CaseDetail, CasePartyInfo
from microcourt.validation.money import format_amount
from ui.common.rows_model import RowsModel

ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the CasePartyInfo
MISSING_COLOUR = QColor("#c62828")


class Column(IntEnum):
    NUMBER = 0
    NAME = 1
    ID_NUMBER = 2
    PHONE = 3
    AMOUNT = 4


_HEADERS = {  # English source text, translated in the "ClaimantTableModel" context
    Column.NUMBER: QT_TRANSLATE_NOOP("ClaimantTableModel", "No."),
    Column.NAME: QT_TRANSLATE_NOOP("ClaimantTableModel", "Name"),
    Column.ID_NUMBER: QT_TRANSLATE_NOOP("ClaimantTableModel", "ID number"),
    Column.PHONE: QT_TRANSLATE_NOOP("ClaimantTableModel", "Phone"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("ClaimantTableModel", "Claim (yuan)"),
}


class ClaimantTableModel(RowsModel):
    CONTEXT = "ClaimantTableModel"
    COLUMNS = Column
    HEADERS = _HEADERS

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[CasePartyInfo] = []

    def set_case(self, detail: CaseDetail | None) -> None:
        self.beginResetModel()
        self._rows = list(detail.in_role(CaseRole.APPLICANT.value)) if detail else []
        self.endResetModel()

    def claimant_at(self, row: int) -> CasePartyInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, case_party_id: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == case_party_id), -1)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        claimant = self.claimant_at(index.row()) if index.isValid() else None
        if claimant is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), claimant, column)
        if role == ROW_ROLE:
            return claimant
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.NUMBER,
                                                                    Column.AMOUNT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.AMOUNT \
                and claimant.claim_amount_fen is None:
            return self.tr("No amount yet: counted as 0 in the total.")
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.AMOUNT \
                and claimant.claim_amount_fen is None:
            return QBrush(MISSING_COLOUR)
        return None

    def _display(self, row: int, claimant: CasePartyInfo, column: Column) -> str:
        if column == Column.NUMBER:
            return str(row + 1)
        if column == Column.NAME:
            return claimant.name
        if column == Column.ID_NUMBER:
            return claimant.id_number
        if column == Column.PHONE:
            return claimant.phone or ""
        if claimant.claim_amount_fen is None:
            return self.tr("not stated")
        return format_amount(claimant.claim_amount_fen)

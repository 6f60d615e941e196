"""The roster of invited mediators as a Qt table model over `MediatorsService.list()`
(active ones first, then by name); inactive mediators are shown grey."""
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

from microcourt.services.mediators.service import MediatorInfo, Specialty
from ui.common.rows_model import RowsModel
from ui.i18n import domain_label

MEDIATOR_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole MediatorInfo
INACTIVE_COLOUR = QColor("#9e9e9e")


class Column(IntEnum):
    NAME = 0
    ORGANIZATION = 1
    SPECIALTIES = 2
    PHONE = 3
    ACTIVE = 4


_HEADERS = {  # English source text, translated in the "MediatorTableModel" context
    Column.NAME: QT_TRANSLATE_NOOP("MediatorTableModel", "Name"),
    Column.ORGANIZATION: QT_TRANSLATE_NOOP("MediatorTableModel", "Organization or team"),
    Column.SPECIALTIES: QT_TRANSLATE_NOOP("MediatorTableModel", "Specialties"),
    Column.PHONE: QT_TRANSLATE_NOOP("MediatorTableModel", "Phone"),
    Column.ACTIVE: QT_TRANSLATE_NOOP("MediatorTableModel", "Status"),
}


def specialties_text(codes: tuple[str, ...]) -> str:
    """The specialties in the UI language, e.g. "Lease, Private loan"."""
    return QCoreApplication.translate("MediatorTableModel", ", ").join(
        domain_label(Specialty(code)) for code in codes)


class MediatorTableModel(RowsModel):
    CONTEXT = "MediatorTableModel"
    COLUMNS = Column
    HEADERS = _HEADERS

    def __init__(self, source, parent=None):
        super().__init__(parent)
        self._source = source
        self._rows: list[MediatorInfo] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list(self._source.list())
        self.endResetModel()

    def row_of(self, mediator_id: int) -> int:
        return next((i for i, row in enumerate(self._rows) if row.id == mediator_id), -1)

    def mediator_at(self, row: int) -> MediatorInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        row = self.mediator_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._display(row, column)
            return text if role == Qt.ItemDataRole.DisplayRole or text else None
        if role == MEDIATOR_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(INACTIVE_COLOUR)
        return None

    def _display(self, row: MediatorInfo, column: Column) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.ORGANIZATION:
            return row.organization or ""
        if column == Column.SPECIALTIES:
            return specialties_text(row.specialties)
        if column == Column.PHONE:
            return row.phone or ""
        return self.tr("Active") if row.active else self.tr("Inactive")

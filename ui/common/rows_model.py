"""The part every table model of the app shares: rows of plain data in `self._rows`,
columns from an IntEnum, English header texts translated in the model's context."""
from __future__ import annotations

from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class RowsModel(QAbstractTableModel):
    CONTEXT: ClassVar[str] = ""  # the translation context of HEADERS
    COLUMNS: ClassVar[type[IntEnum]]
    HEADERS: ClassVar[dict]  # column -> English header (QT_TRANSLATE_NOOP in CONTEXT)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate(self.CONTEXT, self.HEADERS[self.COLUMNS(section)])

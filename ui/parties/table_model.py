"""The party list as a Qt table model that loads lazily: the service's `count(text)` once
per search, then `search(text, offset, limit)` one window at a time as the view scrolls
(canFetchMore / fetchMore), so 100,000 parties open as fast as 100.

`source` is anything with the PartiesService's `count` and `search` (tests pass a fake).
ID numbers arrive masked from the service and are shown as they come.
"""
from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from microcourt.domain import Gender, PartyKind
from microcourt.services.parties.dto import PartyRow
from ui.common.inputs import coded_text
from ui.common.rows_model import RowsModel

WINDOW = 200
# A search shows at most this many parties, then "more…": counting stops there, so a
# one-letter query over a town's register costs a page, not its 70,000 matches.
SEARCH_CAP = 1000
PARTY_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the party's id (int)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole PartyRow
ORGANIZATION_TINT = QColor("#eef3fb")
ELDERLY_COLOUR = QColor("#8d4a00")


class Column(IntEnum):
    NAME = 0
    KIND = 1
    GENDER = 2
    AGE = 3
    ELDERLY = 4
    ID_NUMBER = 5
    PHONE = 6
    ADDRESS = 7


_HEADERS = {  # English source text, translated in the "PartyTableModel" context
    Column.NAME: QT_TRANSLATE_NOOP("PartyTableModel", "Name"),
    Column.KIND: QT_TRANSLATE_NOOP("PartyTableModel", "Type"),
    Column.GENDER: QT_TRANSLATE_NOOP("PartyTableModel", "Gender"),
    Column.AGE: QT_TRANSLATE_NOOP("PartyTableModel", "Age"),
    Column.ELDERLY: QT_TRANSLATE_NOOP("PartyTableModel", "60+"),
    Column.ID_NUMBER: QT_TRANSLATE_NOOP("PartyTableModel", "ID number"),
    Column.PHONE: QT_TRANSLATE_NOOP("PartyTableModel", "Phone"),
    Column.ADDRESS: QT_TRANSLATE_NOOP("PartyTableModel", "Address"),
}


class PartyTableModel(RowsModel):
    CONTEXT = "PartyTableModel"
    COLUMNS = Column
    HEADERS = _HEADERS

    def __init__(self, source, window: int = WINDOW, parent=None):
        super().__init__(parent)
        self._source = source
        self._window = window
        self._text = ""
        self._rows: list[PartyRow] = []
        self._total = 0
        self._more = False  # the search found more than SEARCH_CAP

    # -- loading -------------------------------------------------------------------

    @property
    def search_text(self) -> str:
        return self._text

    def total(self) -> int:
        """How many parties match the search, loaded or not (at most SEARCH_CAP)."""
        return self._total

    @property
    def more(self) -> bool:
        """Whether the search found more parties than the list shows."""
        return self._more

    def found_text(self) -> str:
        """What the count label says: how many were found, or that there are more."""
        if self._more:
            return QCoreApplication.translate(
                "PartyTableModel", "More than {0} found: type more of the name or number"
            ).format(f"{SEARCH_CAP:,}")
        if self._text.strip():
            return QCoreApplication.translate("PartyTableModel", "{0} found").format(
                self._total)
        return QCoreApplication.translate("PartyTableModel", "{0} parties").format(self._total)

    def _count(self) -> int:
        if not self._text.strip():
            self._more = False
            return self._source.count(self._text)
        found = self._source.count(self._text, at_most=SEARCH_CAP)
        self._more = found > SEARCH_CAP
        return min(found, SEARCH_CAP)

    def set_search(self, text: str) -> None:
        """Show the parties matching `text` (everyone when empty), first window only."""
        self.beginResetModel()
        self._text = text
        self._total = self._count()
        self._rows = self._source.search(text, 0, self._window)
        self._settle(len(self._rows), self._window)
        self.endResetModel()

    def refresh(self) -> None:
        """Reload after a change, keeping as many rows loaded as before."""
        loaded = max(len(self._rows), self._window)
        self.beginResetModel()
        self._total = self._count()
        self._rows = self._source.search(self._text, 0, loaded)
        self._settle(len(self._rows), loaded)
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802 - Qt override
        if not self.canFetchMore(parent):
            return
        # A search cut at SEARCH_CAP stops there; otherwise a whole window, so that
        # parties added since the count show up too.
        asked = min(self._window, self._total - len(self._rows)) if self._more \
            else self._window
        more = self._source.search(self._text, len(self._rows), asked)
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        self._settle(len(more), asked)

    def _settle(self, got: int, asked: int) -> None:
        # Fewer rows than asked means the end was reached (parties deleted since the
        # count); more than counted means some were added: either way, trust the rows.
        if got < asked or len(self._rows) > self._total:
            self._total = len(self._rows)

    # -- lookup --------------------------------------------------------------------

    def row_of(self, party_id: int) -> int:
        """The row showing `party_id` among the loaded rows, or -1."""
        return next((i for i, row in enumerate(self._rows) if row.id == party_id), -1)

    def party_at(self, row: int) -> PartyRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt model ------------------------------------------------------------------

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        row = self.party_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == PARTY_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.BackgroundRole and row.kind == PartyKind.ORGANIZATION:
            return QBrush(ORGANIZATION_TINT)
        if role == Qt.ItemDataRole.ForegroundRole and column == Column.ELDERLY:
            return QBrush(ELDERLY_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column in (Column.NAME, Column.ELDERLY):
            font = QFont()
            font.setBold(column == Column.ELDERLY or row.kind == PartyKind.ORGANIZATION)
            return font
        return None

    def _display(self, row: PartyRow, column: Column) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.KIND:
            return coded_text(PartyKind, row.kind)
        if column == Column.GENDER:
            return coded_text(Gender, row.gender)
        if column == Column.AGE:
            return "" if row.age is None else str(row.age)
        if column == Column.ELDERLY:
            return self.tr("Elderly") if row.elderly else ""
        if column == Column.ID_NUMBER:
            return row.id_number
        if column == Column.PHONE:
            return row.phone or ""
        return row.household_address or ""

    def _tooltip(self, row: PartyRow, column: Column) -> str | None:
        if column == Column.ELDERLY and row.elderly:
            return self.tr("Aged 60 or over ({0}): speak slowly, offer large print and a "
                           "seat near the screen.").format(row.age)
        if column == Column.ID_NUMBER and row.id_number:
            return self.tr("Shown in part. The full number is in the detail view.")
        if column in (Column.NAME, Column.ADDRESS):
            return self._display(row, column) or None
        return None

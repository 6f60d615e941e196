"""Table columns that follow the font: widths the code sets are meant for 100%, so at a
larger font step they grow by the same factor (case numbers, phones and ID tails stay
whole), and no column is ever narrower than its own header title. Applied when the table
first shows, when the font changes (every open table at once, no restart) and when new
columns appear; a width the liaison drags stays, scaled with the font from then on.
Rows follow too: the row height is the style's, and at a larger font a line edit, date or
combo box put in a cell (the signing table, the property leads) was cut to it."""
from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QHeaderView, QLineEdit, QTableView

from ui.fonts import current_font_scale

T = TypeVar("T", bound=QTableView)


def _editor_height(table: QTableView) -> int:
    """The height the tallest of the editors put in cells needs: probes made in the
    table's viewport, so they get the font and style sheet a real cell widget gets."""
    heights = []
    for kind in (QLineEdit, QComboBox, QDateEdit):
        probe = kind(table.viewport())
        probe.hide()
        probe.ensurePolished()
        heights.append(probe.minimumSizeHint().height())
        probe.setParent(None)
        probe.deleteLater()
    return max(heights)


class _ColumnFitter(QObject):
    def __init__(self, header: QHeaderView):
        super().__init__(header)
        self.header = header
        self.base: dict[int, float] = {}  # section -> width at 100%
        self.scale = 1.0
        self.applying = False
        self.base_row: int | None = None  # the style's row height
        header.installEventFilter(self)
        header.sectionCountChanged.connect(lambda *_: self.apply())
        header.sectionResized.connect(self._dragged)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.Show, QEvent.Type.FontChange):
            self.apply()
        return False

    def _dragged(self, section: int, _old: int, new: int) -> None:
        """Before the table shows, the code sets its widths for 100%; once shown, a width
        (dragged, or sized to the contents) is in the font of the moment."""
        if not self.applying:
            self.base[section] = new / self.scale if self.header.isVisible() else new

    def apply(self) -> None:
        header = self.header
        self.scale = current_font_scale()
        self.applying = True
        try:
            last = header.count() - 1
            for section in range(header.count()):
                if header.isSectionHidden(section) or \
                        header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
                    continue
                base = self.base.setdefault(section, header.sectionSize(section))
                wanted = max(round(base * self.scale),
                             header.sectionSizeFromContents(section).width())
                # A stretched last column fills what is left, but with no room left it
                # falls back to the size it was given: give it one its title fits.
                stretched = section == last and header.stretchLastSection()
                if header.sectionSize(section) < wanted if stretched else \
                        header.sectionSize(section) != wanted:
                    header.resizeSection(section, wanted)
        finally:
            self.applying = False
        self._fit_rows()

    def _fit_rows(self) -> None:
        table = self.header.parentWidget()
        if not isinstance(table, QTableView):
            return
        rows = table.verticalHeader()
        if self.base_row is None:
            self.base_row = rows.defaultSectionSize()
        grid = 1 if table.showGrid() else 0  # the grid line is drawn inside the row
        rows.setDefaultSectionSize(max(self.base_row,
                                       _editor_height(table) + grid))


def fit_columns(table: T) -> T:
    """Make `table`'s columns follow the font (see the module docstring)."""
    header = table.horizontalHeader()
    if header.findChild(_ColumnFitter, "", Qt.FindChildOption.FindDirectChildrenOnly) is None:
        _ColumnFitter(header)
    return table

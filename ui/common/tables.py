"""How the app's lists look and behave: whole rows selected one at a time, read-only,
alternating colours, no row numbers, resizable columns with the last one stretched."""
from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.common.column_widths import fit_columns


def list_table(parent: QWidget, name: str, model=None, widths: dict | None = None,
               table_class: type[QTableView] = QTableView) -> QTableView:
    table = table_class(parent)
    table.setObjectName(name)
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in (widths or {}).items():
        table.setColumnWidth(column, width)
    return fit_columns(table)


def select_row_quietly(page, table: QTableView, index) -> None:
    """Make `index`'s row current and scroll to it, with `page._selecting` set meanwhile:
    the page's detail already shows that item, so its current-row handler must not load
    it again."""
    flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
             | QItemSelectionModel.SelectionFlag.Rows)
    page._selecting = True
    try:
        table.selectionModel().setCurrentIndex(index, flags)
    finally:
        page._selecting = False
    table.scrollTo(index)


def select_rows(table: QTableView, rows) -> None:
    """Select exactly `rows` (whole rows), whatever keys are held: `selectRow` one row at a
    time asks the keyboard's modifiers and so keeps only the last row, or toggles rows off
    when Ctrl happens to be down."""
    model, selection = table.model(), QItemSelection()
    last_column = model.columnCount() - 1
    for row in rows:
        if 0 <= row < model.rowCount():
            selection.select(model.index(row, 0), model.index(row, last_column))
    table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)

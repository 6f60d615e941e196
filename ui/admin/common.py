"""Small pieces the administrator's pages share (accounts, audit log, backups): a
read-only table filled from rows of text, and a password asked twice."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ui.common.column_widths import fit_columns

ROW_ID_ROLE = Qt.ItemDataRole.UserRole


def read_only_table(parent: QWidget, name: str, headers: list[str]) -> QTableWidget:
    table = fit_columns(QTableWidget(0, len(headers), parent))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[tuple[object, list[str]]]) -> None:
    """`rows`: (the row's key, kept under ROW_ID_ROLE of column 0; its texts). Plain text
    items: a name with < or & shows as typed."""
    table.setRowCount(0)
    table.setRowCount(len(rows))
    for row, (key, texts) in enumerate(rows):
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if column == 0:
                item.setData(ROW_ID_ROLE, key)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()


def current_key(table: QTableWidget):
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(ROW_ID_ROLE) if item is not None else None


def password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit

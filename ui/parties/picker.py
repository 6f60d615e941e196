"""Choosing registered parties: the same search as the Parties page (name, pinyin or
initials, the last digits of an ID number, phone), searched ~200 ms after the last
keystroke over the lazily loaded party list (ui.parties.table_model). From the search
box Down goes into the list and Enter chooses the first match (issue 13, item 3); a
party not registered yet is registered from here and chosen at once.

    picker = PartyPickerDialog(context, multiple=True, parent=self)
    if picker.exec() == QDialog.DialogCode.Accepted:
        picker.party_ids   # in the order they are listed
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.common.char_picker import attach_char_picker
from ui.common.column_widths import fit_columns
from ui.common.dialog import Dialog
from ui.common.inputs import keep_readable
from ui.context import PageContext
from ui.parties.table_model import PARTY_ID_ROLE, Column, PartyTableModel
from ui.role_limits import refusal_for

SEARCH_DELAY_MS = 200


class PartyPickerDialog(Dialog):
    def __init__(self, context: PageContext, multiple: bool = False, title: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.multiple = multiple
        self.party_ids: list[int] = []
        self.context = context
        keep_readable(self)
        self.model = PartyTableModel(context.services.parties, parent=self)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self._build()
        self.setWindowTitle(title or (self.tr("Choose parties") if multiple
                                      else self.tr("Choose a party")))
        self.run_search()

    def _build(self) -> None:
        self.search = QLineEdit(self)
        attach_char_picker(self.search)
        self.search.setObjectName("picker_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Search: name, pinyin or initials, last digits of the ID number, or phone"))
        self.search.textChanged.connect(self.search_timer.start)
        self.search.installEventFilter(self)
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        self.table = fit_columns(QTableView(self))
        self.table.setObjectName("picker_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(
            QAbstractItemView.SelectionMode.ExtendedSelection if self.multiple
            else QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((Column.NAME, 130), (Column.KIND, 80), (Column.GENDER, 45),
                              (Column.AGE, 45), (Column.ELDERLY, 60),
                              (Column.ID_NUMBER, 190), (Column.PHONE, 120)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._update_ok)
        self.table.doubleClicked.connect(lambda _index: self.choose())
        self.hint = QLabel(self.tr("Hold Ctrl or Shift to choose several."), self)
        self.hint.setVisible(self.multiple)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("C&hoose"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.register_button = buttons.addButton(self.tr("&Register a new party…"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.register_button.setObjectName("picker_register")
        self.register_button.clicked.connect(self.register_new)
        reason = refusal_for(self.context.services, "parties", "register")
        if reason is not None:  # a mediator: the services would refuse
            self.register_button.setEnabled(False)
            self.register_button.setToolTip(reason)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.choose)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self._update_ok()

    def run_search(self) -> None:
        self.search_timer.stop()
        self.model.set_search(self.search.text())
        self.count_label.setText(self.model.found_text())
        if self.model.rowCount() and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)  # Enter in the search box takes the first match

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                if self.search_timer.isActive():
                    self.run_search()
                self.table.setFocus()
                if self.model.rowCount() and not self.table.selectionModel().selectedRows():
                    self.table.selectRow(0)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.search_timer.isActive():
                    self.run_search()  # what was typed last, not the list of 200 ms ago
                self.choose()
                return True
        return super().eventFilter(watched, event)

    def register_new(self) -> None:
        """A party not in the register: register them, and they are the one chosen."""
        from ui.parties.form import PartyFormDialog  # noqa: PLC0415 - only when needed

        form = PartyFormDialog(self.context, parent=self)
        if form.exec() == QDialog.DialogCode.Accepted and form.saved is not None:
            self.party_ids = [form.saved.id]
            self.accept()

    def selected_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.index(row, Column.NAME).data(PARTY_ID_ROLE) for row in rows]

    def _update_ok(self, *_args) -> None:
        self.ok_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def choose(self) -> None:
        chosen = self.selected_ids()
        if chosen:
            self.party_ids = chosen
            self.accept()

    @property
    def party_id(self) -> int | None:
        return self.party_ids[0] if self.party_ids else None

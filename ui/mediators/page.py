"""The Mediators page: the roster of invited mediators (特邀调解员) the liaison picks from
when a case needs one. Add, edit, and deactivate a mediator who no longer serves (they
stay on their old cases but are not offered for new ones) or activate them again."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcourt.services.mediators.service import MediatorInfo
from ui.common.column_widths import fit_columns
from ui.common.inputs import keep_readable
from ui.common.refresh import Follower
from ui.context import PageContext
from ui.mediators.form import MediatorFormDialog
from ui.mediators.table_model import Column, MediatorTableModel
from ui.operations import call, initiated_by


class MediatorsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        keep_readable(self)
        self.model = MediatorTableModel(context.services.mediators, parent=self)
        self._build()
        self.reload()
        self.follow = Follower(self, lambda: self.reload(self._current_id()))
        context.events.changed.connect(self._changed)

    def _changed(self, changes, initiator) -> None:
        if changes.touches("mediators") and not initiated_by(initiator, self):
            self.follow.request()  # e.g. the demo data, or a restored backup

    def _current_id(self) -> int | None:
        chosen = self.current()
        return chosen.id if chosen is not None else None

    def _build(self) -> None:
        self.count_label = QLabel(self)
        self.count_label.setObjectName("mediator_count")
        self.add_button = QPushButton(self.tr("&Add mediator…"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.edit_current)
        self.active_button = QPushButton(self.tr("&Deactivate"), self)
        self.active_button.setObjectName("toggle_active")
        self.active_button.clicked.connect(self.toggle_active)
        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        for button in (self.add_button, self.edit_button, self.active_button):
            bar.addWidget(button)
        self.table = fit_columns(QTableView(self))
        self.table.setObjectName("mediator_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((Column.NAME, 110), (Column.ORGANIZATION, 300),
                              (Column.SPECIALTIES, 300), (Column.PHONE, 140)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        self.table.activated.connect(lambda _index: self.edit_current())
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    # -- list ----------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        self.model.reload()
        active = sum(1 for r in range(self.model.rowCount()) if self.model.mediator_at(r).active)
        self.count_label.setText(self.tr("Mediators: {0} ({1} active)").format(
            self.model.rowCount(), active))
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def current(self) -> MediatorInfo | None:
        index = self.table.currentIndex()
        return self.model.mediator_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.current()
        self.edit_button.setEnabled(chosen is not None)
        self.active_button.setEnabled(chosen is not None)
        if chosen is not None and not chosen.active:
            self.active_button.setText(self.tr("A&ctivate"))
        else:
            self.active_button.setText(self.tr("&Deactivate"))

    # -- actions -------------------------------------------------------------------------

    def add(self) -> None:
        self._form(MediatorFormDialog(self.context, None, self))

    def edit_current(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self._form(MediatorFormDialog(self.context, chosen, self))

    def _form(self, dialog: MediatorFormDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload(dialog.saved.id)
            self.context.events.status_message.emit(
                self.tr("Saved mediator {0}.").format(dialog.saved.name))

    def toggle_active(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        mediators = self.context.services.mediators
        saved = call(self.context, self, lambda: mediators.set_active(chosen.id,
                                                                      not chosen.active))
        if saved is None:
            return
        self.reload(saved.id)
        message = (self.tr("{0} is active again.") if saved.active else
                   self.tr("{0} is deactivated: kept on old cases, not offered for new ones."))
        self.context.events.status_message.emit(message.format(saved.name))

"""The Cases page: the case list (number, category, status, parties and applicants,
amount, date received) filtered by status and category and by a search box, and below
it the detail of the chosen case (ui.cases.detail). "New case" registers one: the
service assigns the next registry number, which the list and the detail then show.

The search runs ~200 ms after the last keystroke, like the Parties page. The list
follows AppEvents.changed: the case shown comes back through the detail view, any other
case touched elsewhere reloads the list (once, when the page is next shown).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import CaseCategory, CaseStatus
from microcourt.services.cases.dto import CaseDetail
from ui.cases.detail import CaseDetailView
from ui.cases.form import CaseFormDialog
from ui.cases.table_model import CASE_ID_ROLE, CaseTableModel, Column
from ui.common.inputs import keep_readable
from ui.common.refresh import Follower
from ui.common.tables import list_table, select_row_quietly
from ui.context import PageContext
from ui.i18n import domain_label
from ui.operations import call, initiated_by

SEARCH_DELAY_MS = 200
OPEN = "open"  # the status filter's "every case not closed"


class CasesPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._selecting = False
        keep_readable(self)
        self.model = CaseTableModel(context.services.cases, parent=self)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filter)
        self._build()
        self.detail.changed.connect(self._shown_case_changed)
        self.model.reload()
        self.apply_filter()
        self.follow = Follower(self, self.reload_list)
        context.events.changed.connect(self._changed_elsewhere)

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("case_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search: registry number, year, category, summary, party name"))
        self.search.textChanged.connect(self.search_timer.start)
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("status_filter")
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Open (not closed)"), OPEN)
        for status in CaseStatus:
            self.status_filter.addItem(domain_label(status), status.value)
        self.category_filter = QComboBox(self)
        self.category_filter.setObjectName("category_filter")
        self.category_filter.addItem(self.tr("All categories"), None)
        for category in CaseCategory:
            self.category_filter.addItem(domain_label(category), category.value)
        for combo in (self.status_filter, self.category_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("case_count")
        self.new_button = QPushButton(self.tr("&New case…"), self)
        self.new_button.setObjectName("new_case")
        self.new_button.clicked.connect(self.new_case)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.category_filter)
        bar.addWidget(self.count_label)
        bar.addWidget(self.new_button)
        self.table = self._build_table()
        self.detail = CaseDetailView(self.context, self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([260, 520])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.search, self.table)

    def _build_table(self) -> QTableView:
        table = list_table(self, "case_table", self.model, {
            Column.NUMBER: 200, Column.CATEGORY: 120, Column.STATUS: 120,
            Column.PARTIES: 85, Column.CLAIMANTS: 85, Column.AMOUNT: 115})
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    # -- list ----------------------------------------------------------------------------

    def apply_filter(self) -> None:
        self.search_timer.stop()
        self.model.set_filter(self.status_filter.currentData(),
                              self.category_filter.currentData(), self.search.text())
        self._show_count()
        if self.detail.detail is not None:
            self._select(self.detail.detail.id)

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        if shown == total:
            self.count_label.setText(self.tr("{0} cases").format(total))
        else:
            self.count_label.setText(self.tr("{0} of {1} cases").format(shown, total))

    def open_item(self, item) -> None:
        """The shell's cross-page navigation: a case id, or (case id, tab key) to open the
        case on one of its tabs (e.g. "filing" from the workbench's returned filings)."""
        case_id, tab = item if isinstance(item, tuple) else (item, None)
        if self.open_case(case_id) is not None and tab:
            self.detail.show_tab(tab)

    def open_case(self, case_ref: int | str) -> CaseDetail | None:
        """Show the case (by id or registry number) in the detail, selected in the list."""
        cases = self.context.services.cases
        detail = call(self.context, self, lambda: cases.get_case(case_ref))
        if detail is not None:
            self.detail.show_case(detail)
            self._select(detail.id)
        return detail

    def _select(self, case_id: int) -> None:
        row = self.model.row_of(case_id)
        if row < 0:
            self.table.clearSelection()
            return
        select_row_quietly(self, self.table, self.model.index(row, Column.NUMBER))

    def _current_changed(self, current, _previous) -> None:
        case_id = current.data(CASE_ID_ROLE) if current.isValid() else None
        if case_id is not None and not self._selecting:
            self.open_case(case_id)

    def _shown_case_changed(self, detail: CaseDetail) -> None:
        """The detail view has the case shown as it now is: its row follows."""
        self.model.update_case(detail)

    def _changed_elsewhere(self, changes, initiator) -> None:
        """Cases other than the one shown (that one comes back through the detail)."""
        if not changes.touches("cases") or initiated_by(initiator, self):
            return
        shown = {self.detail.detail.id} if self.detail.detail is not None else set()
        if changes.everything or changes.cases - shown:
            self.follow.request()

    def reload_list(self) -> None:
        self.model.reload()
        self.apply_filter()

    # -- new case ------------------------------------------------------------------------

    def new_case(self) -> CaseFormDialog:
        dialog = CaseFormDialog(self.context, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.registered(dialog.saved)
        return dialog

    def registered(self, detail: CaseDetail) -> None:
        """A new case: reload the list (clearing a filter that would hide it) and show it."""
        self.model.reload()
        self.apply_filter()
        if self.model.row_of(detail.id) < 0:
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.category_filter.setCurrentIndex(0)
            self.apply_filter()
        self.detail.show_case(detail)
        self._select(detail.id)
        self.context.events.status_message.emit(
            self.tr("Registered case {0}.").format(detail.number))

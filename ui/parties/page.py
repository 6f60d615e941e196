"""The Parties page: one search box over the whole registry (name, pinyin, initials, the
last digits of an ID number, phone digits), the list loaded lazily as it scrolls, and the
detail of the chosen party beside it. The search runs ~200 ms after the last keystroke,
so typing stays smooth with 100,000 parties."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import PartyKind
from microcourt.services.parties.dto import PartyDetail
from ui.common.char_picker import attach_char_picker
from ui.common.inputs import keep_readable
from ui.common.refresh import Follower, unless_gone
from ui.common.tables import list_table, select_row_quietly
from ui.context import PageContext
from ui.operations import call, initiated_by
from ui.parties.actions import PartyActions
from ui.parties.detail import PartyDetailView
from ui.parties.table_model import PARTY_ID_ROLE, Column, PartyTableModel

SEARCH_DELAY_MS = 200


class PartiesPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self._selecting = False
        keep_readable(self)
        self.model = PartyTableModel(context.services.parties, parent=self)
        self.actions = PartyActions(self, context, self.show_saved, self.open_party)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self._build()
        self._connect_detail()
        self.run_search()
        self._shown_changed = False
        self.follow = Follower(self, self._follow_changes)
        context.events.changed.connect(self._changed)

    def _build(self) -> None:
        self.search = QLineEdit(self)
        attach_char_picker(self.search)
        self.search.setObjectName("party_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr(
            "Search: name, pinyin or initials (zs), last 4-6 of the ID number, or phone"))
        self.search.textChanged.connect(self.search_timer.start)
        self.search.returnPressed.connect(self._go_to_list)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("party_count")
        self.new_person_button = QPushButton(self.tr("New &person…"), self)
        self.new_person_button.clicked.connect(lambda: self.actions.register(PartyKind.PERSON))
        self.new_org_button = QPushButton(self.tr("New &organization…"), self)
        self.new_org_button.clicked.connect(
            lambda: self.actions.register(PartyKind.ORGANIZATION))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.new_person_button)
        bar.addWidget(self.new_org_button)
        self.table = self._build_table()
        self.detail = PartyDetailView(self)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([640, 420])  # the list needs room for the ID column
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.search, self.table)

    def _build_table(self) -> QTableView:
        table = list_table(self, "party_table", self.model, {
            Column.NAME: 120, Column.KIND: 70, Column.GENDER: 45, Column.AGE: 45,
            Column.ELDERLY: 65, Column.ID_NUMBER: 185, Column.PHONE: 120})
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.doubleClicked.connect(lambda _index: self._edit_current())
        table.activated.connect(lambda _index: self._edit_current())  # Enter on a row
        return table

    def _connect_detail(self) -> None:
        detail, actions = self.detail, self.actions
        with_detail = {
            detail.edit_requested: lambda d: actions.edit(d.id),
            detail.consent_requested: actions.record_consent,
            detail.print_requested: actions.print_notice,
            detail.read_requested: actions.read_notice,
            detail.withdraw_requested: actions.withdraw_consent,
            detail.delete_requested: actions.delete,
            detail.add_agent_requested: actions.add_agent,
            detail.reveal_requested: self._reveal,
        }
        for signal, act in with_detail.items():
            signal.connect(lambda act=act: detail.detail and act(detail.detail))
        detail.edit_agent_requested.connect(actions.edit_agent)
        detail.remove_agent_requested.connect(actions.remove_agent)

    # -- search and list -------------------------------------------------------------

    def run_search(self) -> None:
        self.search_timer.stop()
        shown = self.detail.detail.id if self.detail.detail else None
        self.model.set_search(self.search.text())
        self._show_count()
        row = self.model.row_of(shown) if shown is not None else -1
        if row >= 0:
            self._select_row(row)

    def _show_count(self) -> None:
        self.count_label.setText(self.model.found_text())

    def show_saved(self, detail: PartyDetail | None) -> None:
        """After a change made here: reload the list and show `detail` as the write
        returned it (None: nothing), without reading it again."""
        self.model.refresh()
        self._show_count()
        if detail is None:
            self.table.clearSelection()
            self.detail.show_party(None)
        else:
            self._show(detail)

    def _changed(self, changes, initiator) -> None:
        """Parties written elsewhere (an import from the Cases page, an agent added
        there): the list, and the party shown if it was one of them."""
        if not changes.touches("parties") or initiated_by(initiator, self):
            return
        shown = self.detail.detail
        self._shown_changed |= shown is not None and changes.touches("parties", shown.id)
        self.follow.request()

    def _follow_changes(self) -> None:
        shown, reread = self.detail.detail, self._shown_changed
        self._shown_changed = False
        self.model.refresh()
        self._show_count()
        if shown is not None and reread:
            parties = self.context.services.parties
            detail = call(self.context, self, unless_gone(lambda: parties.get(shown.id)))
            if detail is not None:
                self._show(detail)
            else:  # not in a restored backup
                self.table.clearSelection()
                self.detail.show_party(None)
        elif shown is not None:
            self._show(shown)

    def open_item(self, party_id: int) -> None:  # the shell's cross-page navigation
        self.open_party(party_id)

    def open_party(self, party_id: int) -> None:
        """Show the party in the detail view, selected in the list if it is loaded."""
        parties = self.context.services.parties
        detail = call(self.context, self, lambda: parties.get(party_id))
        if detail is not None:
            self._show(detail)

    def _show(self, detail: PartyDetail) -> None:
        self.detail.show_party(detail)
        row = self.model.row_of(detail.id)
        if row >= 0:
            self._select_row(row)
        else:
            self.table.clearSelection()

    def _select_row(self, row: int) -> None:
        select_row_quietly(self, self.table, self.model.index(row, Column.NAME))

    def _current_changed(self, current, _previous) -> None:
        party_id = current.data(PARTY_ID_ROLE) if current.isValid() else None
        if party_id is not None and not self._selecting:
            self.open_party(party_id)

    def _edit_current(self) -> None:
        if self.detail.detail is not None:
            self.actions.edit(self.detail.detail.id)

    def _go_to_list(self) -> None:
        self.run_search()
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _reveal(self, detail) -> None:
        parties = self.context.services.parties
        number = call(self.context, self, lambda: parties.reveal_id_number(detail.id))
        if number is not None:
            self.detail.show_full_number(number)

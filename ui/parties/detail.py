"""The detail view of one party: every particular, the ID number masked until the
liaison asks for it ("Show full number": the page asks the service, which audits it),
consent, and the agents. A view only: buttons emit signals the page acts on.
User text is shown as plain text, never as markup ("<" and "&" in a note stay as typed).
"""
from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import AgentKind, Gender, IdType, PartyKind, PartyNeed
from microcourt.services.parties.dto import AgentInfo, PartyDetail
from ui.common.column_widths import fit_columns
from ui.common.inputs import coded_text
from ui.parties.consent_dialog import consent_summary

NAME_HTML = "<span style='font-size: x-large; font-weight: bold;'>{0}</span>"
BADGE_STYLE = "color: #8d4a00; font-weight: bold;"


def _plain(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PartyDetailView(QScrollArea):
    edit_requested = Signal()
    consent_requested = Signal()
    print_requested = Signal()
    read_requested = Signal()
    reveal_requested = Signal()
    withdraw_requested = Signal()
    delete_requested = Signal()
    add_agent_requested = Signal()
    edit_agent_requested = Signal(object)  # AgentInfo
    remove_agent_requested = Signal(object)  # AgentInfo

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.detail: PartyDetail | None = None
        self.id_label: QLabel | None = None
        self.setWidgetResizable(True)
        body = QWidget(self)
        self.name_label = QLabel(body)
        self.name_label.setObjectName("detail_name")
        self.name_label.setTextFormat(Qt.TextFormat.RichText)  # the name itself is escaped
        self.name_label.setWordWrap(True)
        self.badge = QLabel(body)
        self.badge.setObjectName("detail_badge")
        self.badge.setStyleSheet(BADGE_STYLE)
        self.form = QFormLayout()
        self.agents = fit_columns(QTableWidget(0, 5, body))
        self.agents.setObjectName("agents")
        self.agents.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Acts as"), self.tr("Relation"), self.tr("Phone"),
            self.tr("Special authority")])
        self.agents.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.agents.horizontalHeader().setStretchLastSection(True)
        self.agents.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.agents.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.agents.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.agents.verticalHeader().hide()
        self.agents.setMaximumHeight(160)
        self.agents.doubleClicked.connect(lambda: self._agent_signal(self.edit_agent_requested))
        self.empty = QLabel(self.tr("Choose a party in the list, or register a new one."), body)
        self.empty.setObjectName("detail_empty")
        self._layout(body)
        self.setWidget(body)
        self.show_party(None)

    def _button(self, text: str, signal, parent: QWidget) -> QPushButton:
        button = QPushButton(text, parent)
        button.clicked.connect(signal)
        return button

    def _layout(self, body: QWidget) -> None:
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_requested, body)
        self.consent_button = self._button(self.tr("Record c&onsent…"),
                                           self.consent_requested, body)
        self.print_button = self._button(self.tr("Print consent notice…"),
                                         self.print_requested, body)
        self.read_button = self._button(self.tr("Read consent notice &aloud…"),
                                        self.read_requested, body)
        self.read_button.setObjectName("read_consent")
        self.add_agent_button = self._button(self.tr("&Add agent…"),
                                             self.add_agent_requested, body)
        self.edit_agent_button = self._button(
            self.tr("Edit agent…"), lambda: self._agent_signal(self.edit_agent_requested), body)
        self.remove_agent_button = self._button(
            self.tr("Remove agent"), lambda: self._agent_signal(self.remove_agent_requested),
            body)
        self.withdraw_button = self._button(self.tr("Consent withdrawn…"),
                                            self.withdraw_requested, body)
        self.delete_button = self._button(self.tr("Delete…"), self.delete_requested, body)
        self.agents_title = QLabel(self.tr("<b>Agents and guardians</b>"), body)
        layout = QVBoxLayout(body)
        layout.addWidget(self.empty)
        header = QHBoxLayout()
        header.addWidget(self.name_label, 1)
        header.addWidget(self.badge)
        layout.addLayout(header)
        layout.addLayout(self._row(self.edit_button, self.consent_button, self.print_button,
                                   self.read_button))
        layout.addLayout(self.form)
        layout.addWidget(self.agents_title)
        layout.addWidget(self.agents)
        layout.addLayout(self._row(self.add_agent_button, self.edit_agent_button,
                                   self.remove_agent_button))
        layout.addStretch(1)
        layout.addLayout(self._row(self.withdraw_button, self.delete_button))
        self.party_widgets = [self.name_label, self.badge, self.edit_button, self.consent_button,
                              self.print_button, self.read_button, self.agents_title, self.agents,
                              self.add_agent_button, self.edit_agent_button,
                              self.remove_agent_button, self.withdraw_button,
                              self.delete_button]

    @staticmethod
    def _row(*buttons: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- showing ---------------------------------------------------------------------

    def show_party(self, detail: PartyDetail | None) -> None:
        self.detail = detail
        while self.form.rowCount():
            self.form.removeRow(0)
        self.id_label = None
        self.empty.setVisible(detail is None)
        for widget in self.party_widgets:
            widget.setVisible(detail is not None)
        if detail is None:
            return
        self.name_label.setText(NAME_HTML.format(html.escape(detail.name)))
        self.badge.setText(self.tr("Elderly (60+)") if detail.elderly else "")
        self.badge.setToolTip(self.tr("Aged 60 or over: speak slowly, offer large print."))
        for caption, value in self._rows(detail):
            if caption == "id_number":
                self.form.addRow(self.tr("ID number"), self._id_row(detail))
            elif value:
                self.form.addRow(caption, _plain(value, self.widget()))
        self._show_agents(detail.agents)
        person = detail.kind == PartyKind.PERSON
        for button in (self.consent_button, self.print_button, self.read_button,
                       self.withdraw_button):
            button.setVisible(person)
        self.read_button.setEnabled(not detail.anonymized)
        for button in (self.edit_button, self.consent_button, self.add_agent_button,
                       self.withdraw_button):
            button.setEnabled(not detail.anonymized)

    def _rows(self, d: PartyDetail) -> list[tuple[str, str]]:
        person = d.kind == PartyKind.PERSON
        needs = self.tr(", ").join(coded_text(PartyNeed, n) for n in d.needs)
        emergency = " ".join(filter(None, (d.emergency_name, d.emergency_relation,
                                           d.emergency_phone)))
        born = "" if d.birth_date is None else self.tr("{0} (age {1})").format(
            d.birth_date.isoformat(), d.age)
        return [
            (self.tr("Type"), coded_text(PartyKind, d.kind)),
            (self.tr("Gender"), coded_text(Gender, d.gender)),
            (self.tr("Ethnicity"), d.ethnicity or ""),
            (self.tr("Born"), born),
            (self.tr("ID type"), coded_text(IdType, d.id_type) if d.has_id_number else ""),
            ("id_number", ""),
            (self.tr("Legal representative"),
             " ".join(filter(None, (d.legal_rep_name, d.legal_rep_title)))),
            (self.tr("Phone"), d.phone or ""),
            (self.tr("Registered address") if person else self.tr("Registered office"),
             d.household_address or ""),
            (self.tr("Address for service"), d.service_address or ""),
            (self.tr("Electronic service"),
             self.tr("Accepted") if d.accepts_e_service else self.tr("Not accepted")),
            (self.tr("WeChat ID"), d.wechat or ""),
            (self.tr("Occupation"), d.occupation or ""),
            (self.tr("Needs"), needs),
            (self.tr("Emergency contact"), emergency),
            (self.tr("Consent"), self._consent_text(d) if person else ""),
            (self.tr("Notes"), d.notes),
        ]

    def _consent_text(self, d: PartyDetail) -> str:
        if d.anonymized:
            return self.tr("Withdrawn or deleted: the record is anonymized.")
        if d.has_consent:
            return consent_summary(d.consent_on, d.consent_form, d.consent_witness)
        return self.tr("Not recorded")

    def _id_row(self, detail: PartyDetail) -> QWidget:
        row = QWidget(self.widget())
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.id_label = _plain(detail.id_number if detail.has_id_number else self.tr("none"),
                               row)
        self.id_label.setObjectName("detail_id_number")
        layout.addWidget(self.id_label, 1)
        if detail.has_id_number:
            self.reveal_button = QPushButton(self.tr("&Show full number"), row)
            self.reveal_button.setObjectName("reveal_id")
            self.reveal_button.setToolTip(self.tr("Each look at a full ID number is written "
                                                  "to the audit log."))
            self.reveal_button.clicked.connect(self.reveal_requested)
            layout.addWidget(self.reveal_button)
        return row

    def show_full_number(self, number: str) -> None:
        if self.id_label is not None:
            self.id_label.setText(number)
            self.reveal_button.setEnabled(False)

    def _show_agents(self, agents: tuple[AgentInfo, ...]) -> None:
        active = [a for a in agents if a.active]
        self.agents.setRowCount(len(active))
        for row, agent in enumerate(active):
            special = self.tr("Yes") if agent.special_authority else self.tr("No")
            values = (agent.name, coded_text(AgentKind, agent.kind), agent.relation or "",
                      agent.phone or "", special)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, agent)
                if column == 4 and agent.special_authority:
                    item.setToolTip(agent.authority_scope)
                self.agents.setItem(row, column, item)
        has_agents = bool(active)
        self.edit_agent_button.setEnabled(has_agents)
        self.remove_agent_button.setEnabled(has_agents)

    def selected_agent(self) -> AgentInfo | None:
        row = self.agents.currentRow()
        if row < 0 and self.agents.rowCount() == 1:
            row = 0  # a single agent needs no selecting first
        item = self.agents.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _agent_signal(self, signal) -> None:
        agent = self.selected_agent()
        if agent is not None:
            signal.emit(agent)

"""The parties of a case in their roles (applicant / respondent / third party), with the
agents acting for each in this case. Agents are chosen from those registered with the
party (Parties page); the service refuses an agent who is a mediator of the case
(特邀调解规定 art. 16) and the page shows its message. ID numbers are masked."""
from __future__ import annotations

from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox, QPushButton, QVBoxLayout, QWidget

from microcourt.domain import AgentKind, CaseRole
from microcourt.services.cases.dto import CaseDetail, CasePartyInfo
from microcourt.validation.money import format_amount
from ui.cases.common import CasePanel, button_row, current_data, fill_row, read_only_table
from ui.common.inputs import coded_text
from ui.context import PageContext
from ui.i18n import domain_label
from ui.parties.picker import PartyPickerDialog

MANY_APPLICANTS = 10  # beyond this the other side would be lost under the applicants


def in_display_order(parties: tuple[CasePartyInfo, ...]) -> list[CasePartyInfo]:
    """Role order (applicants, respondents, third parties); in a many-claimant case the
    respondents and third parties come first, so the 77 workers do not hide the employer."""
    applicants = [p for p in parties if p.role == CaseRole.APPLICANT]
    others = [p for p in parties if p.role != CaseRole.APPLICANT]
    others.sort(key=lambda p: list(CaseRole).index(CaseRole(p.role)))
    if len(applicants) > MANY_APPLICANTS:
        return others + applicants
    return applicants + others


def agent_text(agent) -> str:
    """"Name (Close relative, son)" for an agent on a case or registered with a party."""
    kind = coded_text(AgentKind, agent.kind)
    detail = ", ".join(filter(None, (kind, agent.relation)))
    return f"{agent.name} ({detail})" if detail else agent.name


class CaseParties(CasePanel):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.table = read_only_table(self, "case_parties", [
            self.tr("Role"), self.tr("Name"), self.tr("ID number"), self.tr("Phone"),
            self.tr("Claim (yuan)"), self.tr("Agents in this case")])
        for column, width in enumerate((90, 150, 180, 120, 110)):
            self.table.setColumnWidth(column, width)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.table.setToolTip(self.tr("Double-click a party to open it in the Parties page."))
        self.table.cellDoubleClicked.connect(lambda *_: self.open_current_party())
        self.add_button = QPushButton(self.tr("&Add party"), self)
        add_menu = QMenu(self.add_button)
        for role in CaseRole:
            add_menu.addAction(domain_label(role)).triggered.connect(
                lambda _checked=False, r=role.value: self.add_party(r))
        self.add_button.setMenu(add_menu)
        self.remove_button = QPushButton(self.tr("Remove from case…"), self)
        self.remove_button.clicked.connect(self.remove_current)
        self.attach_button = QPushButton(self.tr("Agent acts in this case…"), self)
        self.attach_button.clicked.connect(lambda: self._agent_menu(attach=True))
        self.detach_button = QPushButton(self.tr("Agent no longer acts…"), self)
        self.detach_button.clicked.connect(lambda: self._agent_menu(attach=False))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.add_button, self.remove_button, self.attach_button,
                                    self.detach_button))

    def show_case(self, detail: CaseDetail | None, *following) -> None:  # all from `detail`
        super().show_case(detail, *following)
        current = self.current()
        parties = in_display_order(detail.parties) if detail else []
        self.table.setRowCount(len(parties))
        for row, party in enumerate(parties):
            claim = "" if party.claim_amount_fen is None else format_amount(party.claim_amount_fen)
            fill_row(self.table, row, [
                coded_text(CaseRole, party.role), party.name, party.id_number,
                party.phone or "", claim, "; ".join(agent_text(a) for a in party.agents)],
                party)
        again = next((r for r, p in enumerate(parties) if current and p.id == current.id), -1)
        if again >= 0:
            self.table.selectRow(again)
        self._update_buttons()

    def open_current_party(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.context.events.open_requested.emit("parties", chosen.party_id)

    def current(self) -> CasePartyInfo | None:
        return current_data(self.table)

    def texts(self) -> list[list[str]]:
        """The table as shown (for tests and screenshots)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

    def _update_buttons(self) -> None:
        chosen = self.current()
        self.add_button.setEnabled(self.writable)
        for button in (self.remove_button, self.attach_button, self.detach_button):
            button.setEnabled(self.writable and chosen is not None)
        if chosen is not None:
            self.detach_button.setEnabled(self.writable and bool(chosen.agents))

    # -- actions -------------------------------------------------------------------------

    def add_party(self, role: str) -> None:
        if self.case is None:
            return
        picker = PartyPickerDialog(self.context, title=self.tr("Add {0}").format(
            domain_label(CaseRole(role))), parent=self.window())
        if picker.exec() != QDialog.DialogCode.Accepted or picker.party_id is None:
            return
        case_id, party_id = self.case.id, picker.party_id
        self.apply(lambda: self.cases.add_party(case_id, party_id, role),
                   self.tr("Party added."))

    def remove_current(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove from case"),
            self.tr("Take {0} ({1}) off this case, with the agents acting for them in it?")
            .format(chosen.name, coded_text(CaseRole, chosen.role)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.apply(lambda: self.cases.remove_party(chosen.id),
                       self.tr("{0} removed from the case.").format(chosen.name))

    def registered_agents(self, party: CasePartyInfo) -> list:
        """The party's active registered agents not yet acting in this case."""
        detail = self.run(lambda: self.context.services.parties.get(party.party_id))
        acting = {a.agent_id for a in party.agents}
        return [a for a in (detail.agents if detail else ()) if a.active and a.id not in acting]

    def attach(self, agent_id: int) -> CaseDetail | None:
        chosen = self.current()
        if chosen is None:
            return None
        return self.apply(lambda: self.cases.attach_agent(chosen.id, agent_id),
                          self.tr("Agent added to the case."))

    def detach(self, agent_id: int) -> CaseDetail | None:
        chosen = self.current()
        if chosen is None:
            return None
        return self.apply(lambda: self.cases.detach_agent(chosen.id, agent_id),
                          self.tr("Agent removed from the case."))

    def _agent_menu(self, attach: bool) -> None:
        chosen = self.current()
        if chosen is None:
            return
        agents = self.registered_agents(chosen) if attach else list(chosen.agents)
        if not agents:
            QMessageBox.information(self, self.tr("No agent to add"), self.tr(
                "{0} has no other registered agent. Add agents on the Parties page first.")
                .format(chosen.name))
            return
        menu = QMenu(self)
        for agent in agents:
            agent_id = agent.id if attach else agent.agent_id
            menu.addAction(agent_text(agent)).setData(agent_id)
        picked = menu.exec(QCursor.pos())
        if picked is not None:
            (self.attach if attach else self.detach)(picked.data())

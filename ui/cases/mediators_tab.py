"""The mediators of a case with their recusal state (特邀调解规定 arts. 15-16): assign one,
record a link to a party found later, decide a pending recusal, choose who presides,
take one off. Whenever the service says a recusal decision is required, its question is
put to the liaison at once (RecusalDialog); "Decide later" leaves it pending, and the
case cannot go into mediation until it is decided."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from microcourt.services.cases.dto import CaseDetail, CaseMediatorInfo, MediatorAssignment
from ui.cases.common import CasePanel, button_row, current_data, fill_row, read_only_table
from ui.cases.mediator_dialog import MediatorAssignDialog
from ui.cases.recusal_dialog import RecusalDialog
from ui.context import PageContext

PENDING_COLOUR = QColor("#c62828")
RECUSED_COLOUR = QColor("#9e9e9e")
STATE_COLUMN = 4


class CaseMediators(CasePanel):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.table = read_only_table(self, "case_mediators", [
            self.tr("Mediator"), self.tr("Organization or team"), self.tr("Presides"),
            self.tr("Linked party"), self.tr("Recusal")])
        for column, width in enumerate((110, 250, 70, 200)):
            self.table.setColumnWidth(column, width)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.assign_button = QPushButton(self.tr("&Assign mediator…"), self)
        self.assign_button.clicked.connect(self.assign)
        self.link_button = QPushButton(self.tr("Record a &link to a party…"), self)
        self.link_button.clicked.connect(self.record_link)
        self.decide_button = QPushButton(self.tr("&Decide recusal…"), self)
        self.decide_button.setObjectName("decide_recusal")
        self.decide_button.clicked.connect(self.decide_current)
        self.lead_button = QPushButton(self.tr("&Presides"), self)
        self.lead_button.clicked.connect(self.make_lead)
        self.remove_button = QPushButton(self.tr("Remove from case…"), self)
        self.remove_button.clicked.connect(self.remove_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.assign_button, self.link_button, self.decide_button,
                                    self.lead_button, self.remove_button))

    def show_case(self, detail: CaseDetail | None, *following) -> None:  # all from `detail`
        super().show_case(detail, *following)
        mediators = detail.mediators if detail else ()
        self.table.setRowCount(len(mediators))
        for row, mediator in enumerate(mediators):
            fill_row(self.table, row, [
                mediator.name, mediator.organization or "",
                self.tr("Yes") if mediator.is_lead else "", self._link_text(mediator),
                self.state_text(mediator)], mediator)
            colour = (PENDING_COLOUR if mediator.recusal_pending
                      else RECUSED_COLOUR if mediator.recused else None)
            if colour is not None:
                self.table.item(row, STATE_COLUMN).setForeground(QBrush(colour))
        self._update_buttons()

    @staticmethod
    def _link_text(mediator: CaseMediatorInfo) -> str:
        if mediator.linked_party_id is None:
            return ""
        return f"{mediator.linked_party_name or ''}: {mediator.link_description or ''}"

    def state_text(self, mediator: CaseMediatorInfo) -> str:
        if mediator.recusal_pending:
            return self.tr("Decision needed")
        if mediator.recused:
            return self.tr("Stepped aside")
        if mediator.continue_reason:
            return self.tr("Continues: {0}").format(mediator.continue_reason)
        return ""

    def current(self) -> CaseMediatorInfo | None:
        return current_data(self.table)

    def _update_buttons(self) -> None:
        chosen, writable = self.current(), self.writable
        self.assign_button.setEnabled(writable)
        for button in (self.link_button, self.remove_button):
            button.setEnabled(writable and chosen is not None)
        self.decide_button.setEnabled(writable and chosen is not None
                                      and chosen.linked_party_id is not None)
        self.lead_button.setEnabled(writable and chosen is not None and not chosen.is_lead
                                    and not chosen.recused)

    # -- actions -------------------------------------------------------------------------

    def assign(self) -> None:
        if self.case is not None:
            self._assignment_dialog(MediatorAssignDialog(self.context, self.case, None, self))

    def record_link(self) -> None:
        chosen = self.current()
        if self.case is not None and chosen is not None:
            self._assignment_dialog(MediatorAssignDialog(self.context, self.case, chosen, self))

    def _assignment_dialog(self, dialog: MediatorAssignDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.assignment is not None:
            self.after_assignment(dialog.assignment)

    def after_assignment(self, assignment: MediatorAssignment) -> None:
        """Show the case as it now is, then ask the recusal question if there is one."""
        case_id = self.case.id
        self._reload(case_id)
        if assignment.recusal_required:
            self.decide(assignment.mediator, assignment.question)

    def decide_current(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.decide(chosen, self._question(chosen))

    def decide(self, mediator: CaseMediatorInfo, question: str) -> RecusalDialog:
        dialog = RecusalDialog(self.context, mediator, question, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.changed.emit(dialog.saved)
            self.context.events.status_message.emit(self.tr("Recusal decision recorded."))
        return dialog

    def _question(self, mediator: CaseMediatorInfo) -> str:
        return self.tr("{0} is recorded as linked to {1} ({2}). A mediator who is a close "
                       "relative of a party or has an interest in the dispute must step "
                       "aside, unless the reason to continue is recorded.").format(
            mediator.name, mediator.linked_party_name or "", mediator.link_description or "")

    def make_lead(self) -> None:
        chosen = self.current()
        if chosen is not None:
            self.apply(lambda: self.cases.set_lead(chosen.id),
                       self.tr("{0} presides.").format(chosen.name))

    def remove_current(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove mediator"),
            self.tr("Take {0} off this case?").format(chosen.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.apply(lambda: self.cases.remove_mediator(chosen.id),
                       self.tr("{0} removed from the case.").format(chosen.name))

    def _reload(self, case_id: int) -> None:
        detail = self.run(lambda: self.cases.get_case(case_id))
        if detail is not None:
            self.changed.emit(detail)

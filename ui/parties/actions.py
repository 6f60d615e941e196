"""What the Parties page does when the liaison asks: the dialogs, the confirmations and
the service calls, each one user action (through ui.operations.call). After a change
the page shows what the service returned: `show_saved(detail)` reloads the list and
shows the detail as written, `open_party(id)` re-reads one party (an agent changed),
`show_saved(None)` after a removal. Other pages follow `changed`.

Withdrawing consent and deleting (个人信息保护法 arts. 15 and 47) delete a party in no
case, and anonymize one linked to a case so that the case stays whole; the confirmation
says which will happen (the service's `is_linked`) before anything is done.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from microcourt.domain import PartyKind
from microcourt.services.parties.dto import AgentInfo, PartyDetail, Removal
from ui.context import PageContext
from ui.operations import call
from ui.parties.agent_form import AgentFormDialog
from ui.parties.consent_dialog import ConsentDialog
from ui.parties.consent_print import print_consent_notice
from ui.parties.form import OPEN_EXISTING, PartyFormDialog

_YES, _NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


class PartyActions(QObject):
    def __init__(self, parent: QWidget, context: PageContext,
                 show_saved: Callable[[PartyDetail | None], None],
                 open_party: Callable[[int], None]):
        super().__init__(parent)
        self.parent_widget = parent
        self.context = context
        self.show_saved = show_saved
        self.open_party = open_party

    @property
    def service(self):
        return self.context.services.parties

    def _status(self, text: str) -> None:
        self.context.events.status_message.emit(text)

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent_widget, title, text, _YES | _NO, _NO)
        return answer == _YES

    # -- registering and editing -----------------------------------------------------

    def register(self, kind: PartyKind) -> None:
        self._form(PartyFormDialog(self.context, kind, parent=self.parent_widget))

    def edit(self, party_id: int) -> None:
        dialog = call(self.context, self.parent_widget, lambda: PartyFormDialog(
            self.context, party_id=party_id, parent=self.parent_widget))
        if dialog is not None:
            self._form(dialog)

    def _form(self, dialog: PartyFormDialog) -> None:
        result = dialog.exec()
        if result == OPEN_EXISTING and dialog.existing_id is not None:
            self.open_party(dialog.existing_id)
        elif result == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._saved(dialog.saved)

    def _saved(self, detail: PartyDetail) -> None:
        self.show_saved(detail)
        self._status(" ".join([self.tr("Saved {0}.").format(detail.name), *detail.notices]))
        if detail.warnings:
            QMessageBox.information(self.parent_widget, self.tr("Please check"),
                                    "\n".join(detail.warnings))

    # -- consent, removal ------------------------------------------------------------

    def record_consent(self, detail: PartyDetail) -> None:
        dialog = ConsentDialog(self.context, detail.name, detail.id, self.parent_widget)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        saved = call(self.context, self.parent_widget,
                     lambda: self.service.set_consent(detail.id, dialog.record))
        if saved is not None:
            self.show_saved(saved)
            self._status(self.tr("Consent recorded for {0}.").format(detail.name))

    def print_notice(self, detail: PartyDetail) -> None:
        print_consent_notice(self.parent_widget, self.context, detail.id)

    def read_notice(self, detail: PartyDetail):
        """Read the consent notice to the party (个人信息保护法 art. 17: in words they
        understand) and record that they heard it; returns the reading window."""
        from microcourt.services.readings.dto import ReadDocument  # noqa: PLC0415
        from ui.speech.read_aloud import open_read_aloud  # noqa: PLC0415

        return open_read_aloud(self.parent_widget, self.context, ReadDocument.CONSENT_NOTICE,
                               None, detail.id)

    def withdraw_consent(self, detail: PartyDetail) -> None:
        linked = call(self.context, self.parent_widget, lambda: self.service.is_linked(detail.id))
        if linked is None:
            return
        if linked:
            text = self.tr(
                "{0} appears in a case, so the record cannot simply be deleted. Withdrawing "
                "consent anonymizes it: the name, ID number, phone numbers and addresses are "
                "erased, and the case keeps only a placeholder name so its papers stay "
                "whole.\n\nThis cannot be undone. Record that {0} withdrew consent?")
        else:
            text = self.tr(
                "{0} is in no case. Withdrawing consent deletes the record and the agents "
                "for good.\n\nThis cannot be undone. Record that {0} withdrew consent?")
        if self._confirm(self.tr("Consent withdrawn"), text.format(detail.name)):
            self._removed(detail, lambda: self.service.withdraw_consent(detail.id))

    def delete(self, detail: PartyDetail) -> None:
        linked = call(self.context, self.parent_widget, lambda: self.service.is_linked(detail.id))
        if linked is None:
            return
        if linked:
            text = self.tr(
                "{0} appears in a case, so the record cannot simply be deleted: it will be "
                "anonymized instead. The name, ID number, phone numbers and addresses are "
                "erased; the case keeps a placeholder name.\n\nThis cannot be undone. "
                "Anonymize {0}?")
        else:
            text = self.tr("{0} is in no case. Delete the record and the agents for good?"
                           "\n\nThis cannot be undone.")
        if self._confirm(self.tr("Delete a party"), text.format(detail.name)):
            self._removed(detail, lambda: self.service.delete(detail.id))

    def _removed(self, detail: PartyDetail, action: Callable[[], Removal]) -> None:
        outcome = call(self.context, self.parent_widget, action)
        if outcome is None:
            return
        if outcome == Removal.ANONYMIZED:
            self._status(self.tr("{0} was anonymized; the cases keep a placeholder name.")
                         .format(detail.name))
        else:
            self._status(self.tr("{0} was deleted.").format(detail.name))
        self.show_saved(None)

    # -- agents ----------------------------------------------------------------------

    def add_agent(self, detail: PartyDetail) -> None:
        self._agent_form(AgentFormDialog(self.context, detail.id, None, self.parent_widget))

    def edit_agent(self, agent: AgentInfo) -> None:
        self._agent_form(AgentFormDialog(self.context, agent.party_id, agent,
                                         self.parent_widget))

    def _agent_form(self, dialog: AgentFormDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.open_party(dialog.saved.party_id)  # its agents: the list shows none
            self._status(self.tr("Saved agent {0}.").format(dialog.saved.name))

    def remove_agent(self, agent: AgentInfo) -> None:
        if not self._confirm(self.tr("Remove agent"),
                             self.tr("Remove {0} as agent?").format(agent.name)):
            return
        outcome = call(self.context, self.parent_widget,
                       lambda: self.service.remove_agent(agent.id))
        if outcome is None:
            return
        if outcome == Removal.DEACTIVATED:
            self._status(self.tr("{0} acted in a case: kept in its record, no longer listed.")
                         .format(agent.name))
        else:
            self._status(self.tr("Removed agent {0}.").format(agent.name))
        self.open_party(agent.party_id)

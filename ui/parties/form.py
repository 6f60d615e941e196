"""Registering or editing a party: a natural person or an organization.

Save hands what was typed to the parties service; every problem it names is shown in red
beside its field, the text stays as typed and nothing is stored until all are fixed.
An identity already registered is not registered twice: the dialog offers to open the
existing party instead (it closes with OPEN_EXISTING and `existing_id`).
For a person with an ID number, consent must be recorded first (个人信息保护法 art. 29):
the consent section records it here, and it is stored together with the party.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import PartyKind
from microcourt.services.parties.dto import ConsentRecord, PartyDetail
from microcourt.services.parties.service import DuplicateParty
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.inputs import keep_readable
from ui.common.screen import fit_on_screen
from ui.context import PageContext
from ui.operations import call
from ui.parties.consent_dialog import ConsentDialog, consent_summary
from ui.parties.consent_print import print_consent_notice
from ui.parties.form_fields import PartyFields

OPEN_EXISTING = 2  # dialog result: the liaison chose to open the registered party


class PartyFormDialog(Dialog):
    def __init__(self, context: PageContext, kind: PartyKind = PartyKind.PERSON,
                 party_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.party_id = party_id
        self.saved: PartyDetail | None = None
        self.existing_id: int | None = None
        self._duplicate: DuplicateParty | None = None
        self.consent: ConsentRecord | None = None  # recorded here, stored on save
        self.stored: PartyDetail | None = None
        service = context.services.parties
        draft = None
        if party_id is not None:
            self.stored = service.get(party_id)
            draft = service.draft_for_edit(party_id)
            kind = PartyKind(draft.kind)
        self.kind = kind
        keep_readable(self)
        self.errors = FieldErrors(general=QLabel(self))
        self.errors.general.setObjectName("form_error")
        self.fields = PartyFields(kind, self.errors, self)
        if kind is PartyKind.PERSON:
            self.fields.columns[1].insertWidget(0, self._consent_group())
        self._build()
        if draft is not None:
            self.fields.set_draft(draft)
        self._update_consent_status()
        self.setWindowTitle(self._title())

    def _title(self) -> str:
        if self.stored is not None:
            return self.tr("Edit {0}").format(self.stored.name)
        if self.kind is PartyKind.ORGANIZATION:
            return self.tr("Register an organization")
        return self.tr("Register a person")

    def _consent_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Personal-information consent"), self)
        self.consent_status = QLabel(group)
        self.consent_status.setObjectName("consent_status")
        self.consent_status.setWordWrap(True)
        self.consent_button = QPushButton(self.tr("Record &consent…"), group)
        self.consent_button.setObjectName("record_consent")
        self.consent_button.setAutoDefault(False)
        self.consent_button.clicked.connect(self.record_consent)
        self.print_button = QPushButton(self.tr("Print consent &notice…"), group)
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_notice)
        buttons = QHBoxLayout()
        buttons.addWidget(self.consent_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(group)
        layout.addWidget(self.consent_status)
        layout.addWidget(self.errors.add("consent", self.consent_button))
        layout.addLayout(buttons)
        return group

    def _build(self) -> None:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)  # Enter in any line saves
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        order = self.fields.input_order()
        if self.kind is PartyKind.PERSON:  # the consent section heads the second column
            second = order.index(self.fields.inputs["occupation"])
            order[second:second] = [self.consent_button, self.print_button]
        order.append(self.save_button)
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        fit_on_screen(self, 1000 if self.kind is PartyKind.PERSON else 640, 720)

    # -- consent ---------------------------------------------------------------------

    def _update_consent_status(self) -> None:
        if self.kind is not PartyKind.PERSON:
            return
        stored = self.stored
        if self.consent is not None:
            text = self.tr("Will be recorded on save: {0}").format(
                consent_summary(self.consent.on, self.consent.form, self.consent.witness))
        elif stored is not None and stored.has_consent:
            text = self.tr("Given {0}").format(consent_summary(
                stored.consent_on, stored.consent_form, stored.consent_witness))
        else:
            text = self.tr("Not recorded yet. It is needed before an ID number is saved.")
        self.consent_status.setText(text)

    def record_consent(self) -> None:
        dialog = ConsentDialog(self.context, self.fields.text("name").strip(),
                               self.party_id, self)
        if self.consent is not None:
            dialog.set_record(self.consent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.consent = dialog.record
            self._update_consent_status()
            if self.errors.is_showing("consent"):
                self.errors.labels["consent"].hide()

    def print_notice(self) -> None:
        who = self.party_id if self.party_id is not None else self.fields.text("name").strip()
        print_consent_notice(self, self.context, who)

    # -- saving ----------------------------------------------------------------------

    def save(self) -> None:
        draft = self.fields.draft()
        self.errors.clear()
        self._duplicate = None
        self.saved = call(self.context, self, lambda: self._store(draft), form=self.errors)
        if self._duplicate is not None:
            self._offer_existing(self._duplicate)
        elif self.saved is not None:
            self.accept()

    def _store(self, draft) -> PartyDetail | None:
        """Register or update; an identity registered already is offered, not refused."""
        service = self.context.services.parties
        try:
            if self.party_id is None:
                return service.register(draft, self.consent)
            return service.update(self.party_id, draft, self.consent)
        except DuplicateParty as duplicate:
            self._duplicate = duplicate
            return None

    def _offer_existing(self, duplicate: DuplicateParty) -> None:
        self.errors.show({"id_number": duplicate.message})
        answer = QMessageBox.question(
            self, self.tr("Already registered"),
            self.tr("{0}\n\nOpen {1} now?").format(duplicate.message, duplicate.existing_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.existing_id = duplicate.existing_id
            self.done(OPEN_EXISTING)

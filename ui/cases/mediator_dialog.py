"""Assigning an invited mediator to a case, or recording afterwards that a mediator on
the case is linked to one of its parties (a relative, a neighbour in the same group...).

The result is the service's MediatorAssignment: when it says a recusal decision is
required, the caller puts its question to the liaison (ui.cases.recusal_dialog).
An invited mediator who already acts as a party's agent in the case is refused by the
service (特邀调解规定 art. 16) and its message is shown.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import CaseRole
from microcourt.services.cases.dto import CaseDetail, CaseMediatorInfo, MediatorAssignment
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.form_rows import add_field_row
from ui.common.inputs import coded_text, keep_readable
from ui.context import PageContext
from ui.mediators.table_model import specialties_text
from ui.operations import call

CLASH_STYLE = "color: #8a5300; font-weight: bold;"


class MediatorAssignDialog(Dialog):
    """`on_case` None: choose a mediator to assign; else record a link for that one."""

    def __init__(self, context: PageContext, case: CaseDetail,
                 on_case: CaseMediatorInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.case = case
        self.on_case = on_case
        self.assignment: MediatorAssignment | None = None
        keep_readable(self)
        self.errors = FieldErrors(general=QLabel(self))
        self.errors.general.setObjectName("form_error")
        self._build()
        self.setWindowTitle(self.tr("Assign a mediator to {0}").format(case.number)
                            if on_case is None else
                            self.tr("Link between {0} and a party").format(on_case.name))

    def _build(self) -> None:
        form = QFormLayout()
        self.mediator_combo = QComboBox(self)
        self.mediator_combo.setObjectName("mediator")
        if self.on_case is not None:
            # Recording a link for a mediator already on the case: no choice to make, and
            # a combo box outside the layout would be drawn over the dialog's corner.
            self.mediator_combo.hide()
        else:
            on_case = {m.mediator_id for m in self.case.mediators}
            for mediator in self.context.services.mediators.list(active_only=True):
                if mediator.id not in on_case:
                    label = " · ".join(filter(None, (mediator.name, mediator.organization,
                                                     specialties_text(mediator.specialties))))
                    self.mediator_combo.addItem(label, mediator.id)
            # Booked elsewhere at one of the case's hearings: warned, not refused.
            self.clash_label = QLabel(self)
            self.clash_label.setObjectName("mediator_clash")
            self.clash_label.setStyleSheet(CLASH_STYLE)
            self.clash_label.setWordWrap(True)
            self.mediator_combo.currentIndexChanged.connect(self.show_clashes)
            add_field_row(form, self.errors, "mediator", self.tr("&Mediator"),
                          self.mediator_combo, self.clash_label)
            self.show_clashes()
        self.linked_box = QCheckBox(self.tr("Linked to a party of the case (relative, "
                                            "interest, …)"), self)
        self.linked_box.setObjectName("linked")
        self.party_combo = QComboBox(self)
        self.party_combo.setObjectName("linked_party")
        for party in self.case.parties:
            self.party_combo.addItem(f"{party.name} ({coded_text(CaseRole, party.role)})",
                                     party.party_id)
        self.link_edit = QLineEdit(self)
        self.link_edit.setObjectName("link_description")
        self.link_edit.setPlaceholderText(self.tr("e.g. cousin; neighbours in the same group"))
        if self.on_case is not None:
            self.linked_box.setChecked(True)
            self.linked_box.hide()
        self.linked_box.toggled.connect(self._update_link_fields)
        form.addRow("", self.linked_box)
        add_field_row(form, self.errors, "linked_party_id", self.tr("&Party"),
                      self.party_combo)
        add_field_row(form, self.errors, "link_description", self.tr("&Relation"),
                      self.link_edit)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("&Save"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 0)
        self._update_link_fields()

    def show_clashes(self, *_index) -> list[str]:
        """The hearings services' warnings for the chosen mediator, under the choice."""
        mediator_id, case_id = self.mediator_combo.currentData(), self.case.id
        hearings = self.context.services.hearings
        found = [] if mediator_id is None else call(
            self.context, self, lambda: hearings.mediator_clashes(case_id, mediator_id)) or []
        self.clash_label.setText("\n".join(found))
        self.clash_label.setVisible(bool(found))
        return found

    def _update_link_fields(self) -> None:
        linked = self.linked_box.isChecked()
        self.party_combo.setEnabled(linked)
        self.link_edit.setEnabled(linked)
        self.ok_button.setEnabled(self.on_case is not None or self.mediator_combo.count() > 0)

    def save(self) -> None:
        cases = self.context.services.cases
        linked = self.linked_box.isChecked()
        party_id = self.party_combo.currentData() if linked else None
        description = self.link_edit.text() if linked else None
        self.errors.clear()
        # Refused e.g. when the mediator acts as a party's agent (特邀调解规定 art. 16).
        if self.on_case is None:
            case_id, mediator_id = self.case.id, self.mediator_combo.currentData()
            self.assignment = call(self.context, self, lambda: cases.add_mediator(
                case_id, mediator_id, party_id, description), form=self.errors)
        else:
            on_case = self.on_case.id
            self.assignment = call(self.context, self, lambda: cases.record_link(
                on_case, party_id, description), form=self.errors)
        if self.assignment is not None:
            self.accept()

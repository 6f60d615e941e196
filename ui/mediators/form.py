"""Adding or editing an invited mediator (特邀调解员): name, organization or team (e.g. a
women's-federation volunteer team), specialties, phone, notes, active or not.

Save hands what was typed to the mediators service; a problem it names is shown in red
beside the field, the text stays as typed and nothing is stored until all are fixed.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from microcourt.services.mediators.service import MediatorDraft, MediatorInfo, Specialty
from ui.common.char_picker import attach_char_picker
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.form_rows import add_field_row, save_cancel_buttons
from ui.common.inputs import keep_readable
from ui.context import PageContext
from ui.i18n import domain_label
from ui.operations import call

SPECIALTY_COLUMNS = 2


class MediatorFormDialog(Dialog):
    def __init__(self, context: PageContext, mediator: MediatorInfo | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.mediator = mediator
        self.saved: MediatorInfo | None = None
        keep_readable(self)
        self.errors = FieldErrors(general=QLabel(self))
        self.errors.general.setObjectName("form_error")
        self._build()
        if mediator is not None:
            self._fill(mediator)
        self.setWindowTitle(self.tr("Edit mediator {0}").format(mediator.name) if mediator
                            else self.tr("Add an invited mediator"))

    def _build(self) -> None:
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name")
        attach_char_picker(self.name_edit)
        self.organization_edit = QLineEdit(self)
        self.organization_edit.setObjectName("organization")
        self.organization_edit.setPlaceholderText(
            self.tr("e.g. Women's Federation volunteer mediation team"))
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("phone")
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setMaximumHeight(90)
        self.active_box = QCheckBox(self.tr("Active: offered for new cases"), self)
        self.active_box.setChecked(True)
        form = QFormLayout()
        add_field_row(form, self.errors, "name", self.tr("&Name"), self.name_edit)
        add_field_row(form, self.errors, "organization", self.tr("&Organization or team"),
                      self.organization_edit)
        add_field_row(form, self.errors, "specialties", self.tr("Specialties"),
                      self._specialties())
        add_field_row(form, self.errors, "phone", self.tr("&Phone"), self.phone_edit)
        add_field_row(form, self.errors, "notes", self.tr("No&tes"), self.notes_edit)
        form.addRow("", self.active_box)
        buttons, self.save_button = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 0)

    def _specialties(self) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.specialty_boxes: dict[str, QCheckBox] = {}
        for index, specialty in enumerate(Specialty):
            check = QCheckBox(domain_label(specialty), box)
            check.setObjectName(f"specialty_{specialty.value}")
            self.specialty_boxes[specialty.value] = check
            grid.addWidget(check, index // SPECIALTY_COLUMNS, index % SPECIALTY_COLUMNS)
        return box

    def _fill(self, mediator: MediatorInfo) -> None:
        self.name_edit.setText(mediator.name)
        self.organization_edit.setText(mediator.organization or "")
        self.phone_edit.setText(mediator.phone or "")
        self.notes_edit.setPlainText(mediator.notes)
        self.active_box.setChecked(mediator.active)
        for code, check in self.specialty_boxes.items():
            check.setChecked(code in mediator.specialties)

    def draft(self) -> MediatorDraft:
        return MediatorDraft(
            name=self.name_edit.text(), organization=self.organization_edit.text(),
            specialties=[code for code, check in self.specialty_boxes.items()
                         if check.isChecked()],
            phone=self.phone_edit.text(), notes=self.notes_edit.toPlainText(),
            active=self.active_box.isChecked())

    def save(self) -> None:
        service, draft, stored = self.context.services.mediators, self.draft(), self.mediator
        self.errors.clear()
        # A new one is refused when already on the roster.
        self.saved = call(self.context, self, lambda: service.update(stored.id, draft)
                          if stored else service.create(draft), form=self.errors)
        if self.saved is not None:
            self.accept()

"""The micro-court's particulars (CourtProfileData) as a form, shared by the settings
page and the first-start dialog. Errors show in red beside their field; what was typed
stays; focus goes to the first bad field."""
from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from microcourt.services.settings.service import CourtProfileData
from microcourt.timeutil import today_local
from ui.common.field_errors import FieldErrors


class ProfileForm(QWidget):
    """Emits `submitted` when Enter is pressed in any field."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        self.errors = FieldErrors()
        self.error_labels = self.errors.labels
        self.example = QLabel(self)
        self.example.setObjectName("case_number_example")
        self._build()
        self.set_data(CourtProfileData())

    def _labels(self) -> dict[str, str]:
        return {
            "name": self.tr("Micro-court name"),
            "village": self.tr("Village (community)"),
            "committee": self.tr("People's mediation committee"),
            "court": self.tr("People's court it works with"),
            "liaison_name": self.tr("Liaison's name"),
            "liaison_phone": self.tr("Liaison's phone"),
            "address": self.tr("Address"),
            "room": self.tr("Mediation room"),
            "judge": self.tr("Contact judge"),
            "case_number_pattern": self.tr("Case number pattern"),
        }

    def _placeholders(self) -> dict[str, str]:
        return {
            "name": self.tr("e.g. Shangtian Village Micro-court"),
            "liaison_phone": self.tr("Mobile, or landline with area code"),
            "case_number_pattern": self.tr("Use {year} and {seq}; {village} is optional"),
        }

    def _build(self) -> None:
        form = QFormLayout()
        labels, placeholders = self._labels(), self._placeholders()
        for field in fields(CourtProfileData):
            edit = QLineEdit(self)
            edit.setObjectName(field.name)
            edit.setPlaceholderText(placeholders.get(field.name, ""))
            edit.returnPressed.connect(self.submitted)
            below = [self.example] if field.name == "case_number_pattern" else []
            label = QLabel(labels[field.name], self)
            label.setBuddy(edit)
            form.addRow(label, self.errors.cell(field.name, edit, *below))
            self.edits[field.name] = edit
        self.edits["case_number_pattern"].textChanged.connect(self._update_example)
        self.edits["village"].textChanged.connect(self._update_example)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        # Tab goes down the form in the order the fields are shown.
        names = list(self.edits)
        for first, second in zip(names, names[1:]):
            QWidget.setTabOrder(self.edits[first], self.edits[second])

    def data(self) -> CourtProfileData:
        return CourtProfileData(**{name: edit.text() for name, edit in self.edits.items()})

    def set_data(self, data: CourtProfileData) -> None:
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
        self.clear_errors()
        self._update_example()

    def clear_errors(self) -> None:
        self.errors.clear()

    def show_errors(self, messages: dict[str, str]) -> None:
        """Show each message beside its field and focus the first bad field."""
        self.errors.show(messages)

    def _update_example(self) -> None:
        try:
            example = self.data().case_number(today_local().year, 1)
        except (KeyError, IndexError, ValueError):
            self.example.setText(self.tr("Example: (the pattern is not valid yet)"))
            return
        self.example.setText(self.tr("Example: {0}").format(example))

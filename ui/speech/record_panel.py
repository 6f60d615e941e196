"""The bottom of the reading window: the liaison confirms to whom the document was read,
who read it, and whether the party said they understood (issue 18, item 3). What was
typed stays when the service refuses; the message says why."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from microcourt.errors import UserError
from microcourt.services.readings.dto import DocumentScript
from ui.agreements.warnings import error_label


class RecordPanel(QGroupBox):
    """Emits `record_requested(party_id, read_by, understood)`; the window calls the
    service and answers with `show_recorded` or `show_error`."""

    record_requested = Signal(int, str, bool)

    def __init__(self, document: DocumentScript, reader_name: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Record the reading"))
        self.listener = QComboBox(self)
        self.listener.setObjectName("listener")
        for person in document.listeners:
            self.listener.addItem(person.name, person.party_id)
        self.read_by = QLineEdit(reader_name, self)
        self.read_by.setObjectName("read_by")
        self.understood = QRadioButton(self.tr("The party said they &understood"), self)
        self.understood.setObjectName("understood")
        self.not_understood = QRadioButton(self.tr("The party did &not understand"), self)
        self.not_understood.setObjectName("not_understood")
        group = QButtonGroup(self)
        group.addButton(self.understood)
        group.addButton(self.not_understood)
        self.understood.setChecked(True)
        self.record_button = QPushButton(self.tr("&Confirm the reading"), self)
        self.record_button.setObjectName("record_reading")
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self._requested)
        self.error = error_label(self, "record_error")
        self.confirmation = QLabel(self)
        self.confirmation.setObjectName("record_confirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setStyleSheet("color: #2e7d32;")
        answers = QHBoxLayout()
        answers.addWidget(self.understood)
        answers.addWidget(self.not_understood)
        answers.addStretch(1)
        answers.addWidget(self.record_button)
        form = QFormLayout(self)
        listener_label = QLabel(self.tr("Read &to"), self)
        listener_label.setBuddy(self.listener)
        reader_label = QLabel(self.tr("Read &by"), self)
        reader_label.setBuddy(self.read_by)
        form.addRow(listener_label, self.listener)
        form.addRow(reader_label, self.read_by)
        form.addRow(answers)
        form.addRow(self.error)
        form.addRow(self.confirmation)
        if not document.listeners:
            self.setEnabled(False)
            self.setToolTip(self.tr("This document is not addressed to a party: a reading "
                                    "of it is not recorded."))

    def _requested(self) -> None:
        self.error.hide()
        self.confirmation.clear()
        self.record_requested.emit(self.listener.currentData(), self.read_by.text(),
                                   self.understood.isChecked())

    # what ui.operations.call needs of a form: every refusal is shown in the panel
    general = None

    def show_exception(self, error: UserError) -> list[str]:
        return self.show({"": error.message})

    def show(self, messages: dict[str, str]) -> list[str]:
        self.error.setText("\n".join(messages.values()))
        self.error.show()
        return []

    def show_recorded(self, text: str) -> None:
        self.confirmation.setText(text)

"""Recording a party's personal-information consent before an ID number is stored
(个人信息保护法 arts. 14, 17 and 29: informed, explicit and, for an ID number, separate
consent). Paper consent is the printed notice signed by the party; oral consent is
witnessed by the liaison, whose name is recorded. The dialog only produces a checked
ConsentRecord; the caller stores it with the party (register/update) or on its own
(set_consent)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import ConsentForm
from microcourt.errors import ValidationError
from microcourt.services.parties.dto import ConsentRecord
from microcourt.services.parties.rules import validate_consent
from microcourt.timeutil import today_local
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.inputs import coded_combo, coded_text, combo_value, keep_readable, set_combo_value
from ui.context import PageContext
from ui.parties.consent_print import print_consent_notice


class ConsentDialog(Dialog):
    def __init__(self, context: PageContext, party_name: str, party_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.party_name = party_name
        self.party_id = party_id
        self.record: ConsentRecord | None = None
        self.setWindowTitle(self.tr("Personal-information consent: {0}").format(party_name))
        keep_readable(self)
        explanation = QLabel(self.tr(
            "Before the ID number is saved, tell the party in plain words what is kept and "
            "why (the printed notice says it; read it aloud if need be), and ask whether "
            "they agree. They may withdraw at any time."), self)
        explanation.setWordWrap(True)
        self.date = QDateEdit(self)
        self.date.setObjectName("consent_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        today = today_local()
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.form = coded_combo(self, ConsentForm)
        self.form.setObjectName("consent_form")
        self.witness = QLineEdit(self)
        self.witness.setObjectName("consent_witness")
        self.witness.setPlaceholderText(self.tr("The liaison who heard the oral consent"))
        profile = context.services.settings.profile()
        self.witness.setText(profile.liaison_name if profile else "")
        self.print_button = QPushButton(self.tr("&Print consent notice…"), self)
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_notice)
        self.errors = FieldErrors(general=QLabel(self))
        self.errors.general.setObjectName("consent_error")
        self._layout(explanation)

    def _layout(self, explanation: QLabel) -> None:
        form = QFormLayout()
        for text, widget in ((self.tr("&Date of consent"), self.date),
                             (self.tr("&How it was given"), self.form),
                             (self.tr("&Witness"), self.witness)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(self)
        self.record_button = buttons.addButton(self.tr("&Record consent"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.record_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        print_row = QHBoxLayout()
        print_row.addWidget(self.print_button)
        print_row.addStretch(1)
        layout.addLayout(print_row)
        layout.addWidget(buttons)

    def set_record(self, record: ConsentRecord) -> None:
        self.date.setDate(QDate(record.on.year, record.on.month, record.on.day))
        set_combo_value(self.form, record.form)
        self.witness.setText(record.witness or "")

    def typed(self) -> ConsentRecord:
        return ConsentRecord(on=self.date.date().toPython(), form=combo_value(self.form),
                             witness=self.witness.text())

    def accept(self) -> None:
        try:
            self.record = validate_consent(self.typed())
        except ValidationError as exc:
            self.errors.show_exception(exc)
            return
        super().accept()

    def print_notice(self) -> None:
        print_consent_notice(self, self.context,
                             self.party_id if self.party_id is not None else self.party_name)


def consent_summary(on, form: str | None, witness: str | None) -> str:
    """"2024-03-01, signed on paper" in the UI language (empty without a date)."""
    if on is None:
        return ""
    text = QCoreApplication.translate("ConsentDialog", "{0}, {1}").format(
        on.isoformat(), coded_text(ConsentForm, form))
    if not witness:
        return text
    return QCoreApplication.translate("ConsentDialog", "{0}, witness: {1}").format(text, witness)

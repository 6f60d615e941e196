"""Record what happened to one or several filings of a case: submitted (on which date,
on which platform), accepted, returned for correction (with the court's deadline),
confirmed or refused (with the ruling date), withdrawn. Several filings at once for the
77 applications uploaded the same day; the service changes all or none, and a refusal
is shown beside its field with what was typed kept."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import FilingStatus, Platform
from microcourt.services.filings.dto import FilingInfo, FilingUpdate
from microcourt.services.filings.record import TRANSITIONS
from microcourt.timeutil import today_local
from ui.common.dates import today_qdate
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.form_rows import add_field_row
from ui.common.inputs import coded_combo, combo_value, keep_readable, set_combo_value
from ui.context import PageContext
from ui.i18n import domain_label
from ui.operations import call

# Statuses that need the submission's date and platform (filing_record._required).
SENT = {FilingStatus.SUBMITTED, FilingStatus.ACCEPTED, FilingStatus.RETURNED,
        FilingStatus.CONFIRMED, FilingStatus.REFUSED}


class OptionalDate(QWidget):
    """A date that may be left out: a tick box beside the date edit."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.check = QCheckBox(self)
        self.edit = QDateEdit(today_qdate(), self)
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.check.toggled.connect(self._toggled)
        self.edit.setEnabled(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.check)
        row.addWidget(self.edit)
        row.addStretch(1)
        self.setFocusProxy(self.check)

    def _toggled(self, on: bool) -> None:
        """Focus (e.g. to a date the service asks for) goes to what can take it."""
        self.edit.setEnabled(on)
        self.setFocusProxy(self.edit if on else self.check)
        if on:
            self.edit.setFocus()

    def value(self) -> date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None

    def set_value(self, day: date | None) -> None:
        self.check.setChecked(day is not None)
        if day is not None:
            self.edit.setDate(QDate(day.year, day.month, day.day))


def shared(filings: list[FilingInfo], name: str):
    """The value all the filings have for `name`, else None (then each keeps its own)."""
    values = {getattr(f, name) for f in filings}
    return values.pop() if len(values) == 1 else None


def next_statuses(filings: list[FilingInfo]) -> list[FilingStatus]:
    """The statuses every selected filing may move to, the shared current one first
    (to correct details without changing the status)."""
    currents = [FilingStatus(f.status) for f in filings]
    allowed = set(TRANSITIONS[currents[0]])
    for current in currents[1:]:
        allowed &= set(TRANSITIONS[current])
    options = [s for s in FilingStatus if s in allowed]
    if len(set(currents)) == 1 and currents[0] is not FilingStatus.GENERATED:
        options.insert(0, currents[0])
    return options


class FilingUpdateDialog(Dialog):
    def __init__(self, context: PageContext, filings: list[FilingInfo],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.filings = list(filings)
        self.saved: list[FilingInfo] | None = None
        keep_readable(self)
        first_time = all(f.status == FilingStatus.GENERATED for f in self.filings)
        self.setWindowTitle(self.tr("Record submission") if first_time
                            else self.tr("Update status"))
        self.errors = FieldErrors(general=QLabel(self))
        self.errors.general.setObjectName("form_error")
        self.form = QFormLayout()
        self.form.addRow(self._about())
        self._build_rows()
        self._fill()
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(self.form, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def _about(self) -> QLabel:
        if len(self.filings) == 1:
            text = self.tr("{0} · {1}").format(self.filings[0].case_number,
                                                self.filings[0].label)
        else:
            text = self.tr("{0} · {1} applications at once").format(
                self.filings[0].case_number, len(self.filings))
        label = QLabel(text, self)
        label.setObjectName("filing_about")
        return label

    def _build_rows(self) -> None:
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("status")
        for status in next_statuses(self.filings) or list(FilingStatus):
            self.status_combo.addItem(domain_label(status), status.value)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.submitted_on = OptionalDate("submitted_on", self)
        self.platform_combo = coded_combo(self, list(Platform), blank=self.tr("(choose)"))
        self.platform_combo.setObjectName("platform")
        self.court_edit = QLineEdit(self)
        self.court_edit.setObjectName("court")
        self.court_number_edit = QLineEdit(self)
        self.court_number_edit.setObjectName("court_case_number")
        self.court_number_edit.setPlaceholderText(self.tr("e.g. (2026)浙0185民特123号"))
        self.correction_deadline = OptionalDate("correction_deadline", self)
        self.ruling_on = OptionalDate("ruling_on", self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        rows = [("status", self.tr("S&tatus"), self.status_combo),
                ("submitted_on", self.tr("S&ubmitted on"), self.submitted_on),
                ("platform", self.tr("&Platform"), self.platform_combo),
                ("court", self.tr("C&ourt"), self.court_edit),
                ("court_case_number", self.tr("Court &case number"), self.court_number_edit),
                ("correction_deadline", self.tr("Correct &by"), self.correction_deadline),
                ("ruling_on", self.tr("&Ruling date"), self.ruling_on),
                ("notes", self.tr("&Notes"), self.notes_edit)]
        for name, caption, widget in rows:
            add_field_row(self.form, self.errors, name, caption, widget)

    def _fill(self) -> None:
        """Start from what the filings share; with several, a court case number is each
        filing's own, so it is entered one filing at a time."""
        self.submitted_on.set_value(shared(self.filings, "submitted_on"))
        set_combo_value(self.platform_combo, shared(self.filings, "platform"))
        self.court_edit.setText(shared(self.filings, "court") or "")
        self.correction_deadline.set_value(shared(self.filings, "correction_deadline"))
        self.ruling_on.set_value(shared(self.filings, "ruling_on"))
        if len(self.filings) == 1:
            self.court_number_edit.setText(self.filings[0].court_case_number or "")
            self.notes_edit.setPlainText(self.filings[0].notes)
        else:
            self.court_number_edit.setEnabled(False)
            self.court_number_edit.setToolTip(self.tr(
                "Each application gets its own court case number: select one to enter it."))
            self.notes_edit.setPlaceholderText(self.tr("Leave empty to keep each "
                                                       "application's own notes"))
        self._status_changed()

    def _status_changed(self) -> None:
        """Sending needs a date: today's is offered (the 77 were uploaded in one day)."""
        status = self.status()
        if status in SENT and self.submitted_on.value() is None:
            self.submitted_on.set_value(today_local())

    def status(self) -> FilingStatus:
        return FilingStatus(self.status_combo.currentData())

    def update_value(self) -> FilingUpdate:
        notes = self.notes_edit.toPlainText()
        several = len(self.filings) > 1
        return FilingUpdate(
            status=self.status().value, submitted_on=self.submitted_on.value(),
            platform=combo_value(self.platform_combo), court=self.court_edit.text(),
            court_case_number=None if several else self.court_number_edit.text(),
            correction_deadline=self.correction_deadline.value(),
            ruling_on=self.ruling_on.value(),
            notes=(notes or None) if several else notes)

    def save(self) -> None:
        self.errors.clear()
        filings, ids = self.context.services.filings, [f.id for f in self.filings]
        update = self.update_value()
        self.saved = call(self.context, self, lambda: filings.update(ids, update),
                          form=self.errors, inline=True)
        if self.saved is not None:
            self.accept()

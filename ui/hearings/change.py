"""Changes to a booked hearing, each kept in its history and the case's timeline:
reschedule (new times and the reason, e.g. 疫情防控, required), cancel (reason
required), and mark as held with the outcome (agreement reached / not reached /
adjourned) and notes. The service checks; a refusal is shown beside its field and the
dialog stays open with what was typed."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import HearingOutcome
from microcourt.services.hearings.dto import HearingDetail
from microcourt.services.hearings.rules import time_warnings
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.form_rows import add_field_row
from ui.common.inputs import coded_combo, combo_value, keep_readable
from ui.context import PageContext
from ui.hearings.common import kind_text, span_text
from ui.hearings.form import WARNING_STYLE, date_time_edit, from_qdatetime, to_qdatetime
from ui.operations import call


class HearingChangeDialog(Dialog):
    """A small form about one hearing; subclasses add rows and say what saving does."""

    def __init__(self, context: PageContext, hearing: HearingDetail,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.hearing = hearing
        self.saved: HearingDetail | None = None
        keep_readable(self)
        self.errors = FieldErrors(general=QLabel(self))
        self.errors.general.setObjectName("form_error")
        self.form = QFormLayout()
        about = QLabel(f"{kind_text(hearing)} · {hearing.case_number}\n{span_text(hearing)}",
                       self)
        about.setObjectName("hearing_about")
        self.form.addRow(about)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(self.save_text(),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.build_rows()
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(self.form, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 360)

    @property
    def hearings(self):
        return self.context.services.hearings

    def _text_row(self, name: str, caption: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        add_field_row(self.form, self.errors, name, caption, edit)
        return edit

    def save_text(self) -> str:
        raise NotImplementedError

    def build_rows(self) -> None:
        raise NotImplementedError

    def apply(self) -> HearingDetail:
        raise NotImplementedError

    def save(self) -> None:
        self.errors.clear()
        # Refused e.g. when the hearing was held meanwhile on another PC.
        self.saved = call(self.context, self, self.apply, form=self.errors)
        if self.saved is not None:
            self.accept()

    def error_text(self, field: str) -> str:
        return self.errors.text(field)


class RescheduleDialog(HearingChangeDialog):
    def save_text(self) -> str:
        self.setWindowTitle(self.tr("Reschedule"))
        return self.tr("&Reschedule")

    def build_rows(self) -> None:
        self.start_edit = date_time_edit(self, "start")
        self.end_edit = date_time_edit(self, "end")
        self.start_edit.setDateTime(to_qdatetime(self.hearing.start))
        self.end_edit.setDateTime(to_qdatetime(self.hearing.end))
        self.warning_label = QLabel(self)
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        self._length = self.hearing.end - self.hearing.start
        self.start_edit.dateTimeChanged.connect(self._start_moved)
        self.end_edit.dateTimeChanged.connect(self._show_warnings)
        add_field_row(self.form, self.errors, "start", self.tr("New &start"), self.start_edit)
        add_field_row(self.form, self.errors, "end", self.tr("New &end"), self.end_edit,
                      self.warning_label)
        self.reason_edit = self._text_row("reason", self.tr("Rea&son"), self.tr(
            "Why it moves, e.g. epidemic control, the judge is ill"))

    def _start_moved(self, *_args) -> None:
        self.end_edit.setDateTime(to_qdatetime(from_qdatetime(self.start_edit) + self._length))

    def _show_warnings(self, *_args) -> None:
        start, end = from_qdatetime(self.start_edit), from_qdatetime(self.end_edit)
        if end > start:
            self._length = end - start
        warnings = time_warnings(start, end) if end > start else ()
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))

    def move_by(self, delta: timedelta) -> None:
        """Shift the new start (the end follows): for tests and keyboard users."""
        self.start_edit.setDateTime(to_qdatetime(from_qdatetime(self.start_edit) + delta))

    def apply(self) -> HearingDetail:
        return self.hearings.reschedule(self.hearing.id, from_qdatetime(self.start_edit),
                                        from_qdatetime(self.end_edit),
                                        self.reason_edit.toPlainText())


class CancelDialog(HearingChangeDialog):
    def save_text(self) -> str:
        self.setWindowTitle(self.tr("Cancel the hearing"))
        return self.tr("Cancel &hearing")

    def build_rows(self) -> None:
        self.reason_edit = self._text_row("reason", self.tr("Rea&son"), self.tr(
            "Why it is cancelled, e.g. the parties settled"))

    def apply(self) -> HearingDetail:
        return self.hearings.cancel(self.hearing.id, self.reason_edit.toPlainText())


class HeldDialog(HearingChangeDialog):
    def save_text(self) -> str:
        self.setWindowTitle(self.tr("Mark as held"))
        return self.tr("&Record")

    def build_rows(self) -> None:
        self.outcome_combo = coded_combo(self, HearingOutcome)
        self.outcome_combo.setObjectName("outcome")
        add_field_row(self.form, self.errors, "outcome", self.tr("&Outcome"),
                      self.outcome_combo)
        self.notes_edit = self._text_row("notes", self.tr("&Notes"), self.tr(
            "What was agreed or why not; what happens next"))

    def apply(self) -> HearingDetail:
        return self.hearings.mark_held(self.hearing.id, combo_value(self.outcome_combo),
                                       self.notes_edit.toPlainText())

"""Moving a case along its lifecycle: the menu offers only the statuses the service
allows next (CaseDetail.allowed_next); choosing one asks for the reason, required where
the lifecycle rule wants one (leaving the normal path, closing early). A refusal (e.g.
the case is not ready for mediation) is shown with the service's message, keeping the
reason as typed; on success the timeline shows who did it, when and why."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import CaseStatus
from microcourt.errors import UserError
from microcourt.services.cases.dto import CaseDetail
from microcourt.services.cases.lifecycle import check_transition
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.inputs import keep_readable
from ui.context import PageContext
from ui.i18n import domain_label
from ui.operations import call


def reason_required(current: str, target: str) -> bool:
    """Whether the lifecycle rule refuses this step without a reason (asked of the rule
    itself, so the dialog never disagrees with the service)."""
    try:
        check_transition(current, target, "")
    except UserError:
        return True
    return False


class StatusDialog(Dialog):
    def __init__(self, context: PageContext, case: CaseDetail, target: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.case = case
        self.target = CaseStatus(target)
        self.saved: CaseDetail | None = None
        self.required = reason_required(case.status, target)
        keep_readable(self)
        source = domain_label(CaseStatus(case.status))
        self.setWindowTitle(self.tr("Change the status of {0}").format(case.number))
        question = QLabel(self.tr("Change {0} from “{1}” to “{2}”?").format(
            case.number, source, domain_label(self.target)), self)
        question.setTextFormat(Qt.TextFormat.PlainText)
        question.setWordWrap(True)
        label = QLabel(self.tr("&Reason (required):") if self.required
                       else self.tr("&Reason or remark (optional):"), self)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("status_reason")
        self.reason_edit.setMaximumHeight(110)
        label.setBuddy(self.reason_edit)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("status_error")
        self.errors = FieldErrors(general=self.error_label)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("&Change status"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (question, label, self.reason_edit, self.error_label, buttons):
            layout.addWidget(widget)
        self.resize(560, 0)
        self.reason_edit.setFocus()

    def save(self) -> None:
        self.errors.clear()
        cases, case_id, target = self.context.services.cases, self.case.id, self.target.value
        reason = self.reason_edit.toPlainText()
        self.saved = call(self.context, self, lambda: cases.change_status(
            case_id, target, reason), form=self.errors, inline=True)
        if self.saved is None:  # refused: the reason stays as typed, beside the message
            self.reason_edit.setFocus()
            return
        self.accept()


class StatusButton(QToolButton):
    """"Change status ▾": a menu with one entry per status allowed next."""

    changed = Signal(object)  # CaseDetail

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.case: CaseDetail | None = None
        self.setObjectName("status_button")
        self.setText(self.tr("Change &status"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))

    def show_case(self, detail: CaseDetail | None) -> None:
        self.case = detail
        menu = self.menu()
        menu.clear()
        for value in detail.allowed_next if detail else ():
            status = CaseStatus(value)
            action = menu.addAction(domain_label(status))
            action.setData(value)
            action.triggered.connect(lambda _checked=False, v=value: self.ask(v))
        self.setEnabled(bool(menu.actions()))
        if detail is not None and not detail.allowed_next:
            self.setToolTip(self.tr("The case is closed: its record is final."))
        else:
            self.setToolTip("")

    def targets(self) -> list[str]:
        return [action.data() for action in self.menu().actions()]

    def ask(self, target: str) -> StatusDialog | None:
        """Open the dialog for `target`; returns it after it closed (tests drive it)."""
        if self.case is None:
            return None
        dialog = StatusDialog(self.context, self.case, target, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.changed.emit(dialog.saved)
            self.context.events.status_message.emit(self.tr("{0} is now “{1}”.").format(
                dialog.saved.number, domain_label(CaseStatus(dialog.saved.status))))
        return dialog

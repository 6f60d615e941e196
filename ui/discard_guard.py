"""Esc or the close button on a form that has been typed into asks before throwing the
typing away (issue 13, item 3). One application-wide filter instead of code in every
form: what each form dialog holds is noted when it is shown and compared when Esc or
the window's close button would end it. Cancel, pressed on purpose, still just cancels.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# The dialogs where a person types a record (by class name: no import of every form).
FORM_DIALOGS = frozenset({
    "CaseFormDialog", "PartyFormDialog", "HearingFormDialog", "AgentFormDialog",
    "MediatorFormDialog", "PaymentDialog", "OperatorDialog", "ChangePasswordDialog",
    "ClaimAmountDialog", "StatusDialog", "FilingUpdateDialog",
})


def _value(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def snapshot(dialog: QDialog) -> list:
    return [_value(w) for w in dialog.findChildren(QWidget) if _value(w) is not None]


class DiscardGuard(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        self.shown: dict[int, list] = {}
        app.installEventFilter(self)

    def _form(self, watched: QObject) -> QDialog | None:
        if not isinstance(watched, QWidget):
            return None
        window = watched.window()
        return window if type(window).__name__ in FORM_DIALOGS else None

    def is_dirty(self, dialog: QDialog) -> bool:
        before = self.shown.get(id(dialog))
        return before is not None and snapshot(dialog) != before

    def _keep_typing(self, dialog: QDialog) -> bool:
        """Ask; True when the person wants to go on with the form."""
        answer = QMessageBox.question(
            dialog, QCoreApplication.translate("DiscardGuard", "Discard what you typed?"),
            QCoreApplication.translate(
                "DiscardGuard", "This form has not been saved. Close it and discard what "
                "you typed?"))
        return answer != QMessageBox.StandardButton.Yes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.KeyPress, QEvent.Type.Close):
            return False
        dialog = self._form(watched)
        if dialog is None:
            return False
        if kind == QEvent.Type.Show and watched is dialog:
            self.shown[id(dialog)] = snapshot(dialog)
            dialog.destroyed.connect(lambda *_, key=id(dialog): self.shown.pop(key, None))
        elif (kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape
              and event.modifiers() == Qt.KeyboardModifier.NoModifier
              and watched is (QApplication.focusWidget() or dialog)
              and QApplication.activePopupWidget() is None and self.is_dirty(dialog)):
            if not self._keep_typing(dialog):
                dialog.reject()
            return True
        elif (kind == QEvent.Type.Close and watched is dialog and dialog.isVisible()
              and QDialog.result(dialog) == 0 and self.is_dirty(dialog) and self._keep_typing(dialog)):
            event.ignore()
            return True
        return False


def install(app: QApplication | None = None) -> DiscardGuard:
    """Once per application (the window calls it; a second call returns the first)."""
    app = app or QApplication.instance()
    guard = app.findChild(DiscardGuard)
    return guard if guard is not None else DiscardGuard(app)

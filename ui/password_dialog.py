"""File > Change my password: the operator's own password, the old one first. Errors
appear beside their field and what was typed stays (ui.common.field_errors)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ui.admin.common import password_edit
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.form_rows import add_field_row
from ui.operations import call


class ChangePasswordDialog(Dialog):
    saved = Signal()

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName("change_password_dialog")
        self.setWindowTitle(self.tr("Change my password"))
        self.general = QLabel(self)
        self.general.setWordWrap(True)
        self.errors = FieldErrors(general=self.general)
        self.old = password_edit(self, "old_password")
        self.new = password_edit(self, "password")
        self.again = password_edit(self, "password_again")
        form = QFormLayout()
        for text, name, edit in ((self.tr("&Current password:"), "old_password", self.old),
                                 (self.tr("&New password:"), "password", self.new),
                                 (self.tr("New password &again:"), "password_again",
                                  self.again)):
            add_field_row(form, self.errors, name, text, edit)
        buttons = QDialogButtonBox(self)
        self.ok_button = buttons.addButton(self.tr("C&hange"),
                                           QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("change_password_button")
        self.ok_button.setDefault(True)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("At least 8 characters."), self))
        layout.addLayout(form)
        layout.addWidget(self.general)
        layout.addWidget(buttons)
        self.old.setFocus()

    def submit(self) -> None:
        self.errors.clear()
        accounts = self.context.services.accounts
        done = call(self.context, self, lambda: accounts.change_password(
            self.old.text(), self.new.text(), self.again.text()) or True, form=self.errors)
        if done:
            self.context.events.status_message.emit(self.tr("Your password is changed."))
            self.saved.emit()
            self.accept()

"""Who is at the PC (issue 7, item 1). On the very first start: create the liaison's
administrator account (user name, name, password twice, at least 8 characters);
afterwards: log in. Errors appear beside their field and what was typed stays; a
locked account says how long to wait. On success `actor` holds the operator and the
services act as them (Services.act_as)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.admin.common import password_edit
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.form_rows import add_field_row
from ui.common.wrapped_label import WrappedLabel
from ui.operations import call


def text_edit(parent: QWidget, name: str, max_length: int) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    return edit


class LoginDialog(Dialog):
    """`first_start` is decided from the database: no account yet."""

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.actor = None
        self.first_start = not services.accounts.has_operators()
        self.setObjectName("login_dialog")
        self.general = QLabel(self)
        self.general.setObjectName("login_error")
        self.errors = FieldErrors(general=self.general)
        self.username = text_edit(self, "username", 64)
        self.display_name = text_edit(self, "display_name", 100)
        self.password = password_edit(self, "password")
        self.password_again = password_edit(self, "password_again")
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self._intro())
        layout.addLayout(self._form())
        layout.addWidget(self.general)
        layout.addWidget(self._buttons())
        self.username.setFocus()

    def _intro(self) -> QLabel:
        if self.first_start:
            self.setWindowTitle(self.tr("Create the administrator account"))
            text = self.tr("<h3>Welcome!</h3><p>First create your own account: you are the "
                           "liaison and the administrator of this program. Later you can add "
                           "accounts for mediators and for reading only.</p>"
                           "<p>The password needs at least 8 characters. Keep it safe: "
                           "the data holds people's personal information.</p>")
        else:
            self.setWindowTitle(self.tr("Log in"))
            text = self.tr("<h3>MicroCourt Assistant</h3><p>Please log in.</p>")
        intro = WrappedLabel(text, self)
        intro.setMinimumWidth(420)
        return intro

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        add_field_row(form, self.errors, "username", self.tr("&User name:"), self.username)
        if self.first_start:
            add_field_row(form, self.errors, "display_name", self.tr("Your &name:"),
                          self.display_name)
        else:
            self.display_name.hide()
        add_field_row(form, self.errors, "password", self.tr("&Password:"), self.password)
        if self.first_start:
            add_field_row(form, self.errors, "password_again", self.tr("Password &again:"),
                          self.password_again)
        else:
            self.password_again.hide()
        return form

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(self)
        text = self.tr("&Create and start") if self.first_start else self.tr("&Log in")
        self.ok_button = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("login_button")
        self.ok_button.setDefault(True)
        quit_button = buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.clicked.connect(self.submit)
        quit_button.clicked.connect(self.reject)
        return buttons

    def submit(self) -> None:
        self.errors.clear()
        # No page exists yet: nothing to announce (context None). A refusal (wrong
        # password, deactivated, waiting) is said under the fields, not in a box.
        actor = call(None, self, self._log_in, form=self.errors, inline=True)
        if actor is None:
            if not any(self.errors.is_showing(name) for name in ("username", "display_name",
                                                               "password_again")):
                self.password.selectAll()
                self.password.setFocus()
            return
        self.actor = actor
        self.services.act_as(self.actor)
        self.accept()

    def _log_in(self):
        accounts = self.services.accounts
        if self.first_start:
            accounts.create_admin(self.username.text(), self.display_name.text(),
                                  self.password.text(), self.password_again.text())
        return accounts.login(self.username.text(), self.password.text())


def ask_login(services, parent: QWidget | None = None) -> bool:
    """Show the dialog until someone logs in (True) or the liaison quits (False)."""
    dialog = LoginDialog(services, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted

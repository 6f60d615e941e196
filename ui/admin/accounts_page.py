"""The Accounts page (administrator only, issue 7 item 1): operators with their role,
add / edit / deactivate, reset a forgotten password (which also lifts a lockout), and
the idle-lock minutes. The services refuse all of it to other roles anyway."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import OperatorRole
from microcourt.services.accounts.service import OperatorDraft, OperatorInfo
from microcourt.timeutil import format_local
from ui.admin.common import current_key, fill_table, password_edit, read_only_table
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.refresh import Follower
from ui.context import PageContext
from ui.idle_lock import MAX_MINUTES, SETTING_KEY, idle_minutes
from ui.operations import call, initiated_by


class OperatorDialog(Dialog):
    """Add an account (with its password twice) or edit one (`existing`)."""

    def __init__(self, context: PageContext, existing: OperatorInfo | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.existing, self.saved = context, existing, None
        self.setWindowTitle(self.tr("Edit account") if existing else self.tr("New account"))
        self.errors = FieldErrors(general=QLabel(self))
        self.username, self.display_name = QLineEdit(self), QLineEdit(self)
        self.role, self.mediator = QComboBox(self), QComboBox(self)
        self.role.setObjectName("role")
        for role in OperatorRole:
            self.role.addItem(QCoreApplication.translate("Domain", role.label), role.value)
        self.mediator.addItem(self.tr("(none)"), None)
        for mediator in context.services.mediators.list():
            self.mediator.addItem(mediator.name, mediator.id)
        self.password = password_edit(self, "password")
        self.password_again = password_edit(self, "password_again")
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.errors.cell("username", self.username))
        form.addRow(self.tr("&Name:"), self.errors.cell("display_name", self.display_name))
        form.addRow(self.tr("&Role:"), self.errors.cell("role", self.role))
        form.addRow(self.tr("&Mediator:"), self.errors.cell("mediator_id", self.mediator))
        if existing is None:
            form.addRow(self.tr("&Password:"), self.errors.cell("password", self.password))
            form.addRow(self.tr("Password &again:"),
                        self.errors.cell("password_again", self.password_again))
        else:
            self._fill(existing)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

    def _fill(self, info: OperatorInfo) -> None:
        self.username.setText(info.username)
        self.display_name.setText(info.display_name)
        self.role.setCurrentIndex(self.role.findData(info.role))
        self.mediator.setCurrentIndex(max(self.mediator.findData(info.mediator_id), 0))

    def _role_changed(self) -> None:
        self.mediator.setEnabled(self.role.currentData() == OperatorRole.MEDIATOR.value)

    def draft(self) -> OperatorDraft:
        return OperatorDraft(self.username.text(), self.display_name.text(),
                             self.role.currentData(), self.mediator.currentData(),
                             self.password.text(), self.password_again.text())

    def save(self) -> None:
        accounts, draft, existing = self.context.services.accounts, self.draft(), self.existing
        self.saved = call(self.context, self, lambda: accounts.update(existing.id, draft)
                          if existing else accounts.create(draft), form=self.errors,
                          inline=True)
        if self.saved is not None:
            self.accept()


class ResetPasswordDialog(Dialog):
    def __init__(self, context: PageContext, info: OperatorInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.info = context, info
        self.setWindowTitle(self.tr("Reset the password of {0}").format(info.display_name))
        self.errors = FieldErrors(general=QLabel(self))
        self.password = password_edit(self, "password")
        self.password_again = password_edit(self, "password_again")
        form = QFormLayout()
        form.addRow(self.tr("New &password:"), self.errors.cell("password", self.password))
        form.addRow(self.tr("Password &again:"),
                    self.errors.cell("password_again", self.password_again))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

    def save(self) -> None:
        accounts, operator_id = self.context.services.accounts, self.info.id
        password, again = self.password.text(), self.password_again.text()
        if call(self.context, self, lambda: accounts.reset_password(operator_id, password, again),
                form=self.errors, inline=True) is not None:
            self.accept()


class AccountsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.dialog: QDialog | None = None
        self.accounts: dict[int, OperatorInfo] = {}
        self.table = read_only_table(self, "accounts_table", [
            self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("Mediator"),
            self.tr("Status"), self.tr("Last login")])
        self.table.doubleClicked.connect(lambda _index: self.edit_current())
        bar = QHBoxLayout()
        for text, slot in ((self.tr("&Add account…"), self.add),
                           (self.tr("&Edit…"), self.edit_current),
                           (self.tr("&Deactivate"), self.deactivate_current),
                           (self.tr("&Reset password…"), self.reset_current)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._idle_row())
        self.reload()
        self.follow = Follower(self, self.reload)
        context.events.changed.connect(self._changed)

    def _changed(self, changes, initiator) -> None:
        # A login, a wrong password at the lock screen: the list's last login follows.
        if changes.touches("accounts") and not initiated_by(initiator, self):
            self.follow.request()

    def _idle_row(self) -> QHBoxLayout:
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setObjectName("idle_minutes")
        self.idle_minutes.setRange(1, MAX_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(idle_minutes(self.context.services))
        save = QPushButton(self.tr("&Save"), self)
        save.setObjectName("save_idle_minutes")
        save.clicked.connect(self.save_idle_minutes)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Lock the window after this long without use:"), self))
        row.addWidget(self.idle_minutes)
        row.addWidget(save)
        row.addStretch(1)
        return row

    def reload(self) -> None:
        listed = self.context.services.accounts.list()
        self.accounts = {info.id: info for info in listed}
        fill_table(self.table, [(info.id, [
            info.username, info.display_name,
            QCoreApplication.translate("Domain", OperatorRole(info.role).label),
            info.mediator_name or "",
            self.tr("Active") if info.active else self.tr("Deactivated"),
            format_local(info.last_login_at)]) for info in listed])

    def current(self) -> OperatorInfo | None:
        return self.accounts.get(current_key(self.table))

    def _open(self, dialog: QDialog, done_message: str) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self.reload)
        dialog.accepted.connect(lambda: self.context.events.status_message.emit(done_message))
        dialog.open()

    def add(self) -> None:
        self._open(OperatorDialog(self.context, None, self), self.tr("Account added."))

    def edit_current(self) -> None:
        if (chosen := self.current()) is not None:
            self._open(OperatorDialog(self.context, chosen, self), self.tr("Account saved."))

    def reset_current(self) -> None:
        if (chosen := self.current()) is not None:
            self._open(ResetPasswordDialog(self.context, chosen, self),
                       self.tr("Password reset; the account is unlocked."))

    def deactivate_current(self) -> None:
        if (chosen := self.current()) is None:
            return
        accounts = self.context.services.accounts
        if call(self.context, self, lambda: accounts.deactivate(chosen.id)) is not None:
            self.reload()

    def save_idle_minutes(self) -> None:
        settings, minutes = self.context.services.settings, self.idle_minutes.value()
        call(self.context, self, lambda: settings.set(SETTING_KEY, str(minutes)),
             on_done=lambda _none: self.context.events.status_message.emit(self.tr(
                 "The window locks after {0} minutes without use (from the next "
                 "login).").format(minutes)))

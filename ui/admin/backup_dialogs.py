"""Dialogs of the Backups page: "Back up to a folder…" (a USB stick: the folder and a
password twice, since the stick may be lost) and the password of an encrypted backup."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.errors import ValidationError
from microcourt.services.backups.crypto import check_password
from ui.admin.common import password_edit
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors


class ExportDialog(Dialog):
    """Accepted with `folder` and `password` checked (the password rule is the core's)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up to a folder"))
        self.errors = FieldErrors(general=QLabel(self))
        self.folder = QLineEdit(self)
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self.browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.password = password_edit(self, "password")
        self.password_again = password_edit(self, "password_again")
        note = QLabel(self.tr("The backup is encrypted with this password. Without it the "
                              "backup cannot be restored: write it down and keep it apart "
                              "from the USB stick."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Folder:"), self.errors.cell("folder", self.folder))
        form.addRow("", folder_row)
        form.addRow(self.tr("&Password:"), self.errors.cell("password", self.password))
        form.addRow(self.tr("Password &again:"),
                    self.errors.cell("password_again", self.password_again))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder (USB stick)"))
        if folder:
            self.folder.setText(folder)

    def check(self) -> None:
        try:
            if not self.folder.text().strip():
                raise ValidationError("folder", self.tr("Please choose a folder."))
            check_password(self.password.text())
            if self.password.text() != self.password_again.text():
                raise ValidationError("password_again",
                                      self.tr("The two passwords are not the same."))
        except ValidationError as exc:
            self.errors.show_exception(exc)
            return
        self.accept()


class PasswordDialog(Dialog):
    """The password of one encrypted backup."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backup password"))
        self.password = password_edit(self, "password")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Password of the encrypted backup {0}:").format(name), self))
        layout.addWidget(self.password)
        layout.addWidget(buttons)

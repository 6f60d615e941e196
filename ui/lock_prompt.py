"""The idle lock's prompt (ui.idle_lock): its own application-modal window, so it takes
the keyboard and the mouse even over a modal dialog that was open when the lock came,
and a blank cover for every window of the operator's, so nothing personal shows."""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.dialog import Dialog


class LockCover(QFrame):
    """A plain sheet over one window while it is locked."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        label = QLabel(self.tr("<h2>Locked</h2>"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self).addWidget(label)
        self.follow()

    def follow(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()


class LockPrompt(Dialog):
    """Asks for the password of whoever is logged in. Esc and the close button keep it:
    the only ways on are the password, another operator (Switch user) or Log out."""

    unlock_requested = Signal(str)
    switch_user_requested = Signal()
    log_out_requested = Signal()

    def __init__(self, window: QWidget, operator_name: str, can_switch: bool = True):
        super().__init__(window)
        self.setObjectName("lock_prompt")
        self.setWindowTitle(self.tr("MicroCourt Assistant is locked"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        title = QLabel(self.tr("<h2>Locked</h2><p>{0}, please enter your password to "
                               "continue. Your unsaved work is kept.</p>").format(
                                   escape(operator_name, quote=False)), self)
        title.setWordWrap(True)
        password_label = QLabel(self.tr("&Password:"), self)
        self.password = QLineEdit(self)
        self.password.setObjectName("unlock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        password_label.setBuddy(self.password)
        self.error = QLabel(self)
        self.error.setObjectName("unlock_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.unlock_button = self._button(self.tr("&Unlock"), "unlock_button")
        self.unlock_button.setDefault(True)
        self.switch_button = self._button(self.tr("&Switch user..."), "switch_user_button")
        self.switch_button.setToolTip(self.tr(
            "Another operator logs in; your window waits locked, as it is, until they "
            "log out."))
        self.switch_button.setVisible(can_switch)
        self.log_out_button = self._button(self.tr("Log &out"), "lock_log_out_button")
        self.log_out_button.setToolTip(self.tr("Ends your session: forms not saved are "
                                               "closed without saving."))
        self.unlock_button.clicked.connect(self._unlock)
        self.password.returnPressed.connect(self._unlock)
        self.switch_button.clicked.connect(self.switch_user_requested)
        self.log_out_button.clicked.connect(self.log_out_requested)
        self._lay_out(title, password_label)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _lay_out(self, title: QLabel, password_label: QLabel) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        row = QHBoxLayout()
        row.addWidget(password_label)
        row.addWidget(self.password, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.log_out_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)

    def _unlock(self) -> None:
        self.unlock_requested.emit(self.password.text())

    def say_kept(self) -> None:
        """Someone tried to close a locked window: it stays, and says why."""
        self.error.setText(self.tr("The program stays open while it is locked, so nothing "
                                   "is lost. Enter your password first, then close it."))
        self.password.setFocus()

    def reject(self) -> None:  # Esc: stays locked
        self.say_kept()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        event.ignore()
        self.say_kept()

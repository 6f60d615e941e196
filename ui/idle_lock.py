"""The idle lock (issue 7, item 1): after some minutes without a key press or a click
(setting `idle_lock_minutes`, default 10) a cover hides the window and asks for the
logged-in operator's password. Nothing under the cover is closed or rebuilt, so a
half-filled form is exactly as it was after unlocking. While locked, input meant for
anything but the cover is swallowed, in every window of the program.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.field_errors import FieldErrors
from ui.operations import call

SETTING_KEY = "idle_lock_minutes"
DEFAULT_MINUTES = 10
MAX_MINUTES = 24 * 60

# What counts as the liaison being at the PC.
_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                       QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel,
                       QEvent.Type.MouseMove, QEvent.Type.TouchBegin})
_INPUT = _ACTIVITY | {QEvent.Type.KeyRelease, QEvent.Type.MouseButtonRelease,
                      QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride,
                      QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd}


def idle_minutes(services) -> int:
    """The stored setting, or the default when unset or unreadable."""
    try:
        minutes = int(services.settings.get(SETTING_KEY) or DEFAULT_MINUTES)
    except ValueError:
        return DEFAULT_MINUTES
    return min(max(minutes, 1), MAX_MINUTES)


class LockCover(QFrame):
    """Covers the whole window; asks for the password of whoever is logged in."""

    def __init__(self, window: QWidget, operator_name: str):
        super().__init__(window)
        self.setObjectName("lock_cover")
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        title = QLabel(self.tr("<h2>Locked</h2><p>{0}, please enter your password to "
                               "continue. Your unsaved work is kept.</p>").format(
                                   operator_name.replace("&", "&amp;").replace("<", "&lt;")),
                       self)
        title.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("unlock_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(self)
        self.error.setObjectName("unlock_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setObjectName("unlock_button")
        box = QFrame(self)
        box.setMaximumWidth(460)
        inner = QVBoxLayout(box)
        for widget in (title, self.password, self.error, self.unlock_button):
            inner.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.hide()


class IdleLock(QObject):
    """Installed on the application; `lock()` / `unlock(password)` may also be called."""

    def __init__(self, window: QWidget, services, minutes: int | None = None):
        super().__init__(window)
        self.window = window
        self.services = services
        self.locked = False
        self.cover = LockCover(window, services.ctx.actor.name)
        self.errors = FieldErrors(general=self.cover.error)  # a refusal, under the password
        self.cover.unlock_button.clicked.connect(self._try_unlock)
        self.cover.password.returnPressed.connect(self._try_unlock)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(idle_minutes(services) if minutes is None else minutes)
        QApplication.instance().installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.timer.setInterval(int(minutes * 60_000))
        if not self.locked:
            self.timer.start()

    def uninstall(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.timer.stop()
        self._previous_focus = QApplication.focusWidget()
        self.cover.setGeometry(self.window.rect())
        self.cover.error.clear()
        self.cover.password.clear()
        self.cover.show()
        self.cover.raise_()
        self.cover.password.setFocus()

    def unlock(self, password: str) -> bool:
        """Check the password (counted like a login, with the same wait after five
        mistakes); on success uncover the window as it was."""
        self.errors.clear()
        context = getattr(self.window, "context", None)  # the main window's pages
        accounts = self.services.accounts
        if call(context, self.cover, lambda: accounts.check_password(password) or True,
                form=self.errors, inline=True) is None:
            self.cover.password.selectAll()
            return False
        self.locked = False
        # Focus back first: hiding the focused cover would tab into the form and select
        # its text, so the next key press would replace what was typed.
        previous = getattr(self, "_previous_focus", None)
        if previous is not None:
            previous.setFocus()
        self.cover.hide()
        self.timer.start()
        return True

    def _try_unlock(self) -> None:
        self.unlock(self.cover.password.text())

    def _on_cover(self, watched: QObject) -> bool:
        return isinstance(watched, QWidget) and (
            watched is self.cover or self.cover.isAncestorOf(watched))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if self.locked:
            if kind == QEvent.Type.Resize and watched is self.window:
                self.cover.setGeometry(self.window.rect())
            return kind in _INPUT and not self._on_cover(watched)
        if kind in _ACTIVITY:
            self.timer.start()  # restarts the countdown
        return False

"""The idle lock (issue 7, item 1; issue 13, item 1): after some minutes without a key
press or a click (setting `idle_lock_minutes`, default 10), or at once by File > Lock
now, every window of the operator's is covered and a prompt asks for their password.
Nothing under the covers is closed or rebuilt, so a half-filled form, or a dialog that
was open, is exactly as it was after unlocking.

While locked, input for the covered windows is swallowed. Input the platform delivers
to a QWindow passes the filter: Qt hands it on to a widget, where it is filtered (the
first version swallowed it at the QWindow, so real key presses never reached the
password box). The prompt is application-modal, so it takes the input even over a
modal dialog, and closing a locked window keeps it open.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

from ui.common.field_errors import FieldErrors
from ui.lock_prompt import LockCover, LockPrompt
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
                      QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
                      QEvent.Type.ContextMenu, QEvent.Type.InputMethod}


def idle_minutes(services) -> int:
    """The stored setting, or the default when unset or unreadable."""
    try:
        minutes = int(services.settings.get(SETTING_KEY) or DEFAULT_MINUTES)
    except ValueError:
        return DEFAULT_MINUTES
    return min(max(minutes, 1), MAX_MINUTES)


class IdleLock(QObject):
    """Installed on the application; `lock()` / `unlock(password)` may also be called.
    `window` is the operator's main window: it and every window opened from it are
    covered. `can_switch`: the prompt offers Switch user (not to a guest operator)."""

    switch_user_requested = Signal()
    log_out_requested = Signal()

    def __init__(self, window: QWidget, services, minutes: int | None = None,
                 can_switch: bool = True):
        super().__init__(window)
        self.window = window
        self.services = services
        self.locked = False
        self.covers: dict[QWidget, LockCover] = {}
        self.prompt = LockPrompt(window, services.ctx.actor.name, can_switch)
        self.errors = FieldErrors(general=self.prompt.error)  # a refusal, under the password
        self.prompt.unlock_requested.connect(self.unlock)
        self.prompt.switch_user_requested.connect(self.switch_user_requested)
        self.prompt.log_out_requested.connect(self.log_out_requested)
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
        self._uncover()
        self.prompt.hide()
        self.locked = False

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.timer.stop()
        self._previous_focus = QApplication.focusWidget()
        self._previous_window = QApplication.activeWindow()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and self.owns(window):
                self._cover(window)
        self.errors.clear()
        self.prompt.password.clear()
        self.show_prompt()

    def show_prompt(self) -> None:
        self.prompt.show()
        self.prompt.raise_()
        self.prompt.activateWindow()
        self.prompt.password.setFocus()

    def unlock(self, password: str) -> bool:
        """Check the password (counted like a login, with the same wait after five
        mistakes); on success uncover the windows as they were."""
        self.errors.clear()
        context = getattr(self.window, "context", None)  # the main window's pages
        accounts = self.services.accounts
        if call(context, self.prompt, lambda: accounts.check_password(password) or True,
                form=self.errors, inline=True) is None:
            self.prompt.password.setFocus()  # a click on Unlock took it: type again at once
            self.prompt.password.selectAll()
            return False
        self.locked = False
        self.prompt.hide()
        self._uncover()
        self._restore_focus()
        self.timer.start()
        return True

    def _restore_focus(self) -> None:
        window = getattr(self, "_previous_window", None)
        if window is not None and window.isVisible():
            window.activateWindow()
        previous = getattr(self, "_previous_focus", None)
        if previous is not None and previous.isVisible():
            previous.setFocus()

    def _cover(self, window: QWidget) -> None:
        if window not in self.covers:
            self.covers[window] = LockCover(window)
            window.destroyed.connect(lambda *_: self.covers.pop(window, None))

    def _uncover(self) -> None:
        for cover in self.covers.values():
            cover.hide()
            cover.deleteLater()
        self.covers.clear()

    def owns(self, widget: QWidget) -> bool:
        """Whether `widget` is in the operator's window or one opened from it (a guest
        operator's window after Switch user is not, nor is the prompt)."""
        top = widget.window()
        while top is not None:
            if top is self.prompt:
                return False
            if top is self.window:
                return True
            parent = top.parentWidget()
            top = parent.window() if parent is not None else None
        return False

    def _swallows(self, watched: QObject) -> bool:
        if isinstance(watched, QWindow):
            return False  # Qt routes it on to a widget: decided there
        widget = watched if isinstance(watched, QWidget) else watched.parent()
        if not isinstance(widget, QWidget):
            return True
        return self.owns(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if not self.locked:
            if kind in _ACTIVITY:
                self.timer.start()  # restarts the countdown
            return False
        if kind in _INPUT:
            return self._swallows(watched)
        if kind == QEvent.Type.Close and watched is self.window:
            event.ignore()  # the form waits; the prompt says why
            self.prompt.say_kept()
            return True
        if isinstance(watched, QWidget) and watched.isWindow() and watched is not self.prompt:
            if kind == QEvent.Type.Resize and watched in self.covers:
                self.covers[watched].follow()
            elif kind == QEvent.Type.Show and self.owns(watched):
                self._cover(watched)  # e.g. a reminder opening while locked
        return False

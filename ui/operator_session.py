"""Who is at the window (issue 13, item 1): File > Lock now, Change my password, Switch
user and Log out, and the idle lock behind them.

Switch user lets another operator (a mediator) work while the liaison's window waits
locked, its half-filled form as it was: the guest gets their own window over their own
Services (one database, another actor, so nothing they do is written in the liaison's
name), and when they log out or close it the liaison's lock prompt is back. What the
guest writes is announced to the liaison's pages as well, so they are current after
unlocking."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.idle_lock import IdleLock
from ui.operations import call


def not_logged_in():
    from microcourt.services.kernel.context import Actor  # noqa: PLC0415

    return Actor(name="未登录", role="read_only")


class OperatorSession(QObject):
    """One operator's time at `window`; `relogin()` runs after they log out."""

    def __init__(self, window, services, relogin: Callable[[], None], guest: bool = False):
        super().__init__(window)
        self.window = window
        self.services = services
        self.relogin = relogin
        self.guest = guest
        self.guest_session: GuestSession | None = None
        self.lock = IdleLock(window, services, can_switch=not guest)
        self.lock.switch_user_requested.connect(self.switch_user)
        self.lock.log_out_requested.connect(self.log_out)
        window.menus.bind(self)

    def lock_now(self) -> None:
        self.lock.lock()

    def change_password(self) -> QWidget:
        from ui.password_dialog import ChangePasswordDialog  # noqa: PLC0415

        dialog = ChangePasswordDialog(self.window.context, self.window)
        dialog.open()
        return dialog

    def log_out(self) -> bool:
        answer = QMessageBox.question(
            self.lock.prompt if self.lock.locked else self.window,
            QCoreApplication.translate("Session", "Log out"),
            QCoreApplication.translate(
                "Session", "Log out now? Forms that are not saved are closed without "
                "saving."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.end()
        self.relogin()
        return True

    def end(self) -> None:
        """Close what the operator had open, record the logout, forget who they were."""
        self.lock.uninstall()
        self.lock.prompt.deleteLater()
        for widget in QApplication.topLevelWidgets():
            if widget is not self.window and widget.isVisible() and self.lock.owns(widget):
                widget.close()
        accounts = self.services.accounts
        call(None, self.window, accounts.logout, initiator=None)
        self.window.menus.bind(None)
        self.window.detach()
        self.services.act_as(not_logged_in())

    def switch_user(self) -> None:
        """Lock (if not yet), and let another operator log in in a window of their own."""
        self.lock.lock()
        self.guest_session = GuestSession(self)
        self.guest_session.start()


class GuestSession(QObject):
    """The operator who logs in while `host`'s window waits locked."""

    def __init__(self, host: OperatorSession):
        super().__init__(host)
        self.host = host
        self.services = None
        self.window = None
        self.login = None

    def start(self) -> None:
        from microcourt.services import open_services  # noqa: PLC0415
        from ui.login_dialog import LoginDialog  # noqa: PLC0415

        self.host.lock.prompt.hide()
        self.services = open_services(self.host.services.data_dir, not_logged_in())
        self.login = LoginDialog(self.services)  # no parent: not under the host's lock
        self.login.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.login.accepted.connect(self._logged_in)
        self.login.rejected.connect(self.finish)
        self.login.open()

    def _logged_in(self) -> None:
        from ui.context import PageContext  # noqa: PLC0415
        from ui.main_window import MainWindow  # noqa: PLC0415

        host_context = self.host.window.context
        context = PageContext(self.services, host_context.preferences)
        # The host's pages follow what the guest writes, as they would another PC's.
        context.events.changed.connect(
            lambda changes, _initiator: host_context.events.changed.emit(changes, None))
        self.window = MainWindow(context, data_dir=self.services.data_dir, remember=False)
        self.window.closed.connect(self.finish)
        self.session = OperatorSession(self.window, self.services, self.finish, guest=True)
        self.window.show()
        self.window.activateWindow()

    def finish(self) -> None:
        """The guest logged out, closed the window, or never logged in: the host's
        prompt is back."""
        if self.services is None:
            return
        window, self.window = self.window, None
        if window is not None:
            if getattr(self, "session", None) is not None and window.pages:
                self.session.end()
            window.closed.disconnect(self.finish)
            window.close()
            window.deleteLater()
        self.services.close()
        self.services = None
        self.host.guest_session = None
        self.host.lock.show_prompt()

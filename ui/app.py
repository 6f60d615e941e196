"""Start-up of the window: `microcourt [--data-dir DIR] [--lang zh_CN|en]`.

Order matters: translation first (so even the refusal messages are Chinese), then the
lock on the data directory (a second copy leaves before touching the database), then the
log file and the exception hook, then the database. Heavy modules (pages, reportlab)
are imported only when first needed, so the window paints quickly.
"""
from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from microcourt import __version__
from microcourt.db.files import check_database_file
from microcourt.errors import UserError
from microcourt.paths import DataPaths, resolve_data_dir
from ui.fonts import apply_font_scale, ensure_cjk_font
from ui.i18n import install_translators, remove_translators
from ui.preferences import APPLICATION, LANGUAGES, ORGANIZATION, Preferences

log = logging.getLogger(__name__)
LOCK_WAIT_MS = 200


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and whatever is left for Qt (e.g. -platform offscreen)."""
    parser = argparse.ArgumentParser(prog="microcourt")
    parser.add_argument("--data-dir", help="data directory (default: the per-user one)")
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language")
    return parser.parse_known_args(argv)


# A plain class, not a dataclass: it is built before the first paint, and each
# dataclass costs a compile at import (tests/benchmarks/bench_startup.py).
class AppSession:
    """Everything a running window holds; close() gives it all back (tests reuse the
    QApplication, so nothing may leak into the next start)."""

    def __init__(self, app: QApplication, translators: list[QTranslator]):
        self.app = app
        self.translators = translators
        self.lock: QLockFile | None = None
        self.reporter: QObject | None = None  # ui.errors.ExceptionReporter
        self.services = None  # microcourt.services.Services once the data is open
        self.window: QWidget | None = None
        self.welcome: QWidget | None = None
        self.login: QWidget | None = None  # ui.login_dialog.LoginDialog on a real start
        self.idle_lock: QObject | None = None  # ui.idle_lock.IdleLock once logged in
        self.operator: QObject | None = None  # ui.operator_session.OperatorSession, ditto
        self.backup_timer: QObject | None = None

    def close(self) -> None:
        if self.operator is not None and self.operator.guest_session is not None:
            self.operator.guest_session.finish()  # a guest's window and services first
        if self.idle_lock is not None:
            self.idle_lock.uninstall()
        for widget in (self.welcome, self.window, self.login):  # login last: see _ask_login
            if widget is not None:
                widget.close()
        from ui.operations import stop_all  # noqa: PLC0415

        stop_all()  # a job still running (the daily backup) must end before its services
        if self.services is not None:
            self.services.close()
        if self.reporter is not None:
            self.reporter.uninstall()
        if self.lock is not None:
            self.lock.unlock()
        from microcourt.applog import shutdown_logging  # noqa: PLC0415

        shutdown_logging()
        remove_translators(self.app, self.translators)
        self.services = self.reporter = self.lock = None
        self.translators = []


def _refuse(session: AppSession, title: str, message: str) -> int:
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415 - its enums cost the first paint

    QMessageBox.critical(None, title, message)
    session.close()
    return 1


def launch(argv: list[str] | None = None, defer_data: bool = False) -> AppSession | int:
    """Open the window (not yet running the event loop), or return an exit code.

    With `defer_data` (the real start) the window paints first and the database opens
    right after the first paint, so the liaison sees the window at once even with a
    large database; without it (tests) the data is open when this returns."""
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    preferences = Preferences()
    session = AppSession(app, install_translators(app, args.lang or preferences.language()))
    paths = DataPaths(resolve_data_dir(args.data_dir))
    try:
        paths.root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return _refuse(session, QCoreApplication.translate("App", "Cannot start"),
                       QCoreApplication.translate(
                           "App", "Cannot create the data folder {0}: {1}").format(
                               paths.root, exc.strerror))
    if not _acquire_lock(session, paths):
        return _refuse(session, QCoreApplication.translate("App", "Already open"),
                       QCoreApplication.translate(
                           "App", "MicroCourt Assistant is already open. Please use the "
                           "window that is already running."))
    if defer_data:
        try:  # a damaged file is refused before any window shows
            check_database_file(paths.database)
        except UserError as exc:
            return _refuse(session, QCoreApplication.translate("App", "Cannot open the data"),
                           exc.message)
        window = _open_window(session, preferences, paths)
        window.first_painted.connect(lambda: _after_first_paint(session, paths))
        return session
    _start_logging(session, paths)
    if not _open_data(session, paths):
        return 1
    _open_window(session, preferences, paths)
    return session


def _open_data(session: AppSession, paths: DataPaths) -> bool:
    """Open (and if need be migrate) the database; on failure say why, leave the file
    as it is, release everything and return False."""
    try:
        from ui.start_checks import open_checked_services  # noqa: PLC0415 - SQLAlchemy is heavy
        session.services = open_checked_services(paths, session.window)
    except UserError as exc:  # DatabaseUnusable
        log.error("cannot open the database: %s", exc.message)
        _refuse(session, QCoreApplication.translate("App", "Cannot open the data"),
                exc.message)
        return False
    return True


def _start_logging(session: AppSession, paths: DataPaths) -> None:
    """The log file and the exception hooks (logging.handlers and the error dialogs are
    imported here, after the first paint on a real start)."""
    from microcourt.applog import setup_logging  # noqa: PLC0415
    from ui.errors import ExceptionReporter  # noqa: PLC0415

    setup_logging(paths.logs)
    log.info("starting %s, data dir %s", __version__, paths.root)
    session.reporter = ExceptionReporter(session.app)


def _after_first_paint(session: AppSession, paths: DataPaths) -> None:
    """The deferred half of a real start, run once the window has painted."""
    _start_logging(session, paths)
    ensure_cjk_font(rare=True)
    if not _open_data(session, paths):
        session.app.exit(1)
        return
    from microcourt.services.kernel.context import Actor  # noqa: PLC0415

    # Until someone logs in nothing may be written, and no page is built: the shared PC's
    # screen shows no one's name or case before a login (个人信息保护法 art. 51).
    session.services.act_as(Actor(name="未登录", role="read_only"))
    session.window.show_waiting(QCoreApplication.translate("App", "Please log in."))
    _ask_login(session)


def _ask_login(session: AppSession) -> None:
    """The login (or, the very first time, the administrator account) over the filled
    window; quitting it quits the program."""
    from ui.login_dialog import LoginDialog  # noqa: PLC0415

    session.login = LoginDialog(session.services, session.window)
    session.login.accepted.connect(lambda: _logged_in(session))
    # AppSession.close() closes the window first, so closing the dialog then is no "quit".
    session.login.rejected.connect(
        lambda: session.window.isVisible() and session.app.exit(0))
    session.login.open()


def _logged_in(session: AppSession) -> None:
    from ui.operator_session import OperatorSession  # noqa: PLC0415
    from ui.start_checks import start_daily_backups  # noqa: PLC0415

    session.window.attach(session.services)
    session.window.show_for_role(session.services.ctx.actor.role)
    # File > Log out ends it; the login is then asked again over the emptied window.
    session.operator = OperatorSession(session.window, session.services,
                                       relogin=lambda: _ask_login(session))
    session.idle_lock = session.operator.lock
    if session.backup_timer is None:  # once per run, whoever logs in next
        session.backup_timer = start_daily_backups(session.window, session.services,
                                                   session.window.context)
    _greet_if_first_start(session)


def _acquire_lock(session: AppSession, paths: DataPaths) -> bool:
    lock = QLockFile(str(paths.lock_file))
    # 0: never treat a live copy's lock as stale, however long it has been open.
    lock.setStaleLockTime(0)
    if not lock.tryLock(LOCK_WAIT_MS):
        return False
    session.lock = lock
    return True


def _open_window(session: AppSession, preferences: Preferences, paths: DataPaths):
    from ui.context import PageContext  # noqa: PLC0415
    from ui.main_window import MainWindow  # noqa: PLC0415

    ensure_cjk_font(rare=session.services is not None)
    apply_font_scale(preferences.font_scale())  # also lifts 100% to a readable size
    context = PageContext(session.services, preferences)
    session.window = MainWindow(context, data_dir=paths.root)
    session.window.show()
    if session.services is not None:
        _greet_if_first_start(session)
    return session.window


def _greet_if_first_start(session: AppSession) -> None:
    if session.services.settings.is_first_start():
        QTimer.singleShot(0, lambda: _greet(session, session.window.context))


def _greet(session: AppSession, context) -> None:
    from ui.welcome_dialog import WelcomeDialog  # noqa: PLC0415

    # The demo data is loaded under the open first page, which follows `changed`.
    session.welcome = WelcomeDialog(context, session.window)
    session.welcome.open()


def main(argv: list[str] | None = None) -> int:
    started = launch(argv, defer_data=True)
    if isinstance(started, int):
        return started
    try:
        code = started.app.exec()
        from ui.operations import stop_all  # noqa: PLC0415
        from ui.start_checks import backup_on_exit  # noqa: PLC0415

        stop_all()  # e.g. the daily backup started at login, if the liaison quits at once
        backup_on_exit(started.services)  # (close() below stops any job again: harmless)
        return code
    finally:
        started.close()

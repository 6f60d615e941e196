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
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

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

    def close(self) -> None:
        for widget in (self.welcome, self.window):
            if widget is not None:
                widget.close()
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
        from microcourt.services import open_services  # noqa: PLC0415 - SQLAlchemy is heavy
        session.services = open_services(paths.root)
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
    session.window.attach(session.services)
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

    session.welcome = WelcomeDialog(context, session.window)
    session.welcome.open()


def main(argv: list[str] | None = None) -> int:
    started = launch(argv, defer_data=True)
    if isinstance(started, int):
        return started
    try:
        return started.app.exec()
    finally:
        started.close()

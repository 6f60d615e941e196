"""Start-up in the window (issue 7, items 1, 3, 4): the integrity check when the data
opens (a damaged file is moved aside, never overwritten, and the newest good backup
offered), the login after the window is filled in, the idle lock, the daily backup
and the backup on exit. ui/app.py calls these; the core does the work
(services/integrity.py, backup_restore.py, accounts.py, backup.py)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from microcourt.errors import DatabaseBusy, DatabaseUnusable, UserError
from microcourt.paths import DataPaths
from microcourt.services.kernel.progress import Progress

log = logging.getLogger(__name__)
DAILY_CHECK_MS = 60 * 60 * 1000  # hourly: the backup itself is made once per local day


def open_checked_services(paths: DataPaths, parent: QWidget | None = None):
    """Services over the checked database; DatabaseUnusable when it is damaged and the
    liaison declines (or there is no) backup to restore."""
    from microcourt.services import Services  # noqa: PLC0415 - SQLAlchemy is heavy
    from microcourt.services.backups.integrity import open_or_recover  # noqa: PLC0415
    from microcourt.services.kernel.context import AppContext  # noqa: PLC0415

    while True:
        try:
            recovery = open_or_recover(paths)
            break
        except DatabaseBusy as exc:  # another program's lock: not damage, never moved aside
            if not _retry_busy(exc.message, parent):
                raise
    database = recovery.database if not recovery.damaged else _restore_offer(paths, recovery,
                                                                           parent)
    return Services(AppContext(db=database, paths=paths))


def _retry_busy(message: str, parent: QWidget | None) -> bool:
    """Ask whether to try again; False when the liaison gives up."""
    text = QCoreApplication.translate(
        "StartChecks", "The data file is in use by another program. It is not damaged and "
        "nothing was changed. Close the other program, then try again.") + "\n\n" + message
    buttons = QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel
    answer = QMessageBox.question(parent, QCoreApplication.translate("StartChecks",
                                                                     "Data in use"),
                                  text, buttons, QMessageBox.StandardButton.Retry)
    return answer == QMessageBox.StandardButton.Retry


def _restore_offer(paths: DataPaths, recovery, parent: QWidget | None):
    from microcourt.services.backups.restore import restore_and_open  # noqa: PLC0415
    from microcourt.timeutil import format_local  # noqa: PLC0415

    moved = QCoreApplication.translate(
        "StartChecks", "The data file failed its check ({0}). It was moved aside, not "
        "deleted, as:\n{1}").format(recovery.problem, recovery.moved_to)
    if recovery.offer is None:
        raise DatabaseUnusable(moved + "\n\n" + QCoreApplication.translate(
            "StartChecks", "No good backup was found. Please contact technical support."))
    offer = recovery.offer
    question = moved + "\n\n" + QCoreApplication.translate(
        "StartChecks", "Restore the newest good backup, taken {0} ({1})?").format(
        format_local(offer.taken_at), QCoreApplication.translate("Domain", offer.kind.label))
    title = QCoreApplication.translate("StartChecks", "Damaged data")
    answer = QMessageBox.question(parent, title, question)
    if answer != QMessageBox.StandardButton.Yes:
        raise DatabaseUnusable(moved + "\n\n" + QCoreApplication.translate("StartChecks",
                                                                     "Nothing was restored."))
    database, _result = restore_and_open(paths, offer.path, reason="damaged database at start")
    log.warning("restored %s after a damaged database", offer.name)
    return database


def _daily_job(services):
    yield Progress(0, 1, QCoreApplication.translate("StartChecks", "Daily backup"))
    return services.backups.if_due()


def start_daily_backups(window: QWidget, services, context=None) -> QTimer:
    """The daily backup now if due, then checked every hour while the program runs
    (announced to `context`'s pages: the Backups page lists it)."""
    from ui.operations import run_job  # noqa: PLC0415

    def run() -> None:
        run_job(window, _daily_job(services),
                QCoreApplication.translate("StartChecks", "Daily backup"), context=context)

    timer = QTimer(window)
    timer.setInterval(DAILY_CHECK_MS)
    timer.timeout.connect(run)
    timer.start()
    QTimer.singleShot(0, run)
    return timer


def backup_on_exit(services) -> None:
    """The backup made when the liaison quits; a failure is logged, never blocks quitting."""
    if services is None or services.ctx.actor.operator_id is None:
        return  # nobody logged in: nothing was changed through the window
    try:
        services.backups.on_exit()
    except UserError as exc:
        log.error("backup on exit failed: %s", exc.message)

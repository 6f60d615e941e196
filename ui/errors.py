"""Showing errors: user errors as a warning with their Chinese message, anything
unexpected logged with its traceback and shown as one apologetic dialog.

Uncaught exceptions (in slots, or in worker threads) reach `ExceptionReporter` through
sys.excepthook / threading.excepthook; the dialog is always shown on the GUI thread
and the application keeps running.
"""
from __future__ import annotations

import logging
import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from microcourt.applog import current_log_file
from microcourt.errors import UserError, ValidationErrors

log = logging.getLogger(__name__)


def show_user_error(parent: QWidget | None, error: UserError) -> None:
    """The Chinese message; several problems at once one per line (a list of 77
    applicants may name many)."""
    title = QCoreApplication.translate("Errors", "Cannot do that")
    text = error.message
    if isinstance(error, ValidationErrors) and len(error.errors) > 1:
        text = "\n".join([QCoreApplication.translate(
            "Errors", "Please correct these and try again:"),
            *(e.message for e in error.errors)])
    QMessageBox.warning(parent, title, text)


def show_unexpected_error(parent: QWidget | None) -> None:
    title = QCoreApplication.translate("Errors", "Unexpected error")
    text = QCoreApplication.translate(
        "Errors", "Sorry, something went wrong. Your saved data is safe; you can keep working.")
    log_file = current_log_file()
    if log_file:
        text += "\n\n" + QCoreApplication.translate(
            "Errors", "Details were written to the log file:\n{0}").format(log_file)
    QMessageBox.critical(parent, title, text)


def report(parent: QWidget | None, error: BaseException) -> None:
    """Route an exception from an operation: user errors say what to fix, others are
    logged (with traceback) and apologised for."""
    if isinstance(error, UserError):
        show_user_error(parent, error)
        return
    log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    show_unexpected_error(parent)


class ExceptionReporter(QObject):
    """Installs sys.excepthook and threading.excepthook; `uninstall()` restores them."""

    _raised = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._showing = False
        # Queued: the hook may run on any thread, the dialog must open on the GUI thread.
        self._raised.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook

    def uninstall(self) -> None:
        if sys.excepthook == self._hook:
            sys.excepthook, threading.excepthook = self._previous

    def _hook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous[0](exc_type, exc, tb)
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        self._raised.emit()

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self._hook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self) -> None:
        if self._showing:  # one dialog at a time; the rest are in the log
            return
        self._showing = True
        try:
            show_unexpected_error(None)
        finally:
            self._showing = False

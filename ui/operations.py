"""The one way the UI calls the core: `call()` for a quick call, `run_job()` for a job
(a generator yielding Progress and returning a value) off the GUI thread.

    saved = call(self.context, self, lambda: parties.register(draft, consent),
                 form=self.errors)
    op = run_job(parent, services.filings.generate(...), title=self.tr("Generating"),
                 on_done=self._generated, context=self.context)

Both route errors to one place: a ValidationError goes beside its field in `form`
(ui.common.field_errors; what was typed stays), any other UserError (a refusal,
PermissionDenied included) is shown with its Chinese message, anything else is logged
with its traceback and apologised for once (ui.errors.report). Both record what the
call changed (microcourt Changes, collected on the thread that ran it) and emit
`context.events.changed(changes, initiator)`, even after an error (what had committed
did change), so every other page can follow. `initiator` is the widget that shows the
result itself: by default `parent`, and for a dialog the widget that opened it (its
parent), which takes `dialog.saved` when it closes. Pages ask `initiated_by(initiator,
self)` to skip what they have shown already.

A job's generator runs entirely on one worker QThread: next() and close() happen there,
so its transaction is opened and rolled back on the same thread. Results, progress and
errors come back to the GUI thread through queued signals; the event loop never blocks.
Tests wait with `qtbot.waitSignal(op.finished)`.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

from microcourt.errors import UserError, ValidationError, ValidationErrors
from microcourt.services.kernel.changes import NO_CHANGES, Changes, recording
from microcourt.services.kernel.progress import Progress
from ui import errors

if TYPE_CHECKING:
    from ui.common.field_errors import FieldErrors
    from ui.context import PageContext

T = TypeVar("T")

log = logging.getLogger(__name__)

# Quick jobs finish without a dialog flashing up.
SHOW_DIALOG_AFTER_MS = 400


def announce(context: PageContext | None, changes: Changes, initiator: QObject | None) -> None:
    """Tell every page what was written (nothing when nothing was)."""
    if context is not None and changes:
        context.events.changed.emit(changes, initiator)


def opener(parent: QObject | None) -> QObject | None:
    """Who shows the result of a call made in `parent`: a dialog's opener, else itself."""
    if isinstance(parent, QDialog) and parent.parentWidget() is not None:
        return parent.parentWidget()
    return parent


def initiated_by(initiator: QObject | None, widget: QObject) -> bool:
    """Whether `initiator` is `widget` or inside it (a tab of it, a dialog opened on it):
    then `widget` has shown the result already."""
    while isinstance(initiator, QObject):
        if initiator is widget:
            return True
        initiator = initiator.parent()
    return False


OPENER = object()  # call()'s default initiator: opener(parent)


def call(context: PageContext | None, parent: QWidget | None, fn: Callable[[], T],
         on_done: Callable[[T], object] | None = None, form: FieldErrors | None = None,
         initiator: QObject | None = OPENER, inline: bool = False) -> T | None:
    """Run one quick service call for the user; returns its result, or None after the
    error was shown. `on_done(result)` runs only on success. `form` is anything with
    FieldErrors' `show_exception(error)` (returning the messages it could not place)
    and `general` (a label or None). With `inline`, a refusal goes to the form's
    general label instead of a message box (the login, the lock screen: a box over a
    password field is in the way). `initiator` None: nobody has shown the result.
    `context` None: before any page exists (the login), nothing to announce."""
    succeeded, result = False, None
    with recording() as recorder:
        try:
            result, succeeded = fn(), True
        except UserError as exc:  # PermissionDenied and ValidationError(s) included
            _show_refusal(parent, exc, form, inline)
        except Exception as exc:  # noqa: BLE001 - a bug: logged and apologised for once
            errors.report(parent, exc)
    announce(context, recorder.changes, opener(parent) if initiator is OPENER else initiator)
    if succeeded and on_done is not None:
        on_done(result)
    return result if succeeded else None


def _show_refusal(parent: QWidget | None, error: UserError, form: FieldErrors | None,
                  inline: bool) -> None:
    """A ValidationError beside its field in `form`, anything naming no field of it in
    its general label; a refusal in a message box (or, `inline`, the general label).
    Whatever has no label to go to goes to a message box: nothing is lost."""
    if form is not None and isinstance(error, (ValidationError, ValidationErrors)):
        rest = form.show_exception(error)
    elif form is not None and inline:
        rest = form.show({"": error.message})
    else:
        errors.show_user_error(parent, error)
        return
    if rest and form.general is None:
        errors.show_user_error(parent, UserError("\n".join(rest)))


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, job: Iterator[Progress]):
        super().__init__()
        self._job = job
        self._cancel = threading.Event()
        self.changes = NO_CHANGES  # what the job committed, read after it ended

    def request_cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        with recording() as recorder:  # on the worker thread, where the job writes
            try:
                self._run()
            finally:
                self.changes = recorder.changes

    def _run(self) -> None:
        try:
            while True:
                if self._cancel.is_set():
                    self._job.close()  # GeneratorExit inside the job: it rolls back
                    self.cancelled.emit()
                    return
                try:
                    step = next(self._job)
                except StopIteration as stop:
                    self.succeeded.emit(stop.value)
                    return
                if isinstance(step, Progress):
                    self.progressed.emit(step.done, step.total, step.message)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI
            self.failed.emit(exc)


class Operation(QObject):
    """One running job. `finished` fires last, whatever the outcome."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget | None, job: Iterator[Progress], title: str,
                 context: PageContext | None = None, initiator: QObject | None = None):
        super().__init__()  # no Qt parent: a closing window must not delete a live thread
        self.parent_widget = parent
        self.context = context
        self.initiator = opener(parent) if initiator is None else initiator
        self.changes = NO_CHANGES
        self.result: Any = None
        self.error: BaseException | None = None
        self.was_cancelled = False
        self.dialog = self._make_dialog(parent, title)
        self._thread = QThread()
        self._worker = _Worker(job)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        queued = Qt.ConnectionType.QueuedConnection
        self._worker.progressed.connect(self._on_progress, queued)
        self._worker.succeeded.connect(self._on_success, queued)
        self._worker.failed.connect(self._on_failure, queued)
        self._worker.cancelled.connect(self._on_cancelled, queued)

    def _make_dialog(self, parent: QWidget | None, title: str) -> QProgressDialog:
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_DIALOG_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        return dialog

    def start(self) -> Operation:
        _RUNNING.add(self)
        self.dialog.setValue(0)  # starts the minimum-duration timer
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the worker to close the generator before its next step."""
        self.dialog.setLabelText(self.tr("Cancelling…"))
        self._worker.request_cancel()

    def is_running(self) -> bool:
        return self in _RUNNING

    def _on_progress(self, done: int, total: int, message: str) -> None:
        # Listeners first: a modal QProgressDialog's setValue processes events, so the
        # next step can be delivered inside it; emitting after would reorder the steps.
        self.progressed.emit(done, total, message)
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if message:
            self.dialog.setLabelText(message)

    def _on_success(self, value: object) -> None:
        self.result = value
        self._finish()
        self.succeeded.emit(value)
        self.finished.emit()

    def _on_failure(self, error: BaseException) -> None:
        self.error = error
        self._finish()
        errors.report(self.parent_widget, error)
        self.failed.emit(error)
        self.finished.emit()

    def _on_cancelled(self) -> None:
        self.was_cancelled = True
        self._finish()
        self.cancelled.emit()
        self.finished.emit()

    def _finish(self) -> None:
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self._thread.quit()
        self._thread.wait()  # the worker has left run(): its changes are final
        _RUNNING.discard(self)
        self.changes = self._worker.changes
        announce(self.context, self.changes, self.initiator)


# Keeps running operations alive even if the caller drops its reference.
_RUNNING: set[Operation] = set()


def stop_all(timeout_ms: int = 60_000) -> None:
    """When the program quits: ask every running job to stop before its next step and
    wait for its thread (a QThread destroyed while running aborts the process; a backup
    in the middle of its copy is let finish)."""
    for operation in list(_RUNNING):
        operation._worker.request_cancel()  # noqa: SLF001 - module-private
        operation._thread.quit()  # noqa: SLF001 - its event loop ends once the step returns
        operation._thread.wait(timeout_ms)  # noqa: SLF001
    _RUNNING.clear()


def run_job(parent: QWidget | None, job: Iterator[Progress], title: str,
            on_done: Callable[[Any], None] | None = None,
            context: PageContext | None = None,
            initiator: QObject | None = None) -> Operation:
    """Start `job` on a worker thread; `on_done(result)` runs on the GUI thread if it
    succeeds (errors are shown to the user, cancelling just closes the dialog). With
    `context`, what the job wrote is announced as `changed` before `on_done`."""
    operation = Operation(parent, job, title, context, initiator)
    if on_done is not None:
        operation.succeeded.connect(on_done)
    return operation.start()

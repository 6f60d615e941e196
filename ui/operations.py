"""Run a core job (a generator yielding Progress and returning a value) off the GUI
thread, with a progress dialog whose Cancel closes the generator.

    op = run_job(parent, load_demo(services), title=self.tr("Loading demo data"),
                 on_done=self._loaded)

The generator runs entirely on one worker QThread: next() and close() happen there, so
a job's transaction is opened and rolled back on the same thread. Results, progress and
errors come back to the GUI thread through queued signals; the event loop never blocks.
User errors show their Chinese message, anything else is logged and apologised for
(ui.errors.report). Tests wait with `qtbot.waitSignal(op.finished)`.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from microcourt.services.kernel.progress import Progress
from ui import errors

log = logging.getLogger(__name__)

# Quick jobs finish without a dialog flashing up.
SHOW_DIALOG_AFTER_MS = 400


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, job: Iterator[Progress]):
        super().__init__()
        self._job = job
        self._cancel = threading.Event()

    def request_cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
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

    def __init__(self, parent: QWidget | None, job: Iterator[Progress], title: str):
        super().__init__()  # no Qt parent: a closing window must not delete a live thread
        self.parent_widget = parent
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
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if message:
            self.dialog.setLabelText(message)
        self.progressed.emit(done, total, message)

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
        self._thread.wait()
        _RUNNING.discard(self)


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
            on_done: Callable[[Any], None] | None = None) -> Operation:
    """Start `job` on a worker thread; `on_done(result)` runs on the GUI thread if it
    succeeds (errors are shown to the user, cancelling just closes the dialog)."""
    operation = Operation(parent, job, title)
    if on_done is not None:
        operation.succeeded.connect(on_done)
    return operation.start()

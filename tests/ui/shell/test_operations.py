"""Background jobs: progress, result on the GUI thread, cancel, errors routed."""
from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QPushButton

from microcourt.errors import UserError
from microcourt.services.kernel.progress import Progress
from ui.operations import run_job

NOT_EMPTY = "数据库里已经有当事人，不能载入示范数据。"


def counting_job(steps: int, log: dict, gate: threading.Event | None = None):
    log["thread"] = threading.current_thread()
    try:
        for done in range(1, steps + 1):
            if gate is not None:
                gate.wait(5)
            yield Progress(done, steps, f"第{done}条")
        return f"{steps} done"
    finally:
        log["closed_on"] = threading.current_thread()


def test_progress_and_result_arrive_on_gui_thread(qtbot):
    log, seen, results = {}, [], []
    op = run_job(None, counting_job(3, log), "Counting", on_done=results.append)
    op.progressed.connect(lambda done, total, message: seen.append((done, total, message)))
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert results == ["3 done"] and op.result == "3 done"
    assert seen == [(1, 3, "第1条"), (2, 3, "第2条"), (3, 3, "第3条")]
    assert op.dialog.maximum() == 3
    assert log["thread"] is not threading.main_thread()
    assert not op.is_running()


def test_cancel_closes_the_generator_in_the_worker(qtbot):
    log, results, gate = {}, [], threading.Event()
    op = run_job(None, counting_job(1000, log, gate), "Counting", on_done=results.append)
    qtbot.waitUntil(lambda: "thread" in log)
    op.dialog.findChild(QPushButton).click()  # the Cancel button
    gate.set()
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert op.was_cancelled and results == []
    assert log["closed_on"] is log["thread"]  # closed where it ran, not on the GUI thread
    assert log["closed_on"] is not threading.main_thread()


def test_user_error_shows_its_chinese_message(qtbot, message_boxes):
    def failing():
        yield Progress(0, 1)
        raise UserError(NOT_EMPTY)

    op = run_job(None, failing(), "Demo")
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert message_boxes.texts("warning") == [NOT_EMPTY]
    assert isinstance(op.error, UserError)


def test_unexpected_error_is_logged_and_apologised_for(qtbot, message_boxes, caplog):
    def buggy():
        yield Progress(0, 1)
        raise KeyError("bug")

    op = run_job(None, buggy(), "Job")
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert len(message_boxes.texts("critical")) == 1
    assert message_boxes.texts("warning") == []
    assert "KeyError" in caplog.text and "Traceback" in caplog.text


def test_event_loop_keeps_running_during_a_job(qtbot):
    gate, log, fired = threading.Event(), {}, []
    op = run_job(None, counting_job(1, log, gate), "Waiting")
    qtbot.waitUntil(lambda: "thread" in log)
    # The job is blocked in its thread; a timer posted now must still fire on the GUI
    # thread (it would not if the job ran there, or if run_job waited for it).
    QTimer.singleShot(0, lambda: fired.append(QThread.currentThread()))
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    assert op.is_running() and not gate.is_set()
    assert fired == [QCoreApplication.instance().thread()]
    gate.set()
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert op.result == "1 done"


def test_stop_all_at_quit_closes_running_jobs_and_waits_for_their_threads(qtbot):
    import time

    from ui.operations import _RUNNING, stop_all

    closed, started = threading.Event(), threading.Event()

    def endless():
        started.set()
        try:
            while True:
                time.sleep(0.01)
                yield Progress(0, 0, "")
        finally:
            closed.set()

    operation = run_job(None, endless(), "endless")
    thread = operation._thread
    assert started.wait(5)
    stop_all(timeout_ms=5_000)  # the event loop is no longer running at quit
    assert closed.is_set() and not thread.isRunning()
    assert not _RUNNING

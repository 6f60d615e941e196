"""Starting the program: window, language, the lock, a damaged database, crashes."""
from __future__ import annotations

import logging

import pytest
from input_support import click
from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication

from microcourt.paths import DataPaths
from microcourt.services import open_services
from microcourt.services.settings.service import CourtProfileData
from ui.app import main
from ui.page_registry import PAGES

PROFILE = CourtProfileData(name="上田村微法庭", village="上田村",
                           committee="上田村人民调解委员会", court="临安区人民法院",
                           liaison_name="张堃", liaison_phone="13812345678")


def _save_profile(data_dir, profile=PROFILE):
    services = open_services(data_dir)
    services.settings.save_profile(profile)
    services.close()


def test_window_shows_navigation_and_status_bar(start_app, data_dir):
    _save_profile(data_dir)
    session = start_app("--data-dir", str(data_dir))
    window = session.window
    assert window.isVisible()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [spec.display_title() for spec in PAGES]
    assert "设置" in titles  # translated: the zh_CN catalogue is loaded by default
    assert window.court_label.text() == "微法庭：上田村微法庭"
    assert str(data_dir.resolve()) in window.data_dir_label.full_text()
    assert session.welcome is None  # particulars exist: no greeting


def test_status_bar_says_not_set_up_and_greets_on_first_start(start_app, data_dir, qtbot):
    session = start_app("--data-dir", str(data_dir))
    assert "尚未设置" in session.window.court_label.text()
    qtbot.waitUntil(lambda: session.welcome is not None and session.welcome.isVisible())
    assert "欢迎" in session.welcome.windowTitle()


def test_page_under_the_greeting_shows_what_it_loaded(start_app, data_dir, qtbot):
    """Loading the demo data from the greeting once left the workbench saying '0 things
    to do' until the liaison switched pages; now it follows `changed`, as does the
    status bar."""
    session = start_app("--data-dir", str(data_dir))
    qtbot.waitUntil(lambda: session.welcome is not None and session.welcome.isVisible())
    page = session.window.stack.currentWidget()
    assert page.workbench is not None and not page.workbench.items
    click(qtbot, session.welcome.demo_button)
    qtbot.waitUntil(lambda: not session.welcome.isVisible(), timeout=30_000)
    assert session.window.stack.currentWidget() is page and page.workbench.items
    assert "上田村微法庭" in session.window.court_label.text()


def test_lang_en_shows_english(start_app, data_dir):
    session = start_app("--data-dir", str(data_dir), "--lang", "en")
    titles = [session.window.navigation.item(i).text()
              for i in range(session.window.navigation.count())]
    assert "Settings" in titles
    assert session.window.court_label.text() == "Micro-court: not set up yet"


def test_language_preference_applies_at_start(start_app, data_dir):
    from ui.preferences import Preferences

    Preferences().set_language("en")
    session = start_app("--data-dir", str(data_dir))
    assert session.window.windowTitle() == "MicroCourt Assistant"


def test_second_copy_on_same_data_dir_is_refused_without_opening_database(
        data_dir, message_boxes):
    data_dir.mkdir()
    paths = DataPaths(data_dir)
    held = QLockFile(str(paths.lock_file))  # the first copy, still running
    assert held.tryLock(0)
    try:
        assert main(["--data-dir", str(data_dir)]) == 1
    finally:
        held.unlock()
    assert any("微法庭助手已经打开" in text for text in message_boxes.texts("critical"))
    assert not paths.database.exists()


def test_damaged_database_is_reported_and_left_untouched(data_dir, message_boxes):
    data_dir.mkdir()
    damaged = b"this is not a database \x00\xff" * 100
    DataPaths(data_dir).database.write_bytes(damaged)
    assert main(["--data-dir", str(data_dir)]) == 1
    assert DataPaths(data_dir).database.read_bytes() == damaged
    [text] = message_boxes.texts("critical")
    assert "已损坏" in text and "没有改动" in text
    # The lock was given back: the liaison can start again after restoring a backup.
    lock = QLockFile(str(DataPaths(data_dir).lock_file))
    assert lock.tryLock(0)
    lock.unlock()


def test_log_file_is_written_in_data_dir(start_app, data_dir):
    start_app("--data-dir", str(data_dir))
    logging.getLogger("test").info("hello from the test")
    log_file = DataPaths(data_dir).logs / "microcourt.log"
    assert "hello from the test" in log_file.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_unhandled_exception_shows_dialog_and_app_keeps_running(
        start_app, data_dir, qtbot, message_boxes):
    session = start_app("--data-dir", str(data_dir), "--lang", "en")

    def broken_slot():
        raise RuntimeError("bug in a slot")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(message_boxes.texts("critical")))
    [text] = message_boxes.texts("critical")
    assert "something went wrong" in text and "microcourt.log" in text
    # Still alive: the event loop runs and the window still answers.
    ticked = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked))
    assert session.window.isVisible()
    log_text = (DataPaths(data_dir).logs / "microcourt.log").read_text(encoding="utf-8")
    assert "bug in a slot" in log_text and "Traceback" in log_text


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_thread_shows_dialog_on_gui_thread(
        start_app, data_dir, qtbot, message_boxes):
    import threading

    start_app("--data-dir", str(data_dir))
    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(message_boxes.texts("critical")))
    assert "出错" in message_boxes.texts("critical")[0]
    assert QApplication.instance() is not None


def test_real_start_paints_the_window_first_then_opens_the_data(qtbot, data_dir):
    """main() starts with defer_data: the shell paints before SQLAlchemy is touched, then
    the database opens and the window fills in (tests/benchmarks/bench_startup.py)."""
    from ui.app import launch

    _save_profile(data_dir)
    session = launch(["--data-dir", str(data_dir)], defer_data=True)
    try:
        assert session.services is None
        assert not session.window.navigation.isEnabled()
        assert str(data_dir.resolve()) in session.window.data_dir_label.full_text()
        qtbot.waitUntil(lambda: getattr(session, "login", None) is not None, timeout=10_000)
        assert not session.window.navigation.isEnabled()  # nothing shows before a login
        login = session.login
        login.username.setText("yuxy")
        login.display_name.setText("俞晓燕")
        login.password.setText("村委会2026年")
        login.password_again.setText("村委会2026年")
        login.submit()
        assert session.window.navigation.isEnabled()
        assert session.window.court_label.text() == "微法庭：上田村微法庭"
        first = PAGES[0].key
        assert session.window.stack.currentWidget() is session.window.pages[first]
    finally:
        session.close()


def test_real_start_refuses_a_damaged_file_before_showing_a_window(data_dir, message_boxes):
    from ui.app import launch

    data_dir.mkdir()
    DataPaths(data_dir).database.write_bytes(b"garbage" * 100)
    assert launch(["--data-dir", str(data_dir)], defer_data=True) == 1
    assert "已损坏" in message_boxes.texts("critical")[0]

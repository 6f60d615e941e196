"""The idle lock, driven as a person does: keys and clicks go to the top-level
window's QWindow (tests/ui/input_support), the way the platform delivers them. The
first version passed its tests, which typed into the widgets, and swallowed every real
key press. Nothing under the covers is rebuilt, so a half-filled form (and a dialog
open over it) is as it was."""
from __future__ import annotations

import pytest
from input_support import click, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget

from ui.idle_lock import DEFAULT_MINUTES, IdleLock, idle_minutes

PASSWORD = "shangtian<2026>&"


@pytest.fixture
def logged_in(context):
    services = context.services
    services.accounts.create_admin("yuxy", "俞晓燕", PASSWORD, PASSWORD)
    services.act_as(services.accounts.login("yuxy", PASSWORD))
    return services


@pytest.fixture
def form_window(qtbot):
    window = QWidget()
    window.resize(600, 400)
    form = QLineEdit(window)
    form.setObjectName("half_filled")
    QVBoxLayout(window).addWidget(form)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    form.setFocus()
    return window, form


@pytest.fixture
def idle_lock(form_window, logged_in):
    lock = IdleLock(form_window[0], logged_in, minutes=DEFAULT_MINUTES)
    yield lock
    lock.uninstall()


def test_typing_at_the_window_unlocks_and_the_form_is_as_it_was(qtbot, form_window, idle_lock):
    window, form = form_window
    form.setText("王𠮷 欠租 <六个月> & 押金")  # QTest cannot type outside the BMP
    type_text(qtbot, window, " 36000")
    typed = form.text()
    assert typed.endswith(" 36000")
    idle_lock.lock()
    prompt = idle_lock.prompt
    assert prompt.isVisible() and idle_lock.covers[window].isVisible()
    assert idle_lock.covers[window].geometry() == window.rect()
    type_text(qtbot, window, "xyz")  # the form's window is covered: swallowed
    assert form.text() == typed
    type_text(qtbot, prompt, "wrong password")
    click(qtbot, prompt.unlock_button)
    assert idle_lock.locked and "用户名或密码不正确" in prompt.error.text()
    type_text(qtbot, prompt, PASSWORD)  # the wrong one is selected: typing replaces it
    press(qtbot, prompt, Qt.Key.Key_Return)
    assert not idle_lock.locked and prompt.isHidden() and not idle_lock.covers
    assert form.text() == typed
    type_text(qtbot, window, "!")
    assert form.text() == typed + "!"


def test_a_modal_dialog_open_under_the_lock_is_covered_and_kept(qtbot, form_window, idle_lock):
    window, _form = form_window
    dialog = QDialog(window)
    entry = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(entry)
    dialog.open()  # window-modal, as the app's dialogs are
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    entry.setFocus()
    type_text(qtbot, dialog, "abc")
    idle_lock.lock()
    assert idle_lock.covers[dialog].isVisible() and idle_lock.covers[window].isVisible()
    type_text(qtbot, dialog, "def")
    assert entry.text() == "abc"
    click(qtbot, idle_lock.prompt.password)  # the prompt is above the modal dialog
    type_text(qtbot, idle_lock.prompt, PASSWORD)
    click(qtbot, idle_lock.prompt.unlock_button)
    assert not idle_lock.locked and dialog.isVisible()
    type_text(qtbot, dialog, "!")
    assert entry.text() == "abc!"


def test_closing_a_locked_window_keeps_it_and_esc_keeps_the_lock(qtbot, form_window, idle_lock):
    window, form = form_window
    form.setText("未保存")
    idle_lock.lock()
    window.close()
    assert window.isVisible() and form.text() == "未保存"
    assert idle_lock.prompt.error.text()  # says why it stays
    press(qtbot, idle_lock.prompt, Qt.Key.Key_Escape)
    idle_lock.prompt.close()
    assert idle_lock.locked and idle_lock.prompt.isVisible()


def test_the_window_locks_by_itself_when_idle(qtbot, form_window, idle_lock):
    idle_lock.set_minutes(0.001)  # 60 ms
    qtbot.waitUntil(lambda: idle_lock.locked, timeout=5_000)
    assert idle_lock.prompt.isVisible()


def test_idle_minutes_come_from_the_settings(logged_in):
    assert idle_minutes(logged_in) == DEFAULT_MINUTES
    logged_in.settings.set("idle_lock_minutes", "3")
    assert idle_minutes(logged_in) == 3
    logged_in.settings.set("idle_lock_minutes", "abc")
    assert idle_minutes(logged_in) == DEFAULT_MINUTES

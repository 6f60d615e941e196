"""The idle lock: a cover asks for the logged-in operator's password; nothing under it
is rebuilt, so a half-filled form is as it was; input meant for the form is swallowed
while locked."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ui.idle_lock import DEFAULT_MINUTES, IdleLock, idle_minutes

PASSWORD = "上田村<调解>&2026"


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
    return window, form


@pytest.fixture
def idle_lock(form_window, logged_in):
    lock = IdleLock(form_window[0], logged_in, minutes=DEFAULT_MINUTES)
    yield lock
    lock.uninstall()


def test_locking_keeps_the_unsaved_form_and_the_right_password_unlocks(
        qtbot, form_window, idle_lock):
    window, form = form_window
    form.setText("王𠮷 欠租 <六个月> & 押金")  # QTest cannot type outside the BMP
    qtbot.keyClicks(form, " 36000")
    typed = form.text()
    idle_lock.lock()
    assert idle_lock.cover.isVisible() and idle_lock.cover.geometry() == window.rect()
    qtbot.keyClicks(form, "xyz")  # swallowed: the form is under the cover
    assert form.text() == typed
    qtbot.keyClicks(idle_lock.cover.password, "wrong password")
    qtbot.mouseClick(idle_lock.cover.unlock_button, Qt.MouseButton.LeftButton)
    assert idle_lock.locked and "用户名或密码不正确" in idle_lock.cover.error.text()
    idle_lock.cover.password.setText(PASSWORD)
    qtbot.keyClick(idle_lock.cover.password, Qt.Key.Key_Return)
    assert not idle_lock.locked and idle_lock.cover.isHidden()
    assert form.text() == typed
    qtbot.keyClicks(form, "!")
    assert form.text() == typed + "!"


def test_the_window_locks_by_itself_when_idle(qtbot, form_window, idle_lock):
    idle_lock.set_minutes(0.001)  # 60 ms
    qtbot.waitUntil(lambda: idle_lock.locked, timeout=5_000)
    assert idle_lock.cover.isVisible()


def test_idle_minutes_come_from_the_settings(logged_in):
    assert idle_minutes(logged_in) == DEFAULT_MINUTES
    logged_in.settings.set("idle_lock_minutes", "3")
    assert idle_minutes(logged_in) == 3
    logged_in.settings.set("idle_lock_minutes", "abc")
    assert idle_minutes(logged_in) == DEFAULT_MINUTES

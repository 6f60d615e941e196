"""File > Lock now, Switch user, Log out and Change my password, driven at the
windows' QWindows as a person would. Switch user: a mediator works in a window of their
own while the liaison's half-filled form waits under the lock."""
from __future__ import annotations

import pytest
from input_support import click, press, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.operator_session import OperatorSession
from ui.password_dialog import ChangePasswordDialog

PASSWORD = "shangtian-2026"
MEDIATOR_PASSWORD = "mediator-1"


@pytest.fixture
def liaison(context, qtbot):
    """The liaison logged in at the main window, a form half filled on a page."""
    from microcourt.services.accounts.service import OperatorDraft
    from microcourt.services.mediators.service import MediatorDraft

    services = context.services
    services.accounts.create_admin("yuxy", "俞晓燕", PASSWORD, PASSWORD)
    services.act_as(services.accounts.login("yuxy", PASSWORD))
    mediator = services.mediators.create(MediatorDraft(name="俞国强", phone="13905718801")).id
    services.accounts.create(OperatorDraft("yugq", "俞国强", "mediator", mediator,
                                           MEDIATOR_PASSWORD, MEDIATOR_PASSWORD))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    relogins = []
    session = OperatorSession(window, services, relogin=lambda: relogins.append(True))
    session.relogins = relogins
    yield session
    if session.guest_session is not None:
        session.guest_session.finish()
    session.lock.uninstall()


def _visible_top_level(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_ctrl_l_locks_at_once(qtbot, liaison):
    press(qtbot, liaison.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert liaison.lock.locked and liaison.lock.prompt.isVisible()
    type_text(qtbot, liaison.lock.prompt, PASSWORD)
    press(qtbot, liaison.lock.prompt, Qt.Key.Key_Return)
    assert not liaison.lock.locked


def test_a_mediator_logs_in_while_the_liaisons_form_waits(qtbot, liaison):
    form = liaison.window.show_page("parties").findChild(QLineEdit)
    form.setText("张")
    liaison.lock.lock()
    click(qtbot, liaison.lock.prompt.switch_button)
    qtbot.waitUntil(lambda: bool(_visible_top_level(LoginDialog)))
    login = _visible_top_level(LoginDialog)[0]
    assert liaison.lock.prompt.isHidden() and liaison.lock.locked
    type_text(qtbot, login, "yugq")
    press(qtbot, login, Qt.Key.Key_Tab)
    type_text(qtbot, login, MEDIATOR_PASSWORD)
    press(qtbot, login, Qt.Key.Key_Return)
    guest = liaison.guest_session
    qtbot.waitUntil(lambda: guest.window is not None and guest.window.isVisible())
    assert guest.services.ctx.actor.role == "mediator"
    assert liaison.services.ctx.actor.name == "俞晓燕"  # the liaison's services unchanged
    titles = [guest.window.navigation.item(row).text()
              for row in range(guest.window.navigation.count())
              if not guest.window.navigation.item(row).isHidden()]
    assert "Backups" not in titles and "Accounts" not in titles
    assert guest.window.menus.switch_user.isVisible() is False
    guest.window.menus.log_out.trigger()  # the message box recorder answers Yes
    assert liaison.guest_session is None and liaison.lock.prompt.isVisible()
    assert form.text() == "张" and liaison.lock.locked
    type_text(qtbot, liaison.lock.prompt, PASSWORD)
    press(qtbot, liaison.lock.prompt, Qt.Key.Key_Return)
    assert not liaison.lock.locked


def test_closing_the_guest_window_brings_the_liaisons_prompt_back(qtbot, liaison):
    liaison.switch_user()
    login = liaison.guest_session.login
    login.username.setText("yugq")
    login.password.setText(MEDIATOR_PASSWORD)
    login.submit()
    guest_window = liaison.guest_session.window
    guest_window.close()
    assert liaison.guest_session is None and liaison.lock.prompt.isVisible()


def test_log_out_drops_the_pages_and_asks_for_the_login(qtbot, liaison, message_boxes):
    liaison.window.show_page("parties")
    assert liaison.log_out()
    assert liaison.window.pages == {} and liaison.relogins == [True]
    assert liaison.services.ctx.actor.name == "未登录"
    assert not liaison.window.menus.lock_now.isEnabled()
    assert "Log out now?" in message_boxes.texts("question")[0]


def test_change_my_password(qtbot, liaison):
    dialog = liaison.change_password()
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.old.setFocus()
    type_text(qtbot, dialog, "wrong-password")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_text(qtbot, dialog, "new-password-1")
    press(qtbot, dialog, Qt.Key.Key_Tab)
    type_text(qtbot, dialog, "new-password-1")
    press(qtbot, dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.errors.text("old_password")
    dialog.old.setText(PASSWORD)
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    liaison.services.accounts.check_password("new-password-1")  # no UserError

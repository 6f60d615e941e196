"""The login dialog: the administrator account on the first start, then a login with
errors beside the fields and the wait after five wrong passwords; on a real start the
dialog comes after the window has painted and filled in."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from microcourt.paths import DataPaths
from ui.login_dialog import LoginDialog

PASSWORD = "上田村<调解>&2026"


@pytest.fixture
def services(context):
    return context.services


def test_first_start_creates_the_administrator_and_logs_in(qtbot, services, chinese):
    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.first_start and dialog.windowTitle() == "建立管理员账户"
    dialog.username.setText("yuxy")
    dialog.display_name.setText("俞晓燕")
    dialog.password.setText("short")
    dialog.password_again.setText("short")
    dialog.submit()
    assert dialog.errors.is_showing("password")
    assert "至少要 8 个字符" in dialog.errors.labels["password"].text()
    assert dialog.username.text() == "yuxy"  # what was typed stays
    dialog.password.setText(PASSWORD)
    dialog.password_again.setText(PASSWORD + "!")
    dialog.submit()
    assert dialog.errors.is_showing("password_again")
    dialog.password_again.setText(PASSWORD)
    dialog.submit()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert (services.ctx.actor.name, services.ctx.actor.role) == ("俞晓燕", "admin")


def test_login_refuses_a_wrong_password_then_makes_the_operator_wait(qtbot, services):
    services.accounts.create_admin("yuxy", "俞晓燕", PASSWORD, PASSWORD)
    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    assert not dialog.first_start and dialog.display_name.isHidden()
    dialog.username.setText("yuxy")
    for _ in range(5):
        dialog.password.setText("not the password")
        dialog.submit()
    assert "请等 30 秒后再试" in dialog.general.text()
    dialog.password.setText(PASSWORD)  # even the right one waits
    dialog.submit()
    assert "请等" in dialog.general.text() and dialog.actor is None
    assert services.ctx.actor.operator_id is None


def test_login_as_a_mediator_acts_as_that_operator(qtbot, services):
    from microcourt.services.accounts.service import OperatorDraft
    from microcourt.services.mediators.service import MediatorDraft

    mediator = services.mediators.create(MediatorDraft(name="俞国强", phone="13905718801")).id
    services.accounts.create_admin("yuxy", "俞晓燕", PASSWORD, PASSWORD)
    services.accounts.create(OperatorDraft("yugq", "俞国强", "mediator", mediator,
                                           "password-1", "password-1"))
    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    dialog.username.setText("yugq")
    dialog.password.setText("password-1")
    dialog.submit()
    assert (services.ctx.actor.role, services.ctx.actor.mediator_id) == ("mediator", mediator)


def test_real_start_asks_for_the_login_before_showing_any_data(qtbot, data_dir):
    from ui.app import launch

    session = launch(["--data-dir", str(data_dir)], defer_data=True)
    try:
        qtbot.waitUntil(lambda: session.login is not None and session.login.isVisible(),
                        timeout=10_000)
        window = session.window
        assert session.login.first_start
        # Before logging in nothing may be written and no page (no name, no case) shows.
        assert session.services.ctx.actor.role == "read_only"
        assert not window.navigation.isEnabled() and window.pages == {}
        assert "登录" in window.opening_label.text()
        rows = {spec.key: row for row, spec in enumerate(window.specs)}
        session.login.username.setText("yuxy")
        session.login.display_name.setText("俞晓燕")
        session.login.password.setText(PASSWORD)
        session.login.password_again.setText(PASSWORD)
        session.login.submit()
        assert session.services.ctx.actor.name == "俞晓燕"
        assert window.navigation.isEnabled() and window.pages
        assert not window.navigation.item(rows["accounts"]).isHidden()
        assert session.idle_lock is not None
        qtbot.waitUntil(lambda: bool(session.services.backups.list()), timeout=10_000)
        assert session.services.backups.list()[0].kind.value == "daily"
    finally:
        session.close()
        QApplication.processEvents()
    assert DataPaths(data_dir).database.exists()


def test_an_error_grows_the_dialog_instead_of_squeezing_the_fields(qtbot, services):
    dialog = LoginDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.username.setText("yuxy")
    dialog.display_name.setText("俞晓燕")
    dialog.password.setText("short")
    dialog.password_again.setText("other")
    dialog.submit()
    QApplication.processEvents()
    assert dialog.errors.is_showing("password")
    for field in (dialog.password, dialog.password_again):
        assert field.height() >= field.sizeHint().height()

"""The Accounts page: add, edit, deactivate and reset; errors beside the fields; the
idle minutes; and a mediator cannot even open it (the services refuse)."""
from __future__ import annotations

import pytest

from microcourt.services.kernel.context import Actor
from microcourt.services.kernel.guard import PermissionDenied
from ui.admin.accounts_page import AccountsPage, OperatorDialog

PASSWORD = "上田村<调解>&2026"


@pytest.fixture
def page(qtbot, context):
    context.services.accounts.create_admin("yuxy", "俞晓燕", PASSWORD, PASSWORD)
    context.services.act_as(context.services.accounts.login("yuxy", PASSWORD))
    page = AccountsPage(context)
    qtbot.addWidget(page)
    return page


def cells(page) -> list[list[str]]:
    table = page.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_add_an_account_with_errors_beside_the_fields_first(page):
    page.add()
    dialog = page.dialog
    assert isinstance(dialog, OperatorDialog)
    dialog.username.setText("zhang kun")
    dialog.display_name.setText("张堃<&>")
    dialog.role.setCurrentIndex(dialog.role.findData("read_only"))
    dialog.password.setText("short")
    dialog.save()
    assert dialog.errors.is_showing("username") and dialog.errors.is_showing("password")
    dialog.username.setText("zhangkun")
    dialog.password.setText("long-enough-1")
    dialog.password_again.setText("long-enough-1")
    dialog.save()
    assert ["zhangkun", "张堃<&>", "Read only"] in [row[:3] for row in cells(page)]


def test_deactivate_and_reset_password(page, context):
    accounts = context.services.accounts
    from microcourt.services.accounts.service import OperatorDraft
    info = accounts.create(OperatorDraft("li", "李䶮", "read_only", None, "password-1", "password-1"))
    page.reload()
    row = next(r for r, texts in enumerate(cells(page)) if texts[0] == "li")
    page.table.selectRow(row)
    page.deactivate_current()
    assert not accounts.get(info.id).active
    page.table.selectRow(next(r for r, t in enumerate(cells(page)) if t[0] == "li"))
    page.reset_current()
    page.dialog.password.setText("new-password-2")
    page.dialog.password_again.setText("new-password-2")
    page.dialog.save()
    assert accounts.get(info.id).active
    assert accounts.login("li", "new-password-2").name == "李䶮"


def test_the_last_administrator_cannot_be_deactivated(page, message_boxes):
    page.table.selectRow(0)
    page.deactivate_current()
    assert "唯一的管理员" in message_boxes.texts("warning")[0]


def test_idle_minutes_are_saved_in_the_settings(page, context):
    page.idle_minutes.setValue(3)
    page.save_idle_minutes()
    assert context.services.settings.get("idle_lock_minutes") == "3"


def test_a_mediator_cannot_open_the_page(qtbot, context):
    context.services.act_as(Actor(name="俞国强", role="mediator", operator_id=2))
    with pytest.raises(PermissionDenied, match="调解员"):
        AccountsPage(context)

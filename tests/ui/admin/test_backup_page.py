"""The Backups page: back up now, an encrypted copy to a folder, verify, and restore
with a confirmation that saves the current data aside first."""
from __future__ import annotations

import pytest

from ui.admin.backup_page import BackupPage


@pytest.fixture
def page(qtbot, context):
    context.services.settings.set("idle_lock_minutes", "7")
    page = BackupPage(context)
    qtbot.addWidget(page)
    return page


def finish(qtbot, operation):
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass
    assert operation.error is None, operation.error
    return operation.result


def test_back_up_now_lists_the_new_backup(qtbot, page):
    assert page.table.rowCount() == 0
    info = finish(qtbot, page.back_up_now())
    assert page.table.rowCount() == 1 and info.name in page.result_label.text()


def test_the_page_says_when_the_data_was_last_checked_in_full(qtbot, page, context,
                                                               monkeypatch):
    assert "not been checked in full" in page.check_label.text()
    info = finish(qtbot, page.back_up_now())
    assert f"{info.taken_at:%Y-%m-%d %H:%M}" in page.check_label.text()
    assert "sound" in page.check_label.text()
    from microcourt.db import sqlite_checks  # noqa: PLC0415
    from microcourt.db.sqlite_checks import IntegrityReport  # noqa: PLC0415

    monkeypatch.setattr(sqlite_checks, "check_file",  # the copy fails: a failing disk
                        lambda *_a, **_k: IntegrityReport(False, ("第3页损坏",)))
    failed = page.back_up_now()
    with qtbot.waitSignal(failed.finished, timeout=20_000):
        pass
    assert failed.error is not None
    assert context.services.ctx.paths.check_failed_marker.exists()
    page.reload()
    assert "found damage" in page.check_label.text() and "open it again" in \
        page.check_label.text()


def test_export_to_a_folder_is_encrypted_and_verifies(qtbot, page, tmp_path):
    stick = tmp_path / "U盘"
    stick.mkdir()
    info = finish(qtbot, page.export_to(str(stick), "很长的密码 & <12345>"))
    assert info.encrypted and info.path.parent == stick
    report = finish(qtbot, page.verify(info.path, "很长的密码 & <12345>"))
    assert report.ok and "is good" in page.result_label.text()


def test_export_dialog_wants_the_password_twice(page, tmp_path):
    page.export()
    dialog = page.dialog
    dialog.folder.setText(str(tmp_path))
    dialog.password.setText("很长的密码12345")
    dialog.password_again.setText("很长的密码1234")
    dialog.check()
    assert dialog.errors.is_showing("password_again") and dialog.result() == 0


def test_restore_asks_first_and_saves_the_current_data_aside(qtbot, page, context,
                                                             message_boxes):
    backup = finish(qtbot, page.back_up_now())
    context.services.settings.set("idle_lock_minutes", "9")
    message_boxes.answer = message_boxes.answer.No
    checking = page.restore(backup.path)
    finish(qtbot, checking)
    assert page.operation is checking  # declined: no restore started
    assert context.services.settings.get("idle_lock_minutes") == "9"
    message_boxes.answer = message_boxes.answer.Yes
    finish(qtbot, page.restore(backup.path))
    result = finish(qtbot, page.operation)
    assert context.services.settings.get("idle_lock_minutes") == "7"
    assert result.set_aside is not None and result.set_aside.exists()
    assert any("before restore" in page.table.item(r, 1).text().lower()
               for r in range(page.table.rowCount()))
    assert backup.name in message_boxes.texts("question")[0]

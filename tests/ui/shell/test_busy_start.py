"""The window at start with a database another program holds locked (issue 12, item 8):
it says the file is busy, not damaged, offers Retry, and opens once the lock is gone."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from microcourt.db import engine as db_engine
from microcourt.db import sqlite_checks
from microcourt.paths import DataPaths
from microcourt.services import open_services
from tests.core.backups.test_busy_database import Holder
from ui.start_checks import open_checked_services


def test_a_busy_database_is_retried_and_never_moved_aside(data_dir, monkeypatch):
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(sqlite_checks, "CHECK_TIMEOUT_S", 0.2)
    open_services(data_dir).close()
    paths = DataPaths(data_dir)
    holder, asked = Holder(paths.database), []

    def question(_parent, title, text, buttons, default):
        asked.append((title, text, buttons))
        if len(asked) == 2:  # the liaison closed the other program, then clicked Retry
            holder.release()
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    try:
        services = open_checked_services(paths)
    finally:
        holder.release()
    services.close()
    assert len(asked) == 2
    title, text, buttons = asked[0]
    assert title == "数据正被占用" or "in use" in title.lower()
    assert buttons & QMessageBox.StandardButton.Retry
    assert not list(data_dir.glob("microcourt.damaged-*"))

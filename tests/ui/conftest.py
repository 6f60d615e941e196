"""UI test fixtures: offscreen Qt, settings and data in temporary folders, and message
boxes replaced by recorders so no test ever waits on a modal dialog."""
from __future__ import annotations

import os
from pathlib import Path

# Offscreen Qt on the screen of a village PC (1366x768, not Qt's default 800x800), so
# dialogs are sized, and the clipping walker judges them, as on the real screen.
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    _SCREEN = Path(__file__).with_name("village_pc_screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from microcourt.services import open_services  # noqa: E402
from ui.context import PageContext  # noqa: E402
from ui.fonts import reset_font_scale  # noqa: E402
from ui.preferences import Preferences  # noqa: E402


class MessageBoxes:
    """Records QMessageBox.warning/critical/information/question calls instead of
    showing them; `answer` is what question() returns."""

    def __init__(self):
        self.shown: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def record(self, kind):
        def show(_parent, title, text, *args, **kwargs):
            self.shown.append((kind, title, text))
            return self.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return show

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind in (None, k)]


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch) -> MessageBoxes:
    boxes = MessageBoxes()
    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(boxes.record(kind)))
    return boxes


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch, qapp):
    """QSettings (INI) and the default data dir point into tmp_path; the app font is
    reset afterwards so one test's font scale never leaks into the next."""
    folder = tmp_path / "qsettings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    monkeypatch.setenv("MICROCOURT_DATA_DIR", str(tmp_path / "default-data"))
    yield folder
    reset_font_scale()


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def context(data_dir):
    services = open_services(data_dir)
    yield PageContext(services, Preferences())
    services.close()


@pytest.fixture
def start_app(qtbot):
    """start_app(*args) -> AppSession via ui.app.launch; every session is closed after."""
    from ui.app import launch

    sessions = []

    def start(*args):
        started = launch(list(args))
        if not isinstance(started, int):
            sessions.append(started)
        return started

    yield start
    for session in sessions:
        session.close()
    QApplication.processEvents()


@pytest.fixture
def chinese(qapp):
    """The shipped zh_CN catalogue, as a liaison sees the program by default."""
    from ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "zh_CN")
    yield
    remove_translators(qapp, translators)


@pytest.fixture(autouse=True)
def no_job_left_running():
    """A job a test started (e.g. the daily backup after a login) must not outlive it: a
    QThread destroyed while running aborts the whole test process."""
    yield
    from ui.operations import stop_all

    stop_all(timeout_ms=30_000)

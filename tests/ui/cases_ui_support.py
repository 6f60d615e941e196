"""Helpers of the Cases and Mediators page tests: a context acting as the liaison, the
demo loaded, and dialogs driven instead of shown (exec() would wait for a person)."""
from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog

from microcourt.services.demo.service import load_demo
from microcourt.services.kernel.progress import run_to_end
from tests.core.cases_support import LIAISON, liaison_services
from ui.context import PageContext
from ui.preferences import Preferences

WAGE_CASE = 11  # the demo's 77-worker case is registered 11th


@pytest.fixture
def liaison(tmp_path) -> PageContext:
    """A context whose actions are recorded as done by the liaison (俞晓燕)."""
    services = liaison_services(tmp_path)
    yield PageContext(services, Preferences())
    services.close()


@pytest.fixture
def demo(liaison) -> PageContext:
    run_to_end(load_demo(liaison.services))
    return liaison


def drive(monkeypatch, dialog_class: type[QDialog], act: Callable[[QDialog], None]) -> list:
    """Make `dialog_class.exec()` run `act(dialog)` instead of waiting for a person, and
    return the result it would have returned. Returns the list of dialogs driven."""
    driven = []

    def fake_exec(self):
        driven.append(self)
        act(self)
        return self.result()

    monkeypatch.setattr(dialog_class, "exec", fake_exec)
    return driven


__all__ = ["LIAISON", "WAGE_CASE", "demo", "drive", "liaison"]

"""Every page of the window (each tab of it in turn) and the shell's dialogs: no
mnemonic twice, no "&" shown as text (tests/ui/mnemonics.py)."""
from __future__ import annotations

import pytest
from mnemonics import keyboard_problems
from PySide6.QtWidgets import QTabWidget

from ui.lock_prompt import LockPrompt
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.page_registry import PAGES
from ui.password_dialog import ChangePasswordDialog


def _walk_tabs(window, problems):
    problems += keyboard_problems(window)
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                problems += keyboard_problems(window)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_page_of_the_window(context, qtbot, request, language):
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    problems: list[str] = []
    for spec in PAGES:
        window.show_page(spec.key)
        _walk_tabs(window, problems)
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


def test_the_shells_dialogs(context, qtbot, chinese):
    services = context.services
    services.accounts.create_admin("yuxy", "俞晓燕", "password-1", "password-1")
    problems: list[str] = []
    for dialog in (LoginDialog(services), LockPrompt(None, "俞晓燕"),
                   ChangePasswordDialog(context)):
        qtbot.addWidget(dialog)
        dialog.show()
        problems += keyboard_problems(dialog)
    assert problems == []


@pytest.fixture
def demo_context(context):
    for _progress in context.services.demo.load():
        pass
    return context


def test_a_case_with_all_its_tabs_and_the_forms(demo_context, qtbot, chinese):
    """The cases page with a case open (each tab), the case form (登记新案件: Alt+S saved
    nothing, it jumped to 案情摘要) and the hearing form."""
    from ui.cases.form import CaseFormDialog
    from ui.hearings.form import HearingFormDialog

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    problems: list[str] = []
    for case in demo_context.services.cases.list_cases()[:3]:
        window.open_item("cases", case.id)
        _walk_tabs(window, problems)
    for dialog in (CaseFormDialog(demo_context, parent=window),
                   HearingFormDialog(demo_context, parent=window)):
        dialog.show()
        _walk_tabs(dialog, problems)
        dialog.close()
    assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_agreement_editor_on_every_tab(demo_context, qtbot, request, language):
    """The editor's own buttons and tabs (登记签署 and 保存 both had Alt+S, 朗读 and
    纠纷情况 both Alt+D: the first press only moved the focus)."""
    from ui.agreements.editor import open_agreement_editor

    if language == "zh_CN":
        request.getfixturevalue("chinese")
    case = demo_context.services.cases.list_cases()[0]
    editor = open_agreement_editor(None, demo_context, case.id)
    try:
        editor.resize(1180, 720)
        problems: list[str] = []
        _walk_tabs(editor, problems)
        assert sorted(set(problems)) == [], "\n".join(sorted(set(problems)))
    finally:
        editor.dirty = False
        editor.close()

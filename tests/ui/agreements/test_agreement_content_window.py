"""Unclear content as the liaison meets it in the window: each problem has a Fix… that
opens its clause, signing is refused until it is fixed, the seal date is recorded with the
signatures, and a hearing still scheduled is offered for cancellation (issue 11, 1 and 3).
Clicks and keys go to the top-level window; Chinese text comes as an input method
commits it."""
from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from microcourt.domain import HearingStatus
from tests.ui import cases_ui_support as support
from tests.ui.filing_ui_support import case_id, open_filing_tab
from tests.ui.input_support import click
from ui.agreements.editor import open_agreement_editor
from ui.agreements.signing import SigningDialog

liaison, demo = support.liaison, support.demo  # fixtures
VIDEO_CASE = "上田微调〔2026〕第13号"  # in mediation, a video mediation still scheduled
REFUSED_CASE = "上田微调〔2026〕第7号"  # 尽快…再商量: the court refused it as unclear


def type_over(window, text: str) -> None:
    """Select all in the focused field (Ctrl+A to the window) and commit `text` there."""
    window.activateWindow()
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    focused = QApplication.focusWidget()
    if not focused.textCursor().hasSelection():  # offscreen: the window may not be active
        focused.selectAll()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(focused, event)


def fix_every_blank(qtbot, editor) -> list[int]:
    """Click each problem's Fix… and write the clause it opened again; the rows opened."""
    opened = []
    for _ in range(10):  # never more blanks than that in a template
        if not editor.warnings.blocking():
            break
        warning = editor.warnings.blocking()[0]
        qtbot.wait(50)  # the panel's new rows laid out before the click finds its button
        click(qtbot, editor.warnings.fix_buttons[warning.field])
        if warning.kind == "no_payment_term":  # a sum with no date: pay it in one go
            assert editor.tabs.currentWidget() is editor.plan
            editor.plan.count_spin.setValue(1)
            click(qtbot, editor.plan.generate_button)
            continue
        opened.append(editor.terms.clauses.list.currentRow())
        assert QApplication.focusWidget() is editor.terms.clauses.editor
        type_over(editor, f"被申请人于2026年12月{len(opened)}日前将修好的摩托车交还申请人。")
    assert not editor.warnings.blocking()
    return opened


def test_fix_opens_the_clause_and_signing_waits_until_it_is_clear(qtbot, demo, message_boxes):
    editor = open_agreement_editor(None, demo, case_id(demo, VIDEO_CASE))
    try:
        editor.terms.clauses.insert("被申请人尽快赔偿。")
        editor.resize(1180, 800)
        blocking = editor.warnings.blocking()
        marked = [label.text() for label in editor.warnings.findChildren(QLabel, "warning_text")
                  if label.text().startswith("✖")]
        assert blocking and any("尽快" in text for text in marked)
        click(qtbot, editor.sign_button)
        assert editor.findChild(SigningDialog) is None  # refused, not merely warned
        assert "不明确" in message_boxes.texts("warning")[-1]
        assert editor.tabs.currentWidget() is editor.terms.terms_page
        first = int(blocking[0].field[len("clauses["):-1])
        assert editor.terms.clauses.list.currentRow() == first  # opened at the clause
        opened = fix_every_blank(qtbot, editor)
        assert opened[0] == first and not editor.warnings.blocking()
        click(qtbot, editor.sign_button)
        dialog = editor.findChild(SigningDialog)
        assert dialog is not None and dialog.isVisible()
        dialog.reject()
    finally:
        editor.dirty = False
        editor.close()


def test_the_seal_coming_last_takes_effect_and_the_hearing_is_offered_for_cancellation(
        qtbot, demo, message_boxes):
    number = case_id(demo, VIDEO_CASE)
    editor = open_agreement_editor(None, demo, number)
    try:
        editor.resize(1180, 800)
        fix_every_blank(qtbot, editor)
        click(qtbot, editor.sign_button)
        dialog = editor.findChild(SigningDialog)
        dialog.all_dates.setDate(QDate(2026, 12, 1))
        dialog.set_every_date()
        dialog.seal_date.setDate(QDate(2026, 12, 2))  # the seal went on the next day
        with qtbot.waitSignal(dialog.finished):
            click(qtbot, dialog.sign_button)
        assert editor.detail.effective_on == date(2026, 12, 2) == editor.detail.sealed_on
        banner = editor.banner.text()
        assert "2026-12-02" in banner
        # the seal is named as what made it take effect, not "the last signature"
        assert "seal" in banner or "盖章" in banner
        assert "last signature" not in banner and "最后一人签名" not in banner
        # 30 days end on 2027-01-01, a year the holiday calendar does not hold: said here
        assert "2027" in banner and ("holiday calendar" in banner or "节假日日历" in banner)
        question = message_boxes.texts("question")[-1]
        assert "视频调解" in question or "Video mediation" in question
        hearings = demo.services.hearings.list_for_case(number)
        assert [h.status for h in hearings] == [HearingStatus.CANCELLED]
        assert demo.services.cases.get_case(number).status == "agreed"
    finally:
        if shiboken6.isValid(editor):
            editor.close()


def test_a_filing_problem_opens_the_clause_it_names(qtbot, demo):
    page, panel = open_filing_tab(demo, qtbot, REFUSED_CASE)
    [unclear] = [p for p in panel.problems.problems if p.kind == "unclear"]
    assert unclear.field == "clauses[1]" and "尽快" in unclear.message
    button = panel.problems.fix_buttons[panel.problems.problems.index(unclear)]
    click(qtbot, button)
    editor = next(w for w in QApplication.topLevelWidgets()
                  if type(w).__name__ == "AgreementEditor" and w.isVisible())
    try:
        assert editor.terms.clauses.list.currentRow() == 1
        assert "尽快" in editor.terms.clauses.editor.toPlainText()
        assert editor.tabs.currentWidget() is editor.terms.terms_page
    finally:
        editor.close()

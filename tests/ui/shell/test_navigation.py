"""Crossing pages: a case opens its agreement editor and follows what is signed there; a
party in a case opens in the Parties page."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QDate

from microcourt.domain import CaseStatus
from tests.fixtures.agreement_cases import make_case
from tests.ui.agreements.test_agreement_editor import write_in_the_blanks
from ui.main_window import MainWindow


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window


def test_signing_in_the_editor_moves_the_case_shown_on_the_cases_page(qtbot, context):
    case = make_case(context.services, [("王𠮷", 1_234_567)], category="lease",
                     summary="承租方拖欠租金六个月。")
    window = _window(qtbot, context)
    page = window.show_page("cases")
    page.open_case(case.case_id)
    detail_view = page.detail
    assert detail_view.detail.status == CaseStatus.IN_MEDIATION
    editor = detail_view.open_agreement()
    try:
        write_in_the_blanks(editor)  # the lease template's 某年某月某日
        dialog = editor.sign()
        dialog.all_dates.setDate(QDate(2024, 3, 1))
        dialog.set_every_date()
        with qtbot.waitSignal(dialog.finished):
            dialog.record()
        assert detail_view.detail.status == CaseStatus.AGREEMENT_REACHED
        assert "达成协议" in detail_view.status_label.text() or \
            "Agreement reached" in detail_view.status_label.text()
    finally:
        if shiboken6.isValid(editor):
            editor.dirty = False
            editor.close()


def test_double_clicking_a_party_of_a_case_opens_it_in_the_parties_page(qtbot, context):
    case = make_case(context.services, [("李䶮", 50_000)])
    window = _window(qtbot, context)
    cases = window.show_page("cases")
    cases.open_case(case.case_id)
    parties = cases.detail.parties
    row = next(r for r in range(parties.table.rowCount())
               if "李䶮" in parties.table.item(r, 1).text())
    parties.table.setCurrentCell(row, 1)
    parties.open_current_party()
    assert window.stack.currentWidget() is window.pages["parties"]
    assert window.pages["parties"].detail.detail.name == "李䶮"

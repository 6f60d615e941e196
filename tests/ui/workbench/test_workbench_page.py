"""The Workbench page: the window opens on it, the demo's items sit in the right sections
with their counts, each kind of item opens the page that deals with it (double-click,
Enter or Open), an empty database says so plainly, and an enforcement warning builds
the 强制执行申请书 for preview."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from microcourt.services.demo.service import load_demo
from microcourt.services.kernel.progress import run_to_end
from tests.core import workbench_support as crafted
from tests.ui.cases_ui_support import liaison  # noqa: F401 - fixture
from ui.common.pdf_preview import PdfPreviewDialog
from ui.main_window import MainWindow
from ui.mediators.form import MediatorFormDialog
from ui.operations import call, run_job
from ui.workbench.property_leads import PropertyLeadsDialog
from ui.workbench.sections import ITEM_ROLE

DEMO_DAY = date(2025, 6, 2)                      # the demo is built as of this day
HEARING_DAY = DEMO_DAY + timedelta(days=3)        # its online hearing takes place
LATER = DEMO_DAY + timedelta(days=37)             # windows missed, cases idle


@pytest.fixture
def demo_day(liaison):  # noqa: F811 - the fixture above
    run_to_end(load_demo(liaison.services, today=DEMO_DAY))
    return liaison


def _window(qtbot, context, day: date) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.pages["workbench"]
    page.today_provider = lambda: day
    window.show()
    page.refresh()
    return window


def _row_of(page, section: str):
    tree = page.tasks if section in page.tasks.headings else page.warnings
    rows = tree.rows(section)
    assert rows, f"nothing in {section}"
    return tree, rows[0]


def _choose(page, section: str):
    tree, row = _row_of(page, section)
    tree.setCurrentItem(row)
    return row.data(0, ITEM_ROLE)


def test_window_opens_on_the_workbench(qtbot, demo_day):
    window = _window(qtbot, demo_day, HEARING_DAY)
    assert window.specs[0].key == "workbench"
    assert window.stack.currentWidget() is window.pages["workbench"]
    assert window.navigation.currentRow() == 0


def test_demo_items_sit_in_their_sections_with_counts(qtbot, demo_day):
    page = _window(qtbot, demo_day, HEARING_DAY).pages["workbench"]
    bench = demo_day.services.workbench.build(HEARING_DAY)
    assert page.counts["hearings_today"] == 1
    assert page.counts["hearings_tomorrow"] == 0
    assert page.counts["mass_dispute"] == 1
    assert page.counts["overdue"] == len(bench.of_kind("overdue")) > 0
    assert sum(page.counts.values()) == len(bench.items)
    heading = page.tasks.headings["hearings_today"].text(0)
    assert heading.endswith("(1)")
    hearing = page.tasks.rows("hearings_today")[0]
    expected = bench.of_kind("hearing")[0]
    assert expected.title in hearing.text(0) and "09:30" in hearing.text(0)
    assert expected.detail in hearing.text(0)
    mass = page.warnings.rows("mass_dispute")[0].text(0)
    assert "77名申请人" in mass  # the reason is shown, not just the title
    assert page.summary.text() == (f"{len(bench.tasks)} things to do, "
                                   f"{len(bench.warnings)} early warnings.")


def test_a_hearing_opens_on_the_hearings_page_by_enter(qtbot, demo_day):
    window = _window(qtbot, demo_day, HEARING_DAY)
    page = window.pages["workbench"]
    item = _choose(page, "hearings_today")
    page.tasks.setFocus()
    qtbot.keyClick(page.tasks, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.pages["hearings"]
    assert window.pages["hearings"].detail.hearing.id == item.target[1]


def test_an_idle_case_and_a_missed_window_open_their_case(qtbot, demo_day):
    window = _window(qtbot, demo_day, LATER)
    page = window.pages["workbench"]
    for section in ("idle_case", "window_missed"):
        window.show_page("workbench")
        tree, row = _row_of(page, section)
        tree.itemActivated.emit(row, 0)  # what a double-click does
        case_id = row.data(0, ITEM_ROLE).case_id
        assert window.stack.currentWidget() is window.pages["cases"]
        assert window.pages["cases"].detail.detail.id == case_id, section
        detail = window.pages["cases"].detail
        if row.data(0, ITEM_ROLE).target[0] == "filing":  # straight to its filing tab
            assert detail.tabs.currentWidget() is detail.panels["filing"], section


def test_a_mass_dispute_opens_the_respondent_on_the_parties_page(qtbot, demo_day):
    window = _window(qtbot, demo_day, HEARING_DAY)
    page = window.pages["workbench"]
    item = _choose(page, "mass_dispute")
    assert page.open_button.isEnabled() and not page.enforcement_button.isEnabled()
    page.open_button.click()
    assert window.stack.currentWidget() is window.pages["parties"]
    assert window.pages["parties"].detail.detail.id == item.target[1]
    assert "卓步鞋业" in window.pages["parties"].detail.detail.name


def test_overdue_installments_open_the_agreement_editor(qtbot, demo_day):
    window = _window(qtbot, demo_day, HEARING_DAY)
    page = window.pages["workbench"]
    item = _choose(page, "overdue")
    editor = page.open_target(item)
    try:
        assert editor is not None and editor.isVisible()
        assert editor.case_id == item.case_id
    finally:
        if shiboken6.isValid(editor):
            editor.dirty = False
            editor.close()


def test_empty_database_says_so_plainly(qtbot, liaison, chinese):  # noqa: F811
    page = _window(qtbot, liaison, DEMO_DAY).pages["workbench"]
    assert set(page.counts.values()) == {0}
    for tree in (page.tasks, page.warnings):
        for key, heading in tree.headings.items():
            assert heading.childCount() == 1 and tree.rows(key) == []
    assert page.tasks.headings["hearings_today"].child(0).text(0) == "今天没有庭审。"
    assert not page.open_button.isEnabled()


def test_the_page_follows_a_change_made_elsewhere_once(qtbot, liaison, monkeypatch):  # noqa: F811
    page = _window(qtbot, liaison, DEMO_DAY).pages["workbench"]
    assert page.counts["mass_dispute"] == 0
    builds = []
    build = liaison.services.workbench.build
    monkeypatch.setattr(liaison.services.workbench, "build",
                        lambda today=None: builds.append(today) or build(today))
    job = run_job(None, load_demo(liaison.services, today=DEMO_DAY), "demo", context=liaison)
    qtbot.waitUntil(lambda: not job.is_running(), timeout=20_000)
    assert page.counts["mass_dispute"] == 1 and builds == [DEMO_DAY]
    # A mediator's phone is not on the workbench... but their name is (hearings): once.
    editor = MediatorFormDialog(liaison, liaison.services.mediators.list()[0], None)
    editor.phone_edit.setText("13900001111")
    editor.save()
    assert builds == [DEMO_DAY, DEMO_DAY]
    call(liaison, None, lambda: liaison.services.settings.set("idle_minutes", "9"))
    assert builds == [DEMO_DAY, DEMO_DAY]  # a setting: nothing the workbench shows


@pytest.fixture
def enforceable(liaison):  # noqa: F811
    """A confirmed agreement whose only installment is overdue on DEMO_DAY."""
    with liaison.services.ctx.db.transaction() as s:
        worker, boss = crafted.person(s, "王𠮷"), crafted.company(s)
        row = crafted.case(s, date(2025, 3, 1), "confirmed", [worker], [boss],
                           changed=crafted.at(DEMO_DAY - timedelta(days=2)))
        deal = crafted.agreement(s, row, effective_on=date(2025, 4, 2), total_fen=200_000)
        crafted.installment(s, deal, date(2025, 5, 1), 200_000, boss, worker)
        crafted.filing(s, row, deal, "confirmed", submitted=date(2025, 4, 5),
                       ruling=date(2025, 4, 20), court_number="（2025）浙0185民特12号")
        return row.number


def commit_text(widget, text: str) -> None:
    """Text committed by an input method (QTest synthesises ASCII keys only)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_enforcement_warning_builds_the_application(qtbot, liaison, enforceable):  # noqa: F811
    window = _window(qtbot, liaison, DEMO_DAY)
    page = window.pages["workbench"]
    assert page.counts["enforcement"] == 1
    item = _choose(page, "enforcement")
    assert item.case_number == enforceable
    assert page.enforcement_button.isEnabled()
    qtbot.mouseClick(page.enforcement_button, Qt.MouseButton.LeftButton)
    leads = page.findChild(PropertyLeadsDialog)
    assert leads is not None and leads.isVisible()
    table = leads.tables[0].table  # the company, with two rows to type into
    detail = table.cellWidget(0, 1)
    detail.setFocus()
    commit_text(detail, "中国农业银行临安支行")  # as an input method delivers Chinese
    qtbot.keyClicks(detail, " 6228 4803 1234 5678")
    qtbot.mouseClick(leads.make_button, Qt.MouseButton.LeftButton)
    operation = page.enforcement_preview
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass
    assert operation.error is None
    dialog = page.findChild(PdfPreviewDialog)
    assert dialog is not None and dialog.document.pageCount() >= 1
    assert enforceable in dialog.windowTitle()
    text = "".join(dialog.document.getAllText(n).text() for n in range(dialog.document.pageCount()))
    assert "中国农业银行临安支行" in text.replace("\n", "")
    dialog.close()
    saved = liaison.services.parties.property_leads(leads.tables[0].party_id)
    assert [lead.detail for lead in saved] == ["中国农业银行临安支行 6228 4803 1234 5678"]


def test_cancelling_the_leads_makes_no_application(qtbot, liaison, enforceable):  # noqa: F811
    window = _window(qtbot, liaison, DEMO_DAY)
    page = window.pages["workbench"]
    _choose(page, "enforcement")
    leads = page.enforcement_application()
    detail = leads.tables[0].table.cellWidget(0, 1)
    commit_text(detail, "房" * 301)  # the box itself stops at 300
    assert len(detail.text()) == 300
    leads.reject()
    assert not hasattr(page, "enforcement_preview") and page.findChild(PdfPreviewDialog) is None
    assert liaison.services.parties.property_leads(leads.tables[0].party_id) == ()

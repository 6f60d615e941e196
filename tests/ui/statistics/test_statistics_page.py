"""The Statistics page: figures equal the service's for the chosen period, switching the
period follows, the charts have one bar/slice per category/status counted, and the
monthly report is written to the file chosen (xlsx opened back with openpyxl)."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QDialog, QFileDialog

from microcourt.domain import CaseCategory
from microcourt.services.demo.service import load_demo
from microcourt.services.kernel.progress import run_to_end
from microcourt.services.reports.statistics_dto import Period
from microcourt.validation.money import format_amount, to_chinese_upper
from tests.ui.cases_ui_support import drive, liaison  # noqa: F401 - fixture
from ui.main_window import MainWindow
from ui.statistics.report_export import ReportExportDialog

DEMO_DAY = date(2025, 6, 2)
MONTH = Period.month(2025, 6)


@pytest.fixture
def window(qtbot, liaison):  # noqa: F811 - the fixture above
    run_to_end(load_demo(liaison.services, today=DEMO_DAY))
    window = MainWindow(liaison)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def page(window):
    page = window.show_page("statistics")
    page.set_period(Period.whole_year(2025))
    return page


def test_statistics_sits_after_hearings(window):
    keys = [spec.key for spec in window.specs]
    assert keys.index("statistics") == keys.index("hearings") + 1


def test_figures_match_the_service_for_the_period(page, liaison):  # noqa: F811
    stats = liaison.services.statistics.compute(Period.whole_year(2025))
    assert stats.cases.received > 10  # the demo: a meaningful year
    tiles = page.tiles
    assert page.title.text() == "2025年"
    assert tiles["received"].value.text() == str(stats.cases.received)
    assert tiles["success_rate"].value.text() == (
        f"{stats.outcomes.success_rate}%" if stats.outcomes.success_rate is not None else "—")
    assert tiles["agreed"].value.text() == format_amount(stats.amounts.agreed_fen)
    assert to_chinese_upper(stats.amounts.agreed_fen) in tiles["agreed"].toolTip()
    assert tiles["paid"].value.text() == format_amount(stats.amounts.paid_fen)
    assert tiles["elderly"].value.text() == f"{stats.elderly.share}%"
    confirmed = stats.confirmations
    assert tiles["confirmations"].value.text() == f"{confirmed.confirmed} / {confirmed.refused}"


def test_switching_the_period_updates(page, liaison):  # noqa: F811
    year = page.tiles["received"].value.text()
    page.kind.setCurrentIndex(page.kind.findData("month"))
    page.number.setCurrentIndex(page.number.findData(6))
    assert page.period() == MONTH
    stats = liaison.services.statistics.compute(MONTH)
    assert page.tiles["received"].value.text() == str(stats.cases.received) != year
    assert page.title.text() == "2025年6月"
    page.year.setValue(2024)  # before the demo: nothing, said as — rather than 0%
    assert page.tiles["received"].value.text() == "0"
    assert page.tiles["success_rate"].value.text() == "—"
    assert page.charts.slices() == []


def test_charts_have_a_bar_per_category_and_a_slice_per_status(page, liaison):  # noqa: F811
    stats = liaison.services.statistics.compute(Period.whole_year(2025))
    counts = stats.cases.by_category
    expected = [counts[c.value] for c in CaseCategory if counts.get(c.value)]  # enum order
    assert len(expected) > 2
    assert page.charts.bar_values(page.charts.categories) == expected
    slices = page.charts.slices()
    assert len(slices) == len([v for v in stats.cases.by_status.values() if v])
    assert sum(value for _label, value in slices) == stats.cases.received
    c = stats.confirmations
    assert page.charts.bar_values(page.charts.confirmations) == [c.submitted, c.confirmed,
                                                                 c.refused]


def _export(qtbot, monkeypatch, page, target, suffix):
    def choose(dialog):
        dialog.month.setDate(dialog.month.date().fromString("2025-06", "yyyy-MM"))
        dialog.file_type.setCurrentIndex(dialog.file_type.findData(suffix))
        dialog.done(QDialog.DialogCode.Accepted)

    drive(monkeypatch, ReportExportDialog, choose)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *args: (asked.append(args) or str(target), "")))
    operation = page.export_report()
    with qtbot.waitSignal(operation.finished, timeout=20_000):
        pass
    assert operation.error is None
    return asked


def test_monthly_report_to_xlsx(qtbot, monkeypatch, page, tmp_path):
    target = tmp_path / "月报"  # no suffix typed: the chosen type's is added
    asked = _export(qtbot, monkeypatch, page, target, ".xlsx")
    assert asked[0][2].endswith("2025-06.xlsx")
    book = load_workbook(tmp_path / "月报.xlsx")
    assert book.sheetnames == ["汇总", "案件清单"]
    assert book["汇总"]["A2"].value == "本月收案"


def test_monthly_report_to_pdf_offers_preview(qtbot, monkeypatch, page, tmp_path,
                                              message_boxes):
    message_boxes.answer = message_boxes.answer.No
    _export(qtbot, monkeypatch, page, tmp_path / "report.pdf", ".pdf")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert any("report.pdf" in text for text in message_boxes.texts("question"))

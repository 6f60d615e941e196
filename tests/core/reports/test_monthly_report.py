"""The monthly report: the workbook opened with openpyxl (sheets, headers, frozen row,
widths, figures, case list) and the PDF's text (title, figures, masked IDs only)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from filing_support import PROFILE, flat, pdf_text
from openpyxl import load_workbook
from workbench_support import agreement, at, case, company, event, person

from microcourt.errors import ValidationError
from microcourt.services.reports.monthly import ReportsService
from microcourt.validation.idcard import mask_id


@pytest.fixture
def month(services):
    services.settings.save_profile(PROFILE)
    with services.ctx.db.transaction() as s:
        ji = person(s, "王𠮷", date(1950, 2, 28))
        yan = person(s, "䶮", date(1990, 7, 1), gender="female")
        workers = [person(s, f"工人{i}", date(1965, 1, 1)) for i in range(12)]
        boss = company(s)
        lease = case(s, date(2024, 3, 2), "agreed", [ji], [yan], category="lease",
                     amount_fen=3_600_000)
        event(s, lease, at(date(2024, 3, 20)), "agreed")
        agreement(s, lease, effective_on=date(2024, 3, 20), total_fen=3_000_050)
        case(s, date(2024, 3, 9), "in_mediation", workers, [boss], amount_fen=40_000_000)
        earlier = case(s, date(2024, 1, 9), "failed", [person(s, "阿依古丽·买买提")], [boss])
        event(s, earlier, at(date(2024, 3, 30)), "failed")   # concluded in March: listed
        case(s, date(2024, 4, 1), "registered", [person(s, "四月")], [boss])  # not listed
        ids = {"ji": ji.id_number, "yan": yan.id_number}
    return ReportsService(services.ctx), ids


def test_report_data(month):
    reports, _ = month
    report = reports.monthly("2024-03")
    assert report.title == "上田村微法庭2024年3月工作报告"
    assert [c.category for c in report.cases] == ["追索劳动报酬纠纷", "房屋租赁合同纠纷",
                                                  "追索劳动报酬纠纷"]
    lease = report.cases[1]
    assert (lease.claimed, lease.agreed) == (Decimal("36000.00"), Decimal("30000.50"))
    assert report.cases[2].applicants.endswith("等12人")


def test_xlsx_sheets_headers_and_no_full_id(month, tmp_path):
    reports, ids = month
    out = reports.write_monthly("2024-03", tmp_path / "月报.xlsx")
    book = load_workbook(out)
    assert book.sheetnames == ["汇总", "案件清单"]
    summary, cases = book["汇总"], book["案件清单"]
    assert [c.value for c in summary[1]] == ["项目", "数值", "单位"]
    assert summary.freeze_panes == "A2" and cases.freeze_panes == "A2"
    figures = {row[0]: row[1] for row in summary.iter_rows(min_row=2, values_only=True)}
    assert figures["本月收案"] == 2
    assert figures["调解成功率"] == 50                 # 1 reached, 1 failed
    assert figures["生效协议金额（1份）"] == 30000.5
    assert figures["司法确认成功率"] == "—"
    assert figures["房屋租赁合同纠纷"] == 1
    header = [c.value for c in cases[1]]
    assert header[:4] == ["案号", "类别", "收案日期", "状态"]
    rows = list(cases.iter_rows(min_row=2, values_only=True))
    assert len(rows) == 3
    assert rows[1][4] == f"王𠮷（{mask_id(ids['ji'])}）" and rows[1][6] == 36000
    assert cases.column_dimensions["E"].width > 20
    every_cell = " ".join(str(v) for sheet in book for row in sheet.iter_rows(values_only=True)
                          for v in row if v is not None)
    assert ids["ji"] not in every_cell and ids["yan"] not in every_cell


def test_pdf_text_figures_and_masked_ids(month, tmp_path):
    reports, ids = month
    text = pdf_text(reports.write_monthly("2024-03", tmp_path / "月报.pdf"))
    for expected in ("上田村微法庭2024年3月工作报告", "统计期间：2024年3月1日至2024年3月31日",
                     "调解成功率50.0%", "生效协议金额（1份）30,000.50元", "四、案件清单",
                     "王𠮷", "䶮", "阿依古丽·买买提", mask_id(ids["yan"]), "等12人"):
        assert flat(expected) in text, expected
    assert ids["ji"] not in text and ids["yan"] not in text
    assert "四月" not in text


@pytest.mark.parametrize("month_text, name", [("2024-13", "x.pdf"), ("2024-Q1", "x.pdf"),
                                              ("2024-03", "x.docx")])
def test_bad_month_or_file_type_refused(month, tmp_path, month_text, name):
    reports, _ = month
    with pytest.raises(ValidationError):
        reports.write_monthly(month_text, tmp_path / name)
    assert not (tmp_path / name).exists()


def test_the_case_list_repeats_its_header_keeps_numbers_whole_and_adds_up(services, tmp_path):
    services.settings.save_profile(PROFILE)
    with services.ctx.db.transaction() as s:
        boss = company(s)
        for day in range(1, 29):  # a busy month: the list runs over several pages
            case(s, date(2024, 3, day), "in_mediation",
                 [person(s, f"申请人{day}", date(1960, 1, day))], [boss],
                 amount_fen=100_000 * day)
    out = ReportsService(services.ctx).write_monthly("2024-03", tmp_path / "月报.pdf")
    from pypdf import PdfReader
    pages = [page.extract_text() for page in PdfReader(out).pages]
    listing = [text for text in pages if "上田微调" in text]
    assert len(listing) >= 2  # the header row on every page of the list
    assert all("案号" in text and "协议金额" in text for text in listing)
    text = flat("".join(pages))
    assert "合计（28件）" in text and flat("406,000.00") in text  # 1,000 x (1 + ... + 28)
    numbers = [c.number for c in services.cases.list_cases()]
    assert len(numbers) == 28
    lines = [line.strip() for page in pages for line in page.split("\n")]
    for number in numbers:  # each whole on one line
        assert any(number in line for line in lines), number


FORMULAS = ('=HYPERLINK("http://evil.example/","点我")', "+1+1", "-2+3", "@SUM(A1)",
            "=cmd|'/C calc'!A0")


def test_text_that_looks_like_a_formula_stays_text_in_the_workbook(services, tmp_path):
    """A party named =HYPERLINK(...) is a name, not a live formula (issue 12, item 4)."""
    import zipfile

    services.settings.save_profile(PROFILE)
    with services.ctx.db.transaction() as s:
        sides = [person(s, name, date(1960, 1, 1)) for name in FORMULAS]
        case(s, date(2024, 3, 2), "registered", sides[:3], sides[3:])
    out = ReportsService(services.ctx).write_monthly("2024-03", tmp_path / "月报.xlsx")
    with zipfile.ZipFile(out) as archive:
        sheets = [archive.read(name).decode("utf-8") for name in archive.namelist()
                  if name.startswith("xl/worksheets/sheet")]
    assert sheets and not any("<f>" in xml or "<f " in xml for xml in sheets)
    row = next(load_workbook(out)["案件清单"].iter_rows(min_row=2))
    assert row[4].data_type == "s" and row[4].value.startswith('=HYPERLINK("http://evil')
    assert row[5].data_type == "s" and row[5].value.startswith("@SUM(A1)")


def test_the_report_prints_the_audit_head_as_a_paper_anchor(month, tmp_path):
    reports, _ = month
    from microcourt.services.audit import chain as audit

    def printed() -> str:
        with reports.ctx.db.reading() as session:
            return audit.head(session).printed()

    head = printed()
    text = pdf_text(reports.write_monthly("2024-03", tmp_path / "月报.pdf"))
    assert flat(f"审计日志链头：{head}") in text
    head = printed()  # the PDF's own audit entry moved it
    book = load_workbook(reports.write_monthly("2024-03", tmp_path / "月报.xlsx"))
    assert f"审计日志链头：{head}（请随报告存档）" in [c.value for c in book["汇总"]["A"]]

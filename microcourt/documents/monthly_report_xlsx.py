"""The monthly report as an .xlsx workbook (openpyxl): a summary sheet (key figures,
cases by category and by status) and a case-list sheet, each with a bold, frozen header
row and column widths fitted to Chinese text. Amounts are numbers (yuan, two places) so
the town can add them up; ID numbers are masked, as in the PDF. Text is never a formula."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from microcourt.documents.builder import write_atomically
from microcourt.documents.inputs.report import ReportContents

SUMMARY_SHEET = "汇总"
CASES_SHEET = "案件清单"
CASE_HEADERS = ("案号", "类别", "收案日期", "状态", "申请人（身份证号已隐去）", "被申请人",
                "请求金额（元）", "协议金额（元）")
MONEY_FORMAT = "#,##0.00"
HEADER_FILL = PatternFill("solid", fgColor="DDDDDD")
MAX_WIDTH = 60


def write_report_xlsx(report: ReportContents, out_path: Path) -> Path:
    book = Workbook()
    summary = book.active
    summary.title = SUMMARY_SHEET
    _summary(summary, report)
    _cases(book.create_sheet(CASES_SHEET), report)
    book.properties.title = report.title
    book.properties.creator = "微法庭助手"
    _text_as_strings(book)
    return write_atomically(out_path, lambda temp: book.save(temp))


def _summary(sheet: Worksheet, report: ReportContents) -> None:
    _header(sheet, ("项目", "数值", "单位"))
    for figure in report.figures:
        value = figure.value if figure.value is not None else "—"
        sheet.append([figure.label, value, figure.unit])
        if isinstance(value, Decimal) and figure.unit == "元":
            sheet.cell(sheet.max_row, 2).number_format = MONEY_FORMAT
    for title, rows in (("按类别收案", report.by_category), ("按目前状态", report.by_status)):
        sheet.append([])
        sheet.append([title, "件数"])
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for name, count in rows:
            sheet.append([name, count, "件"])
    sheet.append([])
    sheet.append([f"{report.title}（{report.made_on.isoformat()}制表）"])
    if report.audit_head:
        sheet.append([f"审计日志链头：{report.audit_head}（请随报告存档）"])
    _fit(sheet)


def _cases(sheet: Worksheet, report: ReportContents) -> None:
    _header(sheet, CASE_HEADERS)
    for row in report.cases:
        sheet.append([row.number, row.category, row.received_on, row.status, row.applicants,
                      row.respondents, row.claimed, row.agreed])
        current = sheet.max_row
        sheet.cell(current, 3).number_format = "yyyy-mm-dd"
        for column in (7, 8):
            sheet.cell(current, column).number_format = MONEY_FORMAT
    if report.cases:
        sheet.auto_filter.ref = sheet.dimensions
    _fit(sheet)


def _text_as_strings(book: Workbook) -> None:
    """Every text cell a string cell: openpyxl stores text beginning with "=" as a
    formula, so a party named =HYPERLINK(...) would run in the town's Excel (issue 12)."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.data_type = "s"


def _header(sheet: Worksheet, titles) -> None:
    sheet.append(list(titles))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="center")
    sheet.freeze_panes = "A2"  # the header row stays while scrolling


def _fit(sheet: Worksheet) -> None:
    """Each column as wide as its longest text, a CJK character counting two."""
    widths: dict[int, int] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None:
                continue
            text = cell.value.isoformat() if hasattr(cell.value, "isoformat") else str(cell.value)
            width = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
            widths[cell.column] = max(widths.get(cell.column, 0), width)
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(width + 2, MAX_WIDTH)

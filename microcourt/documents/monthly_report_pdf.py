"""《XX微法庭 YYYY年M月工作报告》: the monthly report for the town as PDF, through the
shared document helpers (escaped paragraphs with font fallback, numbered A4 pages,
atomic write). The case list prints MASKED ID numbers only.

Every table's columns are fitted to what they hold (a case number, a date, an amount
on one line; the parties wrap), its header row repeats on every page, and the case
list ends with a totals row.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table

from microcourt.documents.builder import build_pdf, heading
from microcourt.documents.inputs.report import Figure, ReportContents
from microcourt.documents.parts.tables import cell_styles, text_table
from microcourt.documents.styles import DocumentStyles, document_styles
from microcourt.documents.text import paragraph
from microcourt.timeutil import format_date_cn

LIST_FONT_SIZE = 9.0
LIST_HEADERS = ("案号", "类别", "收案日期", "状态", "当事人（身份证号已隐去）", "请求金额\n（元）",
                "协议金额\n（元）")


def write_report_pdf(report: ReportContents, out_path: Path) -> Path:
    styles = document_styles(False)
    return build_pdf(out_path, report_story(report, styles), title=report.title,
                     styles=styles, subject="微法庭月度工作报告")


def report_story(report: ReportContents, styles: DocumentStyles) -> list[Flowable]:
    story: list[Flowable] = [
        paragraph(report.title, styles.title),
        paragraph(f"统计期间：{format_date_cn(report.first_day)}至"
                  f"{format_date_cn(report.last_day)}　"
                  f"制表日期：{format_date_cn(report.made_on)}", styles.subtitle)]
    story += heading("一、主要数据", styles)
    story.append(_two_columns([("项目", "数值")] + [(f.label, figure_text(f))
                                                  for f in report.figures], styles))
    for title, label, rows in (("二、收案类别", "类别", report.by_category),
                               ("三、收案的目前状态", "状态", report.by_status)):
        story += heading(title, styles)
        if rows:
            story.append(_two_columns([(label, "件数")] + [(name, f"{n}件") for name, n in rows]
                                      + [("合计", f"{sum(n for _, n in rows)}件")], styles,
                                      total_row=True))
        else:
            story.append(paragraph("本月没有收案。", styles.body))
    story += heading("四、案件清单", styles)
    story.append(paragraph("本月收案或本月调解结案的案件。当事人身份证号码已部分隐去。",
                           styles.small))
    story.append(_case_list(report) if report.cases else paragraph("本月没有案件。", styles.body))
    story += _notes(styles)
    if report.audit_head:
        story.append(paragraph(f"审计日志链头：{report.audit_head}（请随报告存档；核对时运行 "
                               f"microcourt-cli audit verify --anchor {report.audit_head}）",
                               styles.small))
    return story


def figure_text(figure: Figure) -> str:
    if figure.value is None:
        return "—"
    if figure.unit == "元":
        return f"{figure.value:,.2f}元"
    return f"{figure.value}{figure.unit}"


def _two_columns(rows: list[tuple[str, str]], styles: DocumentStyles,
                 total_row: bool = False) -> Table:
    """Label | figure rows under a header row, the figures on one line each."""
    left, centred, right = cell_styles(styles)
    return text_table([list(row) for row in rows], [left, right], flexible={0},
                      header_style=centred, extra=_total_style() if total_row else ())


def _total_style() -> tuple:
    return (("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#F4F4F4")),
            ("LINEABOVE", (0, -1), (-1, -1), 1.2, colors.black))


@lru_cache(maxsize=1)
def _list_styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    base, centred, right = cell_styles(document_styles(False))
    size = dict(fontSize=LIST_FONT_SIZE, leading=round(LIST_FONT_SIZE * 1.3, 1))
    return (ParagraphStyle("ReportListCell", parent=base, **size),
            ParagraphStyle("ReportListCellC", parent=centred, **size),
            ParagraphStyle("ReportListCellR", parent=right, **size))


def _case_list(report: ReportContents) -> Table:
    left, centred, right = _list_styles()
    rows = [list(LIST_HEADERS)]
    for case in report.cases:
        rows.append([case.number, case.category, case.received_on.isoformat(), case.status,
                     f"申请人：{case.applicants}\n被申请人：{case.respondents}",
                     money(case.claimed), money(case.agreed)])
    claimed = [c.claimed for c in report.cases if c.claimed is not None]
    agreed = [c.agreed for c in report.cases if c.agreed is not None]
    rows.append([f"合计（{len(report.cases)}件）", "", "", "", "",
                 money(sum(claimed, Decimal(0)) if claimed else None),
                 money(sum(agreed, Decimal(0)) if agreed else None)])
    extra = (("SPAN", (0, -1), (4, -1)), *_total_style())
    return text_table(rows, [left, left, left, left, left, right, right], flexible={4},
                      header_style=centred, extra=extra, floors={4: "申请人：阿依古丽"})


def money(amount: Decimal | None) -> str:
    return "—" if amount is None else f"{amount:,.2f}"


def _notes(styles: DocumentStyles) -> list[Flowable]:
    notes = ("调解成功率 = 达成协议件数 ÷（达成协议件数 + 调解不成件数），按本月调解结案的案件计算；",
             "司法确认成功率 = 裁定确认有效份数 ÷（确认有效份数 + 驳回份数），逐人申请的每人计一份；",
             "生效协议金额按本月生效且仍然有效的协议版本计；60周岁以上按收案之日的年龄计"
             "（《老年人权益保障法》第二条）。")
    return heading("说明", styles, 2) + [paragraph(f"{n}. {text}", styles.small)
                                        for n, text in enumerate(notes, start=1)]

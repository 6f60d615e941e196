"""《XX微法庭 YYYY年M月工作报告》: the monthly report for the town as PDF, through the
shared document helpers (escaped paragraphs with font fallback, numbered A4 pages,
atomic write). The case list prints MASKED ID numbers only (services.monthly_report)."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Table

from microcourt.documents.agreement_parts import grid_style, table_styles
from microcourt.documents.builder import build_pdf, heading
from microcourt.documents.styles import TEXT_WIDTH, DocumentStyles, document_styles
from microcourt.documents.text import paragraph
from microcourt.domain import CaseCategory, CaseStatus
from microcourt.services.reports.monthly import Figure, MonthlyReport, counts_table, key_figures
from microcourt.timeutil import format_date_cn

LIST_FONT_SIZE = 9.0
# 案号, 类别, 收案日期, 状态, 当事人, 请求金额, 协议金额 (points; they sum to TEXT_WIDTH)
LIST_SHARES = (0.14, 0.11, 0.115, 0.09, 0.295, 0.125, 0.125)
LIST_HEADERS = ("案号", "类别", "收案日期", "状态", "当事人（身份证号已隐去）", "请求金额（元）",
                "协议金额（元）")


def write_report_pdf(report: MonthlyReport, out_path: Path) -> Path:
    styles = document_styles(False)
    return build_pdf(out_path, report_story(report, styles), title=report.title,
                     styles=styles, subject="微法庭月度工作报告")


def report_story(report: MonthlyReport, styles: DocumentStyles) -> list[Flowable]:
    period = report.period
    story: list[Flowable] = [
        paragraph(report.title, styles.title),
        paragraph(f"统计期间：{format_date_cn(period.start)}至"
                  f"{format_date_cn(period.end - timedelta(days=1))}　"
                  f"制表日期：{format_date_cn(report.made_on)}", styles.subtitle)]
    story += heading("一、主要数据", styles)
    story.append(_two_columns([("项目", "数值")] + [(f.label, _value(f))
                                                  for f in key_figures(report.statistics)],
                              styles, (0.72, 0.28)))
    counts = report.statistics.cases
    for title, enum, values in (("二、收案类别", CaseCategory, counts.by_category),
                                ("三、收案的目前状态", CaseStatus, counts.by_status)):
        story += heading(title, styles)
        rows = counts_table(values, enum)
        if rows:
            story.append(_two_columns([("类别" if enum is CaseCategory else "状态", "件数")]
                                      + [(name, f"{n}件") for name, n in rows], styles, (0.4, 0.2)))
        else:
            story.append(paragraph("本月没有收案。", styles.body))
    story += heading("四、案件清单", styles)
    story.append(paragraph("本月收案或本月调解结案的案件。当事人身份证号码已部分隐去。",
                           styles.small))
    story.append(_case_list(report) if report.cases else paragraph("本月没有案件。", styles.body))
    story += _notes(styles)
    return story


def _value(figure: Figure) -> str:
    if figure.value is None:
        return "—"
    if figure.unit == "元":
        return f"{figure.value:,.2f}元"
    return f"{figure.value}{figure.unit}"


def _two_columns(rows: list[tuple[str, str]], styles: DocumentStyles,
                 shares: tuple[float, float]) -> Table:
    """Label | figure rows under a header row; `shares` of the text width."""
    left, _, right = table_styles(styles)
    return Table([[paragraph(a, left), paragraph(b, right)] for a, b in rows],
                 colWidths=[TEXT_WIDTH * share for share in shares],
                 style=grid_style(), repeatRows=1, hAlign="LEFT")


@lru_cache(maxsize=1)
def _list_styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    base, _, right = table_styles(document_styles(False))
    size = dict(fontSize=LIST_FONT_SIZE, leading=round(LIST_FONT_SIZE * 1.3, 1))
    return (ParagraphStyle("ReportListCell", parent=base, **size),
            ParagraphStyle("ReportListCellR", parent=right, **size))


def _case_list(report: MonthlyReport) -> Table:
    left, right = _list_styles()
    rows = [[paragraph(h, left) for h in LIST_HEADERS]]
    for case in report.cases:
        people = f"申请人：{case.applicants}\n被申请人：{case.respondents}"
        rows.append([paragraph(case.number, left), paragraph(case.category, left),
                     paragraph(case.received_on.isoformat(), left), paragraph(case.status, left),
                     paragraph(people, left), paragraph(_money(case.claimed), right),
                     paragraph(_money(case.agreed), right)])
    return Table(rows, colWidths=[TEXT_WIDTH * share for share in LIST_SHARES],
                 style=grid_style(), repeatRows=1, hAlign="LEFT")


def _money(amount: Decimal | None) -> str:
    return "—" if amount is None else f"{amount:,.2f}"


def _notes(styles: DocumentStyles) -> list[Flowable]:
    notes = ("调解成功率 = 达成协议件数 ÷（达成协议件数 + 调解不成件数），按本月调解结案的案件计算；",
             "司法确认成功率 = 裁定确认有效份数 ÷（确认有效份数 + 驳回份数），逐人申请的每人计一份；",
             "生效协议金额按本月生效且仍然有效的协议版本计；60周岁以上按收案之日的年龄计"
             "（《老年人权益保障法》第二条）。")
    return heading("说明", styles, 2) + [paragraph(f"{n}. {text}", styles.small)
                                        for n, text in enumerate(notes, start=1)]

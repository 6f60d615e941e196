"""Pieces of the printed 人民调解协议书: the parties' particulars and the payment plan.

Every piece of user text goes through text.paragraph (escaped, per-character font
fallback), so names print literally and the text layer gives back what is printed.
Tables are split by reportlab only between rows, with the header row repeated.
"""
from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from microcourt.documents.fonts import SERIF
from microcourt.documents.styles import TEXT_WIDTH, DocumentStyles, document_styles
from microcourt.documents.text import paragraph, string_width
from microcourt.domain import CaseRole, Gender, IdType
from microcourt.services.agreements.dto import AgentParticulars, ClaimantSchedule, PartyParticulars
from microcourt.timeutil import format_date_cn
from microcourt.validation.money import format_amount, to_chinese_upper

# From this many parties in one role, their particulars print as a compact table
# (the 77 workers) rather than one paragraph each.
COMPACT_FROM = 6
# A table of amounts per claimant with one column per due date, up to this many dates.
MAX_DATE_COLUMNS = 4
PADDING = 3
ID_SAMPLE = "330185196802291234"  # widest ID number form: 18 digits


def table_styles(styles: DocumentStyles) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """(left, centred, right-aligned) cell styles: 10.5 pt, or 16 pt in large print
    (large print keeps every figure at 16 pt or more)."""
    return _cell_styles(styles.large_print)


@lru_cache(maxsize=2)
def _cell_styles(large_print: bool) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    styles = document_styles(large_print)
    size = 16.0 if large_print else styles.sizes.small
    base = ParagraphStyle(f"{styles.plain.name}Cell", parent=styles.plain, fontSize=size,
                          leading=round(size * 1.35, 1), firstLineIndent=0, spaceAfter=0,
                          spaceBefore=0)
    centred = ParagraphStyle(f"{base.name}C", parent=base, alignment=TA_CENTER)
    right = ParagraphStyle(f"{base.name}R", parent=base, alignment=TA_RIGHT)
    return base, centred, right


def grid_style(header_rows: int = 1, extra: tuple = ()) -> TableStyle:
    return TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), SERIF),  # empty cells would name Helvetica
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING), ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#EEEEEE")),
        *extra])


def cell_width(text: str, style: ParagraphStyle) -> float:
    """A column width that holds `text` on one line."""
    return string_width(text, style.fontSize) + 2 * PADDING + 2


def role_cn(role: str) -> str:
    try:
        return CaseRole(role).cn
    except ValueError:
        return "当事人"


# -- particulars -------------------------------------------------------------------------

def particulars(parties: tuple[PartyParticulars, ...], styles: DocumentStyles) -> list[Flowable]:
    """The parties by role (申请人, 被申请人, 第三人), each role as paragraphs or, from
    COMPACT_FROM parties, as one table."""
    story: list[Flowable] = []
    for role in (CaseRole.APPLICANT, CaseRole.RESPONDENT, CaseRole.THIRD_PARTY):
        group = [p for p in parties if p.role == role]
        if len(group) >= COMPACT_FROM:
            story.append(paragraph(f"{role.cn}：{group[0].name}等{len(group)}人，"
                                   "基本情况如下表：", styles.plain))
            story += [party_table(group, styles), Spacer(1, styles.sizes.body * 0.5)]
        else:
            for party in group:
                story.append(paragraph(party_line(party), styles.plain))
                story += [paragraph(line, styles.plain) for line in representative_lines(party)]
    return story


def party_line(party: PartyParticulars) -> str:
    role = role_cn(party.role)
    if party.is_organization:
        bits = [f"{role}：{party.name}"]
        if party.id_number:
            bits.append(f"{id_label(party.id_type)}{party.id_number}")
        if party.address:
            bits.append(f"住所地{party.address}")
    else:
        bits = [f"{role}：{party.name}", *person_bits(party.gender, party.birth_date,
                                                       party.ethnicity)]
        if party.id_number:
            bits.append(f"{id_label(party.id_type)}{party.id_number}")
        if party.address:
            bits.append(f"住{party.address}")
    if party.phone:
        bits.append(f"联系电话{party.phone}")
    return "，".join(bits) + "。"


def representative_lines(party: PartyParticulars) -> list[str]:
    lines = []
    if party.is_organization and party.legal_rep_name:
        title = f"，{party.legal_rep_title}" if party.legal_rep_title else ""
        lines.append(f"法定代表人：{party.legal_rep_name}{title}。")
    lines += [agent_line(agent) for agent in party.agents]
    return lines


def agent_line(agent: AgentParticulars) -> str:
    label = "法定代理人" if agent.kind == "guardian" else "委托代理人"
    bits = [f"{label}：{agent.name}", *person_bits(agent.gender, None, None)]
    if agent.work_unit:
        bits.append(agent.work_unit)
    if agent.relation:
        bits.append(f"系{'该单位' if agent.kind == 'employee' else '当事人'}{agent.relation}")
    if agent.id_number:
        bits.append(f"公民身份号码{agent.id_number}")
    if agent.phone:
        bits.append(f"联系电话{agent.phone}")
    if agent.special_authority:
        bits.append("特别授权" + (f"（{agent.authority_scope}）" if agent.authority_scope else ""))
    return "，".join(bits) + "。"


def person_bits(gender: str | None, birth, ethnicity: str | None) -> list[str]:
    """性别, 出生日期, 民族: the particulars every legal document prints (shared with
    particulars.py for the filing documents)."""
    bits = []
    if gender in (Gender.MALE, Gender.FEMALE):
        bits.append(Gender(gender).cn)
    if birth:
        bits.append(f"{format_date_cn(birth)}出生")
    if ethnicity:
        bits.append(ethnicity)
    return bits


def id_label(id_type: str | None) -> str:
    if id_type in (None, IdType.RESIDENT_ID):
        return "公民身份号码"
    if id_type == IdType.CREDIT_CODE:
        return "统一社会信用代码"
    try:
        return IdType(id_type).cn + "号码"
    except ValueError:
        return "证件号码"


def party_table(group: list[PartyParticulars], styles: DocumentStyles) -> Table:
    """Two lines a row in normal print (77 workers on about four pages): name; gender,
    ethnicity and birth date; ID number over phone; address. Large print stacks the
    person in one column and the ID, phone and address in the other."""
    left, centred, _ = table_styles(styles)
    seq_w = cell_width("序号", centred)
    about_w = cell_width("1964年12月29日", left)
    id_w = cell_width(ID_SAMPLE, left)
    rows = []
    for index, party in enumerate(group, start=1):
        sex_and_people = "，".join(person_bits(party.gender, None, party.ethnicity))
        born = format_date_cn(party.birth_date) if party.birth_date else ""
        reach = [party.id_number, party.phone or ""]
        if styles.large_print:
            rows.append([str(index), _lines(party.name, sex_and_people, born),
                         _lines(*reach, party.address or "")])
        else:
            rows.append([str(index), party.name, _lines(sex_and_people, born), _lines(*reach),
                         party.address or ""])
    if styles.large_print:
        header = ["序号", "姓名、性别、民族、出生日期", "公民身份号码、联系电话、住址"]
        widths = [seq_w, about_w, TEXT_WIDTH - seq_w - about_w]
    else:
        header = ["序号", "姓名", "性别、民族\n出生日期", "公民身份号码\n联系电话", "住址"]
        name_w = cell_width("阿依古丽·", left)
        widths = [seq_w, name_w, about_w, id_w, TEXT_WIDTH - seq_w - name_w - about_w - id_w]
    cells = [[paragraph(h, centred) for h in header]]
    cells += [[paragraph(row[0], centred)] + [paragraph(text, left) for text in row[1:]]
              for row in rows]
    return Table(cells, colWidths=widths, repeatRows=1, style=grid_style(), hAlign="LEFT")


def _lines(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


# -- payment plan ------------------------------------------------------------------------

def total_line(total_fen: int, prefix: str = "合计") -> str:
    return f"{prefix}人民币{format_amount(total_fen)}元（大写：{to_chinese_upper(total_fen)}）。"


def payment_plan(schedules: tuple[ClaimantSchedule, ...], names: dict[int, str],
                 styles: DocumentStyles) -> list[Flowable]:
    """The installments as a table, the payer above it when there is one, and the total
    in figures and Chinese uppercase below it."""
    rows = [i for s in schedules for i in s.installments]
    if not rows:
        return []
    story: list[Flowable] = []
    payers = {i.payer_party_id for i in rows}
    if len(payers) == 1 and None not in payers:
        story.append(paragraph(f"付款人：{names.get(payers.pop(), '')}", styles.plain))
    many = len(schedules) > 1
    table = (_wide_plan(schedules, styles) if many and _same_dates(schedules) else None)
    if table is None:
        table = _long_plan(schedules, names, styles, many)
    story += [table, Spacer(1, styles.sizes.body * 0.3)]
    story.append(paragraph(total_line(sum(i.amount_fen for i in rows)), styles.plain))
    return story


def _same_dates(schedules: tuple[ClaimantSchedule, ...]) -> bool:
    dates = {tuple(i.due_on for i in s.installments) for s in schedules}
    return len(dates) == 1 and len(next(iter(dates))) <= MAX_DATE_COLUMNS


def _wide_plan(schedules: tuple[ClaimantSchedule, ...], styles: DocumentStyles) -> Table | None:
    """One row per claimant, one column per due date (77 rows rather than 231), or None
    when the columns would not fit the page."""
    left, centred, right = table_styles(styles)
    dates = [i.due_on for i in schedules[0].installments]
    widest = max(max(s.total_fen for s in schedules), 1)
    amount_w = cell_width(format_amount(widest), right)
    seq_w = cell_width("序号", centred)
    name_w = cell_width("阿依古丽", left)  # longer names take a second line
    spare = TEXT_WIDTH - seq_w - name_w - amount_w * (len(dates) + 1)
    if spare < 0:
        return None
    amount_w += spare / (len(dates) + 1)  # wider figures columns, dates on fewer lines
    header = ["序号", "申请人"] + [f"第{n}期\n{format_date_cn(d)}前"
                                  for n, d in enumerate(dates, start=1)] + ["合计（元）"]
    table_rows = [[paragraph(h, centred) for h in header]]
    for index, schedule in enumerate(schedules, start=1):
        table_rows.append([paragraph(str(index), centred), paragraph(schedule.name, left)]
                          + [paragraph(format_amount(i.amount_fen), right)
                             for i in schedule.installments]
                          + [paragraph(format_amount(schedule.total_fen), right)])
    return Table(table_rows, colWidths=[seq_w, name_w] + [amount_w] * (len(dates) + 1),
                 repeatRows=1, style=grid_style(), hAlign="LEFT")


def _long_plan(schedules: tuple[ClaimantSchedule, ...], names: dict[int, str],
               styles: DocumentStyles, many: bool) -> Table:
    """One row per installment; with several claimants, the claimant's name on each row."""
    left, centred, right = table_styles(styles)
    amount_w = cell_width(format_amount(max(i.amount_fen for s in schedules
                                            for i in s.installments)) + "0", right)
    amount_w = max(amount_w, cell_width("金额（元）", centred))
    seq_w = cell_width("第10期", centred)
    date_w = cell_width("2026年12月31日前", left)
    header = ["期次", "付款期限", "金额（元）", "收款人"]
    table_rows = [[paragraph(h, centred) for h in header]]
    for schedule in schedules:
        for item in schedule.installments:
            payee = schedule.name if many else names.get(item.payee_party_id, "")
            table_rows.append([paragraph(f"第{item.seq}期", centred),
                               paragraph(f"{format_date_cn(item.due_on)}前", left),
                               paragraph(format_amount(item.amount_fen), right),
                               paragraph(payee, left)])
    rest = TEXT_WIDTH - seq_w - date_w - amount_w
    return Table(table_rows, colWidths=[seq_w, date_w, amount_w, rest], repeatRows=1,
                 style=grid_style(), hAlign="LEFT")

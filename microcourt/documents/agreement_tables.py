"""The tables of the printed 人民调解协议书: the parties' particulars when many of one role
sign (the 77 workers), and the payment plan, with its total in figures and uppercase.

Columns are fitted to what they hold (parts.tables.fit_columns): an ID number, a date
or an amount stays on one line, names and addresses wrap.
"""
from __future__ import annotations

from reportlab.platypus import Flowable, Spacer, Table

from microcourt.documents.inputs.agreement import ClaimantSchedule, is_single_payment
from microcourt.documents.inputs.parties import PartyParticulars
from microcourt.documents.parts.particulars import person_bits
from microcourt.documents.parts.tables import cell_styles, fits_on_one_line, text_table
from microcourt.documents.styles import DocumentStyles
from microcourt.documents.text import paragraph
from microcourt.timeutil import format_date_cn
from microcourt.validation.money import format_amount, to_chinese_upper

# A table of amounts per claimant with one column per due date, up to this many dates.
MAX_DATE_COLUMNS = 4
NAME_FLOOR = "阿依古丽"  # a name column shows four characters a line at least
ADDRESS_FLOOR = "浙江省杭州市临安"


def party_table(group: list[PartyParticulars], styles: DocumentStyles) -> Table:
    """Two lines a row in normal print (77 workers on about four pages): name; gender,
    ethnicity and birth date; ID number over phone; address. Large print stacks the
    person in one column and the ID, phone and address in the other."""
    left, centred, _ = cell_styles(styles)
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
        return text_table([header, *rows], [centred, left, left], flexible={1, 2},
                          header_style=centred, floors={1: NAME_FLOOR, 2: ADDRESS_FLOOR})
    header = ["序号", "姓名", "性别、民族\n出生日期", "公民身份号码\n联系电话", "住址"]
    return text_table([header, *rows], [centred, left, left, left, left], flexible={1, 4},
                      header_style=centred, floors={1: NAME_FLOOR, 4: ADDRESS_FLOOR})


def _lines(*parts: str) -> str:
    return "\n".join(part for part in parts if part)


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
    table = _wide_plan(schedules, styles) if many and _same_dates(schedules) else None
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
    when the amounts would not fit the page on one line each."""
    left, centred, right = cell_styles(styles)
    dates = [i.due_on for i in schedules[0].installments]
    if len(dates) == 1:  # one payment each: the date heads the amount, no 第1期 or 合计
        header = ["序号", "申请人", f"{format_date_cn(dates[0])}前\n一次性支付（元）"]
        rows = [[str(index), schedule.name, format_amount(schedule.total_fen)]
                for index, schedule in enumerate(schedules, start=1)]
    else:
        header = ["序号", "申请人"] + [f"第{n}期\n{format_date_cn(d)}前"
                                      for n, d in enumerate(dates, start=1)] + ["合计（元）"]
        rows = [[str(index), schedule.name]
                + [format_amount(i.amount_fen) for i in schedule.installments]
                + [format_amount(schedule.total_fen)]
                for index, schedule in enumerate(schedules, start=1)]
    cell = [centred, left] + [right] * (len(header) - 2)
    floors = {1: NAME_FLOOR}
    if not fits_on_one_line(list(zip(header, *rows)), cell, {1}, floors=floors):
        return None
    return text_table([header, *rows], cell, flexible={1}, header_style=centred, floors=floors)


def _long_plan(schedules: tuple[ClaimantSchedule, ...], names: dict[int, str],
               styles: DocumentStyles, many: bool) -> Table:
    """One row per installment; with several claimants, the claimant's name on each row."""
    left, centred, right = cell_styles(styles)
    header = ["期次", "付款期限", "金额（元）", "收款人"]
    rows = [[_term(schedule, item.seq), f"{format_date_cn(item.due_on)}前",
             format_amount(item.amount_fen),
             schedule.name if many else names.get(item.payee_party_id, "")]
            for schedule in schedules for item in schedule.installments]
    if is_single_payment(schedules):  # nothing to number: the 期次 column goes
        return text_table([header[1:], *(r[1:] for r in rows)], [left, right, left],
                          flexible={2}, header_style=centred, floors={2: NAME_FLOOR})
    return text_table([header, *rows], [centred, left, right, left], flexible={3},
                      header_style=centred, floors={3: NAME_FLOOR})


def _term(schedule: ClaimantSchedule, seq: int) -> str:
    return "一次性" if len(schedule.installments) == 1 else f"第{seq}期"

"""The payment clause and the performance deadline, written from the installment plan.

The plan is the one source of the payment terms (民诉解释 358(五): a court refuses an
agreement whose terms contradict each other), so the clause that states them is never
typed: it is written here whenever the plan changes, stored with the agreement (what was
signed stays as signed) and compared with nothing. With one schedule per claimant (the
77 workers) the clause names the shared dates and points to the attached list;
`schedule_clause` gives one claimant's own terms (their packet). One payment is said as
一次性, never as 分1期.
"""
from __future__ import annotations

from datetime import date

from microcourt.documents.inputs.agreement import ClaimantSchedule, is_single_payment, plan_title
from microcourt.timeutil import format_date_cn
from microcourt.validation.money import format_amount, to_chinese_upper

ORDINALS = "一二三四五六七八九十"


def _ordinal(seq: int) -> str:
    if seq <= 10:
        return ORDINALS[seq - 1]
    tens, ones = divmod(seq, 10)
    return (ORDINALS[tens - 1] if tens > 1 else "") + "十" + (ORDINALS[ones - 1] if ones else "")


def _money(fen: int) -> str:
    return f"人民币{format_amount(fen)}元（大写：{to_chinese_upper(fen)}）"


def _one(values, fallback: str) -> str:
    names = {v for v in values if v}
    return names.pop() if len(names) == 1 else fallback


def _named(rows, attr: str, roles: dict[int, str], fallback: str) -> str:
    """"被申请人王平林" when one party, else the role alone."""
    ids = {getattr(i, f"{attr}_party_id") for i in rows}
    name = _one((getattr(i, f"{attr}_name") for i in rows), "")
    if len(ids) != 1 or not name:
        return fallback
    return roles.get(next(iter(ids)), "") + name


def schedule_clause(schedule: ClaimantSchedule, roles: dict[int, str] | None = None) -> str:
    """One schedule in words: who pays whom, how much, by which day. `roles` (party id
    -> 申请人/被申请人) puts the role before each name."""
    rows = sorted(schedule.installments, key=lambda i: (i.due_on, i.seq))
    payer = _named(rows, "payer", roles or {}, "被申请人")
    payee = _named(rows, "payee", roles or {}, schedule.name or "申请人")
    total = sum(i.amount_fen for i in rows)
    if len(rows) == 1:
        return (f"{payer}于{format_date_cn(rows[0].due_on)}前向{payee}一次性支付"
                f"{_money(total)}。")
    parts = [f"第{_ordinal(n)}期于{format_date_cn(i.due_on)}前支付{format_amount(i.amount_fen)}元"
             for n, i in enumerate(rows, start=1)]
    return f"{payer}分{len(rows)}期向{payee}支付{_money(total)}：" + "；".join(parts) + "。"


def plan_clause(schedules: tuple[ClaimantSchedule, ...],
                roles: dict[int, str] | None = None) -> str:
    """The agreement's payment clause, or "" without a plan."""
    schedules = tuple(s for s in schedules if s.installments)
    if not schedules:
        return ""
    if len(schedules) == 1:
        return schedule_clause(schedules[0], roles)
    rows = [i for s in schedules for i in s.installments]
    payer = _named(rows, "payer", roles or {}, "被申请人")
    total = sum(i.amount_fen for i in rows)
    head = f"{payer}向{len(schedules)}名申请人支付共计{_money(total)}"
    where = f"以本协议{plan_title(schedules)}为准"  # the section the agreement prints
    dates = {tuple(sorted(i.due_on for i in s.installments)) for s in schedules}
    if len(dates) == 1:
        shared = dates.pop()
        if len(shared) == 1:
            return (f"{head}，于{format_date_cn(shared[0])}前一次性支付；每名申请人应得的"
                    f"金额{where}。")
        steps = "、".join(f"第{_ordinal(n)}期于{format_date_cn(d)}前"
                         for n, d in enumerate(shared, start=1))
        return f"{head}，分{len(shared)}期支付：{steps}；每名申请人每期应得的金额{where}。"
    if is_single_payment(schedules):
        return (f"{head}，最迟于{format_date_cn(plan_deadline(schedules))}前付清；每名申请人"
                f"的付款日期和金额{where}。")
    return (f"{head}，最后一期于{format_date_cn(plan_deadline(schedules))}前付清；每名申请人"
            f"各期的付款日期和金额{where}。")


def plan_deadline(schedules) -> date | None:
    """履行期限 from the plan: the last due date of any schedule."""
    dates = [i.due_on for s in schedules for i in s.installments]
    return max(dates) if dates else None

"""Is the agreed content clear enough for a court? (民诉解释 358(五): an unclear agreement
is refused.) Three checks over the text as it will print, each naming its field:

* a template placeholder left in (某年某月某日, 某某, ××, {金额}, empty brackets, ____);
* a free-text payment term that contradicts the installment plan: the plan is the one
  source of the payment terms and its clause is written from it (plan_text.py), so a
  sentence that pays an amount or by a date the plan does not have is refused;
* vague performance (尽快, 再商量, 视情况, 另行协商, 酌情) without a date, or, for money,
  without an amount.

Pure functions over plain text and plan figures, so the editor re-runs them as the
liaison types, signing refuses with them and the filing check repeats them.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from microcourt.timeutil import format_date_cn
from microcourt.validation.money import format_amount

LAW_358 = "法院对内容不明确的协议不予确认（民诉解释第三百五十八条第五项）"

# Markers only a template has; also checked in the narrative fields.
_TEMPLATE = re.compile(
    r"\{[^{}]*\}|｛[^｛｝]*｝|[×ⅹ╳]{2,}|[ＸＸ]{2,}|(?<![A-Za-z])XX+(?![A-Za-z])|[〇○]{2,}"
    r"|[（(][\s_＿　]*[）)]|【\s*】|\[\s*\]|〔\s*〕|「\s*」|_{2,}|＿{2,}")
# Blanks a template leaves in the terms (narrative may say 某日 or 若干 as plain words).
_BLANK_TERM = re.compile(r"某年|某月|某日|某某|若干|…{2,}|\.{3,}|。{3,}")

_SENTENCE = re.compile(r"[^。；;！!\n]+")
_PAY = re.compile(r"支付|给付|付款|付清|归还|偿还|还款|还清|赔偿|补偿|补付|偿付|一次性付")
_RECURRING = re.compile(r"每月|每年|每季|每周|每半年|按月|按年|按季")
_BREACH = re.compile(r"逾期|未按(时|期|约)|违约|不能按|未能按|任何一期|任一期")
_AMOUNT = re.compile(r"(\d[\d,，]*(?:\.\d+)?)\s*(万)?元")
_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_PERIOD = re.compile(r"[零〇一二两三四五六七八九十百\d]+\s*(个)?(日|天|月|周|星期|年)(内|以内|之内)")
_VAGUE = re.compile(r"尽快|尽早|尽量|再商量|再协商|再议|视情况|视.{1,6}情况|另行协商|另行商定|另行约定"
                    r"|酌情|适当时候|有钱(时|后|再)|到时(候)?再|看情况")
_OBLIGATION = re.compile(r"支付|给付|付款|付清|归还|偿还|还款|还清|赔偿|补偿|返还|退还|交付|腾退|搬离"
                         r"|拆除|修复|恢复|履行|承担|负担|货款|欠款|工资|工钱|租金|费|款项|其余|剩余|余款")
_MONEY = re.compile(r"支付|给付|付款|付清|归还|偿还|还款|还清|赔偿|补偿|返还|退还|货款|欠款|工资|工钱"
                    r"|租金|费|款")
_ANY_DATE = re.compile(_DATE.pattern + "|" + _PERIOD.pattern
                       + r"|每月\s*[\d一二三四五六七八九十]+\s*[日号]|\d{1,2}\s*月\s*\d{1,2}\s*日")


@dataclass(frozen=True)
class ContentProblem:
    field: str     # clauses[i] (0-based) or a prose field's name
    kind: str      # placeholder / plan_conflict / vague
    message: str


@dataclass(frozen=True)
class PlanFigures:
    """What the plan says, for comparing free text with it."""

    amounts_fen: frozenset[int]
    dates: frozenset[date]

    @property
    def empty(self) -> bool:
        return not self.dates


def plan_figures(schedules, total_fen: int | None = None) -> PlanFigures:
    """Every installment, each schedule's total, the grand total and the agreed total."""
    rows = [i for s in schedules for i in s.installments]
    amounts = {i.amount_fen for i in rows} | {s.total_fen for s in schedules}
    if rows:
        amounts.add(sum(i.amount_fen for i in rows))
    if total_fen:
        amounts.add(total_fen)
    return PlanFigures(frozenset(amounts), frozenset(i.due_on for i in rows))


def placeholders(text: str, strict: bool = True) -> list[str]:
    """The placeholders left in `text`; `strict` adds the blanks of the terms."""
    found = [m.group(0) for m in _TEMPLATE.finditer(text or "")]
    if strict:
        found += [m.group(0) for m in _BLANK_TERM.finditer(text or "")]
    return list(dict.fromkeys(found))


def is_vague(sentence: str) -> bool:
    """A vague word in an obligation with no date, or (for money) no amount."""
    if not (_VAGUE.search(sentence) and _OBLIGATION.search(sentence)):
        return False
    if not _ANY_DATE.search(sentence):
        return True
    return bool(_MONEY.search(sentence)) and not _AMOUNT.search(sentence)


def _fen(figure: str, wan: str | None) -> int | None:
    try:
        value = Decimal(figure.replace(",", "").replace("，", ""))
    except InvalidOperation:
        return None
    return int(value * (1_000_000 if wan else 100))


def plan_conflicts(sentence: str, plan: PlanFigures) -> list[str]:
    """What a one-off payment sentence states that the plan does not say."""
    if plan.empty or not _PAY.search(sentence) or _RECURRING.search(sentence) \
            or _BREACH.search(sentence):
        return []
    found = []
    for match in _AMOUNT.finditer(sentence):
        fen = _fen(match.group(1), match.group(2))
        if fen is not None and fen not in plan.amounts_fen:
            found.append(f"金额{match.group(0)}")
    for match in _DATE.finditer(sentence):
        try:
            day = date(*(int(g) for g in match.groups()))
        except ValueError:
            found.append(f"日期{match.group(0)}")
            continue
        if day not in plan.dates:
            found.append(f"日期{format_date_cn(day)}")
    found += [f"期限“{m.group(0)}”" for m in _PERIOD.finditer(sentence)]
    return found


def _where(field: str, names: dict[str, str]) -> str:
    if field.startswith("clauses["):
        return f"第{int(field[8:-1]) + 1}条"
    return names.get(field, field)


def text_problems(fields: Iterable[tuple[str, str]], plan: PlanFigures,
                  names: dict[str, str], skip_plan: Iterable[str] = (),
                  narrative: Iterable[str] = ()) -> list[ContentProblem]:
    """Every problem of `fields` ((field, text) in print order). Fields in `skip_plan`
    (the clause written from the plan) are not compared with the plan; fields in
    `narrative` (the facts) are checked for template markers only."""
    skip, story = set(skip_plan), set(narrative)
    problems = []
    for field, text in fields:
        where = _where(field, names)
        left = placeholders(text, strict=field not in story)
        if left:
            problems.append(ContentProblem(field, "placeholder", (
                f"{where}还留有模板占位“{'”“'.join(left)}”：请填写实际的日期、金额或名称，"
                f"{LAW_358}。")))
        if field in story:
            continue
        for sentence in _SENTENCE.findall(text or ""):
            problems += _sentence_problems(field, where, sentence.strip(), plan,
                                           field in skip)
    return problems


def _sentence_problems(field: str, where: str, sentence: str, plan: PlanFigures,
                       from_plan: bool) -> list[ContentProblem]:
    problems = []
    if is_vague(sentence):
        problems.append(ContentProblem(field, "vague", (
            f"{where}“{sentence}”的履行内容不明确（如“尽快”“再商量”“视情况”），没有写明"
            f"具体的日期或金额：{LAW_358}。请写明哪一方在哪一天前做什么、付多少。")))
    conflicts = [] if from_plan else plan_conflicts(sentence, plan)
    if conflicts:
        problems.append(ContentProblem(field, "plan_conflict", (
            f"{where}“{sentence}”自行写了{'、'.join(conflicts)}，与分期付款计划不一致。"
            f"付款的金额和日期以分期计划为准（{_plan_summary(plan)}），付款条款由计划生成："
            "请删去该句中的金额和日期，或修改分期计划。")))
    return problems


def _plan_summary(plan: PlanFigures) -> str:
    dates = sorted(plan.dates)
    shown = "、".join(format_date_cn(d) for d in dates[:4]) + ("等" if len(dates) > 4 else "")
    total = max(plan.amounts_fen) if plan.amounts_fen else 0
    return f"计划到期日{shown}，合计{format_amount(total, unit=True)}"

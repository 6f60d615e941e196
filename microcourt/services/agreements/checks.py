"""Everything said about an agreement's content, in one list the editor shows as the
liaison types, signing refuses on (the blocking kinds) and the filing check repeats:
unclear content (content.py), what a court does not accept (rules.py), and a plan that
does not add up to the agreed total."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from microcourt.documents.inputs.agreement import is_single_payment
from microcourt.services.agreements.content import plan_figures, text_problems
from microcourt.services.agreements.rules import (
    ClauseWarning,
    clause_warnings,
    e_signature_warning,
)
from microcourt.validation.money import format_amount

# Print order of the prose fields, with the names the messages use.
PROSE_NAMES = {"facts": "纠纷主要事实", "items_in_dispute": "争议事项", "responsibilities": "各方责任",
               "performance_way": "履行方式", "performance_place": "履行地点",
               "breach_terms": "违约责任", "signing_place": "签署地点"}
NARRATIVE = ("facts", "items_in_dispute")
# Words that speak of installments; with a one-payment plan a clerk reads them as terms
# that do not match the plan.
_INSTALLMENT_WORDS = re.compile(r"任何一期|任一期|每一期|每期|各期|分期|首期|末期|最后一期")


@dataclass(frozen=True)
class AgreementContent:
    """The text as it will print, and the plan it must agree with."""

    category: str
    clauses: tuple[str, ...]
    prose: dict[str, str]
    schedules: tuple = ()
    total_fen: int | None = None
    electronic: bool = False
    plan_clause: int | None = None  # index in `clauses` of the clause written from the plan
    deadline: date | None = None  # 履行期限 as typed (a plan writes its own)


def agreement_warnings(content: AgreementContent) -> list[ClauseWarning]:
    clauses = list(content.clauses)
    warnings = clause_warnings(clauses)
    signature = e_signature_warning(content.category, clauses, content.electronic)
    if signature:
        warnings.append(signature)
    fields = [(f"clauses[{i}]", text) for i, text in enumerate(clauses)]
    fields += [(name, content.prose.get(name, "")) for name in PROSE_NAMES]
    skip = [f"clauses[{content.plan_clause}]"] if content.plan_clause is not None else []
    for problem in text_problems(fields, plan_figures(content.schedules, content.total_fen),
                                 PROSE_NAMES, skip_plan=skip, narrative=NARRATIVE):
        index = int(problem.field[8:-1]) + 1 if problem.field.startswith("clauses[") else None
        warnings.append(ClauseWarning(index, problem.kind, problem.message, problem.field))
    if content.total_fen and not content.schedules and content.deadline is None:
        warnings.append(ClauseWarning(None, "no_payment_term", (
            f"协议约定给付{format_amount(content.total_fen, unit=True)}，但没有写明何时支付："
            "请在“金额与分期”中写明一次付清或分期的日期和金额（付款条款由此写成），"
            "或填写履行期限。履行期限不明确的协议，法院不予确认"
            "（民诉解释第三百五十八条第五项）。"), "total"))
    warnings += _installment_wording(content, fields)
    planned = sum(s.total_fen for s in content.schedules)
    if content.schedules and content.total_fen is not None and planned != content.total_fen:
        warnings.append(ClauseWarning(None, "total_mismatch", (
            f"分期付款合计{format_amount(planned, unit=True)}，与协议总额"
            f"{format_amount(content.total_fen, unit=True)}不一致，请核对。"), "total"))
    return warnings


def _installment_wording(content: AgreementContent,
                         fields: list[tuple[str, str]]) -> list[ClauseWarning]:
    """A clause that speaks of installments (任何一期未按时支付…) over a plan of one
    payment: a warning, since the sense is clear enough, but a clerk asks for it fixed."""
    if not content.schedules or not is_single_payment(content.schedules):
        return []
    generated = f"clauses[{content.plan_clause}]" if content.plan_clause is not None else ""
    found = []
    for field, text in fields:
        words = list(dict.fromkeys(_INSTALLMENT_WORDS.findall(text or "")))
        if field == generated or field in NARRATIVE or not words:
            continue
        index = int(field[8:-1]) + 1 if field.startswith("clauses[") else None
        where = f"第{index}条" if index else PROSE_NAMES.get(field, field)
        found.append(ClauseWarning(index, "installment_wording", (
            f"{where}写了“{'”“'.join(words)}”，但付款计划是一次性付款，没有分期：请改为"
            "“被申请人未按期足额支付的”等说法，或把付款计划分为几期。"), field))
    return found


def blocking(warnings: list[ClauseWarning]) -> list[ClauseWarning]:
    return [w for w in warnings if w.blocks_signing]

"""Creating and saving agreement drafts: prefilled from the case, checked field by field.

Every check collects into one ValidationErrors, so an editor marks all bad fields at once
and keeps what was typed. Text is checked against the bundled fonts here, at save time,
so a character that cannot be printed is named beside its field rather than when the
PDF is made.
"""
from __future__ import annotations

from dataclasses import fields, replace

from sqlalchemy.orm import Session

from microcourt.db.models import Agreement, AgreementClause, Case
from microcourt.documents.text import check_printable
from microcourt.domain import AgreementStatus, CaseRole
from microcourt.errors import UserError, ValidationError, ValidationErrors
from microcourt.services.agreements.dto import AgreementDraft
from microcourt.services.agreements.plan_text import plan_clause, plan_deadline
from microcourt.services.agreements.queries import plan_clause_index, schedules_of
from microcourt.services.agreements.templates import fill_placeholders, templates_for
from microcourt.services.agreements.text import clean_prose
from microcourt.timeutil import today_local
from microcourt.validation.money import MAX_FEN, format_amount, to_chinese_upper

MAX_PROSE = 20_000
MAX_CLAUSES = 200
MAX_COPIES = 1_000
SHORT_FIELDS = {"performance_place": 300, "signing_place": 200}
PROSE_FIELDS = ("facts", "items_in_dispute", "responsibilities", "performance_way",
                "breach_terms")
FIELD_NAMES = {"facts": "纠纷主要事实", "items_in_dispute": "争议事项", "responsibilities": "各方责任",
               "performance_way": "履行方式", "breach_terms": "违约责任",
               "performance_place": "履行地点", "signing_place": "签署地点"}


def new_draft(session: Session, case: Case, from_template: bool, signing_place: str) -> Agreement:
    """Version 1 of the case's agreement: facts and items in dispute from the case,
    clauses from the category's templates with the parties' names and amount filled in."""
    clauses = []
    if from_template:
        values = _placeholder_values(case)
        clauses = [fill_placeholders(t.text, values) for t in templates_for(session, case.category)]
    agreement = Agreement(case_id=case.id, version=1, status=AgreementStatus.DRAFT.value,
                          facts=case.summary or "", items_in_dispute=case.claims or "",
                          total_fen=case.amount_fen, signing_place=signing_place)
    agreement.clauses = [AgreementClause(position=i, text=text)
                         for i, text in enumerate(clauses, start=1)]
    session.add(agreement)
    session.flush()
    return agreement


def _placeholder_values(case: Case) -> dict[str, str]:
    def names(role: CaseRole) -> str:
        chosen = [link.party.name for link in case.parties if link.role == role]
        return "、".join(chosen[:3]) + (f"等{len(chosen)}人" if len(chosen) > 3 else "")

    values = {"申请人": names(CaseRole.APPLICANT), "被申请人": names(CaseRole.RESPONDENT)}
    if case.amount_fen:
        values |= {"金额": format_amount(case.amount_fen), "金额大写": to_chinese_upper(case.amount_fen)}
    return values


def ensure_editable(agreement: Agreement) -> None:
    if agreement.status == AgreementStatus.SIGNED:
        raise UserError(f"第{agreement.version}版协议已经签署，不能再修改。"
                        "如需修改，请生成新版本（原协议仍保留可查）。")
    if agreement.status == AgreementStatus.SUPERSEDED:
        raise UserError(f"第{agreement.version}版协议已被新版本取代，只能查看，不能修改。")


def apply_draft(session: Session, agreement: Agreement, case: Case,
                draft: AgreementDraft) -> None:
    """Validate `draft` completely, then write it onto the agreement (or nothing). The
    payment clause and the deadline are then written from the plan again."""
    at = draft.plan_clause if draft.plan_clause is not None else plan_clause_index(agreement)
    typed = list(draft.clauses)
    if draft.plan_clause is not None and 0 <= draft.plan_clause < len(typed):
        del typed[draft.plan_clause]  # never typed: written from the plan below
        at = sum(1 for text in draft.clauses[:draft.plan_clause] if clean_prose(text))
    cleaned = validated(replace(draft, clauses=typed), len(case.parties))
    for f in fields(AgreementDraft):
        if f.name not in ("clauses", "plan_clause"):
            setattr(agreement, f.name, getattr(cleaned, f.name))
    agreement.clauses.clear()
    session.flush()
    agreement.clauses.extend(AgreementClause(position=i, text=text)
                             for i, text in enumerate(cleaned.clauses, start=1))
    write_from_plan(session, agreement, case, at)


def write_from_plan(session: Session, agreement: Agreement, case: Case,
                    at: int | None = None) -> None:
    """The plan is the one source of the payment terms (民诉解释 358(五)): its clause
    (kind "plan", at index `at`, else where it was, else first) and 履行期限 are written
    from it; without a plan there is no such clause."""
    session.flush()
    names = {link.party_id: link.party.name for link in case.parties}
    schedules = schedules_of(session, agreement, case, names, today_local())
    roles = {link.party_id: CaseRole(link.role).cn for link in case.parties}
    text = plan_clause(schedules, roles)
    clauses = [c for c in agreement.clauses if c.kind != "plan"]
    if at is None:
        at = plan_clause_index(agreement)
    if at is None:  # a new plan: its clause follows the one that states the sum
        at = next((i + 1 for i, c in enumerate(clauses) if "人民币" in c.text), 0)
    if text:
        row = next((c for c in agreement.clauses if c.kind == "plan"), None) \
            or AgreementClause(kind="plan", text=text, position=0)
        row.text = text
        clauses.insert(min(at, len(clauses)), row)
        agreement.performance_deadline = plan_deadline(schedules)
    agreement.clauses[:] = clauses
    for position, clause in enumerate(clauses, start=1):
        clause.position = position


def validated(draft: AgreementDraft, party_count: int) -> AgreementDraft:
    errors: list[ValidationError] = []
    texts = {name: clean_prose(getattr(draft, name)) for name in PROSE_FIELDS}
    texts |= {name: clean_prose(getattr(draft, name)).replace("\n", " ")
              for name in SHORT_FIELDS}
    for name, text in texts.items():
        limit = SHORT_FIELDS.get(name, MAX_PROSE)
        if len(text) > limit:
            errors.append(ValidationError(name, f"{FIELD_NAMES[name]}最多{limit}个字。"))
        errors += _printable(text, name)
    clauses = [clean_prose(text) for text in draft.clauses]
    clauses = [text for text in clauses if text]
    if len(clauses) > MAX_CLAUSES:
        errors.append(ValidationError("clauses", f"协议条款最多{MAX_CLAUSES}条。"))
    for index, text in enumerate(clauses):
        if len(text) > MAX_PROSE:
            errors.append(ValidationError(f"clauses[{index}]", f"第{index + 1}条最多{MAX_PROSE}个字。"))
        errors += _printable(text, f"clauses[{index}]")
    errors += _number_errors(draft, party_count)
    if errors:
        raise ValidationErrors(errors)
    return AgreementDraft(clauses=clauses, performance_deadline=draft.performance_deadline,
                          total_fen=draft.total_fen, copies=draft.copies,
                          electronic_signature=bool(draft.electronic_signature), **texts)


def _number_errors(draft: AgreementDraft, party_count: int) -> list[ValidationError]:
    errors = []
    if draft.total_fen is not None and not 0 <= draft.total_fen <= MAX_FEN:
        errors.append(ValidationError("total", "协议总额不能是负数，也不能超过一万亿元。"))
    minimum = party_count + 1  # 人民调解法 art. 29: a copy for each party, one kept
    if draft.copies is not None and not minimum <= draft.copies <= MAX_COPIES:
        errors.append(ValidationError("copies", (
            f"份数{draft.copies}不对：本案有{party_count}名当事人，协议至少一式{minimum}份"
            "（当事人各执一份，调解委员会留存一份）。")))
    return errors


def _printable(text: str, field: str) -> list[ValidationError]:
    try:
        check_printable(text, field)
    except ValidationError as exc:
        return [ValidationError(field, f"{FIELD_NAMES.get(field, '条款')}中的{exc.message}")]
    return []

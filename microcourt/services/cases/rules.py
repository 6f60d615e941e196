"""Checking the case form (CaseDraft) field by field, and small shared rules."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from microcourt.domain import CaseCategory, CaseRole, CaseSource, Coded, ReferralKind
from microcourt.errors import ValidationError, ValidationErrors
from microcourt.services.cases.dto import CaseDraft
from microcourt.timeutil import today_local
from microcourt.validation.dates import optional_date
from microcourt.validation.money import MAX_FEN, format_amount, optional_amount
from microcourt.validation.text import clean

SUMMARY_MAX = 2000
CLAIMS_MAX = 5000
NOTE_MAX = 2000
REASON_MAX = 1000


@dataclass(frozen=True)
class ValidatedCase:
    category: str
    summary: str
    claims: str
    amount_fen: int | None
    received_on: date
    source: str
    referral_kind: str | None = None
    referring_court: str | None = None
    referral_number: str | None = None


def free_text(raw: str | None) -> str:
    """Free text (summary, claims, notes) is kept exactly as typed apart from the outer
    blanks: full-width punctuation stays, and markup characters (<, &) are stored
    literally; documents escape them when printing."""
    return (raw or "").strip()


def coded(enum: type[Coded], raw: str | None, field: str, label: str) -> str:
    """The enum value for a code or its Chinese term, or ValidationError listing the options."""
    text = (raw or "").strip()
    member = enum.from_cn(text) if text else None
    if member is None:
        options = "、".join(m.cn for m in enum)
        if not text:
            raise ValidationError(field, f"请选择{label}（{options}）。")
        raise ValidationError(field, f"{label}“{text}”不认识，可选：{options}。")
    return member.value


def check_claim_amount(amount_fen: int | None, field: str = "claim_amount") -> int | None:
    if amount_fen is None:
        return None
    if isinstance(amount_fen, bool) or not isinstance(amount_fen, int):
        raise ValidationError(field, f"请求金额“{amount_fen}”应为整数分。")
    if amount_fen < 0:
        raise ValidationError(field, f"请求金额“{format_amount(amount_fen)}”不能是负数。")
    if amount_fen > MAX_FEN:
        raise ValidationError(field, f"请求金额“{format_amount(amount_fen)}”过大"
                                     "（超过一万亿元），请核对是否多打了零。")
    return amount_fen


def check_role(raw: str) -> str:
    return coded(CaseRole, raw, "role", "当事人地位")


def _text(raw: str | None, field: str, label: str, limit: int, required: bool) -> str:
    text = free_text(raw)
    if required and not text:
        raise ValidationError(field, f"请填写{label}。")
    if len(text) > limit:
        raise ValidationError(field, f"{label}不能超过{limit}个字（现有{len(text)}个字），"
                                     "请精简。")
    return text


def validate_case(draft: CaseDraft, today: date | None = None) -> ValidatedCase:
    """ValidatedCase, or ValidationErrors naming every bad field (category, summary,
    claims, amount, received_on, source). Amount 0 is allowed; empty means not stated;
    the received date may not be later than today."""
    today = today or today_local()
    errors: list[ValidationError] = []

    def attempt(check):
        try:
            return check()
        except ValidationError as exc:
            errors.append(exc)
            return None

    category = attempt(lambda: coded(CaseCategory, draft.category, "category", "案件类别"))
    source = attempt(lambda: coded(CaseSource, draft.source, "source", "案件来源"))
    summary = attempt(lambda: _text(draft.summary, "summary", "案情摘要", SUMMARY_MAX, True))
    claims = attempt(lambda: _text(draft.claims, "claims", "请求事项", CLAIMS_MAX, False))
    amount = attempt(lambda: optional_amount(draft.amount, "amount", label="标的额"))
    received = attempt(lambda: optional_date(draft.received_on, "received_on",
                                             label="收案日期", not_future=True, today=today))
    referral = _referral(draft, attempt) if source == CaseSource.COURT_REFERRAL else ()
    if errors:
        raise ValidationErrors(errors)
    return ValidatedCase(category=category, summary=summary, claims=claims,
                         amount_fen=amount, received_on=received or today, source=source,
                         **dict(zip(REFERRAL_FIELDS, referral, strict=False)))


REFERRAL_FIELDS = ("referral_kind", "referring_court", "referral_number")


def _referral(draft: CaseDraft, attempt) -> tuple:
    """A court referral names its court and the court's case number: the application
    for confirmation goes to that court (民事诉讼法 205(一)) and cites the referral."""
    kind = attempt(lambda: coded(ReferralKind, draft.referral_kind or ReferralKind.ASSIGNED,
                                 "referral_kind", "委派方式"))
    court = attempt(lambda: _text(draft.referring_court, "referring_court", "委派（委托）法院",
                                  200, True))
    number = attempt(lambda: _text(clean(draft.referral_number), "referral_number",
                                   "法院案号", 64, True))
    return kind, court, number


def required_reason(raw: str | None, field: str, label: str) -> str:
    return _text(raw, field, label, REASON_MAX, True)


def note_text(raw: str | None) -> str:
    return _text(raw, "note", "备注", NOTE_MAX, True)


def raise_all(errors: list[ValidationError]) -> None:
    if errors:
        raise ValidationErrors(errors)


def recusal_pending(link) -> bool:
    """`link`: a CaseMediator row. A link to a party is recorded and the liaison has
    decided neither way yet (特邀调解规定 art. 15): the mediator may not act until then."""
    return link.linked_party_id is not None and not link.recused and not link.continue_reason


def mediation_problems(row) -> list[str]:
    """`row`: a Case loaded with its parties and mediators. Why a case cannot go into mediation: it needs an applicant and a respondent,
    a mediator who has not stepped aside, and a decision on every recorded link
    between a mediator and a party (特邀调解规定 art. 15)."""
    problems = []
    roles = {p.role for p in row.parties}
    for role in (CaseRole.APPLICANT, CaseRole.RESPONDENT):
        if role.value not in roles:
            problems.append(f"还没有{role.cn}")
    if not any(not m.recused for m in row.mediators):
        problems.append("还没有指定（未回避的）调解员")
    names = {p.party_id: p.party.name for p in row.parties}
    for m in row.mediators:
        if recusal_pending(m):
            problems.append(f"调解员{m.mediator.name}与当事人"
                            f"{names.get(m.linked_party_id, '')}存在关联"
                            f"（{m.link_description or '未说明'}），请先确认其回避，"
                            "或记录不回避的理由（特邀调解规定第十五条）")
    return problems

"""The filing record after upload: which status may follow which, what each needs, and
how the case's status follows its filings.

generated -> submitted -> accepted -> confirmed | refused; submitted or accepted ->
returned for correction (with the court's deadline) -> submitted again; anything not
decided may be withdrawn. The case follows its claimants (filings.claimants): 已申请司法确认
once one is submitted and while any claimant is still with the court or not yet
submitted, 司法确认有效 when every claimant's application is decided and at least one
confirmed, 司法确认驳回 when all were refused, back to 达成协议 when all were withdrawn.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from microcourt.db.models import Case, Filing
from microcourt.domain import CaseStatus, Platform
from microcourt.domain import FilingStatus as F
from microcourt.errors import ValidationError, ValidationErrors
from microcourt.services.cases.lifecycle import allowed_next
from microcourt.services.cases.mapping import log
from microcourt.services.cases.rules import coded, free_text
from microcourt.services.filings.claimants import ClaimantProgress
from microcourt.services.filings.dto import FilingUpdate
from microcourt.services.filings.queries import case_progress
from microcourt.services.kernel.context import Actor
from microcourt.timeutil import format_date_cn, now_utc

TRANSITIONS: dict[F, tuple[F, ...]] = {
    F.GENERATED: (F.SUBMITTED, F.WITHDRAWN),
    F.SUBMITTED: (F.ACCEPTED, F.RETURNED, F.CONFIRMED, F.REFUSED, F.WITHDRAWN),
    F.ACCEPTED: (F.RETURNED, F.CONFIRMED, F.REFUSED, F.WITHDRAWN),
    F.RETURNED: (F.SUBMITTED, F.ACCEPTED, F.REFUSED, F.WITHDRAWN),
    F.CONFIRMED: (),
    F.REFUSED: (),
    F.WITHDRAWN: (),
}
NOTES_MAX = 2000


def apply_update(filing: Filing, update: FilingUpdate, today: date) -> F:
    """Check `update` against `filing` and write it; ValidationErrors names every bad field."""
    target = F(coded(F, update.status, "status", "申请状态"))
    current = F(filing.status)
    errors: list[ValidationError] = []
    if target is not current and target not in TRANSITIONS[current]:
        options = "、".join(s.cn for s in TRANSITIONS[current]) or "无（已终结）"
        errors.append(ValidationError("status", f"申请当前状态是“{current.cn}”，不能改为"
                                                f"“{target.cn}”。可以改为：{options}。"))
    values = _merged(filing, update, errors)
    errors += _required(target, values, today)
    if errors:
        raise ValidationErrors(errors)
    for name, value in values.items():
        setattr(filing, name, value)
    filing.status = target.value
    return target


def _merged(filing: Filing, update: FilingUpdate, errors: list[ValidationError]) -> dict:
    """The stored values with the update's non-None fields over them, cleaned."""
    names = ("submitted_on", "platform", "court", "court_case_number", "correction_deadline",
             "ruling_on", "notes")
    values = {name: getattr(filing, name) for name in names}
    for name in names:
        given = getattr(update, name)
        if given is not None:
            values[name] = free_text(given) if isinstance(given, str) else given
    if values["platform"]:
        try:
            values["platform"] = coded(Platform, values["platform"], "platform", "提交平台")
        except ValidationError as exc:
            errors.append(exc)
    if len(values["notes"] or "") > NOTES_MAX:
        errors.append(ValidationError("notes", f"备注不能超过{NOTES_MAX}个字。"))
    values["notes"] = values["notes"] or ""
    return values


def _required(target: F, values: dict, today: date) -> list[ValidationError]:
    errors = []
    submitted, ruling = values["submitted_on"], values["ruling_on"]
    if target is not F.GENERATED and target is not F.WITHDRAWN:
        if submitted is None:
            errors.append(ValidationError("submitted_on", "请填写提交日期。"))
        elif submitted > today:
            errors.append(ValidationError("submitted_on", f"提交日期{format_date_cn(submitted)}"
                                                          "晚于今天，请核对。"))
        if not values["platform"]:
            errors.append(ValidationError("platform", "请选择提交平台（" + "、".join(
                p.cn for p in Platform) + "）。"))
    if target is F.RETURNED and values["correction_deadline"] is None:
        errors.append(ValidationError("correction_deadline", "退回补正时请填写法院要求的补正期限。"))
    if target in (F.CONFIRMED, F.REFUSED):
        if ruling is None:
            errors.append(ValidationError("ruling_on", "请填写法院裁定的日期。"))
        elif ruling > today:
            errors.append(ValidationError("ruling_on", f"裁定日期{format_date_cn(ruling)}"
                                                       "晚于今天，请核对。"))
        elif submitted and ruling < submitted:
            errors.append(ValidationError("ruling_on", f"裁定日期{format_date_cn(ruling)}早于"
                                                       f"提交日期{format_date_cn(submitted)}。"))
    return errors


def case_target(progress: ClaimantProgress) -> CaseStatus | None:
    """Where the case stands given each claimant's application of the agreement in force
    (None: leave it as it is). A claimant not yet submitted keeps the case at 已申请司法确认
    once anyone applied: 3 confirmed of 77 is not a confirmed case."""
    if not progress.any_sent:
        return CaseStatus.AGREEMENT_REACHED if progress.count(F.WITHDRAWN) else None
    if progress.unfiled or progress.with_court:
        return CaseStatus.CONFIRMATION_APPLIED
    if progress.confirmed:
        return CaseStatus.CONFIRMED
    return CaseStatus.REFUSED


def follow_case(session: Session, actor: Actor, case: Case) -> None:
    """Move the case along its lifecycle to where its claimants' filings put it, one
    allowed step at a time (达成协议 -> 已申请 -> 确认有效), each step on the timeline."""
    target = case_target(case_progress(session, case.id)[1])
    if target is None or target.value == case.status:
        return
    path = [target]
    if case.status == CaseStatus.AGREEMENT_REACHED and target in (CaseStatus.CONFIRMED,
                                                                 CaseStatus.REFUSED):
        path = [CaseStatus.CONFIRMATION_APPLIED, target]
    for step in path:
        if step not in allowed_next(case.status):
            return  # e.g. a case already performed or closed keeps its status
        source = case.status
        case.status, case.status_changed_at = step.value, now_utc()
        log(session, actor, case, "status", f"司法确认：{CaseStatus(source).cn} → {step.cn}",
            action="case.status", from_status=source, to_status=step.value)

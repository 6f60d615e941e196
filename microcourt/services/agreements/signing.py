"""Signing locks an agreement; a change after signing is a new version (issue 4, item 7).

人民调解法 art. 29: the agreement is signed, sealed or fingerprinted by every party and
signed by the mediator, and takes effect on the last of those signatures. That day
starts the thirty days for judicial confirmation (民事诉讼法 art. 205).
"""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from microcourt.db.models import (
    Agreement,
    AgreementClause,
    AgreementSignature,
    Case,
    CaseEvent,
    Installment,
    Payment,
)
from microcourt.domain import AgreementStatus, CaseStatus
from microcourt.errors import UserError, ValidationError, ValidationErrors
from microcourt.services.agreements.dto import (
    CONFIRMATION_DAYS,
    ConfirmationWindow,
    SignatureEntry,
    confirmation_deadline,
)
from microcourt.services.agreements.installments import name_list
from microcourt.services.agreements.rules import e_signature_warning
from microcourt.services.agreements.text import clean_prose
from microcourt.services.cases.lifecycle import check_transition
from microcourt.services.cases.rules import recusal_pending
from microcourt.services.kernel.context import Actor
from microcourt.timeutil import format_date_cn, now_utc
from microcourt.validation.text import clean

MAX_PLACE = 200


def sign(session: Session, agreement: Agreement, case: Case,
         entries: list[SignatureEntry], today: date, actor: Actor,
         other_errors: list[ValidationError] = (), sealed_on: date | None = None) -> None:
    """Record every signature and the committee's seal, lock the agreement and set its
    effective date: the last of the signatures and the seal (人民调解法 art. 29; no seal
    date given: sealed with the last signature). A new version supersedes the old one
    now; the case moves to 'agreement reached'. `other_errors` (unclear content, the
    readings' problems) are refused together with the signatures'."""
    if agreement.status != AgreementStatus.DRAFT:
        raise UserError(f"第{agreement.version}版协议已经签署，不能再登记签署。"
                        "如需修改，请生成新版本。")
    errors = list(other_errors)
    seal_problem = _seal_problem(sealed_on, case, today)
    if seal_problem:
        errors.append(ValidationError("sealed_on", seal_problem))
    signatures = _checked_signatures(agreement, case, entries, today, errors)
    agreement.signatures.clear()
    agreement.signatures.extend(signatures)
    agreement.status = AgreementStatus.SIGNED.value
    last_signature = max(s.signed_on for s in signatures)
    agreement.sealed_on = sealed_on or last_signature
    agreement.effective_on = max(last_signature, agreement.sealed_on)
    agreement.signed_at = now_utc()
    agreement.copies = agreement.copies or len(case.parties) + 1
    note = f"第{agreement.version}版调解协议签署，{format_date_cn(agreement.effective_on)}生效"
    if agreement.supersedes_id:
        old = session.get(Agreement, agreement.supersedes_id)
        old.status = AgreementStatus.SUPERSEDED.value
        note += f"，取代第{old.version}版"
    _event(case, actor, "agreement", note + "。")
    _agreement_reached(case, actor)
    session.flush()


def _agreement_reached(case: Case, actor: Actor) -> None:
    """The agreement in effect: a case still before or back in mediation has reached it."""
    if case.status in (CaseStatus.REGISTERED, CaseStatus.MEDIATION_FAILED):
        change_case_status(case, CaseStatus.IN_MEDIATION, actor, "调解协议已签署，调解已进行。")
    if case.status == CaseStatus.IN_MEDIATION:
        change_case_status(case, CaseStatus.AGREEMENT_REACHED, actor, "调解协议已签署生效。")


def _seal_problem(sealed_on: date | None, case: Case, today: date) -> str | None:
    if sealed_on is None:
        return None
    if sealed_on > today:
        return f"调解委员会盖章日期{format_date_cn(sealed_on)}晚于今天。"
    if sealed_on < case.received_on:
        return (f"调解委员会盖章日期{format_date_cn(sealed_on)}早于收案日期"
                f"{format_date_cn(case.received_on)}。")
    return None


def _checked_signatures(agreement: Agreement, case: Case, entries: list[SignatureEntry],
                        today: date, errors: list[ValidationError]) -> list[AgreementSignature]:
    errors = _content_errors(agreement) + _paper_only_errors(agreement, case) + errors
    names = {link.party_id: link.party.name for link in case.parties}
    mediators = {m.mediator_id: m.mediator.name for m in case.mediators
                 if not m.recused and not recusal_pending(m)}
    pending = {m.mediator_id: m.mediator.name for m in case.mediators if recusal_pending(m)}
    signatures, seen = [], set()
    for index, entry in enumerate(entries):
        field = f"signatures[{index}]"
        key = ("party", entry.party_id) if entry.party_id else ("mediator", entry.mediator_id)
        name = names.get(entry.party_id) if entry.party_id else mediators.get(entry.mediator_id)
        problem = (_pending_problem(pending[entry.mediator_id])
                   if not entry.party_id and entry.mediator_id in pending
                   else _entry_problem(entry, name, key in seen, case, today))
        if problem:
            errors.append(ValidationError(field, f"第{index + 1}个签名：{problem}"))
            continue
        seen.add(key)
        signatures.append(AgreementSignature(
            party_id=entry.party_id, mediator_id=entry.mediator_id, signer_name=name,
            signed_on=entry.signed_on,
            place=clean(entry.place) or agreement.signing_place))
    unsigned = [name for party_id, name in names.items() if ("party", party_id) not in seen]
    if unsigned:
        errors.append(ValidationError("signatures", "以下当事人还没有签名（按指印）："
                                      + name_list(unsigned)))
    if not any(kind == "mediator" for kind, _ in seen):
        errors.append(ValidationError("mediator", "还需要人民调解员签名（人民调解法第二十九条）。"))
    if errors:
        raise ValidationErrors(errors)
    return signatures


def _content_errors(agreement: Agreement) -> list[ValidationError]:
    """The agreed content must be there before anyone signs (人民调解法 art. 29)."""
    errors = []
    if not agreement.clauses:
        errors.append(ValidationError("clauses", "协议还没有任何条款，不能签署。"))
    if not agreement.facts.strip():
        errors.append(ValidationError("facts", "请先填写纠纷的主要事实，再登记签署。"))
    return errors


def _pending_problem(name: str) -> str:
    """特邀调解规定 art. 15: a mediator linked to a party signs only after the liaison has
    decided they need not step aside."""
    return (f"调解员{name}与当事人存在关联，尚未确认是否回避，不能在协议上签名。"
            "请先在案件页面确认其回避，或记录不回避的理由（特邀调解规定第十五条）。")


def _paper_only_errors(agreement: Agreement, case: Case) -> list[ValidationError]:
    """电子签名法 art. 3: marriage, adoption and inheritance documents are never signed
    electronically, so such an agreement cannot take effect by electronic signature."""
    if e_signature_warning(case.category, [c.text for c in agreement.clauses],
                           agreement.electronic_signature) is None:
        return []
    return [ValidationError("electronic_signature",
                            "本协议涉及婚姻、收养或继承事项，依照电子签名法第三条不能使用电子签名。"
                            "请在协议草稿中取消“电子签名”，打印后由当事人在纸质协议上签名、按指印，"
                            "再登记签署。")]


def _entry_problem(entry: SignatureEntry, name: str | None, duplicate: bool, case: Case,
                   today: date) -> str | None:
    if bool(entry.party_id) == bool(entry.mediator_id):
        return "应当是一位当事人或一位调解员的签名。"
    if name is None:
        return ("签名的当事人不是本案当事人。" if entry.party_id
                else "签名的调解员不是本案调解员（或已回避）。")
    if duplicate:
        return f"{name}的签名登记了两次。"
    if entry.signed_on is None:
        return f"请填写{name}的签名日期。"
    if entry.signed_on > today:
        return f"{name}的签名日期{format_date_cn(entry.signed_on)}晚于今天。"
    if entry.signed_on < case.received_on:
        return (f"{name}的签名日期{format_date_cn(entry.signed_on)}早于收案日期"
                f"{format_date_cn(case.received_on)}。")
    if len(clean(entry.place)) > MAX_PLACE:
        return f"签名地点最多{MAX_PLACE}个字。"
    return None


def change_case_status(case: Case, target: CaseStatus, actor: Actor, note: str) -> None:
    """The lifecycle rule (case_lifecycle) and a timeline event, in the caller's session."""
    check_transition(case.status, target.value, note)
    _event(case, actor, "status", note, from_status=case.status, to_status=target.value)
    case.status = target.value
    case.status_changed_at = now_utc()


def _event(case: Case, actor: Actor, kind: str, note: str, **statuses) -> None:
    case.events.append(CaseEvent(at=now_utc(), actor=actor.name, kind=kind, note=note,
                                 **statuses))


def copy_as_new_version(session: Session, agreement: Agreement, case: Case, reason: str,
                        actor: Actor) -> Agreement:
    """A draft copy of a signed agreement (version + 1). The old version stays signed and
    readable until the new one is signed. Payments already made are copied with their
    installments, so what was paid stays paid in the new version."""
    if agreement.status != AgreementStatus.SIGNED:
        raise UserError("只有已签署的协议才能生成新版本；草稿可以直接修改。")
    reason = clean_prose(reason)
    if not reason:
        raise ValidationError("reason", "请填写修改协议的原因。")
    latest = session.scalar(select(Agreement).where(Agreement.case_id == case.id)
                            .order_by(Agreement.version.desc()).limit(1))
    if latest.id != agreement.id:
        raise UserError(f"本案已有第{latest.version}版协议，请在最新版本上修改。")
    copy = Agreement(case_id=case.id, version=agreement.version + 1, supersedes_id=agreement.id,
                     status=AgreementStatus.DRAFT.value, **{
                         name: getattr(agreement, name) for name in COPIED_FIELDS})
    copy.clauses = [AgreementClause(position=c.position, text=c.text, kind=c.kind)
                    for c in agreement.clauses]
    copy.installments = [_copy_installment(i) for i in agreement.installments]
    session.add(copy)
    _event(case, actor, "agreement", f"生成第{copy.version}版协议草稿，原因：{reason}")
    session.flush()
    return copy


COPIED_FIELDS = ("facts", "items_in_dispute", "responsibilities", "performance_way",
                 "performance_place", "performance_deadline", "breach_terms", "total_fen",
                 "copies", "signing_place", "electronic_signature")


def _copy_installment(row: Installment) -> Installment:
    return Installment(claimant_id=row.claimant_id, seq=row.seq, due_on=row.due_on,
                       amount_fen=row.amount_fen, payer_party_id=row.payer_party_id,
                       payee_party_id=row.payee_party_id,
                       payments=[Payment(paid_on=p.paid_on, amount_fen=p.amount_fen,
                                         note=p.note, recorded_at=p.recorded_at)
                                 for p in row.payments])


def windows_closing(session: Session, within_days: int, today: date) -> list[ConfirmationWindow]:
    """Signed agreements of cases still at 'agreement reached' whose 30 days for judicial
    confirmation end between today and `within_days` from now, soonest first."""
    earliest = today - timedelta(days=CONFIRMATION_DAYS + 14)  # art. 85 moves it on
    latest = today + timedelta(days=within_days) - timedelta(days=CONFIRMATION_DAYS)
    rows = session.execute(
        select(Agreement.id, Agreement.case_id, Case.number, Agreement.effective_on)
        .join(Case, Case.id == Agreement.case_id)
        .where(Agreement.status == AgreementStatus.SIGNED.value,
               Case.status == CaseStatus.AGREEMENT_REACHED.value,
               Agreement.effective_on >= earliest, Agreement.effective_on <= latest)
        .order_by(Agreement.effective_on, Case.number)).all()
    windows = []
    for agreement_id, case_id, number, effective_on in rows:
        deadline = confirmation_deadline(effective_on)  # art. 85: past a rest day
        if not 0 <= (deadline - today).days <= within_days:
            continue
        windows.append(ConfirmationWindow(agreement_id, case_id, number, effective_on,
                                          deadline, (deadline - today).days))
    return windows

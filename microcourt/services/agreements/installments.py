"""Payment plans of an agreement and the payments made against them (issue 4, items 6, 9).

The arithmetic is installment_plan's (exact to the fen, the last installment absorbs the
rounding); here the plans are checked against the case's parties and stored. Plans are
edited on drafts only; payments are recorded on the signed, current version only.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from microcourt.db.models import Agreement, Case, CaseParty, Installment, Party, Payment
from microcourt.domain import AgreementStatus, CaseRole
from microcourt.errors import NotFound, UserError, ValidationError, ValidationErrors
from microcourt.services.agreements.dto import InstallmentRow, OverdueInstallment
from microcourt.services.agreements.plan import plan, plans_per_claimant
from microcourt.timeutil import format_date_cn
from microcourt.validation.money import MAX_FEN, format_amount

MAX_ROWS = 10_000  # 77 claimants x 120 months would still fit
NAMES_SHOWN = 10


def generate(session: Session, agreement: Agreement, case: Case, total_fen: int, count: int,
             first: date, every: int, unit: str, payer_party_id: int | None,
             payee_party_id: int | None) -> None:
    """One schedule for the whole agreement; the agreed total becomes the plan's total.
    When the payee is an applicant, the schedule is theirs (claimant_id set)."""
    links = {link.party_id: link for link in case.parties}
    _check_payer_payee(links, payer_party_id, payee_party_id)
    planned = plan(total_fen, count, first, every, unit)
    payee = links.get(payee_party_id)
    claimant_id = payee.id if payee is not None and payee.role == CaseRole.APPLICANT else None
    _replace(session, agreement, [
        Installment(claimant_id=claimant_id, seq=p.seq, due_on=p.due_on, amount_fen=p.amount_fen,
                    payer_party_id=payer_party_id, payee_party_id=payee_party_id)
        for p in planned])
    agreement.total_fen = total_fen


def generate_per_claimant(session: Session, agreement: Agreement, case: Case, count: int,
                          first: date, every: int, unit: str,
                          payer_party_id: int | None = None) -> None:
    """Each applicant's own schedule for their own claimed amount (the 77 workers), all on
    the same dates; the payer is the respondent unless named. Applicants owed nothing
    (amount 0) get no installments; a missing amount is an error naming them."""
    payer_party_id = payer_party_id or _sole_respondent(case)
    _check_payer_payee({link.party_id: link for link in case.parties}, payer_party_id, None)
    applicants = [link for link in case.parties if link.role == CaseRole.APPLICANT]
    missing = [link.party.name for link in applicants if link.claim_amount_fen is None]
    if missing:
        raise ValidationError("claim_amount", "以下申请人还没有填写请求金额，无法按人生成分期："
                              + name_list(missing))
    owed = {link.id: link.claim_amount_fen for link in applicants if link.claim_amount_fen}
    if not owed:
        raise ValidationError("claim_amount", "没有申请人有请求金额，无法按人生成分期。")
    plans = plans_per_claimant(owed, count, first, every, unit)
    by_id = {link.id: link for link in applicants}
    _replace(session, agreement, [
        Installment(claimant_id=claimant, seq=p.seq, due_on=p.due_on, amount_fen=p.amount_fen,
                    payer_party_id=payer_party_id, payee_party_id=by_id[claimant].party_id)
        for claimant, planned in plans.items() for p in planned])
    agreement.total_fen = sum(owed.values())


def set_rows(session: Session, agreement: Agreement, case: Case,
             rows: list[InstallmentRow]) -> None:
    """Replace the plan with hand-edited rows, checking every row and naming each bad
    field as installments[i].field (i counts from 0, as the editor's table rows)."""
    links = {link.party_id: link for link in case.parties}
    claimants = {link.id for link in case.parties}
    if len(rows) > MAX_ROWS:
        raise ValidationError("installments", f"分期最多{MAX_ROWS}行。")
    errors: list[ValidationError] = []
    for index, row in enumerate(rows):
        errors += _row_errors(index, row, links, claimants)
    if errors:
        raise ValidationErrors(errors)
    by_claimant: dict[int | None, list[InstallmentRow]] = defaultdict(list)
    for row in rows:
        by_claimant[row.claimant_id].append(row)
    _replace(session, agreement, [
        Installment(claimant_id=claimant, seq=seq, due_on=row.due_on, amount_fen=row.amount_fen,
                    payer_party_id=row.payer_party_id, payee_party_id=row.payee_party_id)
        for claimant, own in by_claimant.items()
        for seq, row in enumerate(sorted(own, key=lambda r: r.due_on), start=1)])


def _row_errors(index: int, row: InstallmentRow, links: dict[int, CaseParty],
                claimants: set[int]) -> list[ValidationError]:
    field = f"installments[{index}]"
    errors = []
    if row.due_on is None:
        errors.append(ValidationError(f"{field}.due_on", f"第{index + 1}期请填写到期日。"))
    if not 0 < row.amount_fen <= MAX_FEN:
        errors.append(ValidationError(
            f"{field}.amount", f"第{index + 1}期的金额{format_amount(row.amount_fen, unit=True)}"
                               "无效：每期金额必须大于零。"))
    if row.claimant_id is not None and row.claimant_id not in claimants:
        errors.append(ValidationError(f"{field}.claimant", f"第{index + 1}期的申请人不是本案当事人。"))
    try:
        _check_payer_payee(links, row.payer_party_id, row.payee_party_id)
    except ValidationError as exc:
        errors.append(ValidationError(f"{field}.{exc.field}", f"第{index + 1}期：{exc.message}"))
    return errors


def _check_payer_payee(links: dict[int, CaseParty], payer: int | None,
                       payee: int | None) -> None:
    for field, party_id, word in (("payer", payer, "付款人"), ("payee", payee, "收款人")):
        if party_id is not None and party_id not in links:
            raise ValidationError(field, f"{word}（当事人编号{party_id}）不是本案的当事人。")
    if payer is not None and payer == payee:
        raise ValidationError("payee", "付款人和收款人不能是同一人。")


def _sole_respondent(case: Case) -> int:
    respondents = [link.party_id for link in case.parties if link.role == CaseRole.RESPONDENT]
    if len(respondents) != 1:
        raise ValidationError("payer", "本案被申请人不止一个（或没有），请指定付款人。")
    return respondents[0]


def _replace(session: Session, agreement: Agreement, rows: list[Installment]) -> None:
    agreement.installments.clear()
    session.flush()  # delete the old plan before the new seq numbers are inserted
    agreement.installments.extend(rows)
    session.flush()


def name_list(names: list[str]) -> str:
    shown = "、".join(names[:NAMES_SHOWN])
    return shown + (f"等{len(names)}人" if len(names) > NAMES_SHOWN else "")


# -- payments ----------------------------------------------------------------------------

def load_installment(session: Session, installment_id: int) -> Installment:
    row = session.get(Installment, installment_id)
    if row is None:
        raise NotFound(f"没有编号为{installment_id}的分期，可能已被删除。")
    return row


def add_payment(session: Session, installment: Installment, paid_on: date, amount_fen: int,
                note: str, today: date) -> Payment:
    """A (partial) payment; more than what is still owed is refused, naming both."""
    agreement = installment.agreement
    if agreement.status == AgreementStatus.DRAFT:
        raise UserError("协议还没有签署，不能登记付款。请先登记签署。")
    if agreement.status == AgreementStatus.SUPERSEDED:
        raise UserError(f"第{agreement.version}版协议已被新版本取代，请在新版本中登记付款。")
    errors = []
    if paid_on is None or paid_on > today:
        errors.append(ValidationError("paid_on", "付款日期不能晚于今天" + (
            f"（填写的是{format_date_cn(paid_on)}）。" if paid_on else "，请填写付款日期。")))
    outstanding = installment.amount_fen - sum(p.amount_fen for p in installment.payments)
    if amount_fen <= 0:
        errors.append(ValidationError("amount", "付款金额必须大于零。"))
    elif amount_fen > outstanding:
        errors.append(ValidationError("amount", (
            f"付款{format_amount(amount_fen, unit=True)}超过了本期尚欠的"
            f"{format_amount(max(outstanding, 0), unit=True)}，不能多付。")))
    if errors:
        raise ValidationErrors(errors)
    payment = Payment(paid_on=paid_on, amount_fen=amount_fen, note=note)
    installment.payments.append(payment)
    session.flush()
    return payment


def _paid_per_installment():
    return (select(Payment.installment_id, func.sum(Payment.amount_fen).label("paid"))
            .group_by(Payment.installment_id).subquery())


def _overdue_query(today: date):
    """Installments of signed, current agreements, due before today and not paid in full."""
    paid = _paid_per_installment()
    paid_fen = func.coalesce(paid.c.paid, 0)
    return (select(Installment, Agreement.case_id, Case.number, paid_fen.label("paid_fen"))
            .join(Agreement, Agreement.id == Installment.agreement_id)
            .join(Case, Case.id == Agreement.case_id)
            .outerjoin(paid, paid.c.installment_id == Installment.id)
            .where(Agreement.status == AgreementStatus.SIGNED.value,
                   Installment.due_on < today, paid_fen < Installment.amount_fen))


def overdue(session: Session, today: date, case_id: int | None = None) -> list[OverdueInstallment]:
    query = _overdue_query(today).order_by(Installment.due_on, Case.number, Installment.id)
    if case_id is not None:
        query = query.where(Agreement.case_id == case_id)
    rows = session.execute(query).all()
    party_ids = {pid for row in rows for pid in (row[0].payer_party_id, row[0].payee_party_id)}
    names = dict(session.execute(select(Party.id, Party.name).where(Party.id.in_(party_ids)))
                 .all()) if party_ids else {}
    return [OverdueInstallment(
        installment_id=inst.id, agreement_id=inst.agreement_id, case_id=case_id_,
        case_number=number, claimant_name=names.get(inst.payee_party_id, ""),
        payer_name=names.get(inst.payer_party_id, ""), seq=inst.seq, due_on=inst.due_on,
        amount_fen=inst.amount_fen, paid_fen=paid_fen, days_overdue=(today - inst.due_on).days)
        for inst, case_id_, number, paid_fen in rows]


def count_overdue(session: Session, today: date) -> int:
    return session.scalar(select(func.count()).select_from(_overdue_query(today).subquery())) or 0

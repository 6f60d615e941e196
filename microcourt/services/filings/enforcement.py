"""What enforcement applications (强制执行申请书) are made from, read in one session, and
why none can be made.

民事诉讼法 (2023) art. 206: once the court rules a mediation agreement valid, if a party
refuses to perform it or performs only part, the other party may apply to the court
for enforcement. So an application needs a confirmed filing (the ruling, with the
court's case number, is the 执行依据) and installments due before today and not paid
in full. A per-claimant ruling covers that claimant's installments only and is its own
application; a joint one covers all. With an acceleration clause (加速到期) the
application claims the whole unpaid remainder of what the ruling covers, otherwise the
installments due. ID numbers here are FULL: the application goes to the court.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from microcourt.db.models import PropertyLead
from microcourt.documents.inputs.enforcement import (
    DebtorLeads,
    EnforcementApplication,
    Ruling,
)
from microcourt.documents.inputs.enforcement import PropertyLead as LeadInfo
from microcourt.domain import FilingStatus, PropertyKind
from microcourt.errors import UserError
from microcourt.services.agreements.dto import InstallmentInfo
from microcourt.services.agreements.rules import acceleration_clause
from microcourt.services.filings.dto import FilingApplicant, FilingSource
from microcourt.services.filings.queries import claimant_labels, load_filings, load_source
from microcourt.services.reports.early_warnings import enforceable


@dataclass(frozen=True)
class EnforcementSource:
    source: FilingSource
    today: date
    rulings: tuple[Ruling, ...]
    overdue: tuple[InstallmentInfo, ...]          # enforceable overdue installments
    not_covered: tuple[InstallmentInfo, ...]      # overdue, but no ruling covers them
    missing_numbers: tuple[str, ...]              # confirmed filings without a court number

    @property
    def case_number(self) -> str:
        return self.source.case_number

    def parties(self, party_ids: set[int | None]) -> tuple[FilingApplicant, ...]:
        """The parties named, in the agreement's order (applicants first)."""
        return tuple(a for a in self.source.applicants if a.party.party_id in party_ids)


def covers(ruling: Ruling, item: InstallmentInfo) -> bool:
    """A joint ruling covers every installment; a per-claimant one that claimant's."""
    return ruling.claimant_id is None or item.claimant_id == ruling.claimant_id


def load_enforcement(session: Session, case_ref: int | str, today: date) -> EnforcementSource:
    source = load_source(session, case_ref, today)
    agreement = source.agreement
    if agreement is None:
        return EnforcementSource(source, today, (), (), (), ())
    labels = claimant_labels(session, source.case_id)
    confirmed = [f for f in load_filings(session, source.case_id)
                 if f.status == FilingStatus.CONFIRMED.value and f.agreement_id == agreement.id]
    covered = {f.claimant_id for f in confirmed}
    late = [i for i in agreement.installments if i.state == "overdue"]
    rulings = tuple(Ruling(court=f.court or source.profile.court,
                           court_case_number=f.court_case_number or "", ruling_on=f.ruling_on,
                           label=labels.get(f.claimant_id, "") if f.claimant_id else "全体申请人",
                           claimant_id=f.claimant_id)
                    for f in confirmed)
    return EnforcementSource(
        source=source, today=today, rulings=rulings,
        overdue=tuple(i for i in late if enforceable(covered, i.claimant_id)),
        not_covered=tuple(i for i in late if not enforceable(covered, i.claimant_id)),
        missing_numbers=tuple(r.label for r in rulings if not r.court_case_number))


def problems(found: EnforcementSource) -> list[str]:
    """Every reason the application cannot be made, in Chinese, at once."""
    number = found.case_number
    if found.source.agreement is None:
        return [f"案件{number}没有已签署的调解协议，无法申请强制执行。"]
    reasons = []
    if not found.rulings:
        reasons.append(f"案件{number}的调解协议尚未经法院裁定确认有效（司法确认），"
                       "没有可供执行的法律文书；请先申请司法确认。")
    if not found.overdue and not found.not_covered:
        reasons.append(f"截至{found.today.isoformat()}，案件{number}没有逾期未付的分期款项，"
                       "无需申请强制执行。")
    elif found.rulings and not found.overdue:
        names = "、".join(sorted({i.payee_name for i in found.not_covered if i.payee_name}))
        reasons.append(f"逾期款项的收款人（{names}）尚未取得法院确认裁定，不能据此申请执行。")
    if found.missing_numbers:
        reasons.append("司法确认记录缺少法院案号（" + "、".join(found.missing_numbers)
                       + "），执行依据须写明裁定书案号，请先在司法确认记录中补填。")
    return reasons


def checked_enforcement(session: Session, case_ref: int | str, today: date) -> EnforcementSource:
    found = load_enforcement(session, case_ref, today)
    reasons = problems(found)
    if reasons:
        lines = "\n".join(f"{n}. {text}" for n, text in enumerate(reasons, start=1))
        raise UserError(f"案件{found.case_number}不能生成强制执行申请书：\n{lines}")
    return found


def applications(session: Session, found: EnforcementSource,
                 claimant: str | None = None) -> list[EnforcementApplication]:
    """One application for each ruling with something overdue (only the ruling of the
    claimant named `claimant`, a name or 全体申请人, when given)."""
    agreement = found.source.agreement
    clause = acceleration_clause([*agreement.clauses, agreement.breach_terms])
    rulings = [r for r in found.rulings if any(covers(r, i) for i in found.overdue)]
    if claimant is not None:
        wanted = claimant.strip()
        rulings = [r for r in rulings if r.label == wanted]
        if not rulings:
            raise UserError(f"案件{found.case_number}中没有“{wanted}”可以申请执行的确认裁定"
                            "（须已裁定确认且有逾期未付款项）。")
    result = []
    for ruling in rulings:
        overdue = tuple(i for i in found.overdue if covers(ruling, i))
        accelerated = tuple(i for i in agreement.installments
                            if clause and covers(ruling, i) and i.state != "overdue"
                            and i.outstanding_fen > 0) if clause else ()
        claimed = overdue + accelerated
        debtors = found.parties({i.payer_party_id for i in claimed})
        result.append(EnforcementApplication(
            case_number=found.case_number, category=found.source.category,
            committee=found.source.profile.committee,
            agreement_effective_on=agreement.effective_on, ruling=ruling,
            creditors=found.parties({i.payee_party_id for i in claimed}), debtors=debtors,
            overdue=overdue, accelerated=accelerated,
            acceleration_clause=clause if accelerated else "",
            property_kinds=tuple((k.value, k.cn) for k in PropertyKind),
            leads=_leads(session, debtors), today=found.today,
            single_payment=_single_payment(ruling, agreement.installments)))
    return result


def _single_payment(ruling, installments) -> bool:
    """Each creditor of this ruling is owed one payment in the whole plan."""
    payees = [i.payee_party_id for i in installments if covers(ruling, i)]
    return len(payees) == len(set(payees))


def _leads(session: Session, debtors: tuple[FilingApplicant, ...]) -> tuple[DebtorLeads, ...]:
    ids = [d.party.party_id for d in debtors]
    rows = session.scalars(select(PropertyLead).where(PropertyLead.party_id.in_(ids))
                           .order_by(PropertyLead.id)).all()
    return tuple(DebtorLeads(d.name, tuple(
        LeadInfo(row.kind, _kind_cn(row.kind), row.detail)
        for row in rows if row.party_id == d.party.party_id)) for d in debtors)


def _kind_cn(kind: str) -> str:
    try:
        return PropertyKind(kind).cn
    except ValueError:
        return PropertyKind.OTHER.cn

"""A 强制执行申请书: one application per ruling (民事诉讼法 2023 art. 206: the ruling that
confirms the agreement is the 执行依据; a per-claimant filing is its own ruling).

The filings service decides what is claimed (the installments due and unpaid, or with
an acceleration clause the whole remainder) and passes it in, with the property leads
the liaison recorded about each debtor.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from microcourt.documents.inputs.agreement import InstallmentInfo
from microcourt.documents.inputs.filing import FilingApplicant


@dataclass(frozen=True)
class Ruling:
    court: str
    court_case_number: str
    ruling_on: date | None
    label: str               # whose filing: a claimant's name, or 全体申请人
    claimant_id: int | None  # the claimant's case_party id; None for a joint ruling


@dataclass(frozen=True)
class PropertyLead:
    kind: str                # PropertyKind value
    kind_cn: str             # 银行账户 / 车辆 / 不动产 / 应收工资 ...
    detail: str


@dataclass(frozen=True)
class DebtorLeads:
    debtor: str              # the debtor's name
    leads: tuple[PropertyLead, ...]


@dataclass(frozen=True)
class EnforcementApplication:
    case_number: str                       # the village mediation number
    category: str                          # CaseCategory value
    committee: str
    agreement_effective_on: date | None
    ruling: Ruling
    creditors: tuple[FilingApplicant, ...]  # 申请执行人
    debtors: tuple[FilingApplicant, ...]    # 被执行人
    overdue: tuple[InstallmentInfo, ...]    # due before today and not paid in full
    accelerated: tuple[InstallmentInfo, ...]  # not yet due, claimed by the clause below
    acceleration_clause: str               # the agreement's words, "" when it has none
    property_kinds: tuple[tuple[str, str], ...]  # (PropertyKind value, Chinese) to ask about
    leads: tuple[DebtorLeads, ...]
    today: date
    single_payment: bool = False           # each creditor is owed one payment, not 分期

    @property
    def claimed(self) -> tuple[InstallmentInfo, ...]:
        return self.overdue + self.accelerated

    @property
    def claimed_fen(self) -> int:
        return sum(i.outstanding_fen for i in self.claimed)

    @property
    def court(self) -> str:
        return self.ruling.court

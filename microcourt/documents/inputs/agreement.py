"""What the printed 人民调解协议书 says (人民调解法 art. 29), and the installment plan
that is the one source of its payment terms."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from microcourt.documents.inputs.parties import PartyParticulars


@dataclass(frozen=True)
class MediatorInfo:
    id: int
    name: str
    organization: str | None
    is_lead: bool


@dataclass(frozen=True)
class PaymentInfo:
    id: int
    paid_on: date
    amount_fen: int
    note: str


@dataclass(frozen=True)
class InstallmentInfo:
    id: int
    claimant_id: int | None       # the claimant's case_party id (own schedule)
    seq: int
    due_on: date
    amount_fen: int
    payer_party_id: int | None
    payer_name: str
    payee_party_id: int | None
    payee_name: str
    paid_fen: int
    state: str                    # InstallmentState value, for the day asked
    payments: tuple[PaymentInfo, ...] = ()

    @property
    def outstanding_fen(self) -> int:
        return max(self.amount_fen - self.paid_fen, 0)


@dataclass(frozen=True)
class ClaimantSchedule:
    """One claimant's own installments (or the whole plan when `claimant_id` is None)."""

    claimant_id: int | None
    party_id: int | None
    name: str
    installments: tuple[InstallmentInfo, ...]

    @property
    def total_fen(self) -> int:
        return sum(i.amount_fen for i in self.installments)


def is_single_payment(schedules) -> bool:
    """Every claimant is paid at once: the papers then say 一次性, never 第1期 or 分期
    (a clerk reads "分期付款" over one payment as terms that contradict themselves)."""
    return all(len(s.installments) <= 1 for s in schedules)


def plan_title(schedules) -> str:
    return "付款计划" if is_single_payment(schedules) else "分期付款计划"


@dataclass(frozen=True)
class AgreementText:
    """Everything the printed agreement shows. The agreements service's AgreementDetail
    extends it with what the editor and the signing need."""

    case_number: str
    category: str                 # CaseCategory value
    version: int
    superseded_version: int | None
    facts: str
    items_in_dispute: str
    responsibilities: str
    clauses: tuple[str, ...]
    performance_way: str
    performance_place: str
    performance_deadline: date | None
    breach_terms: str
    total_fen: int | None
    copies: int                   # stored, or the default: parties + 1
    signing_place: str
    effective_on: date | None
    parties: tuple[PartyParticulars, ...]
    mediators: tuple[MediatorInfo, ...]
    schedules: tuple[ClaimantSchedule, ...]

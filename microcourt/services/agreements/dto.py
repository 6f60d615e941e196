"""Plain data the agreements service hands out and takes in (人民调解法 art. 29).

An editor reads an `AgreementDetail`, edits an `AgreementDraft` and saves it often;
payment plans come in as `InstallmentRow`s, signatures as `SignatureEntry`s. Nothing
here is an ORM object, so a view may keep these as long as it likes. What the printed
agreement shows is documents.inputs' (AgreementText, the particulars, the plan), which
this module re-exports: the editor and the PDF read the same classes.

ID numbers in `PartyParticulars` and `AgentParticulars` are FULL: the agreement is a
legal document (the detail view and the printed agreement may show them). Lists and
logs must mask them with `validation.idcard.mask_id`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from microcourt.documents.inputs.agreement import AgreementText, InstallmentInfo
from microcourt.documents.inputs.agreement import ClaimantSchedule as ClaimantSchedule
from microcourt.documents.inputs.agreement import MediatorInfo as MediatorInfo
from microcourt.documents.inputs.agreement import PaymentInfo as PaymentInfo
from microcourt.documents.inputs.parties import AgentParticulars as AgentParticulars
from microcourt.documents.inputs.parties import PartyParticulars
from microcourt.domain import QT_TRANSLATE_NOOP as _
from microcourt.domain import AgreementStatus, CaseRole, Coded
from microcourt.periods import PeriodEnd, period_end
from microcourt.services.agreements.rules import ClauseWarning

# 民事诉讼法 (2023) art. 205: the joint application for judicial confirmation is made
# within thirty days of the agreement taking effect.
CONFIRMATION_DAYS = 30


class InstallmentState(Coded):
    """Where an installment stands on a given day; overdue wins over partly paid, so a
    part-paid installment past its date is highlighted too."""

    PAID = "paid", _("Domain", "Paid"), "已付清"
    PARTLY_PAID = "partly_paid", _("Domain", "Partly paid"), "部分支付"
    DUE = "due", _("Domain", "Not yet due"), "未到期"
    OVERDUE = "overdue", _("Domain", "Overdue"), "已逾期"


def installment_state(amount_fen: int, paid_fen: int, due_on: date,
                      today: date) -> InstallmentState:
    if paid_fen >= amount_fen:
        return InstallmentState.PAID
    if due_on < today:  # due on the day itself is still in time
        return InstallmentState.OVERDUE
    return InstallmentState.PARTLY_PAID if paid_fen else InstallmentState.DUE


def confirmation_deadline(effective_on: date | None) -> date | None:
    """The last day to apply for judicial confirmation (民事诉讼法 art. 205), moved past
    a rest day by art. 85 (microcourt.periods)."""
    return period_end(effective_on, CONFIRMATION_DAYS).deadline if effective_on else None


@dataclass(frozen=True)
class SignatureInfo:
    party_id: int | None
    mediator_id: int | None
    signer_name: str
    signed_on: date
    place: str


@dataclass(frozen=True)
class AgreementVersion:
    id: int
    version: int
    status: str
    effective_on: date | None
    supersedes_id: int | None


@dataclass(frozen=True)
class AgreementDetail(AgreementText):
    """Everything art. 29 asks of an agreement (AgreementText, what prints), with what
    the editor, the signing and the filings need beside it."""

    id: int
    case_id: int
    case_status: str
    supersedes_id: int | None
    status: str                   # AgreementStatus value
    electronic_signature: bool
    signed_at: datetime | None
    signatures: tuple[SignatureInfo, ...]
    warnings: tuple[ClauseWarning, ...]
    as_of: date                   # the day installment states were computed for
    sealed_on: date | None = None  # the committee's seal (人民调解法 art. 29)
    plan_clause: int | None = None  # index in `clauses` of the clause written from the plan

    @property
    def blocking(self) -> tuple[ClauseWarning, ...]:
        """The problems that refuse signing (unclear content, 民诉解释 358(五))."""
        return tuple(w for w in self.warnings if w.blocks_signing)

    @property
    def editable(self) -> bool:
        return self.status == AgreementStatus.DRAFT

    @property
    def applicants(self) -> tuple[PartyParticulars, ...]:
        return tuple(p for p in self.parties if p.role == CaseRole.APPLICANT)

    @property
    def respondents(self) -> tuple[PartyParticulars, ...]:
        return tuple(p for p in self.parties if p.role == CaseRole.RESPONDENT)

    @property
    def installments(self) -> tuple[InstallmentInfo, ...]:
        return tuple(i for s in self.schedules for i in s.installments)

    @property
    def installments_total_fen(self) -> int:
        return sum(i.amount_fen for i in self.installments)

    @property
    def overdue(self) -> tuple[InstallmentInfo, ...]:
        return tuple(i for i in self.installments if i.state == InstallmentState.OVERDUE)

    @property
    def confirmation_deadline(self) -> date | None:
        return confirmation_deadline(self.effective_on)

    @property
    def confirmation_period(self) -> PeriodEnd | None:
        """The 30 days with what moved their last day, or the calendar's gap."""
        return period_end(self.effective_on, CONFIRMATION_DAYS) if self.effective_on else None


@dataclass
class AgreementDraft:
    """What the editor saves. Clauses are the agreed terms in order; blank ones are
    dropped. `copies` None means the default (parties + 1)."""

    facts: str = ""
    items_in_dispute: str = ""
    responsibilities: str = ""
    clauses: list[str] = field(default_factory=list)
    performance_way: str = ""
    performance_place: str = ""
    performance_deadline: date | None = None
    breach_terms: str = ""
    total_fen: int | None = None
    copies: int | None = None
    signing_place: str = ""
    electronic_signature: bool = False
    # Index in `clauses` of the payment clause written from the plan: its text is
    # ignored and written again; None keeps it where it was (first, when new).
    plan_clause: int | None = None

    @classmethod
    def from_detail(cls, detail: AgreementDetail) -> AgreementDraft:
        return cls(facts=detail.facts, items_in_dispute=detail.items_in_dispute,
                   responsibilities=detail.responsibilities, clauses=list(detail.clauses),
                   performance_way=detail.performance_way,
                   performance_place=detail.performance_place,
                   performance_deadline=detail.performance_deadline,
                   breach_terms=detail.breach_terms, total_fen=detail.total_fen,
                   copies=detail.copies, signing_place=detail.signing_place,
                   electronic_signature=detail.electronic_signature,
                   plan_clause=detail.plan_clause)


@dataclass(frozen=True)
class InstallmentRow:
    """One hand-edited installment. `claimant_id` (a case_party id) gives a claimant
    their own schedule; seq numbers are assigned per claimant in due-date order."""

    due_on: date
    amount_fen: int
    payer_party_id: int | None
    payee_party_id: int | None
    claimant_id: int | None = None


@dataclass(frozen=True)
class SignatureEntry:
    """A signature to record: a party's (`party_id`) or a mediator's (`mediator_id`)."""

    signed_on: date
    party_id: int | None = None
    mediator_id: int | None = None
    place: str = ""


@dataclass(frozen=True)
class OverdueInstallment:
    installment_id: int
    agreement_id: int
    case_id: int
    case_number: str
    claimant_name: str
    payer_name: str
    seq: int
    due_on: date
    amount_fen: int
    paid_fen: int
    days_overdue: int

    @property
    def outstanding_fen(self) -> int:
        return self.amount_fen - self.paid_fen


@dataclass(frozen=True)
class ConfirmationWindow:
    """A signed agreement whose 30 days for judicial confirmation are running out."""

    agreement_id: int
    case_id: int
    case_number: str
    effective_on: date
    deadline: date
    days_left: int


@dataclass(frozen=True)
class ClauseTemplateInfo:
    id: int
    category: str
    title: str
    text: str
    position: int

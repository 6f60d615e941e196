"""Plain data crossing the cases service boundary: the case form's draft and what the
case page shows (parties in roles, mediators with their recusal state, the timeline,
the totals). ID numbers in here are always masked."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from microcourt.validation.money import fen_to_yuan


@dataclass
class CaseDraft:
    """The case form as typed; the service validates and normalises every field.
    `amount` may be text (`400,000`, `12万`), Decimal or int yuan; None or "" = not
    stated. Codes are CaseCategory / CaseSource values (Chinese terms also accepted)."""

    category: str = ""
    summary: str = ""
    claims: str = ""
    amount: object = None
    received_on: object = None  # date or text; today when left empty
    source: str = "walk_in"
    # a court referral (source "court"): ReferralKind value, the court and its case
    # number; ignored (and cleared) for any other source
    referral_kind: str = ""
    referring_court: str = ""
    referral_number: str = ""


@dataclass(frozen=True)
class CaseAgentInfo:
    id: int  # the CaseAgent row (for detach_agent)
    agent_id: int  # the PartyAgent
    name: str
    kind: str  # AgentKind value
    relation: str | None
    phone: str | None
    special_authority: bool


@dataclass(frozen=True)
class CasePartyInfo:
    id: int  # the CaseParty row (for remove_party, set_claim_amount, attach_agent)
    party_id: int
    name: str
    kind: str  # PartyKind value
    id_number: str  # masked
    phone: str | None
    role: str  # CaseRole value
    position: int
    claim_amount_fen: int | None
    agents: tuple[CaseAgentInfo, ...]

    @property
    def claim_amount(self) -> Decimal | None:
        return None if self.claim_amount_fen is None else fen_to_yuan(self.claim_amount_fen)


@dataclass(frozen=True)
class CaseMediatorInfo:
    """A mediator on the case. `recusal_pending`: linked to a party and neither recused
    nor given a recorded reason to continue (特邀调解规定 art. 15)."""

    id: int  # the CaseMediator row (for decide_recusal, set_lead, remove_mediator)
    mediator_id: int
    name: str
    organization: str | None
    phone: str | None
    is_lead: bool
    linked_party_id: int | None
    linked_party_name: str | None
    link_description: str | None
    recused: bool
    continue_reason: str | None

    @property
    def recusal_pending(self) -> bool:
        return self.linked_party_id is not None and not self.recused \
            and not self.continue_reason


@dataclass(frozen=True)
class CaseEventInfo:
    id: int
    at: datetime  # timezone-aware UTC; show with timeutil.format_local
    actor: str
    kind: str  # created, status, updated, party_added, mediator_added, recusal, note ...
    from_status: str | None
    to_status: str | None
    note: str


@dataclass(frozen=True)
class CaseTotals:
    """`claimants`: applicants; `claims_fen`: the sum of their claim amounts (an
    applicant without an amount counts 0). When `amount_from_claimants`, the case
    amount is this sum, kept equal on every change."""

    claimants: int
    claimants_with_amount: int
    claims_fen: int
    amount_fen: int | None
    amount_from_claimants: bool

    @property
    def claims(self) -> Decimal:
        return fen_to_yuan(self.claims_fen)


@dataclass(frozen=True)
class CaseDetail:
    id: int
    number: str
    year: int
    seq: int
    category: str
    summary: str
    claims: str
    amount_fen: int | None
    received_on: date
    source: str
    status: str
    status_changed_at: datetime
    closed_on: date | None
    referral_kind: str | None      # ReferralKind value, with the court and its number
    referring_court: str | None
    referral_number: str | None
    allowed_next: tuple[str, ...]  # CaseStatus values the case may move to
    parties: tuple[CasePartyInfo, ...]
    mediators: tuple[CaseMediatorInfo, ...]
    events: tuple[CaseEventInfo, ...]
    totals: CaseTotals

    @property
    def amount(self) -> Decimal | None:
        return None if self.amount_fen is None else fen_to_yuan(self.amount_fen)

    @property
    def amount_from_claimants(self) -> bool:
        return self.totals.amount_from_claimants

    def in_role(self, role: str) -> tuple[CasePartyInfo, ...]:
        return tuple(p for p in self.parties if p.role == role)

    @property
    def recusal_pending(self) -> tuple[CaseMediatorInfo, ...]:
        return tuple(m for m in self.mediators if m.recusal_pending)


@dataclass(frozen=True)
class MediatorAssignment:
    """What `add_mediator` and `record_link` return: the mediator on the case, and
    whether the liaison must now decide on recusal (with the question to ask)."""

    mediator: CaseMediatorInfo
    recusal_required: bool
    question: str = ""

"""What a judicial-confirmation packet (司法确认) is made from: the applicants with their
filing particulars, the case, and each packet's share of them.

民事诉讼法 (2023) arts. 205-206, 民诉解释 351-358 and 最高法《关于人民调解协议司法确认程序
的若干规定》: every applicant's identity, domicile and contact, service addresses, a
power of attorney for every agent, and property-right proof where relevant. ID numbers
are FULL: the court filing is one of the two places they print.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from microcourt.documents.inputs.agreement import AgreementText, ClaimantSchedule
from microcourt.documents.inputs.court import CourtProfileData
from microcourt.documents.inputs.parties import AgentParticulars, PartyParticulars
from microcourt.documents.inputs.reading import ReadingAttestation


@dataclass(frozen=True)
class FilingAgent:
    """An agent with what the power of attorney needs beyond the agreement's particulars."""

    agent_id: int
    particulars: AgentParticulars
    id_type: str | None
    address: str | None
    licence_number: str | None

    @property
    def name(self) -> str:
        return self.particulars.name


@dataclass(frozen=True)
class FilingApplicant:
    """A party as an applicant (both sides apply jointly, so the respondent in the
    mediation is an applicant here too), with the registry's filing particulars."""

    party: PartyParticulars               # its occupation and address print as particulars
    household_address: str | None
    service_address: str | None
    accepts_e_service: bool
    wechat: str | None
    agents: tuple[FilingAgent, ...] = ()
    postcode: str | None = None           # of the service address (邮编)
    e_service_address: str | None = None  # an organization's electronic service address

    @property
    def name(self) -> str:
        return self.party.name

    @property
    def is_organization(self) -> bool:
        return self.party.is_organization

    @property
    def delivery_address(self) -> str:
        """Where court documents go: the service address, else the domicile."""
        return self.service_address or self.household_address or ""


@dataclass(frozen=True)
class CourtReferral:
    """A court's referral of the dispute to the committee (委派调解 before filing, 委托调解
    during the lawsuit): the application goes to that court (民事诉讼法 205(一))."""

    kind: str                             # the Chinese term: 委派调解 / 委托调解
    court: str
    case_number: str


@dataclass(frozen=True)
class ScanFile:
    """One file of the scanned signed agreement, as attached: a PDF or one page's image."""

    file_name: str
    media_type: str                       # application/pdf, image/jpeg, image/png
    content: bytes
    pages: int


@dataclass(frozen=True)
class FilingCase:
    """The case as the packet prints it. The filings service's FilingSource extends it
    with what generation checks."""

    agreement: AgreementText | None       # the signed version in force
    case_number: str
    category: str                         # CaseCategory value
    applicants: tuple[FilingApplicant, ...]
    profile: CourtProfileData
    property_proof_needed: bool           # the category concerns a property right
    # the agreement's reading attestations, and each applicant's service address
    # form's (party id -> attestation): filled in just before the packets are rendered
    agreement_readings: tuple[ReadingAttestation, ...] = ()
    service_address_readings: tuple[tuple[int, ReadingAttestation], ...] = ()
    referral: CourtReferral | None = None
    scan: tuple[ScanFile, ...] = ()       # the signed original, scanned; () if not yet
    received_on: date | None = None       # when the committee took the dispute up
    # the last signature (parties and mediator) and the committee's seal: the agreement
    # is reached on the one and takes effect on the later of the two (人民调解法 art. 29)
    signed_on: date | None = None
    sealed_on: date | None = None

    @property
    def reached_on(self) -> date | None:
        """The day the parties reached (signed) the agreement."""
        return self.signed_on or (self.agreement.effective_on if self.agreement else None)

    @property
    def sealed_later(self) -> bool:
        """The seal went on after the last signature: a day of its own in the text."""
        return bool(self.sealed_on and self.signed_on and self.sealed_on > self.signed_on)

    @property
    def court(self) -> str:
        """Where the application goes: the referring court, else the micro-court's."""
        return self.referral.court if self.referral else self.profile.court

    def attestations_for(self, party_id: int) -> tuple[ReadingAttestation, ...]:
        return tuple(a for p, a in self.service_address_readings if p == party_id)

    @property
    def claimants(self) -> tuple[FilingApplicant, ...]:
        return tuple(a for a in self.applicants if a.party.role == "applicant")

    @property
    def others(self) -> tuple[FilingApplicant, ...]:
        """The other side (and any third party): in every per-claimant packet."""
        return tuple(a for a in self.applicants if a.party.role != "applicant")


@dataclass(frozen=True)
class Packet:
    """One application: in per-claimant mode one claimant with the other side; in joint
    mode everybody. `schedule` is the claimant's own installments, when they have one."""

    index: int                            # 1-based, the NN in the file names
    label: str                            # the claimant's name, or 全体申请人
    applicants: tuple[FilingApplicant, ...]
    claimant_id: int | None               # case_party id in per-claimant mode
    schedule: ClaimantSchedule | None

"""Plain data for judicial-confirmation filings (司法确认): what the packet is made from,
what a check finds wrong, and the filing record the UI and the CLI show.

民事诉讼法 (2023) arts. 205-206, 民诉解释 351-358 and 最高法《关于人民调解协议司法确认程序
的若干规定》: the parties apply jointly, within 30 days of the agreement taking effect,
with the application, the agreement, proof that the committee presided, every
applicant's identity, domicile and contact, service addresses, a power of attorney for
every agent, and property-right proof where relevant.

The packet's own inputs (applicants, agents, packets) are documents.inputs.filing's,
re-exported here. ID numbers here are FULL: the court filing is one of the two places they print. A
view that lists filings shows names only; logs and the audit log never get them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from microcourt.documents.inputs.filing import FilingAgent as FilingAgent
from microcourt.documents.inputs.filing import FilingApplicant as FilingApplicant
from microcourt.documents.inputs.filing import FilingCase
from microcourt.documents.inputs.filing import Packet as Packet
from microcourt.domain import QT_TRANSLATE_NOOP as _
from microcourt.domain import Coded
from microcourt.errors import UserError
from microcourt.services.agreements.dto import AgreementDetail

if TYPE_CHECKING:
    from microcourt.services.filings.claimants import ClaimantProgress


class DocumentKind(Coded):
    """The documents of a packet, in the order they are bound and numbered."""

    APPLICATION = "application", _("Domain", "Application"), "司法确认申请书"
    AGREEMENT = "agreement", _("Domain", "Mediation agreement"), "人民调解协议书"
    SCAN = "scan", _("Domain", "Signed agreement (scan)"), "人民调解协议书（签署原件扫描件）"
    MEDIATION_PROOF = ("mediation_proof", _("Domain", "Proof of mediation"),
                       "调解组织主持调解的证明")
    SERVICE_ADDRESS = ("service_address", _("Domain", "Service address confirmation"),
                       "送达地址确认书")
    POWER_OF_ATTORNEY = "power_of_attorney", _("Domain", "Power of attorney"), "授权委托书"
    CHECKLIST = "checklist", _("Domain", "Materials checklist"), "申请材料清单"
    COMBINED = "combined", _("Domain", "Combined packet"), "司法确认申请材料"


@dataclass(frozen=True, kw_only=True)  # keyword-only: after FilingCase's defaults
class FilingSource(FilingCase):
    """Everything generation reads, taken in one session before any file is written:
    what the packet prints (FilingCase) and what the checks need beside it."""

    agreement: AgreementDetail | None     # the signed version in force, None if unsigned
    draft_version: int | None             # the newest unsigned version, if any
    case_id: int
    case_status: str
    summary: str
    # each claimant's application of the signed version (filings.claimants), and the
    # claimants' names by case_party id, for what generation may still make
    progress: ClaimantProgress | None = None
    claimant_names: tuple[tuple[int, str], ...] = ()
    refused_on: date | None = None        # the last 驳回 ruling on this version


@dataclass(frozen=True)
class FilingProblem:
    """Why a packet cannot be generated, and where to fix it. `target` names the place
    for the UI: ("party", party id), ("agent", agent id), ("agreement", id),
    ("settings", 0) or ("case", case id)."""

    kind: str            # unsigned / missing / agent / clause / unclear / late / court
    message: str         # Chinese, names the person and the missing item
    fix_at: str          # Chinese: the page and the field to open
    target: tuple[str, int] = ("case", 0)
    field: str = ""      # the agreement's field to open there: clauses[i] (0-based) ...

    def __str__(self) -> str:
        return f"{self.message}（处理：{self.fix_at}）" if self.fix_at else self.message


class FilingRefused(UserError):
    """Generation refused before any file was written; `problems` lists every reason at
    once. `late_only` means the one reason is the missed 30-day window: the liaison may
    still generate after reading the warning (acknowledge_late=True)."""

    def __init__(self, case_number: str, problems: list[FilingProblem]):
        lines = "\n".join(f"{n}. {p}" for n, p in enumerate(problems, start=1))
        super().__init__(f"案件{case_number}还不能生成司法确认申请材料：\n{lines}")
        self.problems = problems

    @property
    def late_only(self) -> bool:
        return all(p.kind == "late" for p in self.problems)


@dataclass(frozen=True)
class FilingWindow:
    """The 30 days to apply (民事诉讼法 art. 205) of a case's signed agreement."""

    case_id: int
    case_number: str
    agreement_id: int
    effective_on: date
    deadline: date                        # after 民事诉讼法 art. 85 (microcourt.periods)
    days_left: int                        # negative once missed
    nominal: date | None = None           # thirty days on, before art. 85 moved it
    rest_days: tuple[str, ...] = ()       # RestDay values the deadline was moved over
    unknown_year: int | None = None       # the holiday calendar lacks this year
    period_note: str = ""                 # Chinese: which holiday moved it, or the gap
    claimants: int = 0                    # per-claimant progress of the agreement in force
    unfiled: int = 0                      # claimants whose packet is not yet submitted
    progress_note: str = ""               # 已确认 3/77，已提交 10/77，未提交 64

    @property
    def missed(self) -> bool:
        return self.days_left < 0

    @property
    def moved(self) -> bool:
        return self.nominal is not None and self.nominal != self.deadline


@dataclass(frozen=True)
class FilingDocumentInfo:
    kind: str                             # DocumentKind value
    file_name: str                        # relative to the filing's folder's parent
    sha256: str
    size_bytes: int


@dataclass(frozen=True)
class FilingInfo:
    id: int
    case_id: int
    case_number: str
    agreement_id: int
    claimant_id: int | None
    label: str                            # claimant's name, or 全体申请人
    mode: str                             # FilingMode value
    status: str                           # FilingStatus value
    output_dir: str | None
    generated_at: datetime | None
    submitted_on: date | None
    platform: str | None                  # Platform value
    court: str | None
    court_case_number: str | None
    correction_deadline: date | None
    ruling_on: date | None
    notes: str
    documents: tuple[FilingDocumentInfo, ...] = ()

    @property
    def combined(self) -> FilingDocumentInfo | None:
        return next((d for d in self.documents if d.kind == DocumentKind.COMBINED), None)


@dataclass(frozen=True)
class GenerationResult:
    folder: str                           # the case folder written
    mode: str
    filings: tuple[FilingInfo, ...]
    warnings: tuple[str, ...] = ()


@dataclass
class FilingUpdate:
    """What the liaison records after uploading and as the court answers. Fields left
    None keep their stored value."""

    status: str                           # FilingStatus value or Chinese term
    submitted_on: date | None = None
    platform: str | None = None
    court: str | None = None
    court_case_number: str | None = None
    correction_deadline: date | None = None
    ruling_on: date | None = None
    notes: str | None = None

"""Plain data of readings aloud (issue 18)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from microcourt.documents.inputs.reading import ReadingAttestation as ReadingAttestation
from microcourt.domain import QT_TRANSLATE_NOOP as _
from microcourt.domain import Coded
from microcourt.speech.script import Script


class ReadDocument(Coded):
    """The papers a party signs or is handed, which can be read to them."""

    AGREEMENT = "agreement", _("Domain", "Mediation agreement"), "人民调解协议书"
    CONSENT_NOTICE = ("consent_notice", _("Domain", "Personal information consent notice"),
                      "个人信息处理告知同意书")
    SERVICE_ADDRESS = ("service_address", _("Domain", "Service address confirmation"),
                       "送达地址确认书")
    HEARING_NOTICE = "hearing_notice", _("Domain", "Hearing notice"), "通知书"
    POWER_OF_ATTORNEY = "power_of_attorney", _("Domain", "Power of attorney"), "授权委托书"


class ReadingState(Coded):
    """Where a party stands with a document's current wording."""

    NONE = "none", _("Domain", "Not read aloud"), "未宣读"
    CURRENT = "current", _("Domain", "Read aloud and understood"), "已宣读，表示听明白"
    NOT_UNDERSTOOD = "not_understood", _("Domain", "Read aloud, not understood"), "已宣读，表示没听明白"
    STALE = "stale", _("Domain", "Changed since it was read"), "宣读后已修改，需重新宣读"


@dataclass(frozen=True)
class Listener:
    """Someone the document may be read to: a party, or an agent for them (recorded
    against the party they act for)."""

    party_id: int
    name: str


@dataclass(frozen=True)
class DocumentScript:
    """A document ready to read: its wording and what a reading of it is recorded as."""

    document: str                   # ReadDocument value
    case_id: int | None
    subject_id: int | None          # agreement id, hearing id, agent id
    version: int | None
    script: Script
    listeners: tuple[Listener, ...]

    @property
    def title(self) -> str:
        return self.script.title

    @property
    def digest(self) -> str:
        return self.script.digest


@dataclass(frozen=True)
class ReadableDocument:
    """One entry of a "read which paper?" menu."""

    document: str
    case_id: int | None
    subject_id: int
    title: str


@dataclass(frozen=True)
class ReadingInfo:
    id: int
    case_id: int | None
    party_id: int
    party_name: str
    document: str
    subject_id: int | None
    title: str
    version: int | None
    digest: str
    read_by: str
    voice: str
    understood: bool
    read_on: date
    recorded_at: datetime


@dataclass(frozen=True)
class PartyReading:
    """A party and the state of its reading of one document's current wording."""

    party_id: int
    name: str
    state: str                      # ReadingState value
    last: ReadingInfo | None



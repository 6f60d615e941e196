"""Plain data crossing the hearings service boundary: the scheduling form's draft and
what the agenda, the week view, the case page, the phone list and the reminders show.
Moments are timezone-aware UTC datetimes; show them with timeutil.format_local (or the
`local_start` / `local_end` properties). No ID numbers in here."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from microcourt.domain import HearingKind, HearingOutcome, HearingStatus, JoinLocation, Platform
from microcourt.timeutil import to_local

# Roles a participant may have. The party roles are CaseRole values; the demo dataset
# and the notices rely on these codes.
PARTICIPANT_ROLES: dict[str, str] = {
    "judge": "法官",
    "mediator": "调解员",
    "applicant": "申请人",
    "respondent": "被申请人",
    "third_party": "第三人",
    "agent": "代理人",
    "other": "其他参加人",
}


@dataclass
class ParticipantDraft:
    """One row of the participants table as typed. `party_id` / `agent_id` link the row
    to a party of the case or to one of its agents (then conflicts are checked for that
    person); the judge, the mediator and others are named only. `location`: JoinLocation
    value or its Chinese term. `needs_help`: the liaison helps them join (phones first)."""

    name: str = ""
    role: str = "other"
    location: str = JoinLocation.VILLAGE_ROOM.value
    phone: str | None = None
    needs_help: bool = False
    party_id: int | None = None
    agent_id: int | None = None


@dataclass
class HearingDraft:
    """The scheduling form as typed. `start` / `end`: aware datetimes, naive ones (read
    as Asia/Shanghai wall-clock time) or text such as "2026-11-24 09:30". Left empty,
    `court`, `judge` and `room` come from the court profile, `mediator_id` from the case's
    lead mediator and `participants` (None) from the case's parties and agents."""

    case_id: int | str = 0  # id or registry number
    kind: str = HearingKind.VIDEO_MEDIATION.value
    start: object = None
    end: object = None
    platform: str | None = Platform.MOBILE_MICRO_COURT.value
    meeting_link: str = ""  # a link, or the meeting room number on the platform
    court: str = ""
    judge: str = ""
    room: str = ""
    mediator_id: int | None = None
    participants: list[ParticipantDraft] | None = None


@dataclass(frozen=True)
class ParticipantInfo:
    id: int
    name: str
    role: str  # a PARTICIPANT_ROLES key
    location: str  # JoinLocation value
    phone: str | None
    needs_help: bool
    party_id: int | None
    agent_id: int | None

    @property
    def role_cn(self) -> str:
        return PARTICIPANT_ROLES.get(self.role, self.role)

    @property
    def location_cn(self) -> str:
        return JoinLocation(self.location).cn


@dataclass(frozen=True)
class HearingChangeInfo:
    at: datetime
    actor: str
    kind: str  # reschedule / cancel / held
    old_start: datetime | None
    old_end: datetime | None
    new_start: datetime | None
    new_end: datetime | None
    reason: str


@dataclass(frozen=True)
class HearingDetail:
    """A hearing as every view shows it. `warnings`: Chinese notes about its time
    (outside 08:00-20:00, weekend) that do not stop it. `sequence` counts the
    reschedules and the cancellation, as calendars (RFC 5545 SEQUENCE) need."""

    id: int
    case_id: int
    case_number: str
    kind: str  # HearingKind value
    platform: str | None  # Platform value
    meeting_link: str
    room: str
    judge: str
    court: str
    mediator_id: int | None
    mediator_name: str
    start: datetime
    end: datetime
    status: str  # HearingStatus value
    outcome: str | None  # HearingOutcome value
    outcome_notes: str
    reminded_at: datetime | None
    created_at: datetime
    participants: tuple[ParticipantInfo, ...]
    changes: tuple[HearingChangeInfo, ...]
    warnings: tuple[str, ...] = field(default=())

    @property
    def local_start(self) -> datetime:
        return to_local(self.start)

    @property
    def local_end(self) -> datetime:
        return to_local(self.end)

    @property
    def kind_cn(self) -> str:
        return HearingKind(self.kind).cn

    @property
    def platform_cn(self) -> str:
        return Platform(self.platform).cn if self.platform else ""

    @property
    def status_cn(self) -> str:
        return HearingStatus(self.status).cn

    @property
    def outcome_cn(self) -> str:
        return HearingOutcome(self.outcome).cn if self.outcome else ""

    @property
    def is_scheduled(self) -> bool:
        return self.status == HearingStatus.SCHEDULED.value

    @property
    def join_url(self) -> str | None:
        """The meeting link when it is a web address ("Join" opens it), else None (a
        meeting room number is typed into the platform's app instead)."""
        link = self.meeting_link.strip()
        return link if link.lower().startswith(("https://", "http://")) else None

    @property
    def sequence(self) -> int:
        return sum(1 for c in self.changes if c.kind in ("reschedule", "cancel"))

    @property
    def needing_help(self) -> tuple[ParticipantInfo, ...]:
        return tuple(p for p in self.participants if p.needs_help)


@dataclass(frozen=True)
class AgendaDay:
    """One local day of the agenda or week view: every hearing that takes place (even
    partly, e.g. 23:30-00:30) on that day, by start time."""

    day: date
    hearings: tuple[HearingDetail, ...]


@dataclass(frozen=True)
class CallItem:
    """One line of the "tomorrow" phone list: who to ring about which hearing."""

    hearing_id: int
    case_number: str
    kind: str
    start: datetime
    end: datetime
    participant_id: int
    name: str
    role: str
    location: str
    phone: str | None
    needs_help: bool

    @property
    def role_cn(self) -> str:
        return PARTICIPANT_ROLES.get(self.role, self.role)

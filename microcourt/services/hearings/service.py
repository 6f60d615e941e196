"""Video hearings and mediation sessions: scheduling with the conflict check, reschedule,
cancel, marking as held (the case's status and timeline follow), reminders, notices and
calendar export. Reading lives in hearing_queries.py, the pure rules in hearing_rules.py.

Each public method is one user action in one session; every write leaves an audit
entry and, where the case page should show it, a timeline event ("hearing").
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from microcourt.db.models import Case, CaseEvent, CourtProfile, Hearing, HearingChange, Mediator
from microcourt.domain import HearingKind, HearingOutcome, HearingStatus, Platform
from microcourt.errors import UserError, ValidationError, ValidationErrors
from microcourt.services.audit import chain as audit
from microcourt.services.cases.mapping import load_case
from microcourt.services.cases.rules import coded, free_text, recusal_pending, required_reason
from microcourt.services.hearings.case_follow import follow_case
from microcourt.services.hearings.conflicts import HearingConflicts
from microcourt.services.hearings.dto import HearingDetail, HearingDraft, ParticipantDraft
from microcourt.services.hearings.exports import HearingExports
from microcourt.services.hearings.mapping import (
    booking_of,
    claim_write_lock,
    detail_of,
    judge_of,
    load_hearing,
    people_of,
    scheduled_bookings,
)
from microcourt.services.hearings.participants import checked_participants, default_participants
from microcourt.services.hearings.queries import MAX_REMINDER_MINUTES, REMINDER_KEY, HearingQueries
from microcourt.services.hearings.rules import (
    Booking,
    clashes,
    describe_time,
    parse_moment,
    time_errors,
    time_warnings,
)
from microcourt.services.hearings.slots import SEARCH_DAYS, next_free
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import (
    ADMIN,
    CASE,
    EVERYONE,
    HEARING,
    MEDIATOR,
    allowed,
    mediator_scope,
)
from microcourt.timeutil import now_utc
from microcourt.validation.text import clean, clean_code, clean_name

# field: (longest allowed, label, cleaning). A link or meeting number is a code (an IME's
# full-width ＡＢ１ folded); the judge is a name; the rest is prose.
LIMITS = {"meeting_link": (500, "会议链接或会议号", clean_code), "room": (100, "地点", clean),
          "judge": (100, "法官", clean_name), "court": (200, "法院", clean)}
NOTES_MAX = 2000
VIDEO_KINDS = {HearingKind.VIDEO_MEDIATION.value, HearingKind.ONLINE_HEARING.value}


@dataclass(frozen=True)
class _Form:
    """The draft's fields that need no database, checked."""

    kind: str
    platform: str | None
    start: datetime
    end: datetime
    texts: dict[str, str]


def _attempt(errors: list[ValidationError], check):
    try:
        return check()
    except ValidationError as exc:
        errors.append(exc)
        return None


def _checked_form(draft: HearingDraft) -> _Form:
    errors: list[ValidationError] = []
    kind = _attempt(errors, lambda: coded(HearingKind, draft.kind, "kind", "类型"))
    platform = None
    if draft.platform or kind in VIDEO_KINDS:
        platform = _attempt(errors, lambda: coded(Platform, draft.platform, "platform", "平台"))
    start = _attempt(errors, lambda: parse_moment(draft.start, "start", "开始时间"))
    end = _attempt(errors, lambda: parse_moment(draft.end, "end", "结束时间"))
    if start and end:
        errors += time_errors(start, end, now_utc())
    texts = {}
    for name, (limit, label, cleaned) in LIMITS.items():
        texts[name] = cleaned(getattr(draft, name))
        if len(texts[name]) > limit:
            errors.append(ValidationError(name, f"{label}不能超过{limit}个字。"))
    if errors:
        raise ValidationErrors(errors)
    return _Form(kind, platform, start, end, texts)


def _times(new_start, new_end) -> tuple[datetime, datetime]:
    errors: list[ValidationError] = []
    start = _attempt(errors, lambda: parse_moment(new_start, "start", "开始时间"))
    end = _attempt(errors, lambda: parse_moment(new_end, "end", "结束时间"))
    if start and end:
        errors += time_errors(start, end, now_utc())
    if errors:
        raise ValidationErrors(errors)
    return start, end


def _refuse_clashes(session: Session, candidate: Booking) -> None:
    errors = clashes(candidate, scheduled_bookings(session, candidate.start, candidate.end))
    if errors:
        raise ValidationErrors(errors)


def _scheduled(row: Hearing, doing: str) -> None:
    if row.status != HearingStatus.SCHEDULED.value:
        raise UserError(f"这次{HearingKind(row.kind).cn}{HearingStatus(row.status).cn}，"
                        f"不能再{doing}。")


class HearingsService(HearingQueries, HearingExports, HearingConflicts):
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    # -- scheduling --------------------------------------------------------------------

    # Scheduling's own check: its clash messages name other cases' hearings.
    @allowed(ADMIN, what="安排庭审")
    def check(self, draft: HearingDraft) -> tuple[str, ...]:
        """Everything `schedule` checks, without saving: ValidationErrors by field, else
        the warnings (outside 08:00-20:00, weekend) for the form to show."""
        form = _checked_form(draft)
        with self.ctx.db.reading() as session:
            self._prepared(session, draft, form)
        return time_warnings(form.start, form.end)

    @allowed(EVERYONE, what="查看庭审安排")
    @mediator_scope(arg="case_id", kind=CASE)
    def default_participants(self, case_id: int, kind: str, judge: str,
                             mediator_id: int | None) -> list[ParticipantDraft]:
        """Who a booking starts with (the form shows them to edit): the same rule
        `schedule` applies when no participants are given."""
        with self.ctx.db.reading() as session:
            case = load_case(session, case_id, detail=True)
            mediator = session.get(Mediator, mediator_id) if mediator_id else None
            return default_participants(case, kind, clean_name(judge), mediator)

    @allowed(ADMIN, what="安排庭审")
    def schedule(self, draft: HearingDraft) -> HearingDetail:
        """Book a hearing: ValidationErrors by field (kind, platform, start, end, room,
        mediator_id, participants...), conflicts included; else the new hearing, whose
        `warnings` the form shows. The conflict check and the insert are one transaction."""
        form = _checked_form(draft)
        with self.ctx.db.transaction() as session:
            claim_write_lock(session)
            row, case = self._prepared(session, draft, form)
            session.add(row)
            session.flush()
            self._log(session, case, row, "hearing.schedule",
                      f"安排{HearingKind(row.kind).cn}：{describe_time(row.start_at, row.end_at)}"
                      + (f"，{Platform(row.platform).cn}" if row.platform else ""))
            return detail_of(session, row.id)

    @allowed(ADMIN, what="安排庭审")
    def next_free_slot(self, draft: HearingDraft, hearing_id: int | None = None
                       ) -> tuple[datetime, datetime] | None:
        """The earliest slot of the draft's length, from its start (or now, if later),
        in working hours, at which its mediator, judge, room and people are all free
        (`hearing_id`: the hearing being moved); None within two months. The same
        ValidationErrors as `check` for a draft that cannot be booked at all."""
        form = _checked_form(draft)
        earliest = max(form.start, now_utc())
        with self.ctx.db.reading() as session:
            _row, _case, wanted = self._booked(session, draft, form, hearing_id)
            others = scheduled_bookings(session, earliest,
                                        earliest + timedelta(days=SEARCH_DAYS + 1))
            session.rollback()  # the unsaved row stays unsaved
        return next_free(wanted, others, earliest)

    def _prepared(self, session: Session, draft: HearingDraft, form: _Form,
                  hearing_id: int | None = None):
        """The unsaved hearing row with defaults filled in and every check passed
        (`hearing_id`: the hearing being edited, which does not clash with itself)."""
        row, case, booking = self._booked(session, draft, form, hearing_id)
        _refuse_clashes(session, booking)
        return row, case

    def _booked(self, session: Session, draft: HearingDraft, form: _Form,
                hearing_id: int | None):
        """The unsaved row, its case and what it would occupy, every check but the
        conflict check passed."""
        case = load_case(session, draft.case_id, detail=True, writable=True)
        profile = session.scalar(select(CourtProfile).limit(1))
        texts = dict(form.texts)
        for name in ("court", "judge", "room"):  # left empty: the court profile's
            if not texts[name] and profile is not None:
                texts[name] = getattr(profile, name) or ""
        errors: list[ValidationError] = []
        mediator = _attempt(errors, lambda: self._mediator(case, draft.mediator_id))
        drafts = draft.participants
        if drafts is None:
            drafts = default_participants(case, form.kind, texts["judge"], mediator)
        participants, problems = checked_participants(drafts, case)
        errors += problems
        if errors:
            raise ValidationErrors(errors)
        row = Hearing(case_id=case.id, kind=form.kind, platform=form.platform,
                      meeting_link=texts["meeting_link"] or None, room=texts["room"] or None,
                      judge=texts["judge"] or None, court=texts["court"] or None,
                      mediator_id=mediator.id if mediator else None, start_at=form.start,
                      end_at=form.end, status=HearingStatus.SCHEDULED.value, outcome_notes="",
                      participants=participants)
        return row, case, Booking(
            hearing_id, case.number, form.kind, form.start, form.end, texts["room"],
            row.mediator_id, mediator.name if mediator else "", people_of(participants),
            judge_of(participants))

    @staticmethod
    def _mediator(case: Case, mediator_id: int | None) -> Mediator | None:
        """The chosen mediator, or the case's lead (not recused) one. A mediator who
        stepped aside in this case may not mediate it (特邀调解规定 art. 15)."""
        on_case = {m.mediator_id: m for m in case.mediators}
        if mediator_id is None:
            active = sorted((m for m in case.mediators
                             if not m.recused and not recusal_pending(m)),
                            key=lambda m: not m.is_lead)
            return active[0].mediator if active else None
        link = on_case.get(mediator_id)
        if link is None:
            raise ValidationError("mediator_id", "请先把这位调解员指派到本案，再安排调解。")
        if link.recused:
            raise ValidationError("mediator_id", f"调解员{link.mediator.name}已在本案回避，"
                                                 "不能主持（特邀调解规定第十五条）。")
        if recusal_pending(link):
            raise ValidationError("mediator_id", f"调解员{link.mediator.name}与本案当事人存在关联，"
                                                 "尚未确认是否回避：请先确认其回避，或记录不回避的"
                                                 "理由（特邀调解规定第十五条）。")
        return link.mediator

    @allowed(EVERYONE, what="查看庭审安排")
    @mediator_scope(arg="hearing_id", kind=HEARING)
    def draft_for_edit(self, hearing_id: int) -> HearingDraft:
        """The scheduling form filled with a hearing as it stands, for `update`."""
        h = self.get(hearing_id)
        return HearingDraft(
            case_id=h.case_id, kind=h.kind, start=h.start, end=h.end, platform=h.platform,
            meeting_link=h.meeting_link, court=h.court, judge=h.judge, room=h.room,
            mediator_id=h.mediator_id, participants=[
                ParticipantDraft(name=p.name, role=p.role, location=p.location, phone=p.phone,
                                 needs_help=p.needs_help, party_id=p.party_id,
                                 agent_id=p.agent_id) for p in h.participants])

    @allowed(ADMIN, what="安排庭审")
    def update(self, hearing_id: int, draft: HearingDraft) -> HearingDetail:
        """Save the edited form of a scheduled hearing: kind, platform, link, room,
        judge, court, mediator (None: the case's lead) and participants, checked and
        conflict-checked like `schedule`. Its times change only through `reschedule`,
        which keeps the reason."""
        form = _checked_form(draft)
        with self.ctx.db.transaction() as session:
            claim_write_lock(session)
            row = load_hearing(session, hearing_id)
            _scheduled(row, "修改")
            if (form.start, form.end) != (row.start_at, row.end_at):
                raise ValidationError("start", "要改时间，请用“改期”，并填写改期原因。")
            edited, case = self._prepared(session, replace(draft, case_id=row.case_id), form,
                                          hearing_id=row.id)
            for name in ("kind", "platform", "meeting_link", "room", "judge", "court",
                         "mediator_id"):
                setattr(row, name, getattr(edited, name))
            participants, edited.participants = list(edited.participants), []
            row.participants = participants
            self._log(session, case, row, "hearing.update",
                      f"修改了{describe_time(row.start_at, row.end_at)}的"
                      f"{HearingKind(row.kind).cn}安排")
            return detail_of(session, row.id)

    # -- changes -----------------------------------------------------------------------

    @allowed(ADMIN, what="安排庭审")
    def reschedule(self, hearing_id: int, new_start, new_end, reason: str) -> HearingDetail:
        """Move a scheduled hearing (reason required, e.g. 疫情防控): conflict-checked
        at the new time, kept in its history, the reminder re-armed."""
        reason = required_reason(reason, "reason", "改期原因")
        start, end = _times(new_start, new_end)
        with self.ctx.db.transaction() as session:
            claim_write_lock(session)
            row = load_hearing(session, hearing_id)
            _scheduled(row, "改期")
            case = load_case(session, row.case_id, writable=True)
            if (start, end) == (row.start_at, row.end_at):
                raise ValidationError("start", "新时间与原定时间相同。")
            mediator = session.get(Mediator, row.mediator_id) if row.mediator_id else None
            moved = booking_of(row, case.number, mediator.name if mediator else "")
            _refuse_clashes(session, replace(moved, start=start, end=end))
            old = describe_time(row.start_at, row.end_at)
            row.changes.append(HearingChange(
                actor=self.ctx.actor.name, kind="reschedule", old_start_at=row.start_at,
                old_end_at=row.end_at, new_start_at=start, new_end_at=end, reason=reason))
            row.start_at, row.end_at, row.reminded_at = start, end, None
            self._log(session, case, row, "hearing.reschedule",
                      f"{HearingKind(row.kind).cn}改期：由{old}改为"
                      f"{describe_time(start, end)}。原因：{reason}", reason=reason)
            return detail_of(session, row.id)

    @allowed(ADMIN, what="安排庭审")
    def cancel(self, hearing_id: int, reason: str) -> HearingDetail:
        reason = required_reason(reason, "reason", "取消原因")
        with self.ctx.db.transaction() as session:
            row = load_hearing(session, hearing_id)
            _scheduled(row, "取消")
            case = load_case(session, row.case_id)
            row.changes.append(HearingChange(
                actor=self.ctx.actor.name, kind="cancel", old_start_at=row.start_at,
                old_end_at=row.end_at, reason=reason))
            row.status = HearingStatus.CANCELLED.value
            self._log(session, case, row, "hearing.cancel",
                      f"取消{describe_time(row.start_at, row.end_at)}的"
                      f"{HearingKind(row.kind).cn}。原因：{reason}", reason=reason)
            return detail_of(session, row.id)

    @allowed(ADMIN, MEDIATOR, what="记录庭审结果")
    @mediator_scope(arg="hearing_id", kind=HEARING)
    def mark_held(self, hearing_id: int, outcome: str, notes: str = "") -> HearingDetail:
        """Record that the session took place, its outcome and notes. The case follows:
        a registered case goes into mediation at its first session, and "agreement
        reached" moves a case in mediation on (see hearing_case.follow_case)."""
        outcome = coded(HearingOutcome, outcome, "outcome", "结果")
        notes = free_text(notes)
        if len(notes) > NOTES_MAX:
            raise ValidationError("notes", f"记录不能超过{NOTES_MAX}个字（现有{len(notes)}个字）。")
        with self.ctx.db.transaction() as session:
            row = load_hearing(session, hearing_id)
            _scheduled(row, "登记为已举行")
            if row.start_at > now_utc():
                raise UserError(f"这次{HearingKind(row.kind).cn}定于"
                                f"{describe_time(row.start_at, row.end_at)}，还没有开始，"
                                "不能登记为已举行。")
            case = load_case(session, row.case_id, detail=True, writable=True)
            row.status, row.outcome, row.outcome_notes = (
                HearingStatus.HELD.value, outcome, notes)
            row.changes.append(HearingChange(actor=self.ctx.actor.name, kind="held",
                                             reason=notes))
            self._log(session, case, row, "hearing.held",
                      f"{HearingKind(row.kind).cn}已举行：{HearingOutcome(outcome).cn}。"
                      + notes, outcome=outcome)
            before = case.status
            follow_case(case, row, self.ctx.actor)
            if case.status != before:
                audit.record(session, self.ctx.actor, "case.status", "case", case.id,
                             number=case.number, from_status=before, to_status=case.status,
                             hearing=row.id)
            return detail_of(session, row.id)

    @allowed(EVERYONE, what="关闭提醒")
    @mediator_scope(arg="hearing_id", kind=HEARING)
    def mark_reminded(self, hearing_id: int) -> None:
        """The reminder was shown: do not show it again (until a reschedule)."""
        with self.ctx.db.transaction() as session:
            row = load_hearing(session, hearing_id)
            row.reminded_at = now_utc()
            audit.record(session, self.ctx.actor, "hearing.reminded", "hearing", row.id)

    @allowed(ADMIN, what="安排庭审")
    def set_reminder_minutes(self, minutes: int) -> int:
        if isinstance(minutes, bool) or not isinstance(minutes, int) \
                or not 1 <= minutes <= MAX_REMINDER_MINUTES:
            raise ValidationError("reminder_minutes", f"提前提醒的分钟数“{minutes}”应在1到"
                                                      f"{MAX_REMINDER_MINUTES}之间。")
        from microcourt.services.settings.service import SettingsService
        SettingsService(self.ctx).set(REMINDER_KEY, str(minutes))
        return minutes

    def _log(self, session: Session, case: Case, row: Hearing, action: str, note: str,
             **details) -> None:
        """The case timeline event and the audit entry, in the caller's transaction."""
        session.add(CaseEvent(case_id=case.id, at=now_utc(), actor=self.ctx.actor.name,
                              kind="hearing", note=note))
        audit.record(session, self.ctx.actor, action, "hearing", row.id, case=case.number,
                     kind=row.kind, start=row.start_at.isoformat(),
                     end=row.end_at.isoformat(), status=row.status, **details)

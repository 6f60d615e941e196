"""Between the hearing rows and the plain dataclasses: loading (with NotFound messages),
converting to HearingDetail, the bookings the conflict rule compares, and the query
for hearings in a time window."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from microcourt.db.models import Case, Hearing, Mediator
from microcourt.domain import HearingStatus
from microcourt.errors import NotFound
from microcourt.services.hearings.dto import HearingChangeInfo, HearingDetail, ParticipantInfo
from microcourt.services.hearings.rules import Booking, time_warnings

_LOAD = (selectinload(Hearing.participants), selectinload(Hearing.changes))


def claim_write_lock(session: Session) -> None:
    """Take SQLite's write lock before reading for a conflict check, so a second
    window or the CLI booking at the same moment waits for this transaction instead of
    checking against data that is about to change. (pysqlite only begins a transaction
    at the first write; this no-op write is that first write.)"""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE hearing SET id = id WHERE 0"))


def load_hearing(session: Session, hearing_id: int) -> Hearing:
    row = session.scalar(select(Hearing).where(Hearing.id == hearing_id).options(*_LOAD))
    if row is None:
        raise NotFound(f"没有编号为{hearing_id}的庭审或调解安排，可能已被删除。")
    return row


def hearing_query():
    """(Hearing, case number, mediator name) rows, by start time."""
    return (select(Hearing, Case.number, Mediator.name)
            .join(Case, Case.id == Hearing.case_id)
            .outerjoin(Mediator, Mediator.id == Hearing.mediator_id)
            .options(*_LOAD)
            .order_by(Hearing.start_at, Hearing.id))


def window_query(start: datetime | None, end: datetime | None, statuses=None):
    """Hearings taking place (even partly) in [start, end), by start time. None: no
    bound on that side."""
    query = hearing_query()
    if start is not None:
        query = query.where(Hearing.end_at > start)
    if end is not None:
        query = query.where(Hearing.start_at < end)
    if statuses is not None:
        query = query.where(Hearing.status.in_([str(s) for s in statuses]))
    return query


def details(session: Session, query) -> list[HearingDetail]:
    """Run a query selecting (Hearing, case number, mediator name) into details."""
    return [to_detail(row, number, mediator) for row, number, mediator in session.execute(query)]


def detail_of(session: Session, hearing_id: int) -> HearingDetail:
    session.flush()
    found = details(session, hearing_query().where(Hearing.id == hearing_id))
    if not found:
        raise NotFound(f"没有编号为{hearing_id}的庭审或调解安排，可能已被删除。")
    return found[0]


def to_detail(row: Hearing, case_number: str, mediator_name: str | None) -> HearingDetail:
    participants = tuple(
        ParticipantInfo(id=p.id, name=p.name, role=p.role, location=p.location,
                        phone=p.phone, needs_help=bool(p.needs_help), party_id=p.party_id,
                        agent_id=p.agent_id)
        for p in sorted(row.participants, key=lambda p: p.id or 0))
    changes = tuple(
        HearingChangeInfo(at=c.at, actor=c.actor, kind=c.kind, old_start=c.old_start_at,
                          old_end=c.old_end_at, new_start=c.new_start_at,
                          new_end=c.new_end_at, reason=c.reason or "")
        for c in row.changes)
    scheduled = row.status == HearingStatus.SCHEDULED.value
    return HearingDetail(
        id=row.id, case_id=row.case_id, case_number=case_number, kind=row.kind,
        platform=row.platform, meeting_link=row.meeting_link or "", room=row.room or "",
        judge=row.judge or "", court=row.court or "", mediator_id=row.mediator_id,
        mediator_name=mediator_name or "", start=row.start_at, end=row.end_at,
        status=row.status, outcome=row.outcome, outcome_notes=row.outcome_notes or "",
        reminded_at=row.reminded_at, created_at=row.created_at,
        participants=participants, changes=changes,
        warnings=time_warnings(row.start_at, row.end_at) if scheduled else ())


def people_of(participants) -> tuple[tuple[tuple[str, int], str], ...]:
    """The conflict keys of participant rows or drafts: parties and agents by id."""
    people = []
    for p in participants:
        if p.party_id is not None:
            people.append((("party", p.party_id), p.name))
        if p.agent_id is not None:
            people.append((("agent", p.agent_id), p.name))
    return tuple(people)


def judge_of(participants) -> str:
    """The judge taking part (the participants' judge row: on-site mediation has none
    by default), "" if none."""
    return next((p.name for p in participants if p.role == "judge" and p.name), "")


def booking_of(row: Hearing, case_number: str, mediator_name: str | None) -> Booking:
    return Booking(hearing_id=row.id, case_number=case_number, kind=row.kind,
                   start=row.start_at, end=row.end_at, room=row.room or "",
                   mediator_id=row.mediator_id, mediator_name=mediator_name or "",
                   people=people_of(row.participants), judge=judge_of(row.participants))


def scheduled_bookings(session: Session, start: datetime, end: datetime) -> list[Booking]:
    """Every scheduled hearing overlapping [start, end), as bookings."""
    query = window_query(start, end, statuses=[HearingStatus.SCHEDULED])
    return [booking_of(row, number, mediator)
            for row, number, mediator in session.execute(query)]

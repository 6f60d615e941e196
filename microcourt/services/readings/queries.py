"""Reading records: the latest of each party for a document, its state against the
current wording, and the attestations a printed form carries."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from microcourt.db.models import DocumentReading, HearingParticipant, Party
from microcourt.errors import NotFound
from microcourt.services.readings.dto import (
    PartyReading,
    ReadingAttestation,
    ReadingInfo,
    ReadingState,
)


def hearing_of_participant(session: Session, participant_id: int) -> int:
    hearing_id = session.scalar(select(HearingParticipant.hearing_id)
                                .where(HearingParticipant.id == participant_id))
    if hearing_id is None:
        raise NotFound("没有这位参加人，可能已从庭审安排中删除。")
    return hearing_id


def reading_info(row: DocumentReading, party_name: str) -> ReadingInfo:
    return ReadingInfo(id=row.id, case_id=row.case_id, party_id=row.party_id,
                       party_name=party_name, document=row.document, subject_id=row.subject_id,
                       title=row.title,
                       version=row.version, digest=row.digest, read_by=row.read_by,
                       voice=row.voice, understood=row.understood, read_on=row.read_on,
                       recorded_at=row.recorded_at)


def readings(session: Session, case_id: int | None = None, party_id: int | None = None,
             document: str | None = None, subject_id: int | None = None) -> list[ReadingInfo]:
    """Oldest first."""
    query = (select(DocumentReading, Party.name).join(Party, Party.id == DocumentReading.party_id)
             .order_by(DocumentReading.recorded_at, DocumentReading.id))
    for column, value in ((DocumentReading.case_id, case_id),
                          (DocumentReading.party_id, party_id),
                          (DocumentReading.document, document),
                          (DocumentReading.subject_id, subject_id)):
        if value is not None:
            query = query.where(column == value)
    return [reading_info(row, name) for row, name in session.execute(query)]


def latest_by_party(session: Session, case_id: int | None, document: str,
                    subject_id: int | None = None) -> dict[int, ReadingInfo]:
    """Each party's most recent reading of `document` (of `subject_id`, when given). The
    agreement is matched across its versions: a reading of version 1 is stale for
    version 2."""
    return {info.party_id: info
            for info in readings(session, case_id, document=document, subject_id=subject_id)}


def state_of(last: ReadingInfo | None, digest: str) -> ReadingState:
    if last is None:
        return ReadingState.NONE
    if last.digest != digest:
        return ReadingState.STALE
    return ReadingState.CURRENT if last.understood else ReadingState.NOT_UNDERSTOOD


def party_readings(latest: dict[int, ReadingInfo], parties: Iterable[tuple[int, str]],
                   digest: str) -> list[PartyReading]:
    return [PartyReading(party_id, name, state_of(latest.get(party_id), digest).value,
                         latest.get(party_id)) for party_id, name in parties]


def attestation(last: ReadingInfo | None, digest: str) -> ReadingAttestation | None:
    """What the form prints: only a reading of exactly this wording, understood."""
    if state_of(last, digest) != ReadingState.CURRENT:
        return None
    return ReadingAttestation(last.party_id, last.party_name, last.read_by, last.read_on)

"""Registry numbers for cases (e.g. 上田微调〔2026〕第7号).

The sequence restarts every year and comes from `CaseNumberCounter`, incremented inside
the caller's transaction: a number is handed out once and never again, even if its case
is later withdrawn or deleted, as a paper registry book would have it. The counter row is
written with an UPDATE first, which takes SQLite's write lock, so two operators creating
cases at the same moment are serialised rather than given the same number.
"""
from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from microcourt.db.models import Case, CaseNumberCounter, CourtProfile
from microcourt.services.settings.service import DEFAULT_NUMBER_PATTERN, CourtProfileData

NumberFormatter = Callable[[int, int], str]


def number_formatter(session: Session) -> NumberFormatter:
    """`(year, seq) -> number` following the court profile's pattern (the default
    pattern without a village prefix when no profile has been saved yet)."""
    row = session.execute(select(CourtProfile.village, CourtProfile.case_number_pattern)
                          .limit(1)).first()
    profile = (CourtProfileData(village=row.village, case_number_pattern=row.case_number_pattern)
               if row else CourtProfileData(case_number_pattern=DEFAULT_NUMBER_PATTERN))
    return profile.case_number


def reserve_sequences(session: Session, year: int, count: int = 1) -> range:
    """Advance `year`'s counter by `count` and return the sequences reserved."""
    if count < 1:
        raise ValueError("count must be at least 1")
    result = session.execute(
        update(CaseNumberCounter).where(CaseNumberCounter.year == year)
        .values(last_seq=CaseNumberCounter.last_seq + count)
        .execution_options(synchronize_session=False))
    if result.rowcount == 0:
        session.add(CaseNumberCounter(year=year, last_seq=count))
        session.flush()
        return range(1, count + 1)
    last = session.scalar(select(CaseNumberCounter.last_seq)
                          .where(CaseNumberCounter.year == year))
    return range(last - count + 1, last + 1)


def next_case_number(session: Session, year: int) -> tuple[str, int]:
    """The next free registry number of `year` and its sequence, reserved in the
    caller's transaction. A number already held by a case (typed in by hand, or made
    under an earlier pattern) is skipped rather than handed out twice."""
    formatter = number_formatter(session)
    while True:
        seq = reserve_sequences(session, year)[0]
        number = formatter(year, seq)
        if not session.scalar(select(exists().where(Case.number == number))):
            return number, seq

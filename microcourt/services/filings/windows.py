"""The 30-day windows still open (民事诉讼法 art. 205): every signed agreement in force
of a case not yet past judicial confirmation with a claimant whose packet is not yet
submitted; the deadline moved past rest days by art. 85 (microcourt.periods)."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from microcourt.db.models import Agreement, Case
from microcourt.domain import AgreementStatus, CaseStatus
from microcourt.services.agreements.dto import CONFIRMATION_DAYS
from microcourt.services.filings.claimants import progress
from microcourt.services.filings.dto import FilingWindow
from microcourt.services.filings.queries import claimant_ids, filing_rows
from microcourt.services.filings.rules import make_window

# Art. 85 moves a deadline by at most the Spring Festival holiday and a weekend.
LONGEST_MOVE_DAYS = 14
OPEN_STATUSES = (CaseStatus.AGREEMENT_REACHED.value, CaseStatus.CONFIRMATION_APPLIED.value)


def windows_closing(session: Session, within_days: int, today: date,
                    include_missed: bool) -> list[FilingWindow]:
    """Windows ending within `within_days` (0 = today), soonest first; `include_missed`
    adds those already past. A per-claimant case stays until every claimant submitted."""
    latest = today + timedelta(days=within_days - CONFIRMATION_DAYS)
    query = (select(Agreement.id, Agreement.case_id, Case.number, Agreement.effective_on)
             .join(Case, Case.id == Agreement.case_id)
             .where(Agreement.status == AgreementStatus.SIGNED.value,
                    Case.status.in_(OPEN_STATUSES), Agreement.effective_on <= latest)
             .order_by(Agreement.effective_on, Case.number, Agreement.version.desc()))
    if not include_missed:
        earliest = today - timedelta(days=CONFIRMATION_DAYS + LONGEST_MOVE_DAYS)
        query = query.where(Agreement.effective_on >= earliest)
    rows = session.execute(query).all()
    in_force = {}
    for agreement_id, case_id, number, effective_on in rows:
        in_force.setdefault(case_id, (agreement_id, number, effective_on))
    claimants = claimant_ids(session, list(in_force))
    filings = filing_rows(session, [agreement_id for agreement_id, _n, _e in in_force.values()])
    windows = []
    for case_id, (agreement_id, number, effective_on) in in_force.items():
        state = progress(claimants[case_id], filings[agreement_id])
        if not state.unfiled:
            continue
        window = make_window(case_id, number, agreement_id, effective_on, today, state)
        if window.days_left <= within_days and (include_missed or not window.missed):
            windows.append(window)
    return sorted(windows, key=lambda w: (w.deadline, w.case_number))

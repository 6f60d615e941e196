"""Each claimant's filing has its own life (DESIGN.md section 2, mass cases): where every
claimant's application of the agreement in force stands, the case's aggregate, and who
still needs a packet.

Pure functions over plain rows (filing id, claimant id, status), so the case status,
the 30-day windows, generation and the views all count the same way:
- a claimant's state is their latest filing *sent* (anything past 已生成); a joint
  filing sent covers every claimant; no filing sent (or only withdrawn) is 未提交;
- 已提交 counts those with the court (submitted, accepted, returned for correction);
- a packet is made only for a claimant not yet submitted, or returned for correction;
  never again for one submitted, confirmed or refused.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from microcourt.domain import FilingStatus as F

WITH_COURT = {F.SUBMITTED, F.ACCEPTED, F.RETURNED}
NOT_SENT = {None, F.GENERATED, F.WITHDRAWN}


@dataclass(frozen=True)
class FilingRow:
    id: int
    claimant_id: int | None       # case_party id; None: a joint filing
    status: str                   # FilingStatus value


@dataclass(frozen=True)
class ClaimantProgress:
    """Per claimant (case_party id, or None for a case without claimants) the state of
    their application of the agreement in force."""

    states: tuple[tuple[int | None, F | None], ...]

    def count(self, *statuses: F | None) -> int:
        return sum(1 for _claimant, state in self.states if state in statuses)

    @property
    def total(self) -> int:
        return len(self.states)

    @property
    def confirmed(self) -> int:
        return self.count(F.CONFIRMED)

    @property
    def refused(self) -> int:
        return self.count(F.REFUSED)

    @property
    def with_court(self) -> int:
        return self.count(*WITH_COURT)

    @property
    def unfiled(self) -> int:
        return self.count(*NOT_SENT)

    @property
    def any_sent(self) -> bool:
        return self.unfiled < self.total

    def needing_packet(self) -> set[int | None]:
        """Claimants a packet is made for: not yet submitted, or returned for correction."""
        return {c for c, state in self.states if state in NOT_SENT or state is F.RETURNED}

    def refused_ids(self) -> set[int | None]:
        return {c for c, state in self.states if state is F.REFUSED}

    def summary_cn(self) -> str:
        """已确认 3/77，已提交 10/77，未提交 64 (and 已驳回 when any)."""
        parts = [f"已确认 {self.confirmed}/{self.total}", f"已提交 {self.with_court}/{self.total}"]
        if self.refused:
            parts.append(f"已驳回 {self.refused}/{self.total}")
        parts.append(f"未提交 {self.unfiled}")
        return "，".join(parts)


def progress(claimant_ids: Iterable[int], filings: Iterable[FilingRow]) -> ClaimantProgress:
    """The state of each claimant given the filings of one agreement version."""
    latest: dict[int | None, FilingRow] = {}
    for row in sorted(filings, key=lambda r: r.id):
        if row.status != F.GENERATED:
            latest[row.claimant_id] = row  # a packet sent again replaces the one returned
    keys = list(claimant_ids) or [None]
    joint = latest.get(None)
    states = []
    for claimant in keys:
        own = latest.get(claimant)
        row = max((r for r in (own, joint) if r is not None), key=lambda r: r.id, default=None)
        states.append((claimant, F(row.status) if row else None))
    return ClaimantProgress(tuple(states))

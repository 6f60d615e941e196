"""What a printed document says of a reading aloud (issue 18): "本文书已由×××于×年×月×日
向当事人×××宣读，当事人表示听明白。" The readings service decides which readings count
(recorded, understood, of the wording printed) and passes them in."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ReadingAttestation:
    """What the printed form says of a reading."""

    party_id: int
    party_name: str
    read_by: str
    read_on: date

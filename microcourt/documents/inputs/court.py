"""The micro-court's own particulars, printed on every document it issues."""
from __future__ import annotations

from dataclasses import dataclass

DEFAULT_NUMBER_PATTERN = "{village}微调〔{year}〕第{seq}号"


@dataclass
class CourtProfileData:
    name: str = ""
    village: str = ""
    committee: str = ""
    court: str = ""
    liaison_name: str = ""
    liaison_phone: str = ""
    address: str = ""
    room: str = ""
    judge: str = ""
    case_number_pattern: str = DEFAULT_NUMBER_PATTERN

    def case_number(self, year: int, seq: int) -> str:
        """The registry number for sequence `seq` of `year`, e.g. 上田微调〔2026〕第1号."""
        village = self.village[:2] if self.village else ""
        return self.case_number_pattern.format(year=year, seq=seq, village=village)

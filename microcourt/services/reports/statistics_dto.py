"""Plain data of the statistics page and the monthly report: the period asked for and
one dataclass per figure family. Money is integer fen with a Decimal yuan property;
rates and shares are Decimal percentages rounded half up to one decimal place, None
when there is nothing to divide by (shown as “—”, never as 0%)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from microcourt.errors import ValidationError
from microcourt.validation.money import fen_to_yuan

MONTH, QUARTER, YEAR = "month", "quarter", "year"
_PATTERNS = ((re.compile(r"^(\d{4})-(\d{1,2})$"), MONTH), (re.compile(r"^(\d{4})-?[Qq]([1-4])$"),
                                                          QUARTER),
             (re.compile(r"^(\d{4})$"), YEAR))


@dataclass(frozen=True)
class Period:
    """A calendar month, quarter or year: local days from `start` up to (not including)
    `end`. `number` is the month (1-12) or the quarter (1-4); 0 for a year."""

    kind: str
    year: int
    number: int = 0

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(MONTH, year, month)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        return cls(QUARTER, year, quarter)

    @classmethod
    def whole_year(cls, year: int) -> Period:
        return cls(YEAR, year)

    @classmethod
    def parse(cls, text: str, field_name: str = "period") -> Period:
        """`2024-03` (a month), `2024-Q1` (a quarter) or `2024` (a year)."""
        cleaned = (text or "").strip()
        for pattern, kind in _PATTERNS:
            match = pattern.match(cleaned)
            if match:
                year, number = int(match.group(1)), int(match.group(2) or 0) if kind != YEAR else 0
                if kind == MONTH and not 1 <= number <= 12 or not 2000 <= year <= 2100:
                    break
                return cls(kind, year, number)
        raise ValidationError(field_name, f"期间“{text}”无效，请写成 2024-03（月）、"
                                          "2024-Q1（季度）或 2024（年）。")

    @property
    def start(self) -> date:
        if self.kind == MONTH:
            return date(self.year, self.number, 1)
        if self.kind == QUARTER:
            return date(self.year, 3 * self.number - 2, 1)
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        """The first day after the period."""
        months = {MONTH: 1, QUARTER: 3, YEAR: 12}[self.kind]
        index = self.start.month - 1 + months
        return date(self.year + index // 12, index % 12 + 1, 1)

    @property
    def label(self) -> str:
        if self.kind == MONTH:
            return f"{self.year}年{self.number}月"
        if self.kind == QUARTER:
            return f"{self.year}年第{self.number}季度"
        return f"{self.year}年"

    def months(self) -> list[Period]:
        first = self.start.month
        count = {MONTH: 1, QUARTER: 3, YEAR: 12}[self.kind]
        return [Period.month(self.year, m) for m in range(first, first + count)]


def percent(part: int, whole: int) -> Decimal | None:
    if whole <= 0:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass(frozen=True)
class CaseCounts:
    """Cases received in the period, by category and by their status today."""

    received: int
    by_category: dict[str, int]                    # CaseCategory value -> count
    by_status: dict[str, int]                      # CaseStatus value -> count
    by_category_status: dict[str, dict[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class MediationOutcomes:
    reached: int
    failed: int

    @property
    def concluded(self) -> int:
        return self.reached + self.failed

    @property
    def success_rate(self) -> Decimal | None:
        """达成协议 / (达成协议 + 调解不成), in percent."""
        return percent(self.reached, self.concluded)


@dataclass(frozen=True)
class Amounts:
    claimed_fen: int        # amounts claimed in the cases received in the period
    agreed_fen: int         # totals of agreements that took effect in the period
    agreements: int
    paid_fen: int           # payments made in the period
    payments: int

    @property
    def claimed(self) -> Decimal:
        return fen_to_yuan(self.claimed_fen)

    @property
    def agreed(self) -> Decimal:
        return fen_to_yuan(self.agreed_fen)

    @property
    def paid(self) -> Decimal:
        return fen_to_yuan(self.paid_fen)


@dataclass(frozen=True)
class ConfirmationOutcomes:
    """Judicial-confirmation filings (one per claimant in per-claimant mode)."""

    submitted: int          # submitted to the court in the period
    confirmed: int          # ruled valid in the period
    refused: int            # ruled against in the period
    cases_confirmed: int    # distinct cases with a confirmed ruling in the period

    @property
    def confirmation_rate(self) -> Decimal | None:
        return percent(self.confirmed, self.confirmed + self.refused)


@dataclass(frozen=True)
class Durations:
    """Medians in days (Decimal: the mean of the two middle values for an even count)."""

    to_agreement_median: Decimal | None
    to_agreement_cases: int
    to_ruling_median: Decimal | None
    to_ruling_cases: int


@dataclass(frozen=True)
class ElderlyShare:
    persons: int            # natural persons party to cases received in the period
    with_birth_date: int
    elderly: int            # aged 60 or more on the day their case was received

    @property
    def share(self) -> Decimal | None:
        return percent(self.elderly, self.with_birth_date)


@dataclass(frozen=True)
class PeriodStatistics:
    period: Period
    cases: CaseCounts
    outcomes: MediationOutcomes
    amounts: Amounts
    confirmations: ConfirmationOutcomes
    durations: Durations
    elderly: ElderlyShare

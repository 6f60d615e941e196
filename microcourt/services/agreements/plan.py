"""Payment plans: split a total into installments, exact to the fen.

Every installment gets floor(total / count) fen and the last absorbs the remainder, so
the plan always sums to the total. Monthly intervals keep the day of month where it
exists and otherwise fall back to the month's last day (31 Jan -> 28/29 Feb -> 31 Mar),
always counted from the first date so a short month does not drift the schedule.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from microcourt.errors import ValidationError

INTERVAL_UNITS = ("month", "week", "day")
MAX_INSTALLMENTS = 120


@dataclass(frozen=True)
class PlannedInstallment:
    seq: int
    due_on: date
    amount_fen: int


def add_months(start: date, months: int) -> date:
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def due_dates(first: date, count: int, every: int = 1, unit: str = "month") -> list[date]:
    if unit == "month":
        return [add_months(first, i * every) for i in range(count)]
    step = timedelta(days=every * (7 if unit == "week" else 1))
    return [first + i * step for i in range(count)]


def plan(total_fen: int, count: int, first: date, every: int = 1,
         unit: str = "month") -> list[PlannedInstallment]:
    """`count` installments summing exactly to `total_fen`."""
    if total_fen <= 0:
        raise ValidationError("total", "分期总额必须大于零。")
    if not 1 <= count <= MAX_INSTALLMENTS:
        raise ValidationError("count", f"分期期数应在1到{MAX_INSTALLMENTS}之间。")
    if count > total_fen:
        raise ValidationError("count", "分期期数不能多于总金额的分数（每期至少一分钱）。")
    if every < 1 or unit not in INTERVAL_UNITS:
        raise ValidationError("interval", "分期间隔必须是正数。")
    share = total_fen // count
    amounts = [share] * (count - 1) + [total_fen - share * (count - 1)]
    return [PlannedInstallment(i + 1, day, amount)
            for i, (day, amount) in enumerate(zip(due_dates(first, count, every, unit), amounts))]


def plans_per_claimant(amounts_fen: dict[int, int], count: int, first: date, every: int = 1,
                       unit: str = "month") -> dict[int, list[PlannedInstallment]]:
    """Each claimant's own schedule (the 77 workers): same dates, own amounts."""
    return {claimant: plan(amount, count, first, every, unit)
            for claimant, amount in amounts_fen.items()}

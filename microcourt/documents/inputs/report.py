"""The monthly report (《XX微法庭 YYYY年M月工作报告》) as both the PDF and the workbook
print it. ID numbers in the case list are MASKED: the report leaves the micro-court."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class ReportCase:
    number: str
    category: str            # Chinese (CaseCategory.cn)
    received_on: date
    status: str              # Chinese (CaseStatus.cn)
    applicants: str          # names with masked ID numbers
    respondents: str
    claimed: Decimal | None  # yuan
    agreed: Decimal | None   # the agreement in force, yuan


@dataclass(frozen=True)
class Figure:
    """One line of the report's key figures; `value` None prints as “—”."""

    label: str
    value: int | Decimal | None
    unit: str                # 件 / 份 / 人 / % / 元 / 天


@dataclass(frozen=True)
class ReportContents:
    title: str
    first_day: date
    last_day: date
    made_on: date
    figures: tuple[Figure, ...]
    by_category: tuple[tuple[str, int], ...]   # (Chinese name, cases), zero rows left out
    by_status: tuple[tuple[str, int], ...]
    cases: tuple[ReportCase, ...]
    # The audit chain's head when the report was made ("1290:3f2a9c1d0b7e4a55"): a paper
    # anchor the liaison files, typed back with `audit verify --anchor` (issue 12).
    audit_head: str = ""

"""Calendar dates as typed or as found in spreadsheets, to `datetime.date`.

Accepted: 2026-02-28, 2026/2/28, 2026.2.28, 2026年2月28日, 20260228 (optionally followed
by a time, as CSV exports write it), date and datetime objects, and Excel serial numbers.
Only real dates pass: 2025-02-29 is refused with the reason, 2024-02-29 is fine.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from decimal import Decimal

from microcourt.errors import ValidationError
from microcourt.timeutil import to_local, today_local
from microcourt.validation.text import clean_code

_SEPARATED = re.compile(r"^(\d{4})\s*([-/.年])\s*(\d{1,2})\s*([-/.月])\s*(\d{1,2})\s*日?"
                        r"(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MATCHING_SEPARATORS = {"-": "-", "/": "/", ".": ".", "年": "月"}

# Excel's 1900 date system counts 1900-01-01 as day 1 and, copying Lotus 1-2-3, has a
# 29 February 1900 as day 60; from day 61 on, day N is 1899-12-30 plus N days.
_EXCEL_EPOCH = date(1899, 12, 30)
_EXCEL_FAKE_LEAP_DAY = 60
_EXCEL_MAX_SERIAL = 2958465  # 9999-12-31
_COMPACT_INTEGERS = range(18000101, 29991232)  # 20260228 stored as a number

# Nobody alive was born before 1900, and no consent was given before there was a law to
# give it under: an earlier date is a typing slip (1026 for 2026) or a broken cell.
EARLIEST_PLAUSIBLE = date(1900, 1, 1)


def parse_date(raw: object, field: str = "date", *, label: str = "日期",
               not_future: bool = False, today: date | None = None,
               not_before: date | None = None) -> date:
    """The date in `raw`, or ValidationError naming the value and what is wrong.
    With not_future, a date after `today` (default: today in Asia/Shanghai) is refused;
    with not_before (e.g. EARLIEST_PLAUSIBLE), a date before it."""
    day = _read(raw, field, label)
    if not_before is not None:
        check_not_before(day, not_before, field, label)
    if not_future:
        limit = today or today_local()
        if day > limit:
            raise ValidationError(field, f"{label}“{day.isoformat()}”晚于今天"
                                         f"（{limit.isoformat()}），请核对。")
    return day


def optional_date(raw: object, field: str = "date", *, label: str = "日期",
                  not_future: bool = False, today: date | None = None,
                  not_before: date | None = None) -> date | None:
    """Like parse_date, but an empty value gives None."""
    if raw is None or (isinstance(raw, str) and not clean_code(raw)):
        return None
    return parse_date(raw, field, label=label, not_future=not_future, today=today,
                      not_before=not_before)


def check_not_before(day: date, earliest: date, field: str, label: str) -> date:
    if day < earliest:
        raise ValidationError(field, f"{label}“{day.isoformat()}”早于{earliest.year}年，"
                                     "不可能是真实的日期，请核对。")
    return day


def _read(raw: object, field: str, label: str) -> date:
    if isinstance(raw, datetime):  # before date: datetime is a subclass of date
        return to_local(raw).date() if raw.tzinfo else raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, bool):
        raise ValidationError(field, f"{label}“{raw}”不是日期。")
    if isinstance(raw, int | float | Decimal):
        return _from_number(raw, field, label)
    text = clean_code(None if raw is None else str(raw))
    if not text:
        raise ValidationError(field, f"请填写{label}。")
    match = _SEPARATED.match(text)
    if match and _MATCHING_SEPARATORS[match.group(2)] == match.group(4):
        year, month, day = match.group(1, 3, 5)
    elif compact := _COMPACT.match(text):
        year, month, day = compact.groups()
    else:
        raise ValidationError(field, f"{label}“{text}”看不懂，请按 2026-02-28 或"
                                     " 2026年2月28日 的格式填写。")
    return _real_date(int(year), int(month), int(day), text, field, label)


def _from_number(number: int | float | Decimal, field: str, label: str) -> date:
    try:
        whole = int(number)
    except (ValueError, OverflowError, ArithmeticError):  # NaN, infinity
        raise ValidationError(field, f"{label}“{number}”不是日期。") from None
    if whole in _COMPACT_INTEGERS and whole == number:
        return _real_date(whole // 10000, whole // 100 % 100, whole % 100, str(whole),
                          field, label)
    if not 1 <= whole <= _EXCEL_MAX_SERIAL:
        raise ValidationError(field, f"{label}“{number}”不是日期。")
    if whole == _EXCEL_FAKE_LEAP_DAY:
        raise ValidationError(field, f"{label}“{number}”是表格软件里不存在的1900年2月29日。")
    if whole < _EXCEL_FAKE_LEAP_DAY:
        whole += 1
    return _EXCEL_EPOCH + timedelta(days=whole)


def _real_date(year: int, month: int, day: int, shown: str, field: str, label: str) -> date:
    if not 1 <= month <= 12:
        raise ValidationError(field, f"{label}“{shown}”不存在：月份应在1到12之间。")
    if year < 1:
        raise ValidationError(field, f"{label}“{shown}”不存在：年份不对。")
    days_in_month = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days_in_month:
        raise ValidationError(field, f"{label}“{shown}”不存在：{year}年{month}月"
                                     f"只有{days_in_month}天。")
    return date(year, month, day)

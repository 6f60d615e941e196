import calendar
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.utils.datetime import from_excel

from microcourt.errors import ValidationError
from microcourt.validation.dates import optional_date, parse_date

FEB_28 = date(2026, 2, 28)


@pytest.mark.parametrize("typed", [
    "2026-02-28", "2026/2/28", "2026.2.28", "2026年2月28日", "2026年02月28日", "20260228",
    "２０２６年２月２８日", " 2026-2-28 ", "2026-02-28 00:00:00", "2026-02-28T09:30",
    "2026 年 2 月 28 日", 20260228,
    date(2026, 2, 28), datetime(2026, 2, 28, 23, 59), 46081, 46081.75,
])
def test_typed_forms_of_one_date(typed):
    assert parse_date(typed) == FEB_28


def test_aware_datetimes_are_read_in_china_time():
    # 2026-02-27 17:00 UTC is already 28 February in Asia/Shanghai.
    assert parse_date(datetime(2026, 2, 27, 17, 0, tzinfo=UTC)) == FEB_28


def test_29_february_only_in_leap_years():
    assert parse_date("2024-02-29") == date(2024, 2, 29)
    assert parse_date("2000年2月29日") == date(2000, 2, 29)
    for typed in ("2025-02-29", "2023-02-29", "1900-02-29"):
        with pytest.raises(ValidationError) as info:
            parse_date(typed, "signed_on", label="签订日期")
        assert info.value.field == "signed_on"
        assert f"签订日期“{typed}”不存在" in info.value.message
        assert "2月只有28天" in info.value.message


@pytest.mark.parametrize("typed, words", [
    ("", "请填写日期"),
    (None, "请填写日期"),
    ("2026-13-01", "月份"),
    ("2026-00-10", "月份"),
    ("2026-04-31", "4月只有30天"),
    ("2026-01-00", "1月只有31天"),
    ("2026-2/28", "“2026-2/28”看不懂"),
    ("明天", "“明天”看不懂"),
    ("<2026>", "“<2026>”"),
    (-3, "不是日期"),
    (60, "1900年2月29日"),  # Excel's day that never was
    (float("nan"), "不是日期"),
    (True, "不是日期"),
])
def test_bad_dates_refused_naming_the_value(typed, words):
    with pytest.raises(ValidationError) as info:
        parse_date(typed)
    assert words in info.value.message


def test_not_in_future():
    today = date(2026, 3, 1)
    assert parse_date("2026-03-01", not_future=True, today=today) == today
    with pytest.raises(ValidationError) as info:
        parse_date("2026-03-02", "birth_date", label="出生日期", not_future=True, today=today)
    assert info.value.field == "birth_date"
    assert "出生日期“2026-03-02”晚于今天（2026-03-01）" in info.value.message


def test_optional_date():
    assert optional_date("  ") is None and optional_date(None) is None
    assert optional_date("2026-02-28") == FEB_28


@settings(max_examples=500)
@given(st.dates(date(1800, 1, 1), date(2999, 12, 31)))
def test_every_real_date_in_every_format(day):
    y, m, d = day.year, day.month, day.day
    for typed in (day.isoformat(), f"{y}/{m}/{d}", f"{y}.{m}.{d}", f"{y}年{m}月{d}日",
                  f"{y}{m:02d}{d:02d}", int(f"{y}{m:02d}{d:02d}")):
        assert parse_date(typed) == day


@settings(max_examples=500)
@given(st.integers(1000, 2999), st.integers(1, 12), st.integers(29, 31))
def test_days_past_the_end_of_a_month_are_refused(year, month, day):
    if day <= calendar.monthrange(year, month)[1]:
        assert parse_date(f"{year}-{month}-{day}") == date(year, month, day)
    else:
        with pytest.raises(ValidationError, match="只有"):
            parse_date(f"{year}-{month}-{day}")


@settings(max_examples=500)
@given(st.one_of(st.integers(1, 59), st.integers(61, 2958465)))
def test_excel_serials_agree_with_openpyxl(serial):
    assert parse_date(serial) == from_excel(serial).date()


def test_excel_serial_edges():
    assert parse_date(1) == date(1900, 1, 1)
    assert parse_date(59) == date(1900, 2, 28)
    assert parse_date(61) == date(1900, 3, 1)
    assert parse_date(45351) == date(2024, 2, 29)


@settings(max_examples=1000)
@given(st.text(max_size=16))
def test_any_text_gives_a_date_or_a_validation_error(text):
    try:
        day = parse_date(text)
    except ValidationError as error:
        assert error.message
    else:
        assert isinstance(day, date)


def test_datetime_is_not_mistaken_for_a_serial():
    moment = datetime(2026, 2, 28) + timedelta(hours=1)
    assert parse_date(moment) == FEB_28

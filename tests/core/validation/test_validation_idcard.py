"""Resident ID numbers (GB 11643-1999) and the region codes at their start."""
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from microcourt.errors import ValidationError
from microcourt.validation.idcard import compose_resident_id, mask_id, parse_resident_id
from microcourt.validation.regions import PROVINCES, region_name, region_warning

TODAY = date(2026, 2, 28)
REAL_REGIONS = ["330112", "330185", "110101", "440305", "650102", "542621", "810000"]


def iso7064_check(first17: str) -> str:
    """The check character computed independently of the code under test: ISO 7064
    MOD 11-2, with weights 2^(17-i) mod 11 instead of the standard's weight table."""
    total = sum(int(digit) * pow(2, 17 - i, 11) for i, digit in enumerate(first17))
    value = (12 - total % 11) % 11
    return "X" if value == 10 else str(value)


@st.composite
def resident_ids(draw, regions=st.sampled_from(REAL_REGIONS)):
    """(number, birth date, gender) for a valid number, built by the test itself."""
    region = draw(regions)
    birth = draw(st.dates(date(1900, 1, 1), TODAY))
    sequence = draw(st.integers(0, 999))
    first17 = f"{region}{birth:%Y%m%d}{sequence:03d}"
    return first17 + iso7064_check(first17), birth, "male" if sequence % 2 else "female"


@settings(max_examples=1000)
@given(resident_ids())
def test_every_valid_number_passes_and_tells_birth_and_gender(case):
    number, birth, gender = case
    parsed = parse_resident_id(number, today=TODAY)
    assert (parsed.number, parsed.birth_date, parsed.gender) == (number, birth, gender)
    assert parsed.region_code == number[:6]


@st.composite
def ids_ending_in_x(draw):
    """A valid number whose check character is X (1 in 11), found by walking the
    sequence numbers rather than filtering, which Hypothesis's health check dislikes."""
    region = draw(st.sampled_from(REAL_REGIONS))
    birth = draw(st.dates(date(1900, 1, 1), TODAY))
    start = draw(st.integers(0, 999))
    for offset in range(1000):
        first17 = f"{region}{birth:%Y%m%d}{(start + offset) % 1000:03d}"
        if iso7064_check(first17) == "X":
            return first17 + "X"
    raise AssertionError("some sequence number always gives X")


@settings(max_examples=300)
@given(ids_ending_in_x())
def test_lowercase_x_accepted_and_stored_upper(number):
    assert parse_resident_id(number.lower(), today=TODAY).number == number
    assert parse_resident_id(f" {number[:6]} {number[6:14]} {number[14:].lower()} ",
                             today=TODAY).number == number


@settings(max_examples=300)
@given(resident_ids(), st.integers(0, 17))
def test_every_single_character_change_fails(case, position):
    number = case[0]
    for replacement in "0123456789X":
        if replacement == number[position]:
            continue
        changed = number[:position] + replacement + number[position + 1:]
        with pytest.raises(ValidationError):
            parse_resident_id(changed, today=TODAY)


def test_29_february_only_in_leap_years():
    leap = compose_resident_id("330112", date(2024, 2, 29), 21)
    assert parse_resident_id(leap, today=TODAY).birth_date == date(2024, 2, 29)
    first17 = "33011220230229021"
    with pytest.raises(ValidationError) as info:
        parse_resident_id(first17 + iso7064_check(first17), today=TODAY)
    assert "出生日期“20230229”不是真实的日期" in info.value.message


@pytest.mark.parametrize("typed, words", [
    ("", "请填写身份证号码"),
    ("33011219500311123", "应为18位，现在是17位"),
    ("330112500311123", "15位的旧号码"),
    ("33011219500311123Y", "只能是数字"),
    ("330112195003111234", "校验位不对"),
    ("3301122<&>0311123X", "“3301122<&>0311123X”"),
])
def test_bad_numbers_refused_naming_the_value(typed, words):
    with pytest.raises(ValidationError) as info:
        parse_resident_id(typed, "id_number", today=TODAY)
    assert info.value.field == "id_number"
    assert words in info.value.message


def test_birth_dates_in_the_future_refused():
    tomorrow = compose_resident_id("330112", date(2026, 3, 1), 11)
    with pytest.raises(ValidationError, match="不可能"):
        parse_resident_id(tomorrow, today=TODAY)


def test_compose_builds_what_parse_reads():
    number = compose_resident_id("330112", date(1950, 3, 11), 123)
    assert number == "330112195003111233"
    assert iso7064_check(number[:17]) == number[17]


def test_mask_hides_birth_date_and_sequence():
    assert mask_id("330112195003111233") == "330112********1233"
    assert mask_id("E12345678") == "E1*****78"
    assert mask_id(None) == ""


# ---- region codes -----------------------------------------------------------------------

def test_all_provincial_level_divisions_are_known():
    provincial = [code for code in PROVINCES if code != "83"]
    assert len(provincial) == 34
    assert {"11", "33", "65", "71", "81", "82"} <= set(provincial)


@pytest.mark.parametrize("code, name", [
    ("330112", "浙江省杭州市"),  # Lin'an district
    ("330185", "浙江省杭州市"),  # Lin'an's code as a county-level city, before 2017
    ("110101", "北京市"),
    ("500101", "重庆市"),
    ("469001", "海南省"),  # a county administered by the province itself
    ("330000", "浙江省"),
    ("810000", "香港特别行政区"),
    ("652201", "新疆维吾尔自治区哈密地区"),  # abolished in 2016: old cards keep it
])
def test_region_names(code, name):
    assert region_name(code) == name
    assert region_warning(code) is None


@pytest.mark.parametrize("code, words", [
    ("990101", "前两位“99”"),
    ("339901", "前六位“339901”"),
    ("810101", "前六位“810101”"),
])
def test_unknown_regions_give_a_warning(code, words):
    assert region_name(code) is None
    warning = region_warning(code)
    assert words in warning and "可以保存" in warning


@settings(max_examples=300)
@given(resident_ids(regions=st.text("0123456789", min_size=6, max_size=6)))
def test_unknown_region_codes_are_not_errors(case):
    number, birth, _ = case
    assert parse_resident_id(number, today=TODAY).birth_date == birth

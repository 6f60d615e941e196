"""A person's document number checked with the birth date and gender typed beside it."""
from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from microcourt.domain import Gender, IdType
from microcourt.errors import ValidationError, ValidationErrors
from microcourt.validation.idcard import compose_resident_id
from microcourt.validation.identity import check_person_identity, is_elderly

TODAY = date(2026, 2, 28)
GRANDMOTHER = compose_resident_id("330112", date(1950, 3, 11), 122)  # even: female
GRANDFATHER = compose_resident_id("330112", date(1950, 3, 11), 123)


def check(id_type, number, birth=None, gender=None):
    return check_person_identity(id_type, number, birth, gender, today=TODAY)


def test_birth_date_and_gender_derived_when_not_typed():
    result = check(IdType.RESIDENT_ID, GRANDMOTHER)
    assert result.id_number == GRANDMOTHER
    assert result.birth_date == date(1950, 3, 11)
    assert result.gender is Gender.FEMALE
    assert result.warnings == []


@pytest.mark.parametrize("birth, gender", [
    ("1950-03-11", "女"), ("1950年3月11日", "female"), (date(1950, 3, 11), Gender.FEMALE),
    ("", ""), (None, "女"),
])
def test_typed_values_that_agree_are_accepted(birth, gender):
    result = check("居民身份证", GRANDMOTHER, birth, gender)
    assert (result.birth_date, result.gender) == (date(1950, 3, 11), Gender.FEMALE)


def test_typed_birth_date_that_disagrees_names_both_dates():
    with pytest.raises(ValidationError) as info:
        check(IdType.RESIDENT_ID, GRANDFATHER, "1950-03-01", "男")
    assert info.value.field == "birth_date"
    assert "出生日期 1950-03-01 与身份证号码中的 1950-03-11 不一致" in info.value.message


def test_typed_gender_that_disagrees_names_both_genders():
    with pytest.raises(ValidationError) as info:
        check(IdType.RESIDENT_ID, GRANDFATHER, None, "女")
    assert info.value.field == "gender"
    assert "性别 女 与身份证号码中的 男 不一致" in info.value.message


def test_every_bad_field_is_reported_at_once():
    with pytest.raises(ValidationErrors) as info:
        check(IdType.RESIDENT_ID, GRANDFATHER, "1950-03-01", "女")
    assert list(info.value.by_field()) == ["birth_date", "gender"]
    with pytest.raises(ValidationErrors) as info:
        check(IdType.RESIDENT_ID, GRANDFATHER[:-1] + "0", "2025-02-29", "男女")
    assert list(info.value.by_field()) == ["id_number", "birth_date", "gender"]
    assert "2025-02-29" in info.value.by_field()["birth_date"]


@settings(max_examples=300)
@given(st.dates(date(1900, 1, 1), TODAY), st.integers(0, 999),
       st.integers(-20000, 20000).filter(bool))
def test_any_disagreeing_birth_date_is_refused_never_overwritten(birth, sequence, shift):
    number = compose_resident_id("330185", birth, sequence)
    typed = birth + timedelta(days=shift)
    assume(typed <= TODAY)  # a future date is refused as such, tested elsewhere
    assume(typed >= date(1900, 1, 1))  # so is an implausible one (test_text_safety)
    with pytest.raises(ValidationError) as info:
        check(IdType.RESIDENT_ID, number, typed.isoformat())
    assert typed.isoformat() in info.value.message and birth.isoformat() in info.value.message


@settings(max_examples=300)
@given(st.dates(date(1900, 1, 1), TODAY), st.integers(0, 999))
def test_derived_values_match_the_number(birth, sequence):
    result = check(IdType.RESIDENT_ID, compose_resident_id("330185", birth, sequence).lower())
    assert result.birth_date == birth
    assert result.gender is (Gender.MALE if sequence % 2 else Gender.FEMALE)
    assert result.id_number == result.id_number.upper()


def test_29_february():
    leap = compose_resident_id("330112", date(1964, 2, 29), 11)
    assert check(IdType.RESIDENT_ID, leap, "1964-02-29").birth_date == date(1964, 2, 29)
    with pytest.raises(ValidationError, match="“1963-02-29”不存在"):
        check(IdType.RESIDENT_ID, leap, "1963-02-29")


def test_future_birth_date_refused():
    with pytest.raises(ValidationError, match="晚于今天"):
        check(IdType.PASSPORT, "E12345678", "2026-03-01")


def test_unknown_region_is_a_warning_not_an_error():
    number = compose_resident_id("339901", date(1960, 1, 1), 1)
    result = check(IdType.RESIDENT_ID, number)
    assert result.id_number == number
    assert len(result.warnings) == 1 and "339901" in result.warnings[0]


def test_permit_number_under_resident_id_gets_a_warning():
    number = compose_resident_id("810000", date(1980, 5, 5), 1)
    warnings = check(IdType.RESIDENT_ID, number).warnings
    assert warnings and "港澳居民居住证" in warnings[0]


@pytest.mark.parametrize("id_type, region", [
    (IdType.HK_MACAO_PERMIT, "810000"), (IdType.HK_MACAO_PERMIT, "820000"),
    (IdType.TAIWAN_PERMIT, "830000"),
])
def test_residence_permits(id_type, region):
    number = compose_resident_id(region, date(1988, 8, 8), 8)
    result = check(id_type, number[:-1] + number[-1].lower(), "1988-08-08", "女")
    assert (result.id_number, result.birth_date, result.gender) == (
        number, date(1988, 8, 8), Gender.FEMALE)
    assert result.warnings == []


@pytest.mark.parametrize("id_type, number, words", [
    (IdType.HK_MACAO_PERMIT, compose_resident_id("830000", date(1988, 8, 8), 8),
     "应以810000（香港居民）或820000（澳门居民）开头"),
    (IdType.TAIWAN_PERMIT, compose_resident_id("330112", date(1988, 8, 8), 8), "应以830000开头"),
    (IdType.TAIWAN_PERMIT, "830000198808080089", "台湾居民居住证号码“830000198808080089”的校验位"),
])
def test_bad_permits_refused(id_type, number, words):
    with pytest.raises(ValidationError) as info:
        check(id_type, number)
    assert info.value.field == "id_number"
    assert words in info.value.message


def test_permit_birth_date_disagreement_names_the_permit():
    number = compose_resident_id("810000", date(1988, 8, 8), 8)
    with pytest.raises(ValidationError, match="与港澳居民居住证号码中的 1988-08-08 不一致"):
        check(IdType.HK_MACAO_PERMIT, number, "1988-08-09")


@settings(max_examples=300)
@given(st.text("ABCDEFGHJKLMNPQRSTUVWXYZabcxyz0123456789", min_size=5, max_size=17))
def test_passports_upper_cased(number):
    result = check(IdType.PASSPORT, number, "1970-01-01", "男")
    assert result.id_number == number.upper()
    assert (result.birth_date, result.gender) == (date(1970, 1, 1), Gender.MALE)


@pytest.mark.parametrize("number, words", [
    ("E123", "5到17位"), ("E123456789012345678", "5到17位"), ("E1234-567", "“E1234-567”"),
    ("", "请填写护照号码"),
])
def test_bad_passports_refused(number, words):
    with pytest.raises(ValidationError, match=words):
        check(IdType.PASSPORT, number)


def test_credit_code_is_not_a_person_document():
    with pytest.raises(ValidationError) as info:
        check(IdType.CREDIT_CODE, "91350100M000100Y43")
    assert info.value.field == "id_type"


def test_unknown_document_type():
    with pytest.raises(ValidationError, match="证件类型“军官证”"):
        check("军官证", GRANDFATHER)


@pytest.mark.parametrize("birth, today, elderly", [
    (date(1966, 2, 28), date(2026, 2, 28), True),  # sixtieth birthday
    (date(1966, 3, 1), date(2026, 2, 28), False),
    (date(1964, 2, 29), date(2024, 2, 28), False),
    (date(1964, 2, 29), date(2024, 2, 29), True),
    (None, date(2026, 2, 28), False),
])
def test_is_elderly_from_sixty(birth, today, elderly):
    assert is_elderly(birth, today) is elderly

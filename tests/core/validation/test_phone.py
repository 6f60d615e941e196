import pytest
from hypothesis import given
from hypothesis import strategies as st

from microcourt.errors import ValidationError
from microcourt.validation.phone import normalize_phone


@pytest.mark.parametrize("raw, expected", [
    ("13812345678", "13812345678"),
    ("+86 138 1234 5678", "13812345678"),
    ("１３８１２３４５６７８", "13812345678"),
    ("0571-88776655", "0571-88776655"),
    ("057188776655", "0571-88776655"),
    ("010-12345678", "010-12345678"),
    ("(0571) 8877 6655", "0571-88776655"),
    ("0571-88776655转123", "0571-88776655-123"),
])
def test_accepted_forms(raw, expected):
    assert normalize_phone(raw) == expected


@pytest.mark.parametrize("raw", ["", "12345678901", "1381234567", "138123456789", "0571-8877",
                                 "88776655", "abc", "0571-88776655-abc"])
def test_refused_with_chinese_message(raw):
    with pytest.raises(ValidationError) as info:
        normalize_phone(raw, "phone")
    assert info.value.field == "phone"
    assert "号" in info.value.message


@given(st.sampled_from("3456789"), st.text("0123456789", min_size=9, max_size=9))
def test_every_mobile_shape_passes(second, rest):
    assert normalize_phone(f"1{second}{rest}") == f"1{second}{rest}"


@given(st.text(max_size=40))
def test_any_text_gives_a_phone_or_a_validation_error(raw):
    try:
        normalize_phone(raw)
    except ValidationError:
        pass


def test_full_width_plus_and_dashes_from_an_ime_are_folded():
    assert normalize_phone("＋８６ １３８１２３４５６７８") == "13812345678"
    assert normalize_phone("０５７１－８８７７６６５５") == "0571-88776655"

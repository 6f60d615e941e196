"""Unified social credit codes (GB 32100-2015)."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from microcourt.errors import ValidationError
from microcourt.validation.credit_code import normalize_credit_code

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters: no I, O, Z, S, V


def mod31_check(first17: str) -> str:
    """Computed independently of the code under test: weight 3^i mod 31 at position i."""
    total = sum(ALPHABET.index(ch) * pow(3, i, 31) for i, ch in enumerate(first17))
    return ALPHABET[(31 - total % 31) % 31]


credit_codes = st.text(ALPHABET, min_size=17, max_size=17).map(
    lambda first17: first17 + mod31_check(first17))


def test_the_standards_own_example():
    assert normalize_credit_code("91350100M000100Y43") == "91350100M000100Y43"
    assert normalize_credit_code(" 9135 0100 m000 100y43 ") == "91350100M000100Y43"
    assert normalize_credit_code("９１３５０１００Ｍ０００１００Ｙ４３") == "91350100M000100Y43"


@settings(max_examples=1000)
@given(credit_codes)
def test_every_valid_code_passes_lowercase_too(code):
    assert normalize_credit_code(code) == code
    assert normalize_credit_code(code.lower()) == code


@settings(max_examples=300)
@given(credit_codes, st.integers(0, 17))
def test_every_single_character_substitution_fails(code, position):
    for replacement in ALPHABET + "IOZSV":
        if replacement == code[position]:
            continue
        changed = code[:position] + replacement + code[position + 1:]
        with pytest.raises(ValidationError):
            normalize_credit_code(changed)


@pytest.mark.parametrize("typed, words", [
    ("", "请填写统一社会信用代码"),
    ("91350100M000100Y4", "应为18位，现在是17位"),
    ("91350100M000100O43", "不允许的字符“O”"),
    ("91350100M000100Y44", "“91350100M000100Y44”的校验位不对"),
    ("9135<&>00M000100Y43", "“9135<&>00M000100Y43”"),
])
def test_bad_codes_refused_naming_the_value(typed, words):
    with pytest.raises(ValidationError) as info:
        normalize_credit_code(typed, "credit_code")
    assert info.value.field == "credit_code"
    assert words in info.value.message

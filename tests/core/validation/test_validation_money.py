import re
from decimal import Decimal

import cn2an
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from microcourt.errors import ValidationError
from microcourt.validation.money import (
    MAX_FEN,
    fen_to_yuan,
    format_amount,
    optional_amount,
    parse_amount,
    to_chinese_upper,
    yuan_to_fen,
)

UPPER_MAX_FEN = 10**16 * 100 - 1  # to_chinese_upper goes up to 9999万亿元


def amounts_with_zeros(max_digits: int):
    """Whole fen amounts whose digits are often 0, where the rules for 零 matter."""
    return st.lists(st.sampled_from("0000123456789"), min_size=1, max_size=max_digits).map(
        lambda digits: int("".join(digits)))


# ---- to_chinese_upper -------------------------------------------------------------------

@pytest.mark.parametrize("yuan, upper", [
    ("400000", "肆拾万元整"),  # the shoe-factory wage arrears
    ("100000", "壹拾万元整"),
    ("1005.30", "壹仟零伍元叁角"),
    ("0.05", "伍分"),
    ("0.50", "伍角"),
    ("0", "零元整"),
    ("10", "壹拾元整"),
    ("1.00", "壹元整"),
    # The examples of 《正确填写票据和结算凭证的基本规定》:
    ("1409.50", "壹仟肆佰零玖元伍角"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),
    ("1680.32", "壹仟陆佰捌拾元叁角贰分"),  # its second allowed form
    ("325.04", "叁佰贰拾伍元零肆分"),
    # Zeros in the integer part read as in ordinary Chinese numbers:
    ("10005", "壹万零伍元整"),
    ("10001000", "壹仟万壹仟元整"),
    ("100001000", "壹亿零壹仟元整"),
    ("100100000", "壹亿零壹拾万元整"),
    ("1000000000000", "壹万亿元整"),
    ("1000100000000", "壹万零壹亿元整"),
    ("9999999999999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万"
                            "玖仟玖佰玖拾玖元玖角玖分"),
])
def test_uppercase_amounts_as_printed_on_documents(yuan, upper):
    assert to_chinese_upper(yuan_to_fen(Decimal(yuan))) == upper


@pytest.mark.parametrize("fen", [-1, UPPER_MAX_FEN + 1])
def test_uppercase_refuses_amounts_it_cannot_write(fen):
    with pytest.raises(ValueError):
        to_chinese_upper(fen)


def cn2an_convention(ours: str) -> str:
    """Our uppercase form rewritten in cn2an's convention, where the two differ.

    The only difference found over many thousands of random amounts: when the whole 万
    section after 亿 is zero and the next digit is a 仟, we write one 零, as ordinary
    Chinese numbers are read (壹亿零壹仟元整) and as the 基本规定 allows; cn2an writes
    none (壹亿壹仟元整), which the 基本规定 also allows ("可以只写一个零字，也可以不写").
    Both agree on every other rule: 整 only without 角 and 分 (also after 角), 零 before
    分 when 角 is 0, no 零 between 元 and a non-zero 角, 壹拾 at the head."""
    return re.sub(r"亿零(?=[壹贰叁肆伍陆柒捌玖]仟)", "亿", ours)


@settings(max_examples=2000, deadline=None)
@given(st.one_of(amounts_with_zeros(18), st.integers(0, UPPER_MAX_FEN)))
@example(0)
@example(5)
@example(10000100000)
def test_uppercase_agrees_with_cn2an(fen):
    fen = min(fen, UPPER_MAX_FEN)
    theirs = cn2an.an2cn(str(fen_to_yuan(fen)), "rmb")
    assert cn2an_convention(to_chinese_upper(fen)) == theirs


@settings(max_examples=1000)
@given(st.one_of(amounts_with_zeros(18), st.integers(0, UPPER_MAX_FEN)))
def test_uppercase_shape_rules(fen):
    fen = min(fen, UPPER_MAX_FEN)
    text = to_chinese_upper(fen)
    assert "零零" not in text and not text.endswith("零")
    assert text.endswith("整") == (fen % 100 == 0)
    assert set(text) <= set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")


# ---- parse_amount -----------------------------------------------------------------------

@pytest.mark.parametrize("typed, fen", [
    ("400000", 40000000),
    ("400,000.5", 40000050),
    ("¥1,234.56", 123456),
    ("￥1,234.56", 123456),
    ("1234.56元", 123456),
    ("12万", 12000000),
    ("12.5万元", 12500000),
    ("人民币 400,000 元", 40000000),
    ("１２３４．５", 123450),  # full-width, as a Chinese IME types it
    ("1.230", 123),
    (".5", 50),
    ("0", 0),
    (" 7 ", 700),
    (400000, 40000000),
    (Decimal("1234.56"), 123456),
    (1234.56, 123456),  # a spreadsheet cell read by openpyxl
    (0.1, 10),
])
def test_typed_amounts_to_fen(typed, fen):
    assert parse_amount(typed) == fen


@pytest.mark.parametrize("typed, words", [
    ("", "请填写"),
    ("   ", "请填写"),
    (None, "请填写"),
    ("abc", "“abc”"),
    ("1,2345", "“1,2345”"),  # misplaced thousands separator: a typing slip
    ("1.234", "两位小数"),
    ("1.2345678万", "两位小数"),
    ("-500", "负数"),
    ("¥-500", "负数"),
    ("10000000000000", "过大"),
    ("<b>5</b>", "“<b>5</b>”"),
    (True, "不是数字"),
    (float("nan"), "nan"),
])
def test_bad_amounts_refused_naming_the_value(typed, words):
    with pytest.raises(ValidationError) as info:
        parse_amount(typed, "rent")
    assert info.value.field == "rent"
    assert words in info.value.message


def test_negative_amounts_only_when_allowed():
    assert parse_amount("-1,234.50", allow_negative=True) == -123450
    assert parse_amount("￥－5", allow_negative=True) == -500


def test_optional_amount_allows_empty():
    assert optional_amount("") is None and optional_amount(None) is None
    assert optional_amount("3") == 300


def test_limit_is_one_trillion_yuan():
    assert parse_amount("1,000,000,000,000.00") == MAX_FEN
    with pytest.raises(ValidationError):
        parse_amount("1,000,000,000,000.01")


@settings(max_examples=1000)
@given(st.one_of(amounts_with_zeros(14), st.integers(0, MAX_FEN)))
def test_formatted_amounts_parse_back(fen):
    fen = min(fen, MAX_FEN)
    assert parse_amount(format_amount(fen)) == fen
    assert parse_amount(format_amount(fen, unit=True)) == fen
    assert parse_amount("¥" + str(fen_to_yuan(fen))) == fen
    assert yuan_to_fen(fen_to_yuan(fen)) == fen


@settings(max_examples=500)
@given(st.integers(-MAX_FEN, MAX_FEN))
def test_negative_amounts_round_trip_when_allowed(fen):
    assert parse_amount(format_amount(fen), allow_negative=True) == fen


@settings(max_examples=500)
@given(st.integers(0, MAX_FEN))
def test_spreadsheet_floats_give_the_exact_fen(fen):
    # Up to 15 significant digits (MAX_FEN has 15) a float keeps the typed decimal exactly.
    assert parse_amount(float(str(fen_to_yuan(fen)))) == fen


@settings(max_examples=500)
@given(st.integers(0, MAX_FEN))
def test_wan_amounts(fen):
    wan = fen_to_yuan(fen) / 10000
    assert parse_amount(f"{wan}万") == fen


@settings(max_examples=1000)
@given(st.text(max_size=20))
def test_any_text_gives_fen_or_a_validation_error(text):
    try:
        fen = parse_amount(text)
    except ValidationError as error:
        assert error.message
    else:
        assert isinstance(fen, int) and 0 <= fen <= MAX_FEN


def test_format_amount():
    assert format_amount(40000000) == "400,000.00"
    assert format_amount(40000000, unit=True) == "400,000.00元"
    assert format_amount(0) == "0.00"
    assert format_amount(5) == "0.05"
    assert format_amount(-123456) == "-1,234.56"


def test_yuan_to_fen_refuses_fractions_of_a_fen():
    assert yuan_to_fen(Decimal("1.5")) == 150
    with pytest.raises(ValueError):
        yuan_to_fen(Decimal("0.001"))

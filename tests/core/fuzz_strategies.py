"""Hypothesis strategies shared by the fuzzers (issue 7 item 6): what a liaison might
type or paste, and what a spreadsheet might hold, at its most awkward.

`assert_clear_error` is the one acceptance rule: a refusal must be a UserError whose
message is Chinese text without a Python repr or traceback in it.
"""
from __future__ import annotations

import os
import re
from datetime import UTC, date, timedelta, timezone

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from microcourt.errors import UserError

# Cheap pure functions get more examples than the PDF generators (~50-100 ms each);
# FUZZ_SCALE=20 multiplies both for a long hunt outside the normal run.
SCALE = int(os.environ.get("FUZZ_SCALE", "1"))
PURE = settings(max_examples=200 * SCALE, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=25 * SCALE, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

MARKUP = ["<b>&amp;</b>", "<", ">", "&", "&lt;", '"', "'", "\\", "{", "}", "{seq}", "{0}",
          "<br/>", "<font name='x'>", "]]>", "%s", "%(name)s"]
COMMON_CHINESE = "王李张刘陈杨黄赵周吴村委会调解协议工资借款土地租赁申请人被元整年月日号"
RARE_NAMES = ["堃", "喆", "赟", "犇", "昇", "䶮", "𠮷", "阿依古丽·买买提", "王𠮷", "张堃"]
CONTROLS = [chr(c) for c in range(0x20)] + ["\x7f", "\u200b", "\ufeff", "\u202e", "\u00ad",
                                            "\u2028", "\u0085", "\ufe0f"]
DOTS = ["·", "•", "・", "．", "."]
FULL_WIDTH = "０１２３４５６７８９ＡＢＸｘ＋－（），。：　"

_printable_pieces = [
    st.sampled_from(MARKUP),
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=8),
    st.text(alphabet=COMMON_CHINESE, min_size=1, max_size=6),
    st.sampled_from(RARE_NAMES),
    st.characters(min_codepoint=0x3400, max_codepoint=0x4DBF),      # CJK Extension A
    st.characters(min_codepoint=0x20000, max_codepoint=0x2A6DF),    # CJK Extension B
    st.sampled_from(DOTS),
    st.text(alphabet=FULL_WIDTH, min_size=1, max_size=6),
    st.sampled_from(CONTROLS),  # dropped when printed (documents/text.py policy)
]
_hostile_pieces = [
    st.characters(min_codepoint=0xE000, max_codepoint=0xF8FF),      # private use
    st.sampled_from(["\U000E0001", "\U0010FFFF", "\uffff", "\U0003134B"]),  # unassigned
    st.characters(blacklist_categories=("Cs",)),                    # anything else
]
_pieces = st.one_of(*_printable_pieces, *_hostile_pieces)
_printable = st.one_of(*_printable_pieces)


def fuzz_text(max_size: int = 40) -> st.SearchStrategy[str]:
    """A mix of the pieces above, from empty to roughly `max_size` pieces long."""
    return st.lists(_pieces, max_size=max_size).map("".join)


def printable_text(max_size: int = 40) -> st.SearchStrategy[str]:
    """Text the bundled fonts can draw (markup, controls, Ext A/B included), so that
    documents get written; the document fuzzers mix in `fuzz_text` for refusals."""
    return st.lists(_printable, max_size=max_size).map("".join)


def printable_long_text(max_chars: int = 5_000) -> st.SearchStrategy[str]:
    return st.one_of(printable_text(60), _repeated(printable_text(12), max_chars))


def long_text(max_chars: int = 5_000) -> st.SearchStrategy[str]:
    """Free text up to ~`max_chars` characters: a short mix repeated (cheap to draw)."""
    return _repeated(fuzz_text(12), max_chars)


def _repeated(pieces: st.SearchStrategy[str], max_chars: int) -> st.SearchStrategy[str]:
    return st.tuples(pieces, st.integers(0, max_chars)).map(
        lambda pair: (pair[0] * (pair[1] // max(1, len(pair[0])) + 1))[:pair[1]])


def optional(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.one_of(st.none(), strategy)


texts = fuzz_text()
free_texts = st.one_of(fuzz_text(60), long_text())

# Names a party form might be given: mostly Chinese, sometimes anything at all.
chinese_names = st.lists(st.one_of(st.text(alphabet=COMMON_CHINESE, min_size=1, max_size=2),
                       st.sampled_from(RARE_NAMES), st.sampled_from(DOTS),
                       st.characters(min_codepoint=0x3400, max_codepoint=0x4DBF),
                       st.characters(min_codepoint=0x20000, max_codepoint=0x2A6DF),
                       st.sampled_from(MARKUP[:6])), min_size=1, max_size=6).map("".join)
names = st.one_of(chinese_names, chinese_names, chinese_names, fuzz_text(8))

# Code-like text: digits, X/x, separators, full-width digits, plus the general mix.
digits_like = st.one_of(
    st.text(alphabet="0123456789Xx -+()转/.年月日:T" + FULL_WIDTH, max_size=24),
    # digits of other scripts (١٣٨, ১২৩): `\d` and int() accept them, courts do not
    st.text(alphabet=st.one_of(st.sampled_from("0123456789-X"),
                               st.characters(whitelist_categories=("Nd",))), max_size=20),
    fuzz_text(6),
)

amount_numbers = st.one_of(
    st.sampled_from([0, 1, -1, 10**15, 10**16, 10**20, 2**63, -(10**15)]),
    st.integers(min_value=-(10**20), max_value=10**20),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
)
amount_texts = st.one_of(
    st.builds(lambda n: str(n), amount_numbers),
    st.builds(lambda prefix, n, suffix: f"{prefix}{n}{suffix}",
              st.sampled_from(["", "¥", "￥", "RMB", "人民币", "-", "−", " "]),
              st.one_of(st.integers(-(10**18), 10**18), st.decimals(places=3,
                                                                    allow_nan=False,
                                                                    allow_infinity=False)),
              st.sampled_from(["", "元", "元整", "万", "亿", "块", "分", ",", ".", "万元"])),
    digits_like,
    texts,
)
amounts = st.one_of(st.none(), amount_numbers, amount_texts)

dates = st.one_of(st.dates(), st.just(date(2024, 2, 29)), st.just(date(1, 1, 1)),
                  st.just(date(9999, 12, 31)))
datetimes = st.one_of(st.datetimes(), st.datetimes(timezones=st.just(UTC)),
                      st.datetimes(timezones=st.just(timezone(timedelta(hours=-12)))))
date_texts = st.one_of(
    st.builds(lambda y, sep, m, d: f"{y}{sep}{m}{sep}{d}", st.integers(0, 99999),
              st.sampled_from(["-", "/", ".", "年", ""]), st.integers(0, 99),
              st.integers(0, 99)),
    st.sampled_from(["2024-02-29", "2025-02-29", "2024年2月29日", "20240229", "1900-02-29",
                     "0000-01-01", "9999-12-31 23:59", "2024-13-01", "2024-00-10"]),
    digits_like,
    texts,
)
date_values = st.one_of(st.none(), dates, datetimes, date_texts, amount_numbers)
moments = st.one_of(st.none(), datetimes, date_texts,
                    st.builds(lambda d, h, m: f"{d.isoformat()} {h}:{m:02d}", dates,
                              st.integers(0, 30), st.integers(0, 70)))

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]")
# Markers of Python internals; user text itself may hold backslashes and quotes.
_LEAKS = ("Traceback (most recent call last)", "<class '", " object at 0x", "Error: ")


def assert_clear_error(error: BaseException) -> None:
    """The only acceptable refusal: a UserError with a non-empty Chinese message that
    does not show Python internals. Anything else is re-raised as the bug it is."""
    if not isinstance(error, UserError):
        raise error
    message = error.message
    assert isinstance(message, str) and message.strip(), f"empty message: {error!r}"
    assert _CJK.search(message), f"message without Chinese: {message!r}"
    for leak in _LEAKS:
        assert leak not in message, f"message leaks {leak!r}: {message!r}"


def outcome(call, *args, **kwargs):
    """Run `call`; return its result, or None after checking it refused clearly."""
    try:
        return call(*args, **kwargs)
    except Exception as error:  # noqa: BLE001 - any other kind is re-raised as a failure
        assert_clear_error(error)
        return None


__all__ = ["PURE", "SLOW", "amounts", "amount_numbers", "assert_clear_error",
           "chinese_names", "date_values", "dates", "datetimes", "digits_like", "free_texts",
           "fuzz_text", "long_text", "moments", "names", "optional", "outcome",
           "printable_long_text", "printable_text", "texts"]

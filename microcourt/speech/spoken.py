"""Text as it is said: figures, dates, codes and symbols rewritten in Chinese words before
a voice reads them (a voice left to itself reads 397,864.50元 as 三百九十七千……).

`spoken(text)` applies the rules below in order; what no rule matches is kept, so the
printed wording is what is heard. Each rule is one pattern and one function:
* ID numbers (18 characters, 15 legacy digits, and the masked 330112********123X form)
  and unified social credit codes, character by character;
* dates: 2027-01-10, 2027/1/10, 2027.1.10, 2027年1月10日 -> 二〇二七年一月十日; a year
  alone (2026年, 〔2026〕 in a case number) -> 二〇二六年;
* times 9:05 -> 九点零五分; phone numbers digit by digit in groups;
* money: 397,864.50元, ¥1,200, 人民币5000元, 1.5万元; percentages 12.5% -> 百分之十二点五;
* other numbers: counts in words (第3条 -> 第三条), long runs of digits one by one;
* Latin letters spelled the way Chinese speakers name them; blanks and tick boxes said.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from microcourt.speech.numbers import amount_cn, decimal_cn, digits_cn, integer_cn

# The way letters are named aloud in Chinese (as in spelling a code over the phone).
LETTERS = {
    "A": "诶", "B": "必", "C": "西", "D": "迪", "E": "伊", "F": "艾弗", "G": "吉",
    "H": "艾尺", "I": "艾", "J": "杰", "K": "开", "L": "艾勒", "M": "艾姆", "N": "恩",
    "O": "欧", "P": "披", "Q": "丘", "R": "阿尔", "S": "艾丝", "T": "提", "U": "优",
    "V": "维", "W": "达不溜", "X": "叉", "Y": "歪", "Z": "兹",
}
# Numbers longer than this, without separators, are codes (accounts, contract numbers).
LONGEST_COUNT = 9

Rule = tuple[re.Pattern, Callable[[re.Match], str]]


def _code(text: str) -> str:
    """A code read character by character, 1 as 幺 (ID numbers, credit codes)."""
    return "".join(digits_cn(ch, one="幺") if ch.isdigit() else LETTERS.get(ch.upper(), ch)
                   for ch in text)


def _id_number(match: re.Match) -> str:
    text = match.group(0)
    return f"{_code(text[:6])}，{_code(text[6:14])}，{_code(text[14:])}"


def _masked_id(match: re.Match) -> str:
    return f"{_code(match.group(1))}，中间{len(match.group(2))}位隐去，{_code(match.group(3))}"


def _month_day(month: str, day: str | None) -> str | None:
    m, d = int(month), int(day) if day else 1
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    return f"{integer_cn(m)}月" + (f"{integer_cn(d)}日" if day else "")


def _date(match: re.Match) -> str:
    words = _month_day(match.group("m"), match.group("d"))
    if words is None:
        return match.group(0)
    return f"{digits_cn(match.group('y'))}年{words}"


def _year(match: re.Match) -> str:
    return f"{digits_cn(match.group('y'))}年"


def _time(match: re.Match) -> str:
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 24 or minute > 59:
        return match.group(0)
    if minute == 0:
        return f"{integer_cn(hour)}点整"
    return f"{integer_cn(hour)}点{'零' if minute < 10 else ''}{integer_cn(minute)}分"


def _phone(match: re.Match) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    if len(digits) == 11 and digits[0] == "1":
        groups = [digits[:3], digits[3:7], digits[7:]]
    else:
        groups = [g for g in re.split(r"[-\s]+", match.group(0)) if g]
    return "，".join(digits_cn(g, one="幺") for g in groups)


def _number(text: str) -> str:
    """'1,200' -> 一千二百; '3.50' -> 三点五; '0571' or a long run -> digit by digit."""
    whole, _, fraction = text.replace(",", "").partition(".")
    if "," not in text and (len(whole) > LONGEST_COUNT or (len(whole) > 1 and whole[0] == "0")):
        return digits_cn(whole) + (f"点{digits_cn(fraction)}" if fraction else "")
    return decimal_cn(int(whole), fraction)


def _money(match: re.Match) -> str:
    figure, unit = match.group("n"), match.group("u") or "元"
    whole, _, fraction = figure.replace(",", "").partition(".")
    if unit != "元":  # 1.5万元: a count of ten-thousands
        return f"{_number(figure)}{unit}"
    fen = int((fraction + "00")[:2]) if fraction else 0
    return amount_cn(int(whole), fen)


def _percent(match: re.Match) -> str:
    return f"百分之{_number(match.group(1))}"


def _count(match: re.Match) -> str:
    return _number(match.group(0))


def _letters(match: re.Match) -> str:
    return "".join(LETTERS.get(ch.upper(), ch) for ch in match.group(0))


def _ticked(match: re.Match) -> str:
    return f"{'已勾选' if match.group(1) == '☑' else '未勾选'}{match.group(2)}，"


NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NOT_CODE = r"(?<![0-9A-Za-z*])"
_END = r"(?![0-9A-Za-z*])"
RULES: tuple[Rule, ...] = (
    (re.compile(_NOT_CODE + r"(\d{6})(\*{4,12})(\d{3}[\dXx])" + _END), _masked_id),
    (re.compile(r"(?<![\d*])(1[3-9]\d)(\*{4})(\d{4})(?![\d*])"), _masked_id),
    (re.compile(_NOT_CODE + r"\d{17}[\dXx]" + _END + "|" + _NOT_CODE + r"\d{15}" + _END),
     _id_number),
    (re.compile(_NOT_CODE + r"(?=[0-9A-Z]{18}" + _END + r")(?=.*[A-Z])[0-9A-Z]{18}"), lambda m:
     _code(m.group(0))),
    (re.compile(r"(?P<y>\d{4})\s*(?:年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?|"
                r"-(?P<m2>\d{1,2})-(?P<d2>\d{1,2})|/(?P<m3>\d{1,2})/(?P<d3>\d{1,2})|"
                r"\.(?P<m4>\d{1,2})\.(?P<d4>\d{1,2}))(?!\d)"), lambda m: _any_date(m)),
    (re.compile(r"[〔\[［(（](?P<y>\d{4})[〕\]］)）]"), _year),
    (re.compile(r"(?<!\d)(?P<y>\d{4})\s*年"), _year),
    (re.compile(r"(?<![\d:])(\d{1,2})[:：](\d{2})(?![\d:])"), _time),
    (re.compile(r"(?<!\d)1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)"
                r"|(?<!\d)[48]00-?\d{3}-?\d{4}(?!\d)"), _phone),
    (re.compile(r"(?P<n>" + NUMBER + r")\s*[%％]"), lambda m: _percent_of(m)),
    (re.compile(r"(?:人民币|[¥￥])?\s*(?P<n>" + NUMBER + r")\s*(?P<u>万元|亿元|元)"
                r"|[¥￥]\s*(?P<n2>" + NUMBER + r")(?P<u2>)"), lambda m: _money_of(m)),
    (re.compile(NUMBER), _count),
    (re.compile(r"[A-Za-z]+"), _letters),
    # a choice printed ticked or open ("☑同意　☐不同意"); a box before a sentence is dropped
    (re.compile(r"([☑☐□])([^\s☐□☑　，。：]{1,4})(?=[\s　]|$)"), _ticked),
)
_SYMBOLS = (
    (re.compile(r"_{3,}"), "（空白）"), (re.compile(r"[☐□☑]\s*"), ""),
    (re.compile(r"(?<=[〇一二三四五六七八九十])\s*[-~～—]+\s*(?=[〇一二三四五六七八九十])"), "至"),
    (re.compile(r"[×＊*]+"), ""), (re.compile(r"[ \t\u3000]+"), " "),
)


def _any_date(match: re.Match) -> str:
    for m_key, d_key in (("m", "d"), ("m2", "d2"), ("m3", "d3"), ("m4", "d4")):
        if match.group(m_key):
            words = _month_day(match.group(m_key), match.group(d_key))
            if words is None:
                return match.group(0)
            return f"{digits_cn(match.group('y'))}年{words}"
    return match.group(0)


def _percent_of(match: re.Match) -> str:
    return f"百分之{_number(match.group('n'))}"


def _money_of(match: re.Match) -> str:
    if match.group("n2"):
        whole, _, fraction = match.group("n2").replace(",", "").partition(".")
        return amount_cn(int(whole), int((fraction + "00")[:2]) if fraction else 0)
    return _money(match)


def spoken(text: str) -> str:
    """`text` with every figure, date, code and symbol in the words a person says."""
    for pattern, replace in RULES:
        text = pattern.sub(replace, text)
    for pattern, replacement in _SYMBOLS:
        text = pattern.sub(replacement, text)
    return text.strip()

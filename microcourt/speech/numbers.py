"""Numbers as a person says them in Mandarin: counts and amounts in words, codes digit
by digit.

Conventions (the way a court clerk or a bank teller reads aloud):
* a count reads with units: 397864 -> 三十九万七千八百六十四, 10 -> 十, 110 -> 一百一十,
  1005 -> 一千零五; a leading 2 before 千, 万 or 亿 is 两 (两千, 两万两千);
* money reads 元, 角, 分: 397864.50 -> 三十九万七千八百六十四元五角, 100.05 -> 一百元零五分;
* years, ID numbers, phone numbers and other codes read digit by digit, 0 as 〇 (líng);
  in phone and ID numbers 1 is 幺 (yāo), as operators say it, so it is not heard as 七.
"""
from __future__ import annotations

DIGITS = "〇一二三四五六七八九"
_SMALL_UNITS = ("", "十", "百", "千")
_BIG_UNITS = ("", "万", "亿", "万亿")


def digits_cn(digits: str, one: str = "一") -> str:
    """'2027' -> 二〇二七; with one='幺', '138' -> 幺三八. Non-digits are dropped."""
    table = DIGITS[:1] + one + DIGITS[2:]
    return "".join(table[int(d)] for d in digits if "0" <= d <= "9")


def _section(value: int, leading: bool) -> str:
    """0 < value < 10000 in words; `leading` is True for the first section of the number
    (a bare 十 starts it: 十五, not 一十五)."""
    text, zero = "", False
    for power in (3, 2, 1, 0):
        digit = value // 10 ** power % 10
        if digit == 0:
            zero = bool(text)
            continue
        if zero:
            text += "零"
            zero = False
        if power == 1 and digit == 1 and not text and leading:
            word = ""
        elif digit == 2 and power == 3:
            word = "两"
        else:
            word = DIGITS[digit]
        text += word + _SMALL_UNITS[power]
    return text


def integer_cn(value: int) -> str:
    """A non-negative integer in words: 0 -> 零, 20000 -> 两万, 100010 -> 十万零一十."""
    if value < 0:
        return "负" + integer_cn(-value)
    if value == 0:
        return "零"
    sections = []
    while value:
        sections.append(value % 10000)
        value //= 10000
    if len(sections) > len(_BIG_UNITS):
        return digits_cn(str(value))
    text, zero = "", False
    for index in range(len(sections) - 1, -1, -1):
        section = sections[index]
        if section == 0:
            zero = bool(text)
            continue
        if text and (zero or section < 1000):
            text += "零"
        zero = False
        words = _section(section, leading=not text)
        if section == 2 and index > 0:
            words = "两"  # 两万, 两亿
        text += words + _BIG_UNITS[index]
    return text


def decimal_cn(whole: int, fraction: str) -> str:
    """3, '50' -> 三点五〇 would be odd: trailing zeros are dropped (三点五); '' -> 三."""
    fraction = fraction.rstrip("0")
    text = integer_cn(whole)
    return f"{text}点{digits_cn(fraction).replace('〇', '零')}" if fraction else text


def amount_cn(yuan: int, fen: int = 0) -> str:
    """Money in words: (397864, 50) -> 三十九万七千八百六十四元五角; (0, 5) -> 五分;
    (100, 5) -> 一百元零五分; (0, 0) -> 零元."""
    jiao, fen = divmod(fen, 10)
    text = integer_cn(yuan) + "元" if yuan or not (jiao or fen) else ""
    if yuan == 2:
        text = "两元"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif fen and yuan:
        text += "零"
    if fen:
        text += DIGITS[fen] + "分"
    return text

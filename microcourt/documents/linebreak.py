"""Where a line of a legal document may break, and the greedy line filling that uses it.

reportlab's CJK wrapping breaks between any two characters, hangs a closing mark in the
right margin (over a table border, in a narrow cell) and cuts a run of digits "roughly
half way back": an ID number came out as "33018519740226463" / "X" and a case number as
"上田微调〔20" / "26〕第9号". A clerk reads either as a forgery. The rules here:

* no line starts with closing punctuation (，。、；：）」』》…) and none ends with an
  opening one (（「『《“) (GB/T 15834-2011 标点符号用法, 4.1-4.3 and appendix B);
* what a reader copies as one item never breaks inside: a run of Latin letters and
  digits (ID numbers, credit codes, phone numbers, amounts with their separators), a
  case number (上田微调〔2026〕第9号, （2024）浙0185民特123号), a date (2026年3月1日), a
  time (上午9时30分), an amount with its unit (400,000.00元), an ordinal (第3期), a phone
  written with spaces (138 1234 5678), a ⋯⋯ or —— pair;
* a URL breaks only after / . ? & = (where a reader expects the address to go on);
* a line never runs past its width: an item longer than a whole line (a URL, a very
  long code) is broken where it must, which is the one exception to the rules above.
"""
from __future__ import annotations

import re

# Closing marks and others that may not start a line; opening ones that may not end it.
CANNOT_START = frozenset("，。、；：？！”’）》〉」』】〕］｝…·％～‰℃,.;:?!)]}%"
                         "\u3005\u309b\u309c\u30fb\u30fc")
CANNOT_END = frozenset("（《〈「『【〔［｛“‘([{￥$#@§")
URL_BREAK_AFTER = frozenset("/.?&=")

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"
_UNBROKEN = re.compile("|".join([
    # case numbers: the village's 上田微调〔2026〕第9号 (its prefix sits before the 〔
    # of GB/T 9704 document numbers), the court's （2024）浙0185民特123号
    rf"[{_CJK}]{{0,4}}〔\d{{4}}〕[{_CJK}\d]{{0,10}}?\d+号",
    rf"[［\[（(]\d{{4}}[］\]）)][{_CJK}\d]{{0,10}}?\d+号",
    r"\d{4}年\d{1,2}月\d{1,2}日(?:前|起|止)?", r"\d{4}年\d{1,2}月", r"\d{1,2}月\d{1,2}日",
    r"(?:上午|下午|中午|晚上|凌晨)?\d{1,2}时(?:\d{1,2}分)?",
    r"\d[\d,]*(?:\.\d+)?(?:万|千)?元", r"第\d+[期条项号款页份]",
    r"1\d{2}[ -]\d{4}[ -]\d{4}", r"0\d{2,3}[ -]\d{7,8}",
    r"…+|—+",
]))
_URL = re.compile(r"(?:https?://|www\.)[!-~]+", re.IGNORECASE)
_ASCII_WORD = re.compile(r"[!-~]+")  # printable ASCII without the space


STRICT, ITEMS_ONLY = 2, 1  # a break keeping every rule; one keeping the items whole


def break_opportunities(text: str) -> bytearray:
    """allowed[i] is STRICT where a line may break before text[i], ITEMS_ONLY where that
    would only start a line with a closing mark (or end one with an opening mark), 0
    where it would cut an item (never before index 0). A '\\n' in `text` stands for a
    forced break (its rules are the caller's)."""
    size = len(text)
    allowed = bytearray(b"\x02") * (size + 1)
    allowed[0] = 0
    for index in range(1, size):
        before, char = text[index - 1], text[index]
        if char in CANNOT_START or before in CANNOT_END or char == " " and before == " ":
            allowed[index] = ITEMS_ONLY
    for word in _ASCII_WORD.finditer(text):
        _protect(allowed, word.start(), word.end())
    for item in _UNBROKEN.finditer(text):
        _protect(allowed, item.start(), item.end())
    for url in _URL.finditer(text):
        start, end = url.span()
        for index in range(start + 1, end):
            allowed[index] = STRICT if text[index - 1] in URL_BREAK_AFTER else 0
    return allowed


def _protect(allowed: bytearray, start: int, end: int) -> None:
    for index in range(start + 1, end):
        allowed[index] = 0


def fill_lines(text: str, widths: list[float], max_widths: list[float],
               forced: set[int] = frozenset(), fuzz: float = 1e-6) -> list[tuple[int, int]]:
    """Greedy filling: (start, end) index pairs of each line of `text`, whose characters
    have `widths`; line n may be `max_widths[n]` wide (the last value repeats). A break
    goes at the last opportunity that fits and keeps every rule, else at the last that
    keeps the items whole, else (an item wider than the line) where it must; `forced`
    holds indexes that end a line whatever (a <br/>: that character ends its line).
    Spaces at a line's start are left on the previous line, where they take no room."""
    if not forced and sum(widths) <= max_widths[0] + fuzz:
        return [(0, len(text))] if text else []  # it fits: most table cells
    allowed = break_opportunities(text)
    lines: list[tuple[int, int]] = []
    start, size = 0, len(text)
    while start < size:
        limit = max_widths[min(len(lines), len(max_widths) - 1)]
        used, index, strict, loose, forced_end = 0.0, start, -1, -1, False
        while index < size:
            if index > start:
                if allowed[index] == STRICT:
                    strict = index
                elif allowed[index] == ITEMS_ONLY:
                    loose = index
            if index in forced:
                index += 1
                forced_end = True
                break
            if used + widths[index] > limit + fuzz and index > start and text[index] != " ":
                break
            used += widths[index]
            index += 1
        else:
            lines.append((start, size))
            break
        if forced_end:
            end = index
        elif strict > start:
            end = strict
        elif loose > start:
            end = loose
        else:
            end = index
        lines.append((start, end))
        start = end
    return lines

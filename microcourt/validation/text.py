"""Text normalisation shared by every validator.

Two strengths: `clean` for anything a person writes (names, addresses, notes): it folds
only full-width letters, digits and the ideographic space, and keeps full-width
punctuation (，：（）), which is Chinese prose rather than a typing slip; `clean_code` for
codes (ID numbers, phones, amounts, dates, credit codes): every full-width ASCII
character (Ｕ+FF01..FF5E) typed with a Chinese IME is folded to its ASCII twin.
"""
from __future__ import annotations

import re
import unicodedata

from microcourt.errors import ValidationError

_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
_ALNUM = set(range(0xFF10, 0xFF1A)) | set(range(0xFF21, 0xFF3B)) | set(range(0xFF41, 0xFF5B))
_FULLWIDTH_ALNUM = {code: target for code, target in _FULLWIDTH.items()
                    if code in _ALNUM or code == 0x3000}


def halfwidth(text: str) -> str:
    return text.translate(_FULLWIDTH)


def clean(text: str | None) -> str:
    """Trimmed, NFC-normalised prose; full-width letters and digits folded to ASCII."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", text.translate(_FULLWIDTH_ALNUM)).strip()


def clean_code(text: str | None) -> str:
    """Trimmed, NFC-normalised code with all full-width ASCII folded (＋86、０５７１－…)."""
    if text is None:
        return ""
    return unicodedata.normalize("NFC", halfwidth(text)).strip()


def clean_name(text: str | None) -> str:
    """A person's name: trimmed, inner spaces removed, and the many look-alike dots of
    ethnic-minority names (e.g. 阿依古丽·买买提) unified to U+00B7 MIDDLE DOT."""
    name = clean(text)
    for dot in ("•", "∙", "・", "．", "⋅", "‧", "･", "."):
        name = name.replace(dot, "·")
    return "".join(name.split())


# Characters no name, address or note ever holds, and that do harm where they go: NUL
# (truncates C strings, SQLite's FTS), ESC and the C1 controls such as CSI (they drive a
# terminal that prints the CLI's report), the bidi overrides and isolates (they make
# a name or number read backwards: the "Trojan Source" trick), line and paragraph separators,
# lone surrogates (cannot be encoded, so the write would fail) and U+FFFD, the mark a
# failed decoding leaves behind (mojibake, never a value anyone typed).
_BIDI = {0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}
_NAMED = {0x00: "空字符（NUL）", 0x1B: "转义符（ESC）", 0x7F: "删除符（DEL）",
          0x09: "制表符", 0x0A: "换行", 0x0D: "回车", 0xFFFD: "乱码替换符",
          0x2028: "行分隔符", 0x2029: "段分隔符"}
_ALWAYS = ("\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
           "\u2066-\u2069\u2028\u2029\ufffd\ud800-\udfff")
_UNSAFE_MULTILINE = re.compile(f"[{_ALWAYS}]")  # notes keep tabs and line breaks
_UNSAFE = re.compile(f"[{_ALWAYS}\t\n\r]")


def unsafe_character(value: str, multiline: bool = False) -> str | None:
    """The first character of `value` that no text field may hold, or None."""
    found = (_UNSAFE_MULTILINE if multiline else _UNSAFE).search(value)
    return found.group() if found else None


def describe_character(char: str) -> str:
    """`U+202E（文字方向控制符）`: how an error message names an invisible character."""
    code = ord(char)
    if code in _NAMED:
        what = _NAMED[code]
    elif code in _BIDI:
        what = "文字方向控制符"
    elif 0xD800 <= code <= 0xDFFF:
        what = "无效的代理字符"
    else:
        what = "控制字符"
    return f"U+{code:04X}（{what}）"


def check_safe_text(value: str | None, field: str, label: str, *,
                    multiline: bool = False) -> str | None:
    """`value` unchanged, or ValidationError naming the invisible character: every text
    field of every entry point (form, import, CLI) goes through here before it is kept."""
    if not value:
        return value
    char = unsafe_character(value, multiline)
    if char is None:
        return value
    where = value.index(char) + 1
    raise ValidationError(field, f"{label}的第{where}个字符是看不见的{describe_character(char)}，"
                                 "不能保存：它可能来自复制粘贴或损坏的文件，请删除后重新输入。")


def visible(value: str) -> str:
    """`value` with every unsafe character written as `<U+001B>`: safe to print to a
    terminal or show in a report, and the liaison sees where the character sits."""
    return _UNSAFE.sub(lambda found: f"<U+{ord(found.group()):04X}>", value)

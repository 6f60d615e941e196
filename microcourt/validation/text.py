"""Text normalisation shared by every validator.

Two strengths: `clean` for anything a person writes (names, addresses, notes): it folds
only full-width letters, digits and the ideographic space, and keeps full-width
punctuation (，：（）), which is Chinese prose rather than a typing slip; `clean_code` for
codes (ID numbers, phones, amounts, dates, credit codes): every full-width ASCII
character (Ｕ+FF01..FF5E) typed with a Chinese IME is folded to its ASCII twin.
"""
from __future__ import annotations

import unicodedata

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

"""Text normalisation shared by every validator: full-width to half-width, trimming."""
from __future__ import annotations

import unicodedata

# Full-width ASCII (Ｕ+FF01..FF5E) typed with a Chinese IME, and the ideographic space.
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20


def halfwidth(text: str) -> str:
    return text.translate(_FULLWIDTH)


def clean(text: str | None) -> str:
    """Trimmed, NFC-normalised text with full-width ASCII folded to half-width."""
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

"""Cleaning the prose of agreements and clause templates."""
from __future__ import annotations

import unicodedata


def clean_prose(text: str | None) -> str:
    """NFC and trimmed line by line, keeping the liaison's line breaks. Unlike
    validation.text.clean it keeps full-width punctuation (，：（）), which is Chinese
    prose, not full-width ASCII typed by mistake."""
    lines = [unicodedata.normalize("NFC", line).strip()
             for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip()

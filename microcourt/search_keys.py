"""Search keys kept beside each party so one box finds them by pinyin, initials, ID tail
or phone digits (张三 -> "zhangsan", "zs"). Tone-less, lower case, no spaces."""
from __future__ import annotations


def name_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials). Non-Han characters (a `·`, Latin letters) pass through,
    letters lower-cased, everything else dropped."""
    # Imported here: pypinyin loads its phrase dictionary (~0.2 s) and only writes need it,
    # so the window can open without paying for it.
    from pypinyin import Style, lazy_pinyin  # noqa: PLC0415

    syllables = lazy_pinyin(name, style=Style.NORMAL, errors=lambda chars: list(chars))
    words = ["".join(ch for ch in s.lower() if ch.isascii() and ch.isalnum()) for s in syllables]
    words = [w for w in words if w]
    return "".join(words), "".join(w[0] for w in words)


def id_tail(id_number: str | None) -> str | None:
    return id_number[-6:].upper() if id_number else None

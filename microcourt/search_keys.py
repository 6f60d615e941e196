"""Search keys kept beside each party so one box finds them by pinyin, initials, ID tail
or phone digits (张三 -> "zhangsan", "zs"). Tone-less, lower case, no spaces.

Name parts and phone digits anywhere in the number are found through *grams*
(table party_search_gram, issue 16.4): every character and every pair of adjacent
characters of the name, and every ending of at least three digits of the phone (marked
with PHONE_MARK), so that a part of a name is one index lookup and digits anywhere in a
phone number are a prefix of one of its endings, never a scan of the register."""
from __future__ import annotations

PHONE_MARK = "#"  # phone endings share the gram table with name characters
MIN_PHONE_DIGITS = 3
NAME_GRAM = 2  # the longest name gram; a longer query looks up its first pair


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


def name_gram(text: str) -> str:
    """A name or a name query as grams see it: no white space, Latin letters lower case."""
    return "".join(ch for ch in text if not ch.isspace()).lower()


def search_grams(name: str, phone_digits: str | None) -> set[str]:
    """Every gram a party is found by (none for an anonymized party: no keys at all)."""
    chars = name_gram(name or "")
    grams = {chars[i:i + size] for size in range(1, NAME_GRAM + 1)
             for i in range(len(chars) - size + 1)}
    digits = phone_digits or ""
    grams.update(PHONE_MARK + digits[i:] for i in range(len(digits) - MIN_PHONE_DIGITS + 1))
    return grams

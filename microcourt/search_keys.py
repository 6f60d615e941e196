"""Search keys kept beside each party so one box finds them by pinyin, initials, ID tail
or phone digits (张三 -> "zhangsan", "zs"). Tone-less, lower case, no spaces.

Name parts and phone digits anywhere in the number are found through *grams*
(table party_search_gram, issue 16.4): every character and every pair of adjacent
characters of the name, and every ending of at least three digits of the phone (marked
with PHONE_MARK), so that a part of a name is one index lookup and digits anywhere in a
phone number are a prefix of one of its endings, never a scan of the register. The
other readings of a polyphonic name are grams too (PINYIN_MARK, INITIALS_MARK)."""
from __future__ import annotations

PHONE_MARK = "#"  # phone endings share the gram table with name characters
# The other readings of a polyphonic name (曾 ceng / zeng): full pinyin and initials,
# marked so a prefix range finds them; the usual reading stays in the party's own columns.
PINYIN_MARK = "~"
INITIALS_MARK = "^"
MIN_PHONE_DIGITS = 3
NAME_GRAM = 2  # the longest name gram; a longer query looks up its first pair


def name_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) as the name is read (a surname by its surname reading,
    microcourt/name_readings.py). Non-Han characters (a `·`, Latin letters) pass through,
    letters lower-cased, everything else dropped."""
    # Imported here: pypinyin loads its phrase dictionary (~0.2 s) and only writes need it,
    # so the window can open without paying for it.
    from microcourt.name_readings import primary  # noqa: PLC0415

    return primary(name)


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
    from microcourt.name_readings import variants  # noqa: PLC0415 - pypinyin, as above

    for pinyin, initials in variants(name or ""):
        grams.update((PINYIN_MARK + pinyin, INITIALS_MARK + initials))
    return grams

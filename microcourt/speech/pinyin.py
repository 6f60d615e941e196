"""Chinese text to the numbered pinyin the offline voice reads (espeak-ng's
cmn-latn-pinyin voice): `to_pinyin("调解协议。")` -> "tiao2 jie3 xie2 yi4. ".

Feeding pinyin rather than characters is what makes polyphones right: espeak-ng's own
Chinese dictionary reads 还款 as hái kuǎn (and Debian's 1.51 even 调解 as diào jiě).
The fixed readings of terms.LEGAL_READINGS win over pypinyin's phrase guesses. The text
should already be `spoken()`: digits left here would be taken for tone numbers, so any
that remain are read one by one.
"""
from __future__ import annotations

import re

from pypinyin import Style, lazy_pinyin

from microcourt.speech.numbers import digits_cn
from microcourt.speech.terms import LEGAL_READINGS, LONGEST_TERM

# Han characters: URO, Extension A, compatibility, Extensions B-F (and 〇, which is Nl).
_HAN = re.compile("[〇\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
# What a pause is made of: a clause break or a full stop, in ASCII for espeak-ng.
_PAUSES = {**dict.fromkeys("，、；：,;:—（）()《》“”\"'‘’…·", ","),
           **dict.fromkeys("。.", "."), **dict.fromkeys("？?", "?"), **dict.fromkeys("！!", "!")}


def han_pinyin(run: str) -> list[str]:
    """Syllables of a run of Han characters: fixed terms first (longest match), the
    rest by pypinyin's phrase dictionary; characters neither knows are skipped (some rare
    name characters: the voice then leaves a gap rather than saying something wrong)."""
    syllables: list[str] = []
    pending = ""
    index = 0
    while index < len(run):
        for size in range(min(LONGEST_TERM, len(run) - index), 0, -1):
            reading = LEGAL_READINGS.get(run[index:index + size])
            if reading:
                syllables += _guessed(pending)
                syllables += reading.split()
                pending = ""
                index += size
                break
        else:
            pending += run[index]
            index += 1
    return syllables + _guessed(pending)


def _guessed(text: str) -> list[str]:
    if not text:
        return []
    return [s for s in lazy_pinyin(text, style=Style.TONE3, neutral_tone_with_five=True,
                                   errors="ignore") if s and s[-1].isdigit()]


def to_pinyin(text: str) -> str:
    """The whole text as space-separated numbered syllables and ASCII pauses."""
    words: list[str] = []
    position = 0
    for match in _HAN.finditer(text):
        words += _other(text[position:match.start()])
        words += han_pinyin(match.group(0))
        position = match.end()
    words += _other(text[position:])
    return _join(words)


def _other(text: str) -> list[str]:
    """Punctuation becomes a pause; stray digits are read one by one; the rest is silent."""
    words = []
    for char in text:
        if char in _PAUSES:
            words.append(_PAUSES[char])
        elif "0" <= char <= "9":
            words += han_pinyin(digits_cn(char))
    return words


def _join(words: list[str]) -> str:
    """Syllables with single spaces; of two pauses in a row the stronger one stays."""
    out: list[str] = []
    for word in words:
        if word not in _STOPS:
            out.append(word)
        elif out and out[-1] in _STOPS:
            if word != ",":
                out[-1] = word
        elif out:
            out.append(word)
    return " ".join(out).replace(" ,", ",").replace(" .", ".").replace(" ?", "?").replace(
        " !", "!")


_STOPS = frozenset(",.?!")

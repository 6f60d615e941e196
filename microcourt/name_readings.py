"""How a resident's name is read, for the search box (issue 13.7).

A surname is read by its surname reading, not the word reading pypinyin gives the
character (曾 zēng not céng, 单 shàn not dān, 解 xiè not jiě ...), from the table below,
compound surnames first. A character pypinyin does not know (𠮷 jí and many rare ones of
Extensions B-F) takes its reading from microcourt.hanzi. Every other reading of a
polyphonic character is kept too, so whoever types 'cengguofan' or 'zengguofan' finds
曾国藩: `variants` lists them (at most MAX_VARIANTS names' worth).
"""
from __future__ import annotations

from functools import lru_cache
from itertools import islice, product

MAX_VARIANTS = 16

# 百家姓 and common surnames whose surname reading differs from the character's usual
# reading (or which pypinyin gets wrong as the first word of a name).
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "尉迟": ("yu", "chi"), "万俟": ("mo", "qi"), "单于": ("chan", "yu"),
    "长孙": ("zhang", "sun"), "澹台": ("tan", "tai"), "令狐": ("ling", "hu"),
    "曾": ("zeng",), "单": ("shan",), "解": ("xie",), "仇": ("qiu",), "区": ("ou",),
    "朴": ("piao",), "查": ("zha",), "覃": ("qin",), "盖": ("ge",), "员": ("yun",),
    "乐": ("yue",), "缪": ("miao",), "繁": ("po",), "宓": ("mi",), "种": ("chong",),
    "秘": ("bi",), "冼": ("xian",), "翟": ("zhai",), "召": ("shao",), "能": ("nai",),
    "句": ("gou",), "郇": ("huan",), "隗": ("wei",), "逄": ("pang",), "折": ("she",),
    "谌": ("chen",), "柏": ("bai",), "薄": ("bo",), "曲": ("qu",), "车": ("che",),
    "重": ("chong",), "藏": ("zang",), "相": ("xiang",), "厉": ("li",), "褚": ("chu",),
    "费": ("fei",), "贲": ("ben",), "阚": ("kan",), "訾": ("zi",), "沈": ("shen",),
    "华": ("hua",), "纪": ("ji",), "任": ("ren",), "尉": ("wei",), "过": ("guo",),
    "黑": ("he",), "要": ("yao",), "牟": ("mou",), "眭": ("sui",), "夏侯": ("xia", "hou"),
    "蕃": ("pi",), "哈": ("ha",), "阿": ("a",), "都": ("du",), "行": ("xing",),
    "大": ("da",), "石": ("shi",), "朝": ("chao",), "缉": ("qi",), "祭": ("zhai",),
}
_COMPOUND = sorted((s for s in SURNAME_READINGS if len(s) > 1), key=len, reverse=True)


def _word_readings(name: str) -> list[list[str]]:
    """Per character, its readings, the one pypinyin picks in context first."""
    from pypinyin import Style, lazy_pinyin, pinyin  # noqa: PLC0415 - heavy, writes only

    from microcourt import hanzi  # noqa: PLC0415

    chosen = lazy_pinyin(name, style=Style.NORMAL, errors=lambda chars: list(chars))
    every = pinyin(name, style=Style.NORMAL, heteronym=True,
                   errors=lambda chars: [[c] for c in chars])
    out = []
    for char, first, options in zip(name, chosen, every):
        if first != char:  # pypinyin knows it: its readings (the common ones)
            out.append(list(dict.fromkeys([first, *options])))
        else:  # a rare character, or not Han at all (a dot, a Latin letter)
            out.append(list(hanzi.readings(char)) or [char])
    return out


@lru_cache(maxsize=4096)  # the keys and the grams of one party read the same name
def _syllables(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(options) for options in _read(name))


def syllables(name: str) -> list[list[str]]:
    """Per character of `name`, its readings, the one for this name first (the surname's
    own reading for the first character or two)."""
    return [list(options) for options in _syllables(name)]


def _read(name: str) -> list[list[str]]:
    """syllables(), uncached."""
    readings = _word_readings(name)
    surname = next((s for s in _COMPOUND if name.startswith(s)), None) or (
        name[:1] if name[:1] in SURNAME_READINGS else None)
    if surname:
        for i, reading in enumerate(SURNAME_READINGS[surname]):
            readings[i] = [reading, *[r for r in readings[i] if r != reading]]
    return readings


def _key(words: tuple[str, ...]) -> tuple[str, str]:
    cleaned = ["".join(ch for ch in w.lower() if ch.isascii() and ch.isalnum()) for w in words]
    cleaned = [w for w in cleaned if w]
    return "".join(cleaned), "".join(w[0] for w in cleaned)


def primary(name: str) -> tuple[str, str]:
    """(full pinyin, initials) as the name is read; the list is sorted by it."""
    return _key(tuple(options[0] for options in syllables(name)))


def variants(name: str) -> list[tuple[str, str]]:
    """Other (full pinyin, initials) the name may be typed as, the primary left out."""
    options = syllables(name)
    first = _key(tuple(o[0] for o in options))
    found = dict.fromkeys(_key(words) for words in islice(product(*options), MAX_VARIANTS + 1))
    found.pop(first, None)
    return list(found)[:MAX_VARIANTS]

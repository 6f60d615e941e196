"""What the app knows of each Chinese character beyond the fonts: its Mandarin readings
(most usual first, without tones), its radical and strokes (resources/hanzi/hanzi.tsv.gz,
made by tools/build_hanzi_table.py from Unihan and 汉典's readings).

Party search uses the readings for characters pypinyin does not know (𠮷 jí and other
rare characters of residents' names) and for every reading of a polyphonic one; the
character picker finds a character by reading, or by radical and stroke count, for names
an input method cannot type. Loaded once, on first use (about 0.1 s).
"""
from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache

from microcourt.paths import resources_dir


@dataclass(frozen=True)
class Hanzi:
    char: str
    readings: tuple[str, ...]  # toneless pinyin, most usual first; may be empty
    radical: int | None        # Kangxi radical number (1-214)
    residual_strokes: int | None  # strokes beyond the radical
    strokes: int | None        # total strokes


def _parse(char: str, rest: str) -> Hanzi:
    readings, radical_strokes, strokes = rest.split("\t")
    radical = residual = None
    if radical_strokes:
        left, _, right = radical_strokes.partition(".")
        radical, residual = int(left.rstrip("'")), int(right or 0)
    return Hanzi(char, tuple(r for r in readings.split(",") if r), radical, residual,
                 int(strokes) if strokes else None)


@cache
def _lines() -> dict[str, str]:
    """char -> the rest of its line; parsed only when asked (98,000 lines)."""
    path = resources_dir() / "hanzi" / "hanzi.tsv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return dict(line.split("\t", 1) for line in lines.read().splitlines())


@cache
def table() -> dict[str, Hanzi]:
    """Every character, parsed (for the picker's lists)."""
    return {char: _parse(char, rest) for char, rest in _lines().items()}


def lookup(char: str) -> Hanzi | None:
    rest = _lines().get(char)
    return _parse(char, rest) if rest is not None else None


def readings(char: str) -> tuple[str, ...]:
    rest = _lines().get(char)
    return tuple(r for r in rest.split("\t", 1)[0].split(",") if r) if rest else ()


@cache
def _by_reading() -> dict[str, list[Hanzi]]:
    found: dict[str, list[Hanzi]] = {}
    for entry in table().values():
        for reading in entry.readings:
            found.setdefault(reading, []).append(entry)
    return found


@cache
def tongyong() -> frozenset[str]:
    """The 8,105 characters of the 通用规范汉字表 (resources/fonts, see its README)."""
    text = (resources_dir() / "fonts" / "tongyong-guifan-hanzi-2013.txt").read_text("utf-8")
    return frozenset(line.split()[1] for line in text.splitlines()
                     if line and not line.startswith("#"))


def by_reading(reading: str) -> list[Hanzi]:
    """Characters read `reading` (toneless, 'lv' for lü): those of the 通用规范汉字表
    first, then the rare ones, each by fewest strokes."""
    found = _by_reading().get(reading.strip().lower().replace("ü", "v"), [])
    common = tongyong()
    return sorted(found, key=lambda h: (h.char not in common, h.strokes or 99, ord(h.char)))


def by_radical(radical: int, residual_strokes: int | None = None) -> list[Hanzi]:
    """Characters under Kangxi radical `radical`, with that many more strokes if given."""
    return sorted((h for h in table().values() if h.radical == radical and (
        residual_strokes is None or h.residual_strokes == residual_strokes)),
        key=lambda h: (h.residual_strokes or 0, ord(h.char)))

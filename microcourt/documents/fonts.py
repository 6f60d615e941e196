"""The bundled CJK fonts: registered with reportlab once, and a per-character fallback.

Every PC must print the same, so PDFs use only the fonts in resources/fonts (see the
README there for what each one is). Each character of user text is drawn with the first
font of a chain that has it; a character no bundled font has is refused with
MissingGlyphError, so a PDF never shows a blank or a tofu box in place of a name.

Fonts are parsed lazily, on first need, under a lock: the primary face costs about
40 ms, each large fallback about 50 ms, once per process.
"""
from __future__ import annotations

import io
import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from microcourt.documents import rl_patches
from microcourt.documents.font_files import font_bytes
from microcourt.errors import ValidationError
from microcourt.paths import resource

SERIF = "MicroCourtSerif"
SERIF_BOLD = "MicroCourtSerif-Bold"
FALLBACK_CN = "MicroCourtBabelStoneHan"
FALLBACK_A = "MicroCourtHanaMinA"
FALLBACK_B = "MicroCourtHanaMinB"


@dataclass(frozen=True)
class BundledFont:
    name: str          # the reportlab name used in styles and <font name=...>
    file_name: str     # in resources/fonts
    licence: str       # the licence text shipped beside it


BUNDLED_FONTS = {
    font.name: font for font in (
        BundledFont(SERIF, "NotoSerifCJKsc-Regular.ttf", "LICENSE-NotoSerifCJK.txt"),
        BundledFont(SERIF_BOLD, "NotoSerifCJKsc-Bold.ttf", "LICENSE-NotoSerifCJK.txt"),
        BundledFont(FALLBACK_CN, "BabelStoneHan-fallback.ttf.gz", "LICENSE-BabelStoneHan.txt"),
        BundledFont(FALLBACK_A, "HanaMinA-fallback.ttf", "LICENSE-Hanazono.txt"),
        BundledFont(FALLBACK_B, "HanaMinB-fallback.ttf.gz", "LICENSE-Hanazono.txt"),
    )
}

# Chinese standard forms first: Noto Serif CJK SC has every character of the 通用规范
# 汉字表 (Extensions B-E included); BabelStone Han, drawn after the Chinese (G-source)
# reference glyphs, has most other rare ideographs; Hanazono (Japanese forms for some
# characters) fills in the rest of Extensions B-F. The bold face holds GB 2312 only:
# other characters of a bold title come from the regular face rather than from nowhere.
_CHAINS = {
    SERIF: (SERIF, FALLBACK_CN, FALLBACK_A, FALLBACK_B),
    SERIF_BOLD: (SERIF_BOLD, SERIF, FALLBACK_CN, FALLBACK_A, FALLBACK_B),
}

_lock = threading.Lock()
_cmaps: dict[str, dict[int, int]] = {}
_family_registered = False


class MissingGlyphError(ValidationError):
    """A character that none of the bundled fonts can draw (so it cannot be printed)."""

    def __init__(self, char: str, field: str = ""):
        self.char = char
        self.code_point = f"U+{ord(char):04X}"
        # a lone surrogate cannot even be written to a log or stderr: give its number only
        shown = "" if 0xD800 <= ord(char) <= 0xDFFF else f"“{char}”"
        super().__init__(field, f"{shown}({self.code_point}) 无法打印：内置字体中没有这个字")


def font_path(name: str) -> Path:
    return resource("fonts", BUNDLED_FONTS[name].file_name)


def _load(name: str) -> dict[int, int]:
    """Register one bundled font with reportlab (once) and return its cmap."""
    cmap = _cmaps.get(name)
    if cmap is not None:
        return cmap
    with _lock:
        cmap = _cmaps.get(name)
        if cmap is None:
            rl_patches.apply()
            path = font_path(name)
            if path.suffix == ".gz":
                data = io.BytesIO(font_bytes(path))
                data.name = path.stem  # names the font's objects in the PDF
                font = TTFont(name, data)
            else:
                font = TTFont(name, str(path))
            pdfmetrics.registerFont(font)
            cmap = font.face.charToGlyph
            _cmaps[name] = cmap
    return cmap


def register_fonts() -> None:
    """Register the faces every document's styles name (the fallbacks load on need)."""
    global _family_registered
    _load(SERIF)
    _load(SERIF_BOLD)
    if not _family_registered:
        with _lock:
            # so that <b> in our own static markup switches to the bold face
            pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD,
                                          italic=SERIF, boldItalic=SERIF_BOLD)
            _family_registered = True


def chain_for(base_font: str) -> tuple[str, ...]:
    """The fallback chain that starts with `base_font` (SERIF or SERIF_BOLD)."""
    try:
        return _CHAINS[base_font]
    except KeyError:
        raise ValueError(f"not a bundled base font: {base_font}") from None


def font_for_char(char: str, base_font: str = SERIF) -> str:
    """The first font of the chain whose cmap has `char`; MissingGlyphError if none."""
    code = ord(char)
    for name in chain_for(base_font):
        # glyph 0 is .notdef: a cmap entry pointing there is no glyph at all
        if _load(name).get(code, 0):
            return name
    raise MissingGlyphError(char)


def font_runs(text: str, base_font: str = SERIF) -> list[tuple[str, str]]:
    """Split `text` into (font name, text) runs, each drawn with one font. Text the base
    face draws whole (nearly all of it) is one run, without a lookup per character."""
    chain = chain_for(base_font)
    primary = _load(chain[0])
    if all(primary.get(ord(char), 0) for char in text):
        return [(chain[0], text)] if text else []
    runs: list[tuple[str, str]] = []
    for char in text:
        name = chain[0] if primary.get(ord(char), 0) else font_for_char(char, base_font)
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    return runs


def unprintable_chars(text: str) -> list[str]:
    """The distinct characters of `text` no bundled font has, in order of appearance.
    Raw characters: text.check_printable applies the control-character policy first."""
    missing: list[str] = []
    for char in dict.fromkeys(text):
        try:
            font_for_char(char)
        except MissingGlyphError:
            missing.append(char)
    return missing

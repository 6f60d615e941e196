"""Paragraph styles shared by every A4 legal document, in a normal and a large-print set.

Normal sizes follow common court-form practice (title 小二 18 pt, body 小四 12 pt).
Large print is for parties aged 50 to 80 reading without help: body 18 pt (小二), at
least the 16 pt asked for, with leading of 1.65 lines so a finger can follow a line.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from microcourt.documents.fonts import SERIF, SERIF_BOLD, register_fonts

PAGE_SIZE = A4
# A wider left margin leaves room to staple or bind the copies (one per party + one kept).
MARGIN_LEFT = 28 * mm
MARGIN_RIGHT = 22 * mm
MARGIN_TOP = 25 * mm
MARGIN_BOTTOM = 25 * mm
TEXT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT


@dataclass(frozen=True)
class Sizes:
    title: float
    heading: float
    body: float
    small: float
    leading: float  # as a multiple of the font size


NORMAL_SIZES = Sizes(title=18, heading=14, body=12, small=10.5, leading=1.6)
LARGE_SIZES = Sizes(title=26, heading=20, body=18, small=15, leading=1.65)


@dataclass(frozen=True)
class DocumentStyles:
    large_print: bool
    sizes: Sizes
    title: ParagraphStyle      # centred, bold: 人民调解协议书
    subtitle: ParagraphStyle   # centred line under the title: case number, copy note
    heading: ParagraphStyle    # bold section heading: 一、…… (use builder.heading)
    body: ParagraphStyle       # justified prose, first line indented two characters
    plain: ParagraphStyle      # body size without indent: lists, addresses, options
    small: ParagraphStyle      # notes and footers


def _style(name: str, size: float, sizes: Sizes, font: str = SERIF, **extra) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=round(size * sizes.leading, 1),
        wordWrap="CJK",  # break between any two Chinese characters, not only at spaces
        allowWidows=0, allowOrphans=0, **extra)


@lru_cache(maxsize=2)
def document_styles(large_print: bool = False) -> DocumentStyles:
    """The style set for one document; `large_print` switches every size at once."""
    register_fonts()
    s = LARGE_SIZES if large_print else NORMAL_SIZES
    prefix = "Large" if large_print else "Normal"
    return DocumentStyles(
        large_print=large_print,
        sizes=s,
        title=_style(f"{prefix}Title", s.title, s, SERIF_BOLD, alignment=TA_CENTER,
                     spaceAfter=s.title * 0.6),
        subtitle=_style(f"{prefix}Subtitle", s.body, s, alignment=TA_CENTER,
                        spaceAfter=s.body * 0.8),
        heading=_style(f"{prefix}Heading", s.heading, s, SERIF_BOLD, alignment=TA_LEFT,
                       spaceBefore=s.heading * 0.6, spaceAfter=s.heading * 0.2),
        body=_style(f"{prefix}Body", s.body, s, alignment=TA_JUSTIFY,
                    firstLineIndent=2 * s.body, spaceAfter=s.body * 0.3),
        plain=_style(f"{prefix}Plain", s.body, s, alignment=TA_LEFT,
                     spaceAfter=s.body * 0.3),
        small=_style(f"{prefix}Small", s.small, s, alignment=TA_LEFT),
    )

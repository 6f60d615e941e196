"""User text on the page: escaped Paragraph markup and canvas strings with font fallback.

Control-character policy (what a typed or pasted string may contain):
* line breaks (CR LF, CR, LF, VT, FF, NEL, U+2028/2029) become a line break in a
  Paragraph and a space in a one-line canvas string;
* a tab becomes a space;
* other control and invisible format characters (Unicode categories Cc and Cf: NUL,
  DEL, zero-width space, BOM, bidi marks, soft hyphen...) and variation selectors are
  dropped: they draw nothing, and reportlab cannot apply a variation selector anyway
  (the base character is printed, and is what the PDF's text layer gives back);
* everything else must be drawn by a bundled font, or MissingGlyphError names it.
"""
from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, _handleBulletWidth, cjkU, makeCJKParaLine

from microcourt.documents.fonts import (
    SERIF,
    MissingGlyphError,
    font_runs,
    register_fonts,
    unprintable_chars,
)
from microcourt.documents.linebreak import fill_lines

_LINE_BREAK = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")
_VARIATION_SELECTORS = ({*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0),
                         *range(0x180B, 0x1810)})


def _dropped(char: str) -> bool:
    return (unicodedata.category(char) in ("Cc", "Cf")
            or ord(char) in _VARIATION_SELECTORS)


def normalise_for_print(text: str) -> str:
    """Apply the control-character policy above; line breaks come out as '\\n'."""
    text = _LINE_BREAK.sub("\n", text).replace("\t", " ")
    return "".join(char for char in text if char == "\n" or not _dropped(char))


def check_printable(text: str, field: str = "") -> None:
    """Raise MissingGlyphError (carrying `field`, for a form) for the first character
    of `text` that no bundled font can draw. Cheap enough to call as a name is typed."""
    missing = unprintable_chars(normalise_for_print(text).replace("\n", ""))
    if missing:
        raise MissingGlyphError(missing[0], field)


def paragraph_markup(text: str, base_font: str = SERIF, paragraph_font: str | None = None) -> str:
    """reportlab Paragraph markup that prints `text` literally (`<b>&` stays `<b>&`).

    Each character is drawn by the first font of `base_font`'s chain that has it;
    runs in `paragraph_font` (the style's font, by default `base_font`) need no tag.
    """
    register_fonts()
    enclosing = paragraph_font or base_font
    lines = normalise_for_print(text).split("\n")
    return "<br/>".join(_line_markup(line, base_font, enclosing) for line in lines)


def _line_markup(line: str, base_font: str, enclosing: str) -> str:
    parts = []
    for font, run in font_runs(line, base_font):
        escaped = escape(run)
        parts.append(escaped if font == enclosing else f'<font name="{font}">{escaped}</font>')
    return "".join(parts)


class LegalParagraph(Paragraph):
    """A Paragraph whose lines break by documents.linebreak's rules: no closing mark at
    a line's start, no ID number, case number, date or amount cut in two, nothing past
    the line's width. (Every style here wraps as CJK, so this is the one line breaker.)"""

    def breakLinesCJK(self, maxWidths):  # noqa: N802 (reportlab's name)
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]  # noqa: N806
        style = self.style
        self.height = 0
        _handleBulletWidth(self.bulletText, style, maxWidths)
        frags = self.frags
        if len(frags) == 1 and not hasattr(frags[0], "cbDefn") and not style.endDots:
            return self._one_font_lines(frags[0], maxWidths)
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara  # the second part of a split: lines already made
        units = []
        for frag in frags:  # one unit per character; an empty frag is a <br/>
            if frag.text:
                units.extend(cjkU(char, frag, "utf8") for char in frag.text)
            else:
                units.append(cjkU("", frag, "utf8"))
        if not units:
            return ParaLines(kind=0, fontSize=style.fontSize, fontName=style.fontName,
                             textColor=style.textColor, lines=[], ascent=style.fontSize,
                             descent=-0.2 * style.fontSize)
        forced = {n for n, unit in enumerate(units) if hasattr(unit.frag, "lineBreak")}
        widths = [unit.width for unit in units]
        calc_bounds = getattr(self, "autoLeading", getattr(style, "autoLeading", "")) \
            not in ("", "off")
        lines = []
        text = "".join(unit or "\n" for unit in units)
        for number, (start, end) in enumerate(fill_lines(text, widths, maxWidths, forced)):
            width = maxWidths[min(number, len(maxWidths) - 1)]
            used = sum(widths[start:end])
            lines.append(makeCJKParaLine(units[start:end], width, used, width - used,
                                         end - 1 in forced, calc_bounds))
        return ParaLines(kind=1, lines=lines)

    def _one_font_lines(self, frag, max_widths):
        """Most paragraphs are in one font: plain (extra space, [text]) lines, as
        reportlab's own one-font path makes them, without a unit object per character."""
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return frag.clone(kind=0, lines=self.blPara.lines)
        text = frag.text if hasattr(frag, "text") else "".join(getattr(frag, "words", []))
        widths = char_widths(text, frag.fontName, frag.fontSize)
        lines = []
        for number, (start, end) in enumerate(fill_lines(text, widths, max_widths)):
            width = max_widths[min(number, len(max_widths) - 1)]
            piece = text[start:end].rstrip(" ")
            lines.append((width - sum(widths[start:start + len(piece)]), [piece]))
        return frag.clone(kind=0, lines=lines, ascent=frag.fontSize,
                          descent=-0.2 * frag.fontSize)


def char_widths(text: str, font_name: str, size: float) -> list[float]:
    """The width of each character of `text` in one font (a bundled TrueType face's own
    table, read directly: this runs for every character of every document)."""
    face = getattr(pdfmetrics.getFont(font_name), "face", None)
    table = getattr(face, "charWidths", None)
    if table is None:
        return [pdfmetrics.stringWidth(char, font_name, size) for char in text]
    default, scale = face.defaultWidth, size * 0.001
    return [table.get(ord(char), default) * scale for char in text]


def paragraph(text: str, style) -> Paragraph:
    """A Paragraph printing user `text` literally in `style` (whose font starts the chain)."""
    return LegalParagraph(paragraph_markup(text, style.fontName), style)


def _one_line_runs(text: str, base_font: str) -> list[tuple[str, str]]:
    register_fonts()
    return font_runs(normalise_for_print(text).replace("\n", " "), base_font)


def string_width(text: str, size: float, base_font: str = SERIF) -> float:
    """Width in points of `text` drawn by draw_string at `size`."""
    return sum(pdfmetrics.stringWidth(run, font, size)
               for font, run in _one_line_runs(text, base_font))


def draw_string(canvas, x: float, y: float, text: str, size: float,
                base_font: str = SERIF, align: str = "left") -> float:
    """Draw one line of `text` on a reportlab canvas with the same per-character fallback
    as paragraphs; `align` is left, centre or right of `x`. Returns the width drawn."""
    runs = _one_line_runs(text, base_font)
    widths = [pdfmetrics.stringWidth(run, font, size) for font, run in runs]
    total = sum(widths)
    offsets = {"left": 0.0, "centre": total / 2, "right": total}
    if align not in offsets:
        raise ValueError(f"align must be left, centre or right, not {align!r}")
    # one text object with font switches, so copying the line gives it back in one piece
    # (inside q/Q: the PDF's current font must be the canvas's own again afterwards)
    canvas.saveState()
    text_object = canvas.beginText(x - offsets[align], y)
    for font, run in runs:
        text_object.setFont(font, size)
        text_object.textOut(run)
    canvas.drawText(text_object)
    canvas.restoreState()
    return total

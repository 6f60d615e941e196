"""Tables on legal documents: one cell style set, one grid, and column widths taken from
what the cells hold.

A column is as wide as its widest item that may not break (an ID number, a case number,
an amount: documents.linebreak) and, when the page allows, as wide as its longest line;
what is left goes to the columns marked flexible (names, addresses, notes), so an ID
number sits on one line and an address wraps instead. reportlab splits a table only
between rows, with its header row repeated on every page.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

from microcourt.documents.fonts import SERIF
from microcourt.documents.linebreak import STRICT, break_opportunities
from microcourt.documents.styles import TEXT_WIDTH, DocumentStyles, document_styles
from microcourt.documents.text import paragraph, string_width

PADDING = 3
_SLACK = 2  # points beyond the measured text: rounding in reportlab's own measuring


def cell_styles(styles: DocumentStyles) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """(left, centred, right-aligned) cell styles: 10.5 pt, or 16 pt in large print
    (large print keeps every figure at 16 pt or more)."""
    return _cell_styles(styles.large_print)


@lru_cache(maxsize=2)
def _cell_styles(large_print: bool) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    styles = document_styles(large_print)
    size = 16.0 if large_print else styles.sizes.small
    base = ParagraphStyle(f"{styles.plain.name}Cell", parent=styles.plain, fontSize=size,
                          leading=round(size * 1.35, 1), firstLineIndent=0, spaceAfter=0,
                          spaceBefore=0)
    centred = ParagraphStyle(f"{base.name}C", parent=base, alignment=TA_CENTER)
    right = ParagraphStyle(f"{base.name}R", parent=base, alignment=TA_RIGHT)
    return base, centred, right


def grid_style(header_rows: int = 1, extra: tuple = ()) -> TableStyle:
    shading = (("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#EEEEEE")),
               ) if header_rows else ()
    return TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), SERIF),  # empty cells would name Helvetica
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), PADDING), ("BOTTOMPADDING", (0, 0), (-1, -1), PADDING),
        *shading, *extra])


def cell_width(text: str, style: ParagraphStyle) -> float:
    """A column width that holds `text` on one line."""
    return string_width(text, style.fontSize) + 2 * PADDING + _SLACK


def unbroken_width(text: str, style: ParagraphStyle) -> float:
    """A column width that holds the widest piece of `text` that may not break (an item
    with the marks that keep to it: （330185********4504）)."""
    widest = 0.0
    for line in text.split("\n"):
        allowed = break_opportunities(line)
        start = 0
        for index in range(1, len(line) + 1):
            if index == len(line) or allowed[index] == STRICT:
                piece = line[start:index].strip()
                if piece:
                    widest = max(widest, string_width(piece, style.fontSize))
                start = index
    return widest + 2 * PADDING + _SLACK


def column_needs(columns: Sequence[Sequence[str]], cell_style: Sequence[ParagraphStyle],
                 floors: Mapping[int, str] | None = None) -> tuple[list[float], list[float]]:
    """(minimum, natural) width per column: its widest unbreakable piece (or the width of
    its `floors` sample, e.g. four characters for a name column), its longest line."""
    floors = floors or {}
    minimum = [max([unbroken_width(t, s) for t in texts]
                   + ([cell_width(floors[i], s)] if i in floors else []), default=0.0)
               for i, (texts, s) in enumerate(zip(columns, cell_style))]
    natural = [max(m, max((cell_width(line, s) for t in texts for line in t.split("\n")),
                          default=0.0))
               for texts, s, m in zip(columns, cell_style, minimum)]
    return minimum, natural


def fits_on_one_line(columns: Sequence[Sequence[str]], cell_style: Sequence[ParagraphStyle],
                     flexible: set[int], total: float = TEXT_WIDTH,
                     floors: Mapping[int, str] | None = None) -> bool:
    """Whether the fixed columns can have their longest line beside the flexible ones'
    minimum."""
    minimum, natural = column_needs(columns, cell_style, floors)
    return sum(minimum[i] if i in flexible else natural[i]
               for i in range(len(columns))) <= total


def fit_columns(columns: Sequence[Sequence[str]], cell_style: Sequence[ParagraphStyle],
                flexible: set[int], total: float = TEXT_WIDTH,
                floors: Mapping[int, str] | None = None) -> list[float]:
    """Widths for columns holding `columns[i]` (every cell's text, header included):
    each at least its minimum (column_needs), fixed columns at their longest line when
    that fits, the rest of `total` shared by the `flexible` ones by their longest line."""
    minimum, natural = column_needs(columns, cell_style, floors)
    widths = [natural[i] if i not in flexible else minimum[i] for i in range(len(columns))]
    if sum(widths) > total:  # fixed columns wrap too: each keeps its unbreakable minimum,
        fixed = [i for i in range(len(columns)) if i not in flexible]  # and they get the
        widths = _spread(minimum, natural, fixed, total)  # room first (a status, a
    return _spread(widths, natural, flexible, total)  # category on one line if it can)


def _spread(widths: list[float], wanted: list[float], takers, total: float) -> list[float]:
    """Give the room left to `takers`: the least hungry first, each at most an equal share
    of what is left (so a status column gets its one more character before an address
    gets twenty), then what remains in proportion to what they want."""
    widths = list(widths)
    spare = total - sum(widths)
    takers = sorted(takers, key=lambda i: wanted[i] - widths[i])
    if spare <= 0 or not takers:
        return widths
    for position, i in enumerate(takers):
        give = min(max(wanted[i] - widths[i], 0.0), spare / (len(takers) - position))
        widths[i] += give
        spare -= give
    weight = sum(wanted[i] for i in takers) or len(takers)
    for i in takers:
        widths[i] += spare * (wanted[i] or 1) / weight
    return widths


def text_table(rows: Sequence[Sequence[str]], cell_style: Sequence[ParagraphStyle],
               flexible: set[int], *, header_rows: int = 1,
               header_style: ParagraphStyle | None = None, extra: tuple = (),
               total: float = TEXT_WIDTH, floors: Mapping[int, str] | None = None) -> Table:
    """A grid of text cells (`header_rows` header rows first), columns fitted by
    fit_columns, split between rows with the header repeated."""
    header = header_style or cell_style[0]
    columns = list(zip(*rows)) if rows else []
    widths = fit_columns(columns, cell_style, flexible, total, floors)
    cells = [[paragraph(text, header if n < header_rows else cell_style[c])
              for c, text in enumerate(row)] for n, row in enumerate(rows)]
    return Table(cells, colWidths=widths, repeatRows=header_rows, hAlign="LEFT",
                 style=grid_style(header_rows, extra))


def form_table(rows: Sequence[tuple[str, str]], styles: DocumentStyles) -> Table:
    """A two-column form as court forms have it: shaded labels, each on one line, on the
    left; the values, which wrap, on the right."""
    left, _, _ = cell_styles(styles)
    shading = (("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#EEEEEE")),)
    return text_table([list(row) for row in rows], [left, left], flexible={1}, header_rows=0,
                      extra=shading)

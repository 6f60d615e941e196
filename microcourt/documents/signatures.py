"""Signature blocks: printed name, a line to sign on, a date to fill in by hand and a box
for the fingerprint (按指印), as agreements, notices and filings need them.

Drawn on the canvas rather than with tables so lines and boxes sit exactly where a
shaky hand expects them, at the size of the document's body text.
"""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from microcourt.documents.fonts import SERIF
from microcourt.documents.styles import DocumentStyles
from microcourt.documents.text import check_printable, draw_string, string_width

LINE = "line"    # label, then a line to write on
DATE = "date"    # label, then ____年____月____日
TEXT = "text"    # label, then a printed value (e.g. the party's name)

FINGERPRINT_BOX = 30 * mm  # wide enough for a thumb print with room around it
_GAP = 6 * mm


@dataclass(frozen=True)
class SignatureRow:
    label: str
    kind: str = LINE
    value: str = ""


class SignatureBlock(Flowable):
    """Rows of label + line/date/value, with an optional fingerprint box on the right."""

    def __init__(self, styles: DocumentStyles, rows: list[SignatureRow],
                 fingerprint: bool = False, fingerprint_caption: str = "请在此处按指印"):
        super().__init__()
        for row in rows:
            check_printable(row.label + row.value)  # fail before layout, naming the char
        self.rows = rows
        self.size = styles.sizes.body
        self.caption_size = styles.sizes.small * 0.8
        self.fingerprint = fingerprint
        self.caption = fingerprint_caption
        self.row_height = self.size * 2.6

    def wrap(self, available_width, available_height):
        self.width = available_width
        rows_height = self.row_height * len(self.rows)
        self.height = max(rows_height, FINGERPRINT_BOX if self.fingerprint else 0)
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        right = self.width - (FINGERPRINT_BOX + _GAP if self.fingerprint else 0)
        label_width = max(string_width(row.label, self.size) for row in self.rows)
        for index, row in enumerate(self.rows):
            baseline = self.height - (index + 1) * self.row_height + self.size * 0.6
            draw_string(canvas, 0, baseline, row.label, self.size)
            self._draw_field(row, label_width + self.size * 0.5, right, baseline)
        if self.fingerprint:
            self._draw_fingerprint_box(self.width - FINGERPRINT_BOX)

    def _draw_field(self, row: SignatureRow, left: float, right: float, baseline: float):
        canvas = self.canv
        underline = baseline - self.size * 0.25
        if row.kind == TEXT:
            draw_string(canvas, left, baseline, row.value, self.size)
            return
        canvas.setLineWidth(0.8)
        if row.kind == LINE:
            canvas.line(left, underline, right, underline)
            return
        # date: three blanks, each followed by 年 / 月 / 日; the year blank is wider
        cursor = left
        for blank, unit in ((4.5, "年"), (2.5, "月"), (2.5, "日")):
            end = cursor + blank * self.size
            canvas.line(cursor, underline, end, underline)
            cursor = end + self.size * 0.15
            cursor += draw_string(canvas, cursor, baseline, unit, self.size) + self.size * 0.3

    def _draw_fingerprint_box(self, left: float):
        canvas = self.canv
        top = self.height
        canvas.saveState()
        canvas.setLineWidth(0.8)
        canvas.setDash(3, 2)
        canvas.rect(left, top - FINGERPRINT_BOX, FINGERPRINT_BOX, FINGERPRINT_BOX)
        canvas.setFillColor(colors.grey)
        size = min(self.caption_size, (FINGERPRINT_BOX - 4 * mm) / max(len(self.caption), 1))
        draw_string(canvas, left + FINGERPRINT_BOX / 2, top - FINGERPRINT_BOX + 3 * mm,
                    self.caption, size, SERIF, align="centre")
        canvas.restoreState()

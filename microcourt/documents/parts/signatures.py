"""The one signature block of every document: a printed name, a line to sign on, a date
to fill in by hand and a box for the fingerprint (按指印); a table when many people
sign; the issuer's seal.

Each piece is one flowable, so a page break never splits it (a table splits only
between rows, its header repeated). Each says what it is (`layout_role`), so the
builder can keep the seal with the last signatures and the lint can find them, and
records where it was drawn (builder.LayoutRecord). Drawn on the canvas so lines and
boxes sit exactly where a shaky hand expects them, at the body text's size.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table

from microcourt.documents.fonts import SERIF
from microcourt.documents.parts.tables import cell_styles, cell_width, grid_style
from microcourt.documents.styles import TEXT_WIDTH, DocumentStyles
from microcourt.documents.text import check_printable, draw_string, paragraph, string_width

LINE = "line"    # label, then a line to write on
DATE = "date"    # label, then ____年____月____日
TEXT = "text"    # label, then a printed value (e.g. the party's name)

# Roles the builder and the lint know (builder.apply_layout_rules).
SIGNATURE, SEAL = "signature", "seal"
FINGERPRINT_BOX = 30 * mm        # a single signer's box: a thumb with room around it
TABLE_FINGERPRINT = 20 * mm      # the least a box may be, in a table of many signers
MIN_FINGERPRINT = 20 * mm
SEAL_SPACE = 45 * mm             # a committee or court seal is about 42 mm across
COMPACT_FROM = 6                 # from this many people, one table instead of blocks
DATE_BLANKS = "年    月    日"    # a plain cell string: a Paragraph would collapse spaces
_GAP = 6 * mm


def record(flowable: Flowable, kind: str, width: float, height: float) -> None:
    """Note on the canvas what was drawn on which page (see builder.LayoutRecord)."""
    notes = getattr(flowable.canv, "layout_record", None)
    if notes is not None:
        notes.add(flowable.canv.getPageNumber(), kind, width, height)


@dataclass(frozen=True)
class SignatureRow:
    label: str
    kind: str = LINE
    value: str = ""


@dataclass(frozen=True)
class Signer:
    """Someone who signs: `label` as the document names them (申请人, 委托人 ...)."""

    label: str
    name: str
    is_organization: bool = False


class SignatureBlock(Flowable):
    """Rows of label + line/date/value, with an optional fingerprint box on the right."""

    layout_role = SIGNATURE

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

    @property
    def signs(self) -> bool:
        """True when someone signs here (a date line alone is not a signature)."""
        return any(row.kind == LINE for row in self.rows) or self.fingerprint

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
            draw_fingerprint_box(canvas, self.width - FINGERPRINT_BOX, self.height,
                                 FINGERPRINT_BOX, self.caption, self.caption_size)
            record(self, "fingerprint", FINGERPRINT_BOX, FINGERPRINT_BOX)
        record(self, "signature" if self.signs else "date", self.width, self.height)

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


def draw_fingerprint_box(canvas, left: float, top: float, side: float, caption: str = "",
                         caption_size: float = 8.0) -> None:
    """A dashed square `side` wide whose top left corner is at (left, top)."""
    canvas.saveState()
    canvas.setLineWidth(0.8)
    canvas.setDash(3, 2)
    canvas.rect(left, top - side, side, side)
    if caption:
        canvas.setFillColor(colors.grey)
        size = min(caption_size, (side - 4 * mm) / max(len(caption), 1))
        draw_string(canvas, left + side / 2, top - side + 3 * mm, caption, size, SERIF,
                    align="centre")
    canvas.restoreState()


class FingerprintBox(Flowable):
    """The box a signer presses a thumb in, inside a signature table's cell."""

    def __init__(self, side: float = TABLE_FINGERPRINT):
        super().__init__()
        self.side = side

    def wrap(self, available_width, available_height):
        self.width = self.height = self.side
        return self.side, self.side

    def draw(self):
        draw_fingerprint_box(self.canv, 0, self.side, self.side)
        record(self, "fingerprint", self.side, self.side)


class SealBlock(Flowable):
    """The issuer's name with （印章）, room for the seal, and the date; one flowable.
    The builder keeps it on the page of the last signatures (never alone)."""

    layout_role = SEAL

    def __init__(self, issuer: str, styles: DocumentStyles, date_text: str = "",
                 align_right: bool = False, space: float = SEAL_SPACE):
        """`date_text` prints the date (a notice dated when issued), else a date line to
        fill in; `space` is the room left for the seal between name and date. With a
        printed date and no `space`, name and date share one line (a notice is stamped
        over them, as court notices are). A long name wraps like any paragraph."""
        super().__init__()
        style = ParagraphStyle(f"{styles.plain.name}Seal", parent=styles.plain,
                               alignment=TA_RIGHT if align_right else TA_LEFT, spaceAfter=0)
        name = f"{issuer}（印章）"
        if date_text and not space:
            name += f"　{date_text}"
        self.name = paragraph(name, style)
        self.date = paragraph(date_text, style) if date_text and space else None
        self.date_rows = None if date_text else SignatureBlock(styles, [SignatureRow("日期：",
                                                                                     DATE)])
        self.space = space

    def wrap(self, available_width, available_height):
        self.width = available_width
        self.parts = [part for part in (self.name, self.date, self.date_rows) if part]
        heights = [part.wrap(available_width, available_height)[1] for part in self.parts]
        self.height = sum(heights) + (self.space if len(self.parts) > 1 else 0)
        self.heights = heights
        return self.width, self.height

    def draw(self):
        top = self.height
        for index, (part, height) in enumerate(zip(self.parts, self.heights)):
            top -= height + (self.space if index == 1 else 0)
            part.drawOn(self.canv, 0, top)
        record(self, "seal", self.width, self.height)


def signatures_grid(header: list, body: list[list], widths: list[float], row_height: float,
                    extra: tuple) -> Table:
    """One row per signer: 序号, name, a space to sign, a fingerprint box, the date, the
    header repeated on every page. It keeps what made it (`signature_rows`), so the
    builder may cut off its last rows (split_tail) to keep them with the seal."""
    table = Table([header, *body], colWidths=widths,
                  rowHeights=[None] + [row_height] * len(body), repeatRows=1, hAlign="LEFT",
                  style=grid_style(1, extra))
    table.layout_role = SIGNATURE
    table.signature_rows = (header, body, widths, row_height, extra)
    return table


def split_tail(table: Table, rows: int) -> tuple[Table | None, TableTail]:
    """A signatures_grid without its last `rows` rows (None if nothing is left), and
    those rows as a TableTail."""
    header, body, widths, height, extra = table.signature_rows
    rows = min(rows, len(body))
    head = signatures_grid(header, body[:-rows], widths, height, extra) \
        if len(body) > rows else None
    return head, TableTail(header, body[-rows:], widths, height, extra)


class TableTail(Flowable):
    """The last rows of a signature table: drawn on under the rows before them, or, when
    they begin a page, under the table's header row again."""

    layout_role = SIGNATURE

    def __init__(self, header, body, widths, row_height, extra):
        super().__init__()
        self.bare = Table(body, colWidths=widths, rowHeights=[row_height] * len(body),
                          hAlign="LEFT", style=grid_style(0, _shifted(extra, -1)))
        self.headed = Table([header, *body], colWidths=widths,
                            rowHeights=[None] + [row_height] * len(body), hAlign="LEFT",
                            style=grid_style(1, extra))
        self.table = self.bare

    def wrap(self, available_width, available_height):
        frame = getattr(self, "_frame", None)
        self.table = self.headed if getattr(frame, "_atTop", False) else self.bare
        self.width, self.height = self.table.wrap(available_width, available_height)
        return self.width, self.height

    def draw(self):
        self.table.drawOn(self.canv, 0, 0)


def _shifted(commands: tuple, rows: int) -> tuple:
    """Table style commands for the body rows moved up by `rows` (a negative index,
    counted from the end, stays as it is)."""
    moved = []
    for name, (c0, r0), (c1, r1), *rest in commands:
        moved.append((name, (c0, max(r0 + rows, 0) if r0 >= 0 else r0),
                      (c1, max(r1 + rows, 0) if r1 >= 0 else r1), *rest))
    return tuple(moved)


def person_block(label: str, name: str, styles: DocumentStyles) -> SignatureBlock:
    return SignatureBlock(styles, [SignatureRow(f"{label}：", TEXT, name),
                                   SignatureRow("签名（按指印）："),
                                   SignatureRow("日期：", DATE)], fingerprint=True)


def organization_block(label: str, name: str, styles: DocumentStyles,
                       who_signs: str = "法定代表人或委托代理人签名：") -> SignatureBlock:
    return SignatureBlock(styles, [SignatureRow(f"{label}（盖章）：", TEXT, name),
                                   SignatureRow(who_signs), SignatureRow("日期：", DATE)])


def date_block(label: str, styles: DocumentStyles) -> SignatureBlock:
    return SignatureBlock(styles, [SignatureRow(label, DATE)])


def signer_blocks(signers: Sequence[Signer], styles: DocumentStyles,
                  caption: str) -> list[Flowable]:
    """Every signer's block in order, a gap between; from COMPACT_FROM people, the people
    sign in one table headed `caption` and the organizations' blocks follow it."""
    gap = styles.sizes.body * 0.6
    people = [s for s in signers if not s.is_organization]
    story: list[Flowable] = []
    if len(people) >= COMPACT_FROM:
        story += signature_table([s.name for s in people], caption, styles)
        signers = [s for s in signers if s.is_organization]
    for signer in signers:
        if story:
            story.append(Spacer(1, gap))
        story.append(organization_block(signer.label, signer.name, styles)
                     if signer.is_organization else person_block(signer.label, signer.name,
                                                                 styles))
    return story


def signature_table(names: Sequence[str], caption: str,
                    styles: DocumentStyles) -> list[Flowable]:
    """A caption and one row per name: 序号, name, a space to sign, a fingerprint box of
    at least 20 × 20 mm, the date. Rows never split; the header repeats on every page."""
    left, centred, _ = cell_styles(styles)
    row_height = TABLE_FINGERPRINT + 2 * mm
    seq_w = max(cell_width(str(len(names)), centred), cell_width("序号", centred))
    name_w = min(max(cell_width(name, left) for name in [*names, "阿依古丽"]),
                 TEXT_WIDTH * 0.3)  # a longer name takes a second line
    date_w = cell_width("  " + DATE_BLANKS, left)
    print_w = TABLE_FINGERPRINT + 2 * 3 + 2
    sign_w = TEXT_WIDTH - seq_w - name_w - date_w - print_w
    header = [paragraph(h, centred) for h in ("序号", "姓名", "签名", "按指印", "日期")]
    body = [[paragraph(str(n), centred), paragraph(name, left), "", FingerprintBox(),
             DATE_BLANKS] for n, name in enumerate(names, start=1)]
    extra = (("FONTSIZE", (4, 1), (4, -1), left.fontSize), ("ALIGN", (4, 1), (4, -1), "RIGHT"),
             ("ALIGN", (3, 1), (3, -1), "CENTER"))
    # the caption goes to the next page with the table's first rows, never alone
    needed = styles.plain.leading * 2 + row_height * 2
    return [CondPageBreak(needed), paragraph(caption, styles.plain),
            signatures_grid(header, body, [seq_w, name_w, sign_w, print_w, date_w],
                            row_height, extra)]

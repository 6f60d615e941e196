"""Building a document: A4 pages numbered “第 N 页 共 M 页”, the layout rules every
document keeps, written atomically.

A document module makes a list of flowables (paragraphs from text.paragraph, tables,
parts.signatures blocks) and hands it to `build_pdf`. Before layout the builder applies
the rules no document may break (apply_layout_rules): the issuer's seal stays on the
page of the last signatures, "此致" stays with the addressee below it. The line rules
(no closing mark at a line's start, no ID number cut in two) are text.LegalParagraph's,
which every paragraph is. While drawing, signature blocks, fingerprint boxes and seals
note where they went (LayoutRecord), which render_pdf returns for checking.

The PDF is written to a temporary file in the target folder and moved into place with
os.replace, so a failed run leaves neither a half-written PDF nor a stray temporary
file, and an old copy stays intact.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, SimpleDocTemplate, Spacer

from microcourt import errors
from microcourt.documents.fonts import SERIF
from microcourt.documents.parts.signatures import MIN_FINGERPRINT, SEAL, SIGNATURE, split_tail
from microcourt.documents.styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
    DocumentStyles,
)
from microcourt.documents.text import draw_string, paragraph

AUTHOR = "微法庭助手"


SALUTATION = "此致"  # the court's name follows on the next line, on the same page


@dataclass
class LayoutRecord:
    """What the signature parts drew on which page: (page, kind, width, height), kind
    being signature, date, fingerprint or seal."""

    drawn: list[tuple[int, str, float, float]] = field(default_factory=list)

    def add(self, page: int, kind: str, width: float, height: float) -> None:
        self.drawn.append((page, kind, width, height))

    def pages(self, kind: str) -> set[int]:
        return {page for page, what, _, _ in self.drawn if what == kind}

    def problems(self) -> list[str]:
        """Broken layout rules, in words (empty when there are none)."""
        found = [f"seal alone on page {page}" for page in sorted(self.pages("seal"))
                 if self.pages("signature") and page not in self.pages("signature")]
        found += [f"fingerprint box {w / mm:.1f} x {h / mm:.1f} mm on page {page}"
                  for page, what, w, h in self.drawn
                  if what == "fingerprint" and min(w, h) < MIN_FINGERPRINT - 0.01]
        return found


class _NumberedCanvas(Canvas):
    """Holds every page back until the end, when the page count M is known."""

    footer_size: float = 10.5

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict] = []
        self.layout_record = LayoutRecord()

    def showPage(self):  # noqa: N802 (reportlab's name)
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._held_pages)
        for number, state in enumerate(self._held_pages, start=1):
            self.__dict__.update(state)
            draw_string(self, PAGE_SIZE[0] / 2, MARGIN_BOTTOM / 2,
                        f"第 {number} 页 共 {total} 页", self.footer_size, align="centre")
            super().showPage()
        super().save()


def _canvas_maker(footer_size: float) -> Callable[..., Canvas]:
    def make(*args, **kwargs) -> Canvas:
        canvas = _NumberedCanvas(*args, **kwargs)
        canvas.footer_size = footer_size
        return canvas
    return make


def heading(text: str, styles: DocumentStyles, lines_after: int = 3) -> list[Flowable]:
    """A section heading that starts a new page unless `lines_after` body lines fit under
    it. (keepWithNext would move the whole next paragraph, leaving half a page empty.)"""
    needed = (styles.heading.leading + styles.heading.spaceBefore + styles.heading.spaceAfter
              + lines_after * styles.body.leading)
    return [CondPageBreak(needed), paragraph(text, styles.heading)]


def apply_layout_rules(story: Iterable[Flowable]) -> list[Flowable]:
    """The story with its layout rules made binding: "此致" keeps with the next line (the
    addressee), and each seal is grouped with the signatures before it (the last two,
    or a signature table's last two rows), or with the content before it where nobody
    signs (a notice), so it never stands alone on a page."""
    result: list[Flowable] = []
    for flowable in story:
        if getattr(flowable, "text", None) == SALUTATION:
            flowable.keepWithNext = 1
        if getattr(flowable, "layout_role", None) == SEAL:
            result = _glue_seal(result, flowable)
        else:
            result.append(flowable)
    return result


def _glue_seal(before: list[Flowable], seal: Flowable) -> list[Flowable]:
    group = [seal]
    signatures, index = 0, len(before)
    while index > 0 and signatures < 2:
        flowable = before[index - 1]
        if hasattr(flowable, "signature_rows"):  # its last rows come along, not all 77
            head, tail = split_tail(flowable, 2)
            group.insert(0, tail)
            before = before[:index - 1] + ([head] if head is not None else [])
            index = len(before)
            break
        if getattr(flowable, "layout_role", None) == SIGNATURE:
            signatures += 1
        elif not isinstance(flowable, (Spacer, CondPageBreak)):
            if signatures:
                break
            signatures = 2  # nobody signs: the seal keeps with the last content
        group.insert(0, flowable)
        index -= 1
    return before[:index] + [KeepTogether(group)]


def render_pdf(destination: str | os.PathLike | BinaryIO, story: Iterable[Flowable], *,
               title: str, styles: DocumentStyles, subject: str = "") -> LayoutRecord:
    """Lay `story` out on numbered A4 pages into a path or binary file object, with the
    layout rules applied; returns what the signature parts drew where.
    Not atomic by itself: to write a file for the user, call build_pdf."""
    target = os.fspath(destination) if isinstance(destination, (str, os.PathLike)) else destination
    doc = SimpleDocTemplate(
        target, pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=title, author=AUTHOR, subject=subject, creator=AUTHOR,
        lang="zh-CN",
        initialFontName=SERIF,  # else every page names an unembedded Helvetica
    )
    doc.build(apply_layout_rules(story), canvasmaker=_canvas_maker(styles.sizes.small))
    return doc.canv.layout_record


def build_pdf(out_path: str | os.PathLike, story: Iterable[Flowable], *,
              title: str, styles: DocumentStyles, subject: str = "") -> Path:
    """Write the document to `out_path` atomically and return the path."""
    return write_atomically(out_path, lambda temp: render_pdf(
        temp, story, title=title, styles=styles, subject=subject))


def write_atomically(out_path: str | os.PathLike, write: Callable[[Path], None]) -> Path:
    """Call `write(temp_path)` for a temporary file beside `out_path`, flush it to disk,
    then move it over `out_path` in one step. On any failure nothing new is left behind."""
    target = Path(out_path)
    folder = target.parent
    if not folder.is_dir():
        raise errors.UserError(f"文件夹“{folder}”不存在，无法保存“{target.name}”。")
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                             dir=folder)
    except PermissionError:
        raise errors.UserError(f"没有权限在文件夹“{folder}”中保存文件，请换一个文件夹。") from None
    os.close(handle)
    temp = Path(temp_name)
    if os.name == "posix":
        os.chmod(temp, 0o644)  # mkstemp makes 0600; a saved document is an ordinary file
    try:
        write(temp)
        with open(temp, "rb+") as written:
            os.fsync(written.fileno())
        _replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def _replace(temp: Path, target: Path) -> None:
    try:
        os.replace(temp, target)
    except PermissionError:
        # Windows refuses to replace a file that a PDF reader has open.
        raise errors.UserError(
            f"无法保存“{target}”：这个文件可能正被其他程序（如 PDF 阅读器）打开，"
            "请关闭后重试。") from None

"""A document's printed wording as a read-aloud script, taken from the very flowables
its PDF is made of, so what a party hears is what they sign (issue 18).

Each paragraph is a passage (headings and the title marked so the window can show
them), a table row is one passage ("第1期，2027年1月10日前，13,000.00元，张三": a
column headed "金额（元）" lends its unit to the figures), a two-column form row reads
"label：value", and a signature block names who signs where. Spacers and page breaks
say nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from microcourt.documents.parts.signatures import TEXT, SealBlock, SignatureBlock
from microcourt.documents.styles import DocumentStyles
from microcourt.speech.script import Passage, Script

_FIGURE = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_UNIT = re.compile(r"（(元|万元)）$")


def story_script(title: str, story: Iterable[Flowable], styles: DocumentStyles) -> Script:
    kinds = {styles.title.name: "title", styles.subtitle.name: "title",
             styles.heading.name: "heading"}
    passages: list[Passage] = []
    for flowable in _flat(story):
        if isinstance(flowable, Paragraph):
            text = paragraph_text(flowable)
            if text:
                passages.append(Passage(text, kinds.get(flowable.style.name, "body")))
        elif isinstance(flowable, Table):
            passages += [Passage(row) for row in _table_rows(flowable)]
        elif isinstance(flowable, SignatureBlock):
            passages.append(Passage(_signature_text(flowable), "signature"))
        elif isinstance(flowable, SealBlock):  # 上田村人民调解委员会（印章）, and a date
            passages.append(Passage(paragraph_text(flowable.name), "signature"))
    return Script(title, tuple(passages))


def _flat(story: Iterable[Flowable]) -> Iterator[Flowable]:
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            yield from _flat(flowable._content)  # noqa: SLF001 - reportlab keeps it there
        elif isinstance(flowable, (list, tuple)):
            yield from _flat(flowable)
        else:
            yield flowable


def paragraph_text(paragraph: Paragraph) -> str:
    """The characters a paragraph prints (its markup and font switches gone); a line
    break inside it is kept as a line break."""
    parts = []
    for fragment in paragraph.frags:
        if getattr(fragment, "lineBreak", False):
            parts.append("\n")
        parts.append(getattr(fragment, "text", ""))
    return "".join(parts).strip()


def _cell_text(cell) -> str:
    if isinstance(cell, Paragraph):
        return paragraph_text(cell)
    if isinstance(cell, (list, tuple)):
        return "，".join(filter(None, (_cell_text(c) for c in cell)))
    return str(cell).strip() if isinstance(cell, str) else ""


def _table_rows(table: Table) -> list[str]:
    rows = [[_cell_text(cell).replace("\n", "，") for cell in row]
            for row in table._cellvalues]  # noqa: SLF001 - the cells as given to Table
    header_rows = table.repeatRows if isinstance(table.repeatRows, int) else 0
    if header_rows and len(rows) > header_rows:
        header, body = rows[header_rows - 1], rows[header_rows:]
        units = [found.group(1) if (found := _UNIT.search(label)) else "" for label in header]
        spoken = [[cell + units[i] if units[i] and _FIGURE.match(cell) else cell
                   for i, cell in enumerate(row)] for row in body]
        return ["，".join(filter(None, header))] + ["，".join(filter(None, row))
                                                     for row in spoken]
    lines = []
    for row in rows:
        cells = [cell for cell in row if cell]
        if len(row) == 2 and len(cells) == 2:
            lines.append(f"{cells[0]}：{cells[1]}")
        elif cells:
            lines.append("，".join(cells))
    return lines


def _signature_text(block: SignatureBlock) -> str:
    """'申请人：王𠮷，签名（按指印），日期': where each one signs."""
    bits = []
    for row in block.rows:
        label = row.label.rstrip("：: ").replace("　", "")
        bits.append(f"{label}：{row.value}" if row.kind == TEXT and row.value else label)
    if block.fingerprint:
        bits.append(block.caption)
    return "，".join(bits) + "。"

"""Binding the separate documents of a filing packet into one PDF, without re-rendering.

The court platforms take one file per application as well as the separate documents.
Laying the 77-claimant agreement out again for each of 77 packets would cost about a
quarter of a second each, so the combined PDF is made from the PDFs already rendered:
their objects are renumbered into one file, their pages listed in order under one page
tree, with a bookmark for each document. Each document keeps its own page numbers
(第 N 页 共 M 页), as a court expects of separate documents bound together.

This reads only what reportlab writes (a classic xref table, objects in the file
body, no object streams, no incremental updates), and refuses anything else. A parsed
document can be bound into any number of packets: the shared agreement is parsed once.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER_REF = re.compile(rb"/(Root|Info) (\d+) 0 R")
_REF = re.compile(rb"(?<![\d.])(\d+) 0 R(?![A-Za-z])")
_PAGES_REF = re.compile(rb"/Pages (\d+) 0 R")
_KIDS = re.compile(rb"/Kids \[([^\]]*)\]")
_PARENT = re.compile(rb"/Parent \d+ 0 R")
_STREAM = re.compile(rb">>\s*stream\r?\n")


class UnsupportedPdf(ValueError):
    """Not a PDF as reportlab writes it (the combiner does not handle other producers)."""


@dataclass(frozen=True)
class ParsedPdf:
    """A rendered document ready to bind: its objects by number and its pages in order."""

    objects: dict[int, bytes]    # number -> body between "N 0 obj" and "endobj"
    pages: tuple[int, ...]       # page object numbers in reading order


def parse_pdf(data: bytes) -> ParsedPdf:
    found = _STARTXREF.search(data[-64:])
    if not found:
        raise UnsupportedPdf("no startxref")
    xref_at = int(found.group(1))
    head = data[xref_at:xref_at + 64].split(b"\n")
    if head[0].strip() != b"xref":
        raise UnsupportedPdf("not a classic xref table")
    first, count = (int(n) for n in head[1].split())
    table_at = xref_at + len(head[0]) + len(head[1]) + 2
    offsets = {}
    for index in range(count):
        entry = data[table_at + 20 * index: table_at + 20 * index + 18].split()
        if len(entry) == 3 and entry[2] == b"n":
            offsets[first + index] = int(entry[0])
    trailer = dict((name, int(number)) for name, number in
                   _TRAILER_REF.findall(data[table_at + 20 * count:]))
    objects = _bodies(data, offsets, xref_at)
    if b"Root" not in trailer or trailer[b"Root"] not in objects:
        raise UnsupportedPdf("no document catalogue")
    catalogue = objects.pop(trailer[b"Root"])
    objects.pop(trailer.get(b"Info", 0), None)  # the combined file has its own
    pages_ref = _PAGES_REF.search(catalogue)
    if not pages_ref:
        raise UnsupportedPdf("no page tree")
    pages: list[int] = []
    _walk(objects, int(pages_ref.group(1)), pages)
    return ParsedPdf(objects, tuple(pages))


def _bodies(data: bytes, offsets: dict[int, int], end: int) -> dict[int, bytes]:
    starts = sorted(offsets.items(), key=lambda item: item[1])
    bodies = {}
    for position, (number, start) in enumerate(starts):
        stop = starts[position + 1][1] if position + 1 < len(starts) else end
        chunk = data[start:stop]
        header = f"{number} 0 obj".encode()
        if not chunk.startswith(header):
            raise UnsupportedPdf(f"object {number} is not where the xref says")
        body = chunk[len(header):].rstrip()
        if not body.endswith(b"endobj"):
            raise UnsupportedPdf(f"object {number} has no end")
        bodies[number] = body[:-len(b"endobj")].strip(b"\r\n")
    return bodies


def _walk(objects: dict[int, bytes], node: int, pages: list[int]) -> None:
    body = objects[node]
    kids = _KIDS.search(body)
    if b"/Type /Pages" in body and kids:
        del objects[node]  # the combined file has one page tree of its own
        for kid in _REF.findall(kids.group(1)):
            _walk(objects, int(kid), pages)
    else:
        pages.append(node)


def merge(parts: list[ParsedPdf]) -> ParsedPdf:
    """One parsed document of `parts`' pages in order (the scanned agreement's files), to
    bind as one document; the pages' /Parent is set again when it is bound."""
    objects: dict[int, bytes] = {}
    pages: list[int] = []
    for parsed in parts:
        mapping = {old: len(objects) + n for n, old in enumerate(parsed.objects, start=1)}
        for old, body in parsed.objects.items():
            objects[mapping[old]] = _renumber(body, mapping, 0 if old in parsed.pages else None)
        pages += [mapping[p] for p in parsed.pages]
    return ParsedPdf(objects, tuple(pages))


def combine(documents: list[tuple[str, ParsedPdf]], title: str) -> bytes:
    """One PDF of `documents` ((bookmark title, parsed PDF), in order) titled `title`."""
    writer = _Writer()
    catalogue, tree, info, outline_root = (writer.reserve() for _ in range(4))
    outline_items = [writer.reserve() for _ in documents]
    page_refs: list[int] = []
    first_pages: list[int] = []
    for _, parsed in documents:
        mapping = {old: writer.reserve() for old in parsed.objects}
        first_pages.append(mapping[parsed.pages[0]])
        for old, body in parsed.objects.items():
            writer.put(mapping[old], _renumber(body, mapping, tree if old in parsed.pages
                                               else None))
        page_refs += [mapping[p] for p in parsed.pages]
    kids = b" ".join(b"%d 0 R" % p for p in page_refs)
    writer.put(tree, b"<< /Type /Pages /Count %d /Kids [ %s ] >>" % (len(page_refs), kids))
    _outlines(writer, outline_root, outline_items, [t for t, _ in documents], first_pages)
    writer.put(catalogue, b"<< /Type /Catalog /Pages %d 0 R /Outlines %d 0 R "
                          b"/PageMode /UseOutlines /Lang (zh-CN) >>" % (tree, outline_root))
    writer.put(info, b"<< /Title %s /Creator %s /Producer %s >>" % (
        _text(title), _text("微法庭助手"), _text("微法庭助手")))
    return writer.finish(catalogue, info)


def _renumber(body: bytes, mapping: dict[int, int], parent: int | None) -> bytes:
    """The object with every reference renumbered; a page's /Parent points at the
    combined page tree (its own tree is dropped). Stream data is left untouched."""
    stream = _STREAM.search(body)
    head, rest = (body[:stream.start()], body[stream.start():]) if stream else (body, b"")
    if parent is not None:
        head = _PARENT.sub(b"/Parent \x00", head)
    try:
        head = _REF.sub(lambda m: b"%d 0 R" % mapping[int(m.group(1))], head)
    except KeyError as missing:
        raise UnsupportedPdf(f"a reference to object {missing} outside the pages") from None
    if parent is not None:
        head = head.replace(b"/Parent \x00", b"/Parent %d 0 R" % parent)
    return head + rest


def _outlines(writer: _Writer, root: int, items: list[int], titles: list[str],
              pages: list[int]) -> None:
    writer.put(root, b"<< /Type /Outlines /First %d 0 R /Last %d 0 R /Count %d >>"
               % (items[0], items[-1], len(items)))
    for index, (item, title, page) in enumerate(zip(items, titles, pages)):
        links = b""
        if index:
            links += b" /Prev %d 0 R" % items[index - 1]
        if index + 1 < len(items):
            links += b" /Next %d 0 R" % items[index + 1]
        writer.put(item, b"<< /Title %s /Parent %d 0 R%s /Dest [ %d 0 R /Fit ] >>"
                   % (_text(title), root, links, page))


def _text(value: str) -> bytes:
    """A PDF text string in UTF-16BE with its byte-order mark (Chinese titles)."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode() + b">"


class _Writer:
    def __init__(self):
        self._count = 0
        self._bodies: dict[int, bytes] = {}

    def reserve(self) -> int:
        self._count += 1
        return self._count

    def put(self, number: int, body: bytes) -> None:
        self._bodies[number] = body

    def finish(self, root: int, info: int) -> bytes:
        out = bytearray(b"%PDF-1.4\n%\x93\x8c\x8b\x9e\n")
        offsets = []
        for number in range(1, self._count + 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n%s\nendobj\n" % (number, self._bodies[number])
        xref_at = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (self._count + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        digest = hashlib.md5(bytes(out), usedforsecurity=False).hexdigest().encode()
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [ <%s> <%s> ] >>\n"
                b"startxref\n%d\n%%%%EOF\n" % (self._count + 1, root, info, digest, digest,
                                               xref_at))
        return bytes(out)

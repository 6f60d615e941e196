"""A document lint: the layout rules of issue 14 checked mechanically on a finished PDF,
read back with pypdf (what a clerk would see, not what the builder meant to do).

* no line of extracted text starts with closing punctuation or ends with an opening one;
* no ID number, credit code, case number, phone number or date is split across lines;
* a page with a seal block (（印章）) also holds a signature line, where anyone signs;
* every embedded font is embedded (FontFile2) under a subset tag of six capitals, and
  one tag never names two different subsets (ISO 32000-1 9.6.4);
* every fingerprint box (the documents' only dashed rectangles) is at least 20 x 20 mm.

conftest.py runs it on every PDF the test suite makes; `lint_pdf` returns the problems
in words, empty when there are none.
"""
from __future__ import annotations

import hashlib
import io
import re

from pypdf import PdfReader
from pypdf.generic import ContentStream

from microcourt.documents.linebreak import CANNOT_END, CANNOT_START

MIN_BOX = 20 * 72 / 25.4 - 0.05  # 20 mm in points, less rounding
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"
TOKENS = {
    "ID number": re.compile(r"(?<![0-9A-Za-z*])[0-9*]{17}[0-9Xx*](?![0-9A-Za-z*])"),
    "credit code": re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}"
                              r"(?![0-9A-Z])"),
    "case number": re.compile(rf"[{_CJK}]{{2,4}}〔\d{{4}}〕第\d+号|（\d{{4}}）[{_CJK}]\d{{4}}"
                              rf"[{_CJK}]{{1,3}}\d+号"),
    "phone": re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)"),
    "date": re.compile(r"(?<!\d)\d{4}年\d{1,2}月\d{1,2}日"),
}
_TAG = re.compile(r"^[A-Z]{6}\+")


def lint_pdf(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    problems: list[str] = []
    pages = [page.extract_text() or "" for page in reader.pages]
    problems += line_problems(pages)
    problems += seal_problems(pages)
    problems += font_problems(reader)
    problems += box_problems(reader)
    return problems


def line_problems(pages: list[str]) -> list[str]:
    found = []
    for number, text in enumerate(pages, start=1):
        lines = [line.strip() for line in text.split("\n") if line.strip()]
        for line in lines:
            if line[0] in CANNOT_START:
                found.append(f"page {number}: a line starts with {line[0]!r}: {line[:30]!r}")
            if line[-1] in CANNOT_END:
                found.append(f"page {number}: a line ends with {line[-1]!r}: {line[-30:]!r}")
        for first, second in zip(lines, lines[1:]):
            joined = first + second
            for kind, pattern in TOKENS.items():
                for match in pattern.finditer(joined):
                    if match.start() < len(first) < match.end():
                        found.append(f"page {number}: {kind} split across lines: "
                                     f"{first[-20:]!r} / {second[:20]!r}")
    return found


def seal_problems(pages: list[str]) -> list[str]:
    if not any("签名" in text for text in pages):
        return []  # a notice: nobody signs, its seal keeps with its content
    return [f"page {number}: the seal block is alone (no signature on its page)"
            for number, text in enumerate(pages, start=1)
            if "（印章）" in text and "签名" not in text]


def font_problems(reader: PdfReader) -> list[str]:
    found, subsets, seen = [], {}, set()
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        # a scanned page is a picture: no fonts at all
        for reference in (fonts.get_object().values() if fonts is not None else ()):
            # The pages of a document share its font objects: each is read (and its
            # font file unpacked and hashed) once, not once per page.
            key = getattr(reference, "idnum", None)  # None: a direct object, always read
            if key in seen:
                continue
            if key is not None:
                seen.add(key)
            font = reference.get_object()
            name = str(font.get("/BaseFont", ""))[1:]
            descriptor = font.get("/FontDescriptor")
            if font.get("/Subtype") != "/TrueType" or descriptor is None:
                found.append(f"font {name} is not an embedded TrueType subset")
                continue
            stream = descriptor.get_object().get("/FontFile2")
            if stream is None:
                found.append(f"font {name} is not embedded")
                continue
            if not _TAG.match(name):
                found.append(f"font {name} has no subset tag")
            digest = hashlib.sha256(stream.get_object().get_data()).hexdigest()
            if subsets.setdefault(name, digest) != digest:
                found.append(f"subset tag {name} names two different subsets")
    return sorted(set(found))


def box_problems(reader: PdfReader) -> list[str]:
    found = []
    for number, page in enumerate(reader.pages, start=1):
        contents = page.get_contents()
        if contents is None:
            continue
        dashed, stack = False, []
        for operands, operator in ContentStream(contents, reader).operations:
            if operator == b"q":
                stack.append(dashed)
            elif operator == b"Q":
                dashed = stack.pop() if stack else False
            elif operator == b"d":
                dashed = bool(operands[0])
            elif operator == b"re" and dashed:
                width, height = (abs(float(v)) for v in operands[2:4])
                if min(width, height) < MIN_BOX:
                    found.append(f"page {number}: fingerprint box {width / 72 * 25.4:.1f} x "
                                 f"{height / 72 * 25.4:.1f} mm")
    return found

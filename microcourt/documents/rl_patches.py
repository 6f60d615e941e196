"""Small corrections to reportlab, applied once when the bundled fonts load.

1. ToUnicode maps beyond the BMP. reportlab's makeToUnicodeCMap writes a code point
   such as U+20BB7 as 5 hex digits (<20BB7>), which PDF readers cannot use: copying 𠮷
   out of the PDF gave nothing. A ToUnicode CMap's destination is UTF-16BE
   (ISO 32000-1:2008, 9.10.3), so a supplementary character becomes its surrogate pair
   (<D842DFB7>). For BMP characters the output is byte for byte what reportlab wrote.
2. Line-start punctuation. reportlab's CJK line breaking knows the Japanese marks that
   may not start a line but not the Chinese ones (，；：？！”’》…): a line began with a
   comma. GB/T 15834-2011 (标点符号用法) keeps them at the end of the line.
3. Table reads. Every subset of a font (one per 256 characters used, in every PDF) reads
   its tables again, and get_table copies the bytes each time: ~10 copies of a 14 MB
   `glyf` table per document. The tables of a parsed font never change, so each is read
   once per font (the 77-packet filing batch: 3.1 s -> 2.6 s).
4. Subset tags. reportlab names the subsets of each font AAAAAA+, AAAAAB+ ... in every
   PDF, so two documents bound into one packet had different subsets under the same
   name, which ISO 32000-1:2008 9.6.4 forbids (the tag must tell subsets apart). The
   tag is made from the subset's characters instead (six capitals from a hash of the
   font and the code points): different subsets get different tags, an identical
   subset in two documents the same one.
"""
from __future__ import annotations

import hashlib
import threading

from reportlab.lib import textsplit
from reportlab.pdfbase import pdfdoc, ttfonts
from reportlab.platypus import paragraph as rl_paragraph

CHINESE_CANNOT_START = "，。、；：？！”’）》〉」』】〕…·％～"

_lock = threading.Lock()
_applied = False


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    mappings = [f"<{index:02X}> <{chr(code).encode('utf-16-be', 'surrogatepass').hex().upper()}>"
                for index, code in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        "/CIDSystemInfo", f"<< /Registry ({fontname})", f"/Ordering ({fontname})",
        "/Supplement 0", ">> def", f"/CMapName /{fontname} def", "/CMapType 2 def",
        "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>", "endcodespacerange",
        f"{len(subset)} beginbfchar", *mappings, "endbfchar",
        "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end",
    ])


def _cached_get_table(self, tag):
    tables = self.__dict__.setdefault("_microcourt_tables", {})
    table = tables.get(tag)
    if table is None:
        table = tables[tag] = _ORIGINAL_GET_TABLE(self, tag)
    return table


_ORIGINAL_GET_TABLE = ttfonts.TTFontParser.get_table


def subset_tag(face_name: bytes, subset: list[int]) -> bytes:
    """Six capital letters standing for this subset of this face."""
    digest = hashlib.sha256(face_name + b"|" + ",".join(map(str, subset)).encode()).digest()
    return bytes(65 + byte % 26 for byte in digest[:6])


def _add_objects(self, doc):
    """ttfonts.TTFont.addObjects (reportlab 4-5) with subset_tag for the base font name."""
    try:
        state = self.state[doc]
    except KeyError:
        state = self.state[doc] = ttfonts.TTFont.State(self._asciiReadable)
    state.frozen = 1
    for n, subset in enumerate(state.subsets):
        internal_name = self.getSubsetInternalName(n, doc)[1:]
        base_font_name = b"".join((subset_tag(self.face.name, subset), b"+", self.face.name,
                                   self.face.subfontNameX)).decode("pdfdoc")
        pdf_font = pdfdoc.PDFTrueTypeFont()
        pdf_font.__Comment__ = f"Font {self.fontName} subset {n}"
        pdf_font.Name = internal_name
        pdf_font.BaseFont = base_font_name
        pdf_font.FirstChar = 0
        pdf_font.LastChar = len(subset) - 1
        pdf_font.Widths = pdfdoc.PDFArray(list(map(self.face.getCharWidth, subset)))
        cmap_stream = pdfdoc.PDFStream()
        cmap_stream.content = ttfonts.makeToUnicodeCMap(base_font_name, subset)
        if doc.compression:
            cmap_stream.filters = [pdfdoc.PDFZCompress]
        pdf_font.ToUnicode = doc.Reference(cmap_stream, "toUnicodeCMap:" + base_font_name)
        pdf_font.FontDescriptor = self.face.addSubsetObjects(doc, base_font_name, subset)
        doc.Reference(pdf_font, internal_name)
        doc.idToObject["BasicFonts"].dict[internal_name] = pdf_font
    del self.state[doc]


def apply() -> None:
    """Idempotent. Both targets are module globals reportlab looks up at call time."""
    global _applied
    with _lock:
        if _applied:
            return
        ttfonts.makeToUnicodeCMap = to_unicode_cmap
        ttfonts.TTFontParser.get_table = _cached_get_table
        ttfonts.TTFont.addObjects = _add_objects
        # one-font paragraphs break in textsplit.wordSplit, mixed-font ones in
        # paragraph.cjkFragSplit: each reads its own copy of the string
        for module in (textsplit, rl_paragraph):
            missing = "".join(c for c in CHINESE_CANNOT_START
                              if c not in module.ALL_CANNOT_START)
            module.ALL_CANNOT_START += missing
        _applied = True

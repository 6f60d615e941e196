"""Binding rendered PDFs into one: pages in order, bookmarks, text intact; and the
file names a packet uses on any PC."""
import io

import pytest
from pypdf import PdfReader

from microcourt.documents.builder import render_pdf
from microcourt.documents.filing_combine import UnsupportedPdf, combine, parse_pdf
from microcourt.documents.styles import document_styles
from microcourt.documents.text import paragraph
from microcourt.paths import safe_file_name
from microcourt.services.filings.output import numbered


def _pdf(*pages: str) -> bytes:
    from reportlab.platypus import PageBreak
    styles = document_styles(False)
    story = []
    for text in pages:
        story += [paragraph(text, styles.body), PageBreak()]
    buffer = io.BytesIO()
    render_pdf(buffer, story[:-1], title="t", styles=styles)
    return buffer.getvalue()


def test_pages_bookmarks_and_text_survive_binding():
    first, second = _pdf("甲文书第一页王𠮷", "甲文书第二页"), _pdf("乙文书<b>&䶮")
    data = combine([("甲", parse_pdf(first)), ("乙", parse_pdf(second))], "合订本")
    reader = PdfReader(io.BytesIO(data))
    texts = [page.extract_text() for page in reader.pages]
    assert len(texts) == 3
    assert "王𠮷" in texts[0] and "第 2 页 共 2 页" in texts[1]
    assert "乙文书<b>&䶮" in texts[2] and "第 1 页 共 1 页" in texts[2]
    assert [item.title for item in reader.outline] == ["甲", "乙"]
    assert reader.metadata.title == "合订本"


def test_a_parsed_document_can_be_bound_many_times():
    shared = parse_pdf(_pdf("共用的协议"))
    once = combine([("a", shared)], "x")
    twice = combine([("a", shared), ("b", shared)], "x")
    assert len(PdfReader(io.BytesIO(twice)).pages) == 2 * len(PdfReader(io.BytesIO(once)).pages)


def test_anything_but_a_plain_reportlab_pdf_is_refused():
    with pytest.raises(UnsupportedPdf):
        parse_pdf(b"%PDF-1.7\n garbage")


def test_names_are_safe_on_windows_and_keep_chinese():
    assert safe_file_name("上田微调〔2026〕第11号") == "上田微调〔2026〕第11号"
    assert safe_file_name('王<𠮷>:/"?*|') == "王_𠮷"
    assert safe_file_name("CON") == "未命名" and safe_file_name(" . ") == "未命名"
    assert safe_file_name("lpt1.pdf") == "未命名"
    assert safe_file_name("协议" * 40, suffix=".pdf") == "协议" * 30 + ".pdf"
    assert numbered(7, 77, "阿依古丽·买买提") == "07_阿依古丽·买买提"
    assert numbered(7, 120, "x") == "007_x"

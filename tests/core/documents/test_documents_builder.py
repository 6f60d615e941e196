"""Numbered pages, large-print styles, and writes that never leave half a file."""
import io

import pypdf
import pytest
from reportlab.platypus import Flowable, PageBreak

from microcourt.documents.builder import build_pdf, render_pdf, write_atomically
from microcourt.documents.styles import document_styles
from microcourt.documents.text import paragraph
from microcourt.errors import UserError


class Exploding(Flowable):
    """Fails half way through a document, as a bug or a full disk would."""

    def wrap(self, *args):
        return 10, 10

    def draw(self):
        raise RuntimeError("boom")


def test_pages_are_numbered_n_of_m():
    styles = document_styles(False)
    out = io.BytesIO()
    render_pdf(out, [paragraph("甲", styles.body), PageBreak(), paragraph("乙", styles.body)],
               title="测试", styles=styles)
    pages = [page.extract_text() for page in pypdf.PdfReader(out).pages]
    assert len(pages) == 2
    assert "第 1 页 共 2 页" in pages[0]
    assert "第 2 页 共 2 页" in pages[1]


def test_large_print_is_large():
    normal, large = document_styles(False), document_styles(True)
    assert large.body.fontSize >= 16
    assert large.body.leading >= 1.5 * large.body.fontSize
    assert large.small.fontSize >= 14
    for name in ("title", "heading", "body", "small"):
        assert getattr(large, name).fontSize > getattr(normal, name).fontSize


def test_build_writes_the_pdf_and_no_temporary_file(tmp_path):
    styles = document_styles(False)
    out = build_pdf(tmp_path / "协议书.pdf", [paragraph("张三", styles.body)],
                    title="协议书", styles=styles)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["协议书.pdf"]


def test_a_failed_build_leaves_nothing_behind(tmp_path):
    styles = document_styles(False)
    with pytest.raises(RuntimeError):
        build_pdf(tmp_path / "a.pdf", [paragraph("张三", styles.body), Exploding()],
                  title="t", styles=styles)
    assert list(tmp_path.iterdir()) == []


def test_a_failed_rebuild_keeps_the_previous_file(tmp_path):
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old copy")

    def half_write(temp):
        temp.write_bytes(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomically(target, half_write)
    assert target.read_bytes() == b"old copy"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_a_missing_folder_is_a_user_error(tmp_path):
    with pytest.raises(UserError) as caught:
        write_atomically(tmp_path / "无此文件夹" / "a.pdf", lambda temp: None)
    assert "无此文件夹" in caught.value.message

"""User text on the page: printed literally, every character from a font that has it."""
import io

import pypdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from microcourt.documents.builder import render_pdf
from microcourt.documents.fonts import FALLBACK_B, SERIF_BOLD
from microcourt.documents.styles import document_styles
from microcourt.documents.text import (
    draw_string,
    normalise_for_print,
    paragraph,
    paragraph_markup,
    string_width,
)


def pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


def rendered(*texts: str) -> str:
    styles = document_styles(False)
    out = io.BytesIO()
    render_pdf(out, [paragraph(text, styles.body) for text in texts], title="t", styles=styles)
    return pdf_text(out.getvalue())


def test_markup_characters_print_literally():
    assert paragraph_markup("<b>&") == "&lt;b&gt;&amp;"
    assert "<b>&amp;张三</b> a<b" in rendered("<b>&amp;张三</b> a<b")


def test_fallback_characters_get_their_own_font_tag():
    assert paragraph_markup("王\U00020001") == f'王<font name="{FALLBACK_B}">\U00020001</font>'


def test_bold_paragraph_tags_only_what_the_bold_face_lacks():
    markup = paragraph_markup("调解协议书䶮", SERIF_BOLD)
    assert markup == '调解协议书<font name="MicroCourtSerif">䶮</font>'


def test_extension_b_comes_back_out_of_the_pdf():
    text = rendered("王𠮷", "王\U00020001明", "李䶮", "阿依古丽·买买提")
    for name in ("王𠮷", "王\U00020001明", "李䶮", "阿依古丽·买买提"):
        assert name in text


def test_control_characters_follow_the_documented_policy():
    assert normalise_for_print("张\x00三\u200b\ufeff") == "张三"
    assert normalise_for_print("一\r\n二\r三\u2028四") == "一\n二\n三\n四"
    assert normalise_for_print("甲\t乙") == "甲 乙"
    assert normalise_for_print("葛\U000E0100") == "葛"  # variation selector: base char printed
    assert paragraph_markup("第一行\n第二行") == "第一行<br/>第二行"


def test_canvas_string_uses_the_same_fallback_and_reads_back():
    out = io.BytesIO()
    canvas = Canvas(out)
    width = draw_string(canvas, 300, 700, "签名：王\U00020001 <&>", 14, align="right")
    canvas.save()
    assert width == pytest.approx(string_width("签名：王\U00020001 <&>", 14))
    assert "签名：王\U00020001 <&>" in pdf_text(out.getvalue())


def test_canvas_string_rejects_an_unknown_alignment():
    with pytest.raises(ValueError):
        draw_string(Canvas(io.BytesIO()), 0, 0, "张三", 12, align="middle")


@pytest.mark.parametrize("text", ["一二三四五，六七", "一二三四\U00020001，六七", "一二三四五》六七"])
def test_closing_punctuation_never_starts_a_line(text):
    styles = document_styles(False)
    size = styles.body.fontSize
    para = paragraph(text, styles.plain)
    para.wrap(5 * size + 0.5, 1000)  # room for exactly five characters
    lines = ["".join(str(word) for word in line[1]) if isinstance(line, tuple)
             else "".join(word.text for word in line.words) for line in para.blPara.lines]
    assert len(lines) == 2
    assert lines[0][-1] in "，》" and lines[1] == "六七"

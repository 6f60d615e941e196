"""User text on the page: printed literally, every character from a font that has it."""
import io
import math

import pypdf
import pytest
from reportlab.pdfbase import pdfmetrics
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
    assert paragraph_markup("王\U00020023") == f'王<font name="{FALLBACK_B}">\U00020023</font>'


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


def wrapped_lines(text: str, characters: int) -> list[str]:
    styles = document_styles(False)
    para = paragraph(text, styles.plain)
    width = characters * styles.body.fontSize + 0.5
    para.wrap(width, 1000)
    if para.blPara.kind == 0:  # one font: (extra space, [text]) lines
        lines = ["".join(line[1]) for line in para.blPara.lines]
        widths = [pdfmetrics.stringWidth(text, styles.plain.fontName, styles.plain.fontSize)
                  for text in lines]
    else:
        lines = ["".join(word.text for word in line.words) for line in para.blPara.lines]
        widths = [sum(pdfmetrics.stringWidth(w.text, w.fontName, w.fontSize)
                      for w in line.words) for line in para.blPara.lines]
    assert max(widths) <= width, "a line ran past its width (over a table border)"
    return lines


@pytest.mark.parametrize("text", ["一二三四五，六七", "一二三四\U00020001，六七", "一二三四五》六七"])
def test_closing_punctuation_never_starts_a_line_nor_hangs_past_it(text):
    # the mark would start line 2: the character before it goes down with it
    assert wrapped_lines(text, 5) == [text[:4], text[4:]]


@pytest.mark.parametrize("text, lines", [
    ("一二三四（五六七", ["一二三四", "（五六七"]),      # an opening mark never ends a line
    ("一二三“五六七", ["一二三", "“五六七"]),
])
def test_opening_punctuation_never_ends_a_line(text, lines):
    assert wrapped_lines(text, 4) == lines


@pytest.mark.parametrize("text, token", [
    ("公民身份号码330185197402264631，住杭州", "330185197402264631"),
    ("编号上田微调〔2026〕第9号在案", "上田微调〔2026〕第9号"),
    ("于2026年12月31日前付清", "2026年12月31日前"),
    ("电话0571-88812345", "0571-88812345"),
    ("共计400,000.00元整", "400,000.00元"),
    ("法院（2024）浙0185民特123号裁定", "（2024）浙0185民特123号"),
])
def test_numbers_dates_and_case_numbers_never_break_inside(text, token):
    size = document_styles(False).body.fontSize
    narrowest = math.ceil(string_width(token, size) / size)  # the token fits on a line
    for width in range(narrowest, len(text) + 1):
        lines = wrapped_lines(text, width)
        assert any(token in line for line in lines), (width, lines)


def test_an_item_wider_than_the_line_is_broken_rather_than_run_over():
    lines = wrapped_lines("号码330185197402264631", 4)
    assert "".join(lines) == "号码330185197402264631" and len(lines) > 2


def test_a_url_breaks_only_after_a_slash_dot_or_query_mark():
    url = "https://tingshen.court.gov.cn/live/12345?room=8&code=ABCDEFG"
    for width in range(8, 30, 3):
        for line in wrapped_lines(f"链接：{url}", width)[1:]:
            before = url[:url.index(line)] if line in url else ""
            assert not before or before[-1] in "/.?&=", (width, line)

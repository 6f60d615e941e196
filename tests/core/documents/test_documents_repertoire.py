"""Every character a resident's name may hold prints and copies out of the PDF as itself:
the whole 通用规范汉字表 (8,105 characters, read from resources/fonts, derived from
Unihan's kTGH) in the Chinese standard face, and all of CJK Extensions C-F; names with
𬱖 and with a character of each of Extensions C, D, E and F through the agreement, the
application and the consent notice."""
from __future__ import annotations

import io
import unicodedata
from pathlib import Path

import pytest
from filing_support import PROFILE, TODAY, pdf_text, signed_case
from pypdf import PdfReader

from microcourt.documents.builder import render_pdf
from microcourt.documents.consent_notice import build_consent_notice
from microcourt.documents.fonts import SERIF, font_for_char
from microcourt.documents.styles import document_styles
from microcourt.documents.text import paragraph
from microcourt.domain import FilingMode
from microcourt.paths import resource
from microcourt.services.kernel.progress import run_to_end

TABLE = resource("fonts", "tongyong-guifan-hanzi-2013.txt")


def tongyong() -> list[str]:
    rows = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    assert [int(number) for number, _, _ in rows] == list(range(1, 8106))
    for _, char, code in rows:
        assert f"U+{ord(char):04X}" == code
    return [char for _, char, _ in rows]


def printed(chars: list[str], per_paragraph: int = 300) -> str:
    styles = document_styles(False)
    story = [paragraph("".join(chars[i:i + per_paragraph]), styles.plain)
             for i in range(0, len(chars), per_paragraph)]
    out = io.BytesIO()
    render_pdf(out, story, title="字表", styles=styles)
    return "".join(page.extract_text() for page in PdfReader(out).pages)


def test_the_table_is_the_2013_list_with_its_extension_characters():
    chars = tongyong()
    beyond = [c for c in chars if ord(c) >= 0x2A700]
    assert len(chars) == 8105 and len(beyond) == 160 and "𬱖" in beyond
    assert sum(0x20000 <= ord(c) < 0x2A700 for c in chars) == 36


def test_every_character_of_the_table_prints_in_the_chinese_standard_face_and_copies_back():
    chars = tongyong()
    assert {font_for_char(c) for c in chars} == {SERIF}  # Noto Serif CJK SC, all 8,105
    text = printed(chars)
    body = "".join(ch for ch in text if ch not in " \n第页共0123456789")
    assert body == "".join(c for c in chars if c not in "第页共")


def test_all_of_extensions_c_to_f_print_and_copy_back():
    assigned = [chr(cp) for cp in range(0x2A700, 0x2EBF0)
                if unicodedata.category(chr(cp)) != "Cn"]
    assert len(assigned) == 17610
    for char in assigned:
        font_for_char(char)  # each has a face (MissingGlyphError otherwise)
    sample = assigned[::7]  # every face, every block; the cmaps above cover the rest
    text = printed(sample)
    assert "".join(ch for ch in text if ord(ch) >= 0x2A700) == "".join(sample)


RARE_NAMES = ["王𬱖", "李𫇭", "张𫠊", "孙𬻔"]  # E (in the table), C, D (both too), F


@pytest.mark.parametrize("name", RARE_NAMES)
def test_a_consent_notice_for_a_rare_name(tmp_path, name):
    path = build_consent_notice(tmp_path / "c.pdf", name, PROFILE)
    assert f"{name}：" in pdf_text(path)


def test_rare_names_through_the_agreement_and_the_application(services, tmp_path):
    ids = signed_case(services, names=RARE_NAMES)
    agreement = services.agreements.in_force(ids.case_id)
    text = pdf_text(services.agreements.write_pdf(agreement.id, tmp_path / "协议.pdf"))
    result = run_to_end(services.filings.generate(ids.case_id, tmp_path / "out",
                                                  mode=FilingMode.JOINT, today=TODAY))
    application = next(d for d in result.filings[0].documents if d.kind == "application")
    filed = pdf_text(Path(result.folder) / application.file_name)
    for name in RARE_NAMES:
        assert f"申请人：{name}" in text and f"申请人：{name}" in filed

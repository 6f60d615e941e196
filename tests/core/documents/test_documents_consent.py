"""The personal-information consent notice as the party and the liaison will read it."""
import re
import shutil
import subprocess

import pypdf
import pytest

from microcourt.documents.consent_notice import build_consent_notice
from microcourt.documents.fonts import MissingGlyphError
from microcourt.errors import ValidationError
from microcourt.services.settings.service import CourtProfileData

PROFILE = CourtProfileData(
    name="上田村微法庭", village="上田村", committee="上田村人民调解委员会",
    court="杭州市临安区人民法院", liaison_name="赵堃", liaison_phone="13800138000")


def text_of(path) -> str:
    """All text of the PDF with line breaks and spaces removed (lines wrap anywhere)."""
    reader = pypdf.PdfReader(path)
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


def embedded_fonts(path) -> list[tuple[str, bool]]:
    fonts = []
    for page in pypdf.PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            fonts.append((str(font["/BaseFont"]),
                          descriptor is not None and "/FontFile2" in descriptor.get_object()))
    return fonts


@pytest.mark.parametrize("name", ["王𠮷", "李䶮", "阿依古丽·买买提"])
def test_notice_prints_the_name_exactly_with_embedded_fonts(tmp_path, name):
    out = build_consent_notice(tmp_path / "告知书.pdf", name, PROFILE)
    fonts = embedded_fonts(out)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    assert f"{name}：您好！" in text_of(out)


def test_notice_says_what_why_who_how_long_and_how_to_withdraw(tmp_path):
    text = text_of(build_consent_notice(tmp_path / "n.pdf", "张三", PROFILE))
    for sentence in (
        "个人信息处理告知同意书",
        "您的姓名、身份证号码、电话号码、住址和收法律文书的地址（送达地址）",
        "代您向人民法院申请司法确认",
        "杭州市临安区人民法院的法官和工作人员",
        "身份证号码是敏感个人信息，需要您单独同意",
        "按档案规定的期限保存。期限到了，我们就把它删掉",
        "也可以随时撤回同意：告诉联络员赵堃（电话：13800138000）",
        "□我单独同意你们使用我的身份证号码",
        "当事人：张三", "请在此处按指印", "联络员签名：",
        "第3页共3页",
    ):
        assert sentence in text, sentence


def test_without_a_court_profile_the_liaison_is_left_to_write_in(tmp_path):
    text = text_of(build_consent_notice(tmp_path / "n.pdf", "张三", None))
    assert "告诉联络员__________（电话：__________）" in text
    assert "本村（社区）人民调解委员会" in text


def test_large_print_is_the_default_and_takes_more_pages(tmp_path):
    large = build_consent_notice(tmp_path / "large.pdf", "张三", PROFILE)
    normal = build_consent_notice(tmp_path / "normal.pdf", "张三", PROFILE, large_print=False)
    assert len(pypdf.PdfReader(large).pages) > len(pypdf.PdfReader(normal).pages)


def test_markup_in_a_name_prints_literally(tmp_path):
    out = build_consent_notice(tmp_path / "n.pdf", "<b>张&三", PROFILE)
    assert "<b>张&三：您好！" in text_of(out)


def test_an_unprintable_name_is_refused_and_nothing_is_written(tmp_path):
    with pytest.raises(MissingGlyphError) as caught:
        build_consent_notice(tmp_path / "n.pdf", "张\ue000", PROFILE)
    assert caught.value.field == "party_name"
    assert "U+E000" in caught.value.message
    assert list(tmp_path.iterdir()) == []


def test_a_blank_name_is_refused(tmp_path):
    with pytest.raises(ValidationError) as caught:
        build_consent_notice(tmp_path / "n.pdf", "  ", PROFILE)
    assert caught.value.message == "请填写当事人姓名。"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_poppler_also_gives_back_extension_b(tmp_path):
    out = build_consent_notice(tmp_path / "n.pdf", "王𠮷", PROFILE)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True,
                          encoding="utf-8").stdout
    assert "王𠮷：" in text

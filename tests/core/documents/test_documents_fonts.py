"""The bundled fonts: present with their licences, and the per-character fallback."""
import pytest

from microcourt.documents import fonts
from microcourt.documents.font_files import font_bytes
from microcourt.documents.fonts import (
    FALLBACK_A,
    FALLBACK_B,
    FALLBACK_CN,
    SERIF,
    SERIF_BOLD,
    MissingGlyphError,
    font_for_char,
    font_runs,
)
from microcourt.documents.text import check_printable
from microcourt.paths import resource

LICENCE_MARKERS = {
    "LICENSE-NotoSerifCJK.txt": "SIL OPEN FONT LICENSE Version 1.1",
    "LICENSE-Hanazono.txt": "Hanazono Font License",
    "LICENSE-BabelStoneHan.txt": "ARPHIC PUBLIC LICENSE",
}


@pytest.mark.parametrize("font", fonts.BUNDLED_FONTS.values(), ids=lambda f: f.file_name)
def test_every_font_ships_as_truetype_with_its_licence(font):
    data = font_bytes(resource("fonts", font.file_name))
    assert data[:4] == b"\x00\x01\x00\x00", "reportlab embeds TrueType outlines only"
    licence = resource("fonts", font.licence).read_text(encoding="utf-8")
    assert LICENCE_MARKERS[font.licence] in licence
    assert font.file_name in resource("fonts", "README.md").read_text(encoding="utf-8")


def test_bundle_stays_a_reasonable_size():
    # every ideograph of Extensions A-F once, in the first face that has it, the two
    # large fallbacks gzip-compressed: 35 MB; a second copy of any face would show here
    # (the installer's budget is 220 MB)
    total = sum(path.stat().st_size for path in resource("fonts").iterdir())
    assert total < 38 * 1024 * 1024


@pytest.mark.parametrize("name", ["张三", "䶮", "𠮷", "阿依古丽·买买提", "堃喆赟犇昇"])
def test_names_use_the_chinese_standard_face(name):
    assert {font_for_char(char) for char in name} == {SERIF}


@pytest.mark.parametrize("char, expected", [
    ("\U00020000", FALLBACK_CN),  # 𠀀 Extension B: BabelStone Han, Chinese forms
    ("\U0002A700", FALLBACK_CN),  # Extension C, not in the 通用规范汉字表
    ("\U000201BB", FALLBACK_A),   # 𠆻 Extension B, only in Hanazono A
    ("\U00020023", FALLBACK_B),   # 𠀣 Extension B, only in Hanazono B
    ("Ą", FALLBACK_A),            # Latin Extended-A, not in Noto CJK
])
def test_characters_noto_lacks_come_from_the_fallbacks_in_order(char, expected):
    assert font_for_char(char) == expected


def test_bold_titles_fall_back_to_regular_outside_gb2312():
    assert font_for_char("张", SERIF_BOLD) == SERIF_BOLD
    assert font_for_char("䶮", SERIF_BOLD) == SERIF


def test_runs_group_neighbouring_characters_of_one_font():
    assert font_runs("王\U00020001\U00020002明") == [
        (SERIF, "王"), (FALLBACK_CN, "\U00020001\U00020002"), (SERIF, "明")]


@pytest.mark.parametrize("char, code", [
    ("\ue000", "U+E000"),        # private use: a home-made character from an input method
    ("\U0002FFFF", "U+2FFFF"),   # unassigned (a noncharacter)
    ("\U00030000", "U+30000"),   # Extension G: not bundled (see resources/fonts/README.md)
])
def test_a_character_no_font_has_is_refused_by_name(char, code):
    with pytest.raises(MissingGlyphError) as caught:
        check_printable(f"张{char}三", field="name")
    assert caught.value.message == f"“{char}”({code}) 无法打印：内置字体中没有这个字"
    assert caught.value.field == "name"
    assert caught.value.char == char


def test_a_lone_surrogate_is_refused_without_echoing_it():
    with pytest.raises(MissingGlyphError) as caught:
        check_printable("张\ud800")
    assert caught.value.message == "(U+D800) 无法打印：内置字体中没有这个字"
    caught.value.message.encode("utf-8")  # safe to log or print


def test_unknown_base_font_is_a_programming_error():
    with pytest.raises(ValueError):
        font_for_char("张", "Helvetica")

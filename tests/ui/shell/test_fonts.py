"""Rare characters in names must show, even on a PC without suitable Chinese fonts: the
通用规范汉字表's Extension C-E characters (𬱖) and the rest of Extensions C-F included."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QFontMetrics, QRawFont
from PySide6.QtWidgets import QLabel

from microcourt.paths import resource
from ui.fonts import BUNDLED_FALLBACKS, ensure_cjk_font

# 𠮷 B; 𫇭 C, 𫠊 D, 𬱖 𬉼 E (all four in the 通用规范汉字表); 𬺰 𬻔 F (BabelStone, Hanazono)
RARE = "𠮷䶮堃喆赟𫇭𫠊𬱖𬉼𬺰𬻔"
NOT_BUNDLED = "\U00030000"  # Extension G: no bundled face has it

pytestmark = pytest.mark.skipif(not resource("fonts", BUNDLED_FALLBACKS[0]).exists(),
                                reason="bundled CJK fonts not present")


def test_every_rare_name_character_has_a_face_in_the_app_font(qapp):
    families = ensure_cjk_font()
    assert "Noto Serif CJK SC" in families
    for char in RARE:
        covering = [f for f in families
                    if QRawFont.fromFont(QFont(f)).supportsCharacter(ord(char))]
        assert covering, f"no face for {char}"


def _ink(qtbot, text: str) -> int:
    """Dark pixels of a label showing `text`."""
    label = QLabel(text)
    label.setStyleSheet("background: white; color: black")
    qtbot.addWidget(label)
    label.adjustSize()
    image = label.grab().toImage()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)).lightness() < 128)


@pytest.mark.parametrize("name", ["王𬱖", "李𫇭", "张𫠊", "赵𬺰", "孙𬻔"])
def test_a_label_draws_the_name_not_a_box(qtbot, qapp, name):
    ensure_cjk_font()
    metrics = QFontMetrics(QLabel().font())
    assert metrics.inFontUcs4(ord(name[1])) and not metrics.inFontUcs4(ord(NOT_BUNDLED))
    # the rare character adds strokes of its own (𬺰 has few: a sixth of 赵 at least)
    surname, whole = _ink(qtbot, name[0]), _ink(qtbot, name)
    assert whole - surname > surname * 0.15

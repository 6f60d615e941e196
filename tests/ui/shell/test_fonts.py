"""Rare characters in names must show, even on a PC without suitable Chinese fonts."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QRawFont

from microcourt.paths import resource
from ui.fonts import BUNDLED_FALLBACKS, ensure_cjk_font

RARE = "𠮷䶮堃喆赟"


@pytest.mark.skipif(not resource("fonts", BUNDLED_FALLBACKS[0]).exists(),
                    reason="bundled CJK fonts not present")
def test_every_rare_name_character_has_a_face_in_the_app_font(qapp):
    families = ensure_cjk_font()
    assert "Noto Serif CJK SC" in families
    for char in RARE:
        covering = [f for f in families
                    if QRawFont.fromFont(QFont(f)).supportsCharacter(ord(char))]
        assert covering, f"no face for {char}"

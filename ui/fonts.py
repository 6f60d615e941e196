"""The application font: a scale for tired eyes, and a CJK fallback face when the PC
has none (the app must not depend on the system having Chinese fonts)."""
from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from microcourt.paths import resource

log = logging.getLogger(__name__)
_BASE_SIZE = "microcourt_base_point_size"
# Bundled faces to try, best first (resources/fonts is shared with the PDF documents).
UI_FALLBACK_FONTS = ("NotoSansSC-Regular.ttf", "NotoSerifSC-Regular.ttf",
                     "HanaMinA.ttf", "DroidSansFallbackFull.ttf")


def apply_font_scale(scale: float) -> None:
    """Scale the whole application's font from the size it started with (so repeated
    changes never compound); open widgets follow at once."""
    app = QApplication.instance()
    base = app.property(_BASE_SIZE)
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty(_BASE_SIZE, base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * scale)
    app.setFont(font)


def reset_font_scale() -> None:
    apply_font_scale(1.0)


def ensure_cjk_font() -> str | None:
    """If no installed family can write Simplified Chinese, load a bundled face as the
    fallback for every widget; returns the family loaded, if any."""
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return None
    folder = resource("fonts")
    for name in UI_FALLBACK_FONTS + tuple(sorted(p.name for p in folder.glob("*.tt[fc]"))):
        path = folder / name
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            app = QApplication.instance()
            font = QFont(app.font())
            font.setFamilies([font.family(), families[0]])
            app.setFont(font)
            log.info("no system CJK font; using bundled %s", families[0])
            return families[0]
    log.warning("no CJK font on this PC and none bundled: Chinese may show as boxes")
    return None

"""The application font: a scale for tired eyes, and bundled Chinese faces as fallbacks
(the app must not depend on the system having Chinese fonts, or ones covering 𠮷)."""
from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from microcourt.documents.font_files import font_bytes
from microcourt.paths import resource

log = logging.getLogger(__name__)
_BASE_SIZE = "microcourt_base_point_size"
# Qt's default (often 9 pt) is too small for a liaison who reads all day and for the old
# people looking over their shoulder: 100% means at least this size.
MIN_BASE_POINT_SIZE = 12.0
_FAMILIES_SET = "microcourt_font_families_set"
# Faces bundled in resources/fonts (shared with the PDFs), in the PDFs' fallback order:
# Noto Serif CJK SC covers the whole 通用规范汉字表 (𠮷, 𬱖), BabelStone Han most other
# rare ideographs in Chinese forms, the Hanazono files the rest of Extensions B-F.
BUNDLED_FALLBACKS = ("NotoSerifCJKsc-Regular.ttf", "BabelStoneHan-fallback.ttf.gz",
                     "HanaMinA-fallback.ttf", "HanaMinB-fallback.ttf.gz")
# System faces that look right in a Chinese UI, best first, if the PC has one.
SYSTEM_UI_FACES = ("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                   "Source Han Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback")


def apply_font_scale(scale: float) -> None:
    """Scale the whole application's font from the size it started with (so repeated
    changes never compound); open widgets follow at once."""
    app = QApplication.instance()
    base = app.property(_BASE_SIZE)
    if base is None:
        base = max(app.font().pointSizeF(), MIN_BASE_POINT_SIZE)
        app.setProperty(_BASE_SIZE, base)
    font = QFont(app.font())
    font.setPointSizeF(float(base) * scale)
    app.setFont(font)


def current_font_scale() -> float:
    """The font step in use (1.0 before any was applied)."""
    app = QApplication.instance()
    base = app.property(_BASE_SIZE) if app is not None else None
    return app.font().pointSizeF() / float(base) if base else 1.0


def reset_font_scale() -> None:
    apply_font_scale(1.0)


def _add_font(path) -> int:
    """A bundled face into Qt; the gzip-compressed ones from memory (documents.fonts)."""
    if path.suffix != ".gz":
        return QFontDatabase.addApplicationFont(str(path))
    return QFontDatabase.addApplicationFontFromData(QByteArray(font_bytes(path)))


def ensure_cjk_font(rare: bool = True) -> list[str]:
    """Make every widget able to show any name: the system's Chinese UI face first (if
    any), then the bundled faces for what it lacks (rare characters, or a PC without
    Chinese fonts). Returns the application font's family list.

    With `rare=False` only the main bundled face is added (enough for the window's own
    words); the rare-character faces follow on a later call, which a real start makes
    once the data, and so the names, are being opened (it keeps them off the first paint).
    """
    app = QApplication.instance()
    loaded = app.property(_FAMILIES_SET) or 0
    wanted = len(BUNDLED_FALLBACKS) if rare else 1
    if loaded >= wanted:
        return app.font().families()
    app.setProperty(_FAMILIES_SET, wanted)
    font = QFont(app.font())
    families = font.families()
    if not loaded:
        system = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
        families += [face for face in SYSTEM_UI_FACES if face in system] or system[:1]
    for name in BUNDLED_FALLBACKS[loaded:wanted]:
        path = resource("fonts", name)
        font_id = _add_font(path) if path.exists() else -1
        families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if len(families) <= 1:
        log.warning("no Chinese font on this PC and none bundled: text may show as boxes")
    font.setFamilies(list(dict.fromkeys(families)))
    app.setFont(font)
    return font.families()

"""Per-user display preferences kept in QSettings (not in the database: they belong to
the Windows user at this PC, not to the micro-court's data).

Always the INI format, so tests can redirect it with QSettings.setPath and never touch
the real user's settings.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "microcourt"
APPLICATION = "microcourt"
LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"
FONT_SCALES = (1.0, 1.25, 1.5, 1.75)

_LANGUAGE = "ui/language"
_FONT_SCALE = "ui/font_scale"
_GEOMETRY = "window/geometry"


def qsettings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                     ORGANIZATION, APPLICATION)


class Preferences:
    """Typed access to the few keys the window uses; bad stored values fall back."""

    def __init__(self, store: QSettings | None = None):
        self._store = store or qsettings()

    def language(self) -> str:
        value = str(self._store.value(_LANGUAGE, DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self._store.setValue(_LANGUAGE, language)
        self._store.sync()

    def font_scale(self) -> float:
        try:
            value = float(self._store.value(_FONT_SCALE, 1.0))
        except (TypeError, ValueError):
            return 1.0
        return value if value in FONT_SCALES else 1.0

    def set_font_scale(self, scale: float) -> None:
        if scale not in FONT_SCALES:
            raise ValueError(f"unsupported font scale {scale!r}")
        self._store.setValue(_FONT_SCALE, scale)
        self._store.sync()

    def window_geometry(self) -> QByteArray | None:
        value = self._store.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue(_GEOMETRY, geometry)
        self._store.sync()

"""The platform's own Chinese voice through QTextToSpeech, found at run time.

QtTextToSpeech is imported only here and only when asked: on Linux the module needs
libpulse, and its absence must mean "use the offline voice", not a crash. A zh-CN voice
is an on-demand feature of Windows, so its presence is checked too, every start.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject

from microcourt.speech.choice import PlatformVoice
from microcourt.speech.engine import Speed, Voice
from microcourt.speech.spoken import spoken

log = logging.getLogger(__name__)
# Engines tried first to last; "mock" is Qt's test engine and never a real voice.
PREFERRED = ("winrt", "sapi", "darwin", "macos", "android", "speechd", "flite")
SLOW_RATE = -0.35  # QTextToSpeech's rate runs from -1 (slowest) to 1


def _tts_class():
    """QTextToSpeech, or the ImportError saying why it cannot load: its system libraries
    may be missing (libpulse on Linux), and the Linux bundle leaves it out
    (packaging/manifest.py)."""
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech  # noqa: PLC0415
    except ImportError as exc:
        return exc
    return QTextToSpeech


def _missing_library(exc: ImportError) -> str:
    found = re.search(r"(lib[\w.+-]+\.so[\w.]*)", str(exc))
    return f"缺少系统库 {found.group(1)}" if found else f"系统语音组件无法加载（{exc}）"


def is_chinese_mainland(locale: QLocale) -> bool:
    return (locale.language() == QLocale.Language.Chinese
            and locale.script() != QLocale.Script.TraditionalChineseScript
            and locale.territory() in (QLocale.Country.China, QLocale.Country.AnyTerritory))


def find_platform_voice(accept: Callable[[QLocale], bool] = is_chinese_mainland
                        ) -> tuple[PlatformVoice | None, str]:
    """(the first engine's zh-CN voice, "") or (None, why there is none, in Chinese)."""
    tts_class = _tts_class()
    if isinstance(tts_class, ImportError):
        log.info("QtTextToSpeech unavailable: %s", tts_class)
        return None, _missing_library(tts_class)
    engines = [e for e in PREFERRED if e in tts_class.availableEngines()]
    for engine in engines:
        tts = tts_class(engine)
        try:
            if tts.state() == tts_class.State.Error:
                continue
            for locale in tts.availableLocales():
                if accept(locale):
                    tts.setLocale(locale)
                    voices = tts.availableVoices()
                    if voices:
                        return PlatformVoice(engine, voices[0].name()), ""
        finally:
            tts.deleteLater()
    if not engines:
        return None, "系统没有语音引擎"
    return None, "系统语音里没有中文（简体，中国）"


class PlatformSpeech(Voice):
    """A Voice over QTextToSpeech: `done` when the engine goes back to Ready after
    speaking (a late Ready from a stopped sentence is told apart: it comes before the
    new sentence's Speaking)."""

    def __init__(self, found: PlatformVoice, accept: Callable[[QLocale], bool] = is_chinese_mainland,
                 parent: QObject | None = None):
        tts_class = _tts_class()
        self._states = tts_class.State
        self.tts = tts_class(found.engine, parent)
        for locale in self.tts.availableLocales():
            if accept(locale):
                self.tts.setLocale(locale)
                break
        for voice in self.tts.availableVoices():
            if voice.name() == found.voice:
                self.tts.setVoice(voice)
        self.name = f"系统语音（{found.voice}）"
        self._done: Callable[[], None] | None = None
        self._started = False
        self.tts.stateChanged.connect(self._state_changed)

    def speak(self, sentence: str, speed: Speed, done: Callable[[], None]) -> None:
        self._done, self._started = done, False
        self.tts.setRate(SLOW_RATE if speed == Speed.SLOW else 0.0)
        self.tts.say(spoken(sentence))  # the platform voice does its own polyphones

    def _state_changed(self, state) -> None:
        if state == self._states.Speaking:
            self._started = True
        elif state == self._states.Ready and self._started and self._done is not None:
            done, self._done = self._done, None
            done()

    def stop(self) -> None:
        self._done = None
        self.tts.stop()

    def close(self) -> None:
        self.stop()
        self.tts.deleteLater()

"""The platform voice is found at run time; missing system libraries mean the offline
voice (issue 18, item 5)."""
import pytest
from PySide6.QtCore import QLocale

from microcourt.speech.audio import AlsaOutput
from microcourt.speech.choice import EngineChoice
from microcourt.speech.engine import NoSoundOutput, Speed
from microcourt.speech.offline import OfflineVoice
from ui.speech import platform_voice, voices


def _no_qt_tts():
    return ImportError("libpulse.so.0: cannot open shared object file: No such file or directory")


def test_a_missing_libpulse_is_detected_and_named(monkeypatch):
    monkeypatch.setattr(platform_voice, "_tts_class", _no_qt_tts)
    found, problem = platform_voice.find_platform_voice()
    assert found is None
    assert problem == "缺少系统库 libpulse.so.0"


def test_then_the_offline_voice_reads(monkeypatch, qapp):
    monkeypatch.setattr(platform_voice, "_tts_class", _no_qt_tts)
    monkeypatch.setattr("microcourt.speech.audio.open_output", lambda: AlsaOutput("null"))
    voice, note = voices.open_voice(EngineChoice.PLATFORM)
    assert isinstance(voice, OfflineVoice)
    assert "libpulse.so.0" in note and "离线语音" in note
    voice.close()


def test_no_sound_device_is_said_plainly(monkeypatch):
    monkeypatch.setattr(platform_voice, "_tts_class", _no_qt_tts)

    def no_card():
        raise NoSoundOutput("这台电脑无法播放声音（没有找到可用的声卡或声音设备）。")
    monkeypatch.setattr("microcourt.speech.audio.open_output", no_card)
    with pytest.raises(NoSoundOutput, match="无法播放声音"):
        voices.open_voice(EngineChoice.AUTO)


def _qt_tts_or_skip():
    found = platform_voice._tts_class()
    if isinstance(found, ImportError):
        pytest.skip(f"QtTextToSpeech cannot load here ({found})")
    return found


def test_platform_speech_reports_each_sentence_heard(qtbot, monkeypatch):
    """On Qt's mock engine (English voices only), with the Chinese test relaxed."""
    tts = _qt_tts_or_skip()
    if "mock" not in tts.availableEngines():
        pytest.skip("no mock engine")
    monkeypatch.setattr(platform_voice, "PREFERRED", ("mock",))
    english = lambda locale: locale.name() == "en_US"  # noqa: E731
    found, problem = platform_voice.find_platform_voice(english)
    assert found is not None and found.engine == "mock", problem
    voice = platform_voice.PlatformSpeech(found, english)
    heard = []
    voice.speak("one two three", Speed.SLOW, lambda: heard.append(1))
    qtbot.waitUntil(lambda: heard == [1], timeout=3000)
    assert voice.tts.rate() == pytest.approx(platform_voice.SLOW_RATE)
    voice.speak("four five six seven", Speed.NORMAL, lambda: heard.append(2))
    voice.stop()  # stopped: no report for it
    qtbot.wait(700)
    assert heard == [1]
    voice.close()
    assert QLocale  # the accept function receives QLocale objects

"""Which voice reads, by the administrator's setting and what the PC has."""
import pytest

from microcourt.speech.choice import EngineChoice, PlatformVoice, decide, parse_choice
from microcourt.speech.engine import NoChineseVoice

HUIHUI = PlatformVoice("winrt", "Microsoft Huihui")
SPEECHD = PlatformVoice("speechd", "Chinese (Mandarin)")


@pytest.mark.parametrize(("choice", "platform", "offline_problem", "use", "noted"), [
    (EngineChoice.AUTO, HUIHUI, "", "platform", False),
    (EngineChoice.AUTO, SPEECHD, "", "offline", False),     # Linux: espeak 1.51 misreads
    (EngineChoice.AUTO, None, "", "offline", False),
    (EngineChoice.AUTO, SPEECHD, "坏了", "platform", False),
    (EngineChoice.PLATFORM, SPEECHD, "", "platform", False),
    (EngineChoice.PLATFORM, None, "", "offline", True),
    (EngineChoice.OFFLINE, HUIHUI, "", "offline", False),
    (EngineChoice.OFFLINE, HUIHUI, "坏了", "platform", True),
])
def test_decision(choice, platform, offline_problem, use, noted):
    decision = decide(choice, platform, "缺少 libpulse.so.0", offline_problem)
    assert decision.use == use
    assert bool(decision.note) == noted


def test_no_chinese_voice_at_all_is_said_plainly():
    with pytest.raises(NoChineseVoice) as info:
        decide(EngineChoice.AUTO, None, "缺少 libpulse.so.0", "找不到离线朗读语音")
    assert "没有可用的中文朗读语音" in info.value.message
    assert "libpulse" in info.value.message
    assert "逐条宣读" in info.value.message


def test_an_unknown_stored_value_means_automatic():
    assert parse_choice("nonsense") == EngineChoice.AUTO
    assert parse_choice(None) == EngineChoice.AUTO
    assert parse_choice("offline") == EngineChoice.OFFLINE

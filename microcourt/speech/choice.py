"""Which voice reads: the administrator's setting against what this PC has.

Settings → 朗读语音: 自动 (default), 系统语音, 离线语音. Automatic prefers the platform's
own zh-CN voice where it is a real Mandarin voice (Windows' winrt/SAPI voices such as
Microsoft Huihui, macOS), since it sounds more natural; otherwise the offline espeak-ng
voice. On Linux the platform engine is speech-dispatcher over the system's espeak-ng,
which offers Mandarin only under the C locale and misreads 调解 (Debian's 1.51): the
offline voice, fed pinyin, is better there, so automatic does not pick it. A voice
asked for but missing falls back to the other with a note; none at all is said plainly.
"""
from __future__ import annotations

from dataclasses import dataclass

from microcourt.domain import QT_TRANSLATE_NOOP as _
from microcourt.domain import Coded
from microcourt.speech.engine import NoChineseVoice

SETTING_KEY = "speech.engine"
# QTextToSpeech engines whose zh-CN voices are real Mandarin voices.
NATURAL_ENGINES = frozenset({"winrt", "sapi", "darwin", "macos", "android"})


class EngineChoice(Coded):
    AUTO = "auto", _("Domain", "Automatic (the best voice this PC has)"), "自动"
    PLATFORM = "platform", _("Domain", "The system's Chinese voice"), "系统语音"
    OFFLINE = "offline", _("Domain", "The offline voice (eSpeak NG)"), "离线语音"


@dataclass(frozen=True)
class PlatformVoice:
    """What the UI found: a QTextToSpeech engine with a zh-CN voice."""

    engine: str
    voice: str


@dataclass(frozen=True)
class Decision:
    use: str          # "platform" or "offline"
    note: str = ""    # Chinese, shown in the reading window when the choice fell back


def parse_choice(value: str | None) -> EngineChoice:
    try:
        return EngineChoice(value or EngineChoice.AUTO)
    except ValueError:
        return EngineChoice.AUTO


def decide(choice: EngineChoice, platform: PlatformVoice | None, platform_problem: str,
           offline_problem: str) -> Decision:
    """`platform` is None when there is no platform zh-CN voice (`platform_problem` says
    why, e.g. a missing libpulse); `offline_problem` is "" when the offline voice works."""
    offline_ok = not offline_problem
    if choice == EngineChoice.PLATFORM:
        if platform is not None:
            return Decision("platform")
        if offline_ok:
            return Decision("offline", f"没有找到系统中文语音（{platform_problem}），"
                                       "已改用离线语音。")
    elif choice == EngineChoice.OFFLINE:
        if offline_ok:
            return Decision("offline")
        if platform is not None:
            return Decision("platform", f"离线语音不可用（{offline_problem}），已改用系统语音。")
    else:
        if platform is not None and platform.engine in NATURAL_ENGINES:
            return Decision("platform")
        if offline_ok:
            return Decision("offline")
        if platform is not None:
            return Decision("platform")
    raise NoChineseVoice(
        "这台电脑没有可用的中文朗读语音，不能朗读。"
        f"离线语音：{offline_problem or '可用'}；系统语音：{platform_problem or '可用'}。"
        "请联络员照着文书逐条宣读；重新安装微法庭助手可恢复离线语音，"
        "Windows 也可在“设置 → 时间和语言 → 语音”中添加“中文（简体，中国）”语音。")

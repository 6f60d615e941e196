"""Which voice this PC reads with (microcourt.speech.choice decides; the administrator's
setting is in the database), made once per reading window."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal

from microcourt.speech.choice import EngineChoice, decide
from microcourt.speech.engine import Voice
from microcourt.speech.offline import offline_problem


class GuiPoster(QObject):
    """Runs a call on the GUI thread: a voice reports `done` from its playback thread."""

    _call = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._call.connect(lambda call: call(), Qt.ConnectionType.QueuedConnection)

    def post(self, call: Callable[[], None]) -> None:
        self._call.emit(call)


def open_voice(choice: EngineChoice) -> tuple[Voice, str]:
    """(the voice, a note when the choice fell back); NoChineseVoice or NoSoundOutput
    (plain Chinese messages) when this PC cannot read aloud."""
    from ui.speech.platform_voice import PlatformSpeech, find_platform_voice  # noqa: PLC0415

    platform, platform_problem = find_platform_voice()
    decision = decide(choice, platform, platform_problem, offline_problem())
    if decision.use == "platform":
        return PlatformSpeech(platform), decision.note
    from microcourt.speech.audio import open_output  # noqa: PLC0415
    from microcourt.speech.offline import OfflineEngine, OfflineVoice  # noqa: PLC0415

    return OfflineVoice(OfflineEngine(), open_output()), decision.note

"""The one interface every read-aloud voice offers, and the errors a listener is told.

A `Voice` reads one sentence at a time: `speak()` starts it and returns at once, and the
voice calls `done()` (from any thread) once the sentence has been heard to the end. The
`Reader` (reader.py) walks a script sentence by sentence on top of that, so pausing,
resuming, repeating a clause and changing speed work the same for every voice:
the offline espeak-ng voice of the core (offline.py) and the platform's QTextToSpeech
voice on the UI side (ui/speech/platform_voice.py).
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from enum import StrEnum

from microcourt.errors import UserError


class Speed(StrEnum):
    NORMAL = "normal"
    SLOW = "slow"  # "慢一点": for a listener of 70 or 80, or a clause heard a second time


class NoChineseVoice(UserError):
    """No voice on this PC can read Chinese (the message says why and what to do)."""


class NoSoundOutput(UserError):
    """The PC has no way to play sound (no sound card, or no sound system library)."""


class Voice(ABC):
    """Speaks one sentence at a time."""

    #: What the liaison and the reading record are told, e.g. "离线语音（eSpeak NG 1.52）".
    name: str = ""

    @abstractmethod
    def speak(self, sentence: str, speed: Speed, done: Callable[[], None]) -> None:
        """Start reading `sentence` (as printed: the voice says figures and dates the way
        spoken.py words them) and return; call `done()` when it has been heard."""

    @abstractmethod
    def stop(self) -> None:
        """Stop at once; the stopped sentence's `done` may still come and is ignored."""

    def close(self) -> None:  # noqa: B027 - most voices hold nothing to release
        """Release the sound device (the window closes)."""

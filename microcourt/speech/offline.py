"""The offline voice: the sentence in spoken words (spoken.py), in numbered pinyin with
the fixed legal readings (pinyin.py), synthesised by espeak-ng from the wheel
(espeak.py), played on the PC's sound output (audio.py) or written to a WAV file."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from microcourt.speech.engine import NoChineseVoice, Speed, Voice
from microcourt.speech.espeak import Espeak
from microcourt.speech.pinyin import to_pinyin
from microcourt.speech.spoken import spoken

# Words (syllables) a minute: espeak-ng's default 175 is brisk for Mandarin heard by a
# listener of 70; slow is about two thirds of normal.
RATES = {Speed.NORMAL: 150, Speed.SLOW: 105}


@dataclass(frozen=True)
class Sound:
    """16-bit mono PCM."""

    pcm: bytes
    sample_rate: int

    @property
    def seconds(self) -> float:
        return len(self.pcm) / 2 / self.sample_rate


class OfflineEngine:
    """Turns a printed sentence into sound; needs nothing from the system."""

    def __init__(self, espeak: Espeak | None = None):
        self.espeak = espeak or Espeak.shared()

    @property
    def name(self) -> str:
        return f"离线语音（eSpeak NG {self.espeak.version}）"

    def pinyin(self, sentence: str) -> str:
        """What espeak-ng is fed for `sentence` (the tests read it)."""
        return to_pinyin(spoken(sentence))

    def sound(self, sentence: str, speed: Speed = Speed.NORMAL,
              first_piece: Callable[[], None] | None = None) -> Sound:
        pieces: list[bytes] = []

        def collect(piece: bytes) -> None:
            if not pieces and first_piece is not None:
                first_piece()
            pieces.append(piece)
        text = self.pinyin(sentence)
        if text.strip(",.?! "):
            self.espeak.synthesize(text, RATES[Speed(speed)], collect)
        return Sound(b"".join(pieces), self.espeak.sample_rate)


class OfflineVoice(Voice):
    """The offline engine on a sound output (audio.py picks the PC's)."""

    def __init__(self, engine: OfflineEngine, output):
        self.engine = engine
        self.output = output
        self.name = engine.name

    def speak(self, sentence: str, speed: Speed, done: Callable[[], None]) -> None:
        sound = self.engine.sound(sentence, speed)
        self.output.play(sound.pcm, sound.sample_rate, done)

    def stop(self) -> None:
        self.output.stop()

    def close(self) -> None:
        self.output.close()


def offline_problem() -> str:
    """"" when the offline voice loads on this PC, else why not (in Chinese)."""
    try:
        Espeak.shared()
    except NoChineseVoice as exc:
        return exc.message
    return ""

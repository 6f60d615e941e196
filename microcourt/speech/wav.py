"""A script read by the offline engine into one WAV file (the CLI's read-aloud, and a
reading to check or play elsewhere), written atomically."""
from __future__ import annotations

import os
import tempfile
import wave
from collections.abc import Iterator
from pathlib import Path

from microcourt.speech.engine import Speed
from microcourt.speech.offline import OfflineEngine
from microcourt.speech.script import Script

SENTENCE_GAP_S = 0.3
PASSAGE_GAP_S = 0.7


def script_pcm(engine: OfflineEngine, script: Script, speed: Speed) -> Iterator[bytes]:
    rate = engine.espeak.sample_rate
    for index, passage in enumerate(script.passages):
        if index:
            yield bytes(2 * int(rate * PASSAGE_GAP_S))
        for number, sentence in enumerate(passage.sentences):
            if number:
                yield bytes(2 * int(rate * SENTENCE_GAP_S))
            yield engine.sound(sentence, speed).pcm


def write_wav(engine: OfflineEngine, script: Script, out_path: str | os.PathLike,
              speed: Speed = Speed.NORMAL) -> float:
    """Write `script` as 16-bit mono WAV to `out_path`; returns its length in seconds. A
    failure leaves no partial file (and an older file of that name as it was)."""
    target = Path(out_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".reading-", suffix=".wav", dir=target.parent)
    frames = 0
    try:
        with os.fdopen(handle, "wb") as raw, wave.open(raw, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(engine.espeak.sample_rate)
            for pcm in script_pcm(engine, script, speed):
                out.writeframes(pcm)
                frames += len(pcm) // 2
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return frames / engine.espeak.sample_rate

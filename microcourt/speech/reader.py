"""Reading a script aloud, sentence by sentence, on any Voice: the current sentence,
pause and resume, repeat the clause, slow or normal speed, stop.

Decisions:
* Pausing stops the voice at once; resuming reads the interrupted sentence again from
  its start. A listener of 70 who asked for a pause has lost the half sentence, and
  every voice can do this (not every platform voice can pause mid-word).
* Changing speed while reading restarts the current sentence at the new speed.
* "重读这一条" goes back to the first sentence of the current passage and reads on.

The voice's `done` may come from any thread: `post` brings it to the thread that owns
the reader (the UI passes a Qt-queued call; the default runs it where it comes). A
`done` from a sentence that was stopped or replaced is ignored (each sentence has a
token), and a voice that finishes inside `speak()` does not recurse.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from microcourt.speech.engine import Speed, Voice
from microcourt.speech.script import Script


class State(StrEnum):
    IDLE = "idle"          # not started (or stopped): 朗读 starts at the position
    READING = "reading"
    PAUSED = "paused"
    FINISHED = "finished"  # read to the end: 朗读 starts again from the top


@dataclass(frozen=True)
class Position:
    passage: int
    sentence: int


def _now(call: Callable[[], None]) -> None:
    call()


class Reader:
    def __init__(self, voice: Voice, script: Script,
                 on_change: Callable[[Reader], None] | None = None,
                 post: Callable[[Callable[[], None]], None] = _now):
        if not script.passages:
            raise ValueError("a script to read needs at least one passage")
        self.voice = voice
        self.script = script
        self.on_change = on_change or (lambda _reader: None)
        self.post = post
        self.state = State.IDLE
        self.speed = Speed.NORMAL
        self.position = Position(0, 0)
        self.sentences_heard = 0
        self._token = 0
        self._again = False
        self._speaking = False

    # -- what is being read -----------------------------------------------------------

    @property
    def current_passage(self) -> int:
        return self.position.passage

    @property
    def current_sentence(self) -> str:
        passage = self.script.passages[self.position.passage]
        return passage.sentences[self.position.sentence]

    # -- the buttons --------------------------------------------------------------------

    def play(self) -> None:
        """朗读: start, resume after a pause, or start over after the end."""
        if self.state == State.READING:
            return
        if self.state == State.FINISHED:
            self.position = Position(0, 0)
        self._read_from_here()

    def pause(self) -> None:
        """暂停: stop the voice now; play() reads this sentence again from its start."""
        if self.state != State.READING:
            return
        self._silence()
        self.state = State.PAUSED
        self.on_change(self)

    def toggle(self) -> None:
        self.pause() if self.state == State.READING else self.play()

    def stop(self) -> None:
        """Stop and go back to the top (the window closes, or another document)."""
        self._silence()
        self.state = State.IDLE
        self.position = Position(0, 0)
        self.on_change(self)

    def repeat_passage(self) -> None:
        """重读这一条: the current passage again from its first sentence, and on."""
        self.go_to(self.position.passage, keep_reading=True)

    def go_to(self, passage: int, keep_reading: bool | None = None) -> None:
        """Move to `passage`; reading goes on from there if it was going on (or if
        `keep_reading`), otherwise the next play() starts there."""
        if not 0 <= passage < len(self.script.passages):
            raise IndexError(passage)
        reading = self.state == State.READING if keep_reading is None else keep_reading
        self._silence()
        self.position = Position(passage, 0)
        if reading:
            self._read_from_here()
        else:
            self.state = State.IDLE if self.state != State.PAUSED else State.PAUSED
            self.on_change(self)

    def set_speed(self, speed: Speed) -> None:
        """慢一点 / normal: takes effect at once (the sentence restarts) while reading."""
        speed = Speed(speed)
        if speed == self.speed:
            return
        self.speed = speed
        if self.state == State.READING:
            self._silence()
            self._read_from_here()
        else:
            self.on_change(self)

    def close(self) -> None:
        self._silence()
        self.voice.close()

    # -- walking the script -------------------------------------------------------------

    def _silence(self) -> None:
        self._token += 1  # whatever the voice still reports belongs to the past
        self.voice.stop()

    def _read_from_here(self) -> None:
        self.state = State.READING
        self.on_change(self)
        self._again = True
        if self._speaking:
            return  # a voice that finished inside speak(): the loop below goes on
        self._speaking = True
        try:
            while self._again and self.state == State.READING:
                self._again = False
                self._token += 1
                token = self._token
                self.voice.speak(self.current_sentence, self.speed,
                                 lambda token=token: self.post(lambda: self._heard(token)))
        except BaseException:
            self.state = State.IDLE
            self.on_change(self)
            raise
        finally:
            self._speaking = False

    def _heard(self, token: int) -> None:
        if token != self._token or self.state != State.READING:
            return
        self.sentences_heard += 1
        passage, sentence = self.position.passage, self.position.sentence + 1
        if sentence >= len(self.script.passages[passage].sentences):
            passage, sentence = passage + 1, 0
        if passage >= len(self.script.passages):
            self.state = State.FINISHED
            self.on_change(self)
            return
        self.position = Position(passage, sentence)
        self._read_from_here()

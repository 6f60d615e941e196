"""The reader walks a script sentence by sentence: pause, resume, repeat, speed."""
import threading

import pytest

from microcourt.speech.audio import AlsaOutput
from microcourt.speech.engine import Speed, Voice
from microcourt.speech.offline import OfflineEngine, OfflineVoice
from microcourt.speech.reader import Position, Reader, State
from microcourt.speech.script import Passage, Script

SCRIPT = Script("协议", (Passage("人民调解协议书", "title"),
                         Passage("1. 申请人同意分期。被申请人分三期还款。"),
                         Passage("2. 本协议一式三份。")))


class ManualVoice(Voice):
    """Finishes a sentence only when the test says so."""

    name = "test"

    def __init__(self):
        self.spoken, self.pending, self.stops = [], [], 0

    def speak(self, sentence, speed, done):
        self.spoken.append((sentence, speed))
        self.pending.append(done)

    def stop(self):
        self.stops += 1

    def finish(self):
        self.pending.pop(0)()


def test_walks_sentence_by_sentence_to_the_end():
    voice, seen = ManualVoice(), []
    reader = Reader(voice, SCRIPT, on_change=lambda r: seen.append(r.position))
    reader.play()
    for _ in range(4):
        voice.finish()
    assert [s for s, _ in voice.spoken] == ["人民调解协议书", "1. 申请人同意分期。",
                                            "被申请人分三期还款。", "2. 本协议一式三份。"]
    assert reader.state == State.FINISHED
    assert Position(1, 1) in seen


def test_pause_resumes_the_interrupted_sentence_from_its_start():
    voice = ManualVoice()
    reader = Reader(voice, SCRIPT)
    reader.play()
    voice.finish()
    reader.pause()
    assert reader.state == State.PAUSED
    voice.finish()  # the stopped sentence reports late: ignored
    assert reader.position == Position(1, 0)
    reader.play()
    assert voice.spoken[-1][0] == "1. 申请人同意分期。"


def test_repeat_goes_back_to_the_first_sentence_of_the_clause():
    voice = ManualVoice()
    reader = Reader(voice, SCRIPT)
    reader.play()
    voice.finish()
    voice.finish()  # now on the clause's second sentence
    assert reader.current_sentence == "被申请人分三期还款。"
    reader.repeat_passage()
    assert reader.position == Position(1, 0)
    assert voice.spoken[-1][0] == "1. 申请人同意分期。"


def test_slower_restarts_the_sentence_slowly():
    voice = ManualVoice()
    reader = Reader(voice, SCRIPT)
    reader.play()
    reader.set_speed(Speed.SLOW)
    assert voice.spoken[-1] == ("人民调解协议书", Speed.SLOW)
    voice.finish()  # the normal-speed one, stopped
    assert reader.position == Position(0, 0)


def test_a_voice_finishing_at_once_reads_a_long_script_without_recursion():
    class Instant(Voice):
        def speak(self, sentence, speed, done):
            done()

        def stop(self):
            pass
    long = Script("", tuple(Passage(f"第{n}条。") for n in range(3000)))
    reader = Reader(Instant(), long)
    reader.play()
    assert reader.state == State.FINISHED
    assert reader.sentences_heard == 3000


def test_go_to_another_clause_while_paused():
    voice = ManualVoice()
    reader = Reader(voice, SCRIPT)
    reader.play()
    reader.pause()
    reader.go_to(2)
    assert reader.state == State.PAUSED
    reader.play()
    assert voice.spoken[-1][0] == "2. 本协议一式三份。"
    with pytest.raises(IndexError):
        reader.go_to(3)


def test_the_real_offline_voice_reads_clause_by_clause_on_an_alsa_device():
    """The fallback engine end to end: espeak-ng, the pinyin, ALSA's playback code
    (on ALSA's "null" device, as the test machine has no sound card)."""
    finished = threading.Event()
    passages = []

    def changed(reader):
        passages.append(reader.current_passage)
        if reader.state == State.FINISHED:
            finished.set()
    reader = Reader(OfflineVoice(OfflineEngine(), AlsaOutput("null")), SCRIPT, changed)
    reader.play()
    assert finished.wait(10)
    assert sorted(set(passages)) == [0, 1, 2]
    assert reader.sentences_heard == 4
    reader.close()

"""The offline engine (espeak-ng from the wheel) makes real sound and writes WAV files."""
import array
import math
import wave

import pytest

from microcourt.speech.engine import Speed
from microcourt.speech.espeak import ENV_DIR, espeak_location
from microcourt.speech.offline import OfflineEngine, offline_problem
from microcourt.speech.script import Passage, Script
from microcourt.speech.wav import write_wav

CLAUSE = "被申请人于2027年1月10日前向申请人王𠮷支付397,864.50元，由人民调解委员会调解。"


@pytest.fixture(scope="module")
def engine():
    assert offline_problem() == ""
    return OfflineEngine()


def _samples(path):
    with wave.open(str(path)) as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        return wav.getframerate(), array.array("h", wav.readframes(wav.getnframes()))


def test_a_clause_of_the_agreement_becomes_a_wav_of_plausible_length(engine, tmp_path):
    out = tmp_path / "clause.wav"
    seconds = write_wav(engine, Script("", (Passage(CLAUSE),)), out)
    rate, samples = _samples(out)
    syllables = len(engine.pinyin(CLAUSE).replace(",", " ").replace(".", " ").split())
    assert syllables > 40  # the amount and the date are said in words
    # Mandarin is read at 2-6 syllables a second
    assert syllables / 6 < seconds < syllables / 2
    assert abs(len(samples) / rate - seconds) < 0.01
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    assert rms > 500  # speech, not silence


def test_slow_is_slower(engine):
    normal = engine.sound(CLAUSE, Speed.NORMAL).seconds
    slow = engine.sound(CLAUSE, Speed.SLOW).seconds
    assert slow > normal * 1.25


def test_what_espeak_is_fed(engine):
    said = engine.pinyin("调解协议重新签署。")
    assert said.startswith("tiao2 jie3 xie2 yi4 chong2 xin1")


def test_passages_and_sentences_are_separated_by_pauses(engine, tmp_path):
    one = write_wav(engine, Script("", (Passage("第一条。"),)), tmp_path / "a.wav")
    two = write_wav(engine, Script("", (Passage("第一条。"), Passage("第一条。"))),
                    tmp_path / "b.wav")
    assert two > 2 * one + 0.5


def test_a_failed_write_leaves_the_old_file(engine, tmp_path, monkeypatch):
    out = tmp_path / "old.wav"
    out.write_bytes(b"old")

    def broken(*_args, **_kwargs):
        raise OSError("disk full")
    monkeypatch.setattr(engine, "sound", broken)
    with pytest.raises(OSError):
        write_wav(engine, Script("", (Passage("第一条。"),)), out)
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["old.wav"]


def test_the_data_is_found_from_a_bundle_folder(tmp_path, monkeypatch):
    library, data = espeak_location()
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / library.name).symlink_to(library)
    (bundle / "espeak-ng-data").symlink_to(data)
    monkeypatch.setenv(ENV_DIR, str(bundle))
    assert espeak_location() == (bundle / library.name, bundle / "espeak-ng-data")

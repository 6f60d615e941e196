"""The offline voice is fed numbered pinyin with the legal terms' fixed readings
(issue 18: 调解 is tiáo jiě, not diào jiě)."""
import pytest

from microcourt.speech.pinyin import han_pinyin, to_pinyin
from microcourt.speech.spoken import spoken
from microcourt.speech.terms import LEGAL_READINGS


def test_mediation_and_again():
    assert to_pinyin("调解") == "tiao2 jie3"
    assert to_pinyin("重新") == "chong2 xin1"


@pytest.mark.parametrize(("text", "expected"), [
    ("分期还款", "fen1 qi1 huan2 kuan3"),          # pypinyin alone says hai2 kuan3
    ("还有一期", "hai2 you3 yi1 qi1"),              # 还 is hái when it means "still"
    ("调查取证", "diao4 cha2 qu3 zheng4"),
    ("人民调解员", "ren2 min2 tiao2 jie3 yuan2"),
    ("申请强制执行", "shen1 qing3 qiang2 zhi4 zhi2 xing2"),
    ("行使权利", "xing2 shi3 quan2 li4"),
    ("依法传唤", "yi1 fa3 chuan2 huan4"),
    ("供养父母", "gong1 yang3 fu4 mu3"),
    ("中国农业银行", "zhong1 guo2 nong2 ye4 yin2 hang2"),
    ("一月十一日", "yi1 yue4 shi2 yi1 ri4"),
])
def test_polyphones_in_context(text, expected):
    assert to_pinyin(text) == expected


@pytest.mark.parametrize("term", sorted(LEGAL_READINGS))
def test_every_fixed_reading_is_what_the_voice_gets(term):
    reading = LEGAL_READINGS[term]
    syllables = reading.split()
    assert all(s[-1] in "12345" and s[:-1].isalpha() for s in syllables), reading
    assert han_pinyin(term) == syllables
    # inside a sentence too
    assert " ".join(syllables) in to_pinyin(f"请{term}。")


def test_punctuation_becomes_pauses_and_figures_words():
    said = to_pinyin(spoken("于2027年1月10日前还款397,864.50元。"))
    assert said == ("yu2 er4 ling2 er4 qi1 nian2 yi1 yue4 shi2 ri4 qian2 huan2 kuan3 "
                    "san1 shi2 jiu3 wan4 qi1 qian1 ba1 bai3 liu4 shi2 si4 yuan2 wu3 jiao3.")
    assert to_pinyin("（申请人）：王") == "shen1 qing3 ren2, wang2"
    assert to_pinyin("真的？好！") == "zhen1 de5? hao3!"


def test_no_digit_or_letter_reaches_the_voice_as_a_tone():
    # every syllable carries exactly one tone digit at its end
    for word in to_pinyin(spoken("编号ODR123，电话13812345678，第2条")).replace(",", "").split():
        assert word[:-1].isalpha() and word[-1] in "12345", word

"""The character table (resources/hanzi, tools/build_hanzi_table.py): readings for every
character a resident's name may hold, and radical and strokes for the picker."""
from microcourt import hanzi
from microcourt.paths import resource


def _tongyong() -> list[str]:
    text = resource("fonts", "tongyong-guifan-hanzi-2013.txt").read_text(encoding="utf-8")
    return [line.split()[1] for line in text.splitlines() if line and not line.startswith("#")]


def test_every_character_of_the_tongyong_guifan_table_has_a_reading_and_strokes():
    chars = _tongyong()
    assert len(chars) == 8105
    missing = [c for c in chars if not hanzi.readings(c) or not hanzi.lookup(c).strokes]
    assert missing == []


def test_rare_characters_of_names():
    assert hanzi.readings("𠮷") == ("ji",)
    assert hanzi.readings("䶮")[0] == "yan" and hanzi.readings("堃")[0] == "kun"
    entry = hanzi.lookup("𠮷")
    assert (entry.radical, entry.residual_strokes, entry.strokes) == (30, 3, 6)


def test_polyphonic_readings_usual_first():
    assert hanzi.readings("曾")[:2] == ("ceng", "zeng")
    assert set(hanzi.readings("单")) >= {"dan", "shan", "chan"}


def test_find_by_reading_and_by_radical():
    assert "堃" in [h.char for h in hanzi.by_reading("kun")]
    assert "𠮷" in [h.char for h in hanzi.by_radical(30, 3)]  # 口 + 3 strokes
    assert all(h.radical == 30 for h in hanzi.by_radical(30))
    assert hanzi.by_reading("lü") == hanzi.by_reading("lv") != []

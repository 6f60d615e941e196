"""One search box: name, pinyin, initials, ID tail, phone digits; windows for a lazy list."""
from datetime import date

import pytest

from microcourt.services.parties.dto import ConsentRecord, PartyDraft
from microcourt.validation.idcard import compose_resident_id

CONSENT = ConsentRecord(on=date(2026, 1, 5), form="paper")
PEOPLE = [  # name, birth, sequence, phone
    ("张三", date(1956, 2, 29), 123, "13812345678"),
    ("张三丰", date(1950, 1, 1), 451, "13955501234"),
    ("章珊", date(1990, 6, 1), 222, "0571-63721234"),
    ("李四", date(1980, 1, 1), 777, "15000009999"),
    ("阿依古丽·买买提", date(1975, 3, 3), 246, "18600001111"),
    ("王𠮷", date(1949, 12, 31), 135, "13700002222"),
]


@pytest.fixture
def people(services):
    ids = {}
    for name, birth, seq, phone in PEOPLE:
        number = compose_resident_id("330185", birth, seq)
        detail = services.parties.register(PartyDraft(
            name=name, id_number=number, phone=phone, household_address="上田村"), CONSENT)
        ids[name] = (detail.id, number)
    return ids


def names(services, text, **kw):
    return [row.name for row in services.parties.search(text, **kw)]


def test_empty_text_lists_everyone_ordered_by_pinyin(services, people):
    assert names(services, "") == ["阿依古丽·买买提", "李四", "王𠮷", "张三", "张三丰", "章珊"]
    assert services.parties.count("") == 6


def test_name_substring(services, people):
    assert names(services, "三") == ["张三", "张三丰"]
    assert names(services, "古丽") == ["阿依古丽·买买提"]
    assert names(services, "阿依古丽.买买提") == ["阿依古丽·买买提"]  # the dot as typed
    assert names(services, "𠮷") == ["王𠮷"]


def test_pinyin_full_prefix_and_spaces(services, people):
    assert names(services, "zhangsan") == ["张三", "张三丰"]
    assert names(services, "zhangs") == ["张三", "张三丰", "章珊"]
    assert names(services, "Zhang San") == ["张三", "张三丰"]
    assert names(services, "zhangshan") == ["章珊"]


def test_initials(services, people):
    assert names(services, "zs") == ["张三", "张三丰", "章珊"]
    assert names(services, "zsf") == ["张三丰"]
    assert names(services, "ZSF") == ["张三丰"]


def test_id_tail_of_4_to_6_characters_and_whole_number(services, people):
    _, number = people["李四"]
    for text in (number[-4:], number[-5:], number[-6:], number, number.lower()):
        assert names(services, text) == ["李四"], text


def test_phone_digits_anywhere_and_landline_without_dash(services, people):
    assert names(services, "1234") == ["张三", "张三丰", "章珊"]  # inside or at the end
    assert names(services, "9999") == ["李四"]
    assert names(services, "555") == ["张三丰"]
    assert names(services, "057163") == ["章珊"]
    assert names(services, "0571-6372") == ["章珊"]
    assert names(services, "12") == []  # too short to mean anything


def test_words_must_all_match(services, people):
    assert names(services, "张 555") == ["张三丰"]
    assert names(services, "张 9999") == []
    assert names(services, "zs 2222") == []
    assert names(services, "zs 0571") == ["章珊"]


def test_rows_are_masked_and_carry_age(services, people):
    row = services.parties.search("王𠮷")[0]
    _, number = people["王𠮷"]
    assert row.id_number == number[:6] + "********" + number[-4:]
    assert row.elderly and row.age >= 76 and row.birth_date == date(1949, 12, 31)
    assert row.kind == "person" and row.gender == "male"


def test_windows_page_through_in_order(services, people):
    everyone = names(services, "")
    pages = [names(services, "", offset=o, limit=4) for o in (0, 4, 8)]
    assert pages[0] + pages[1] == everyone and pages[2] == []
    assert names(services, "zs", offset=1, limit=1) == ["张三丰"]


def test_like_wildcards_in_text_are_literal(services, people):
    assert names(services, "%") == [] and names(services, "_") == []


def test_page_gives_total_and_first_window_in_one_call(services, people):
    page = services.parties.page("zs", limit=2)
    assert page.total == 3 and [r.name for r in page.rows] == ["张三", "张三丰"]
    assert services.parties.page("zs", offset=5).total == 3  # past the end: still counted
    assert services.parties.page("").total == 6
    assert services.parties.page("无此人") == services.parties.page("12")
    assert services.parties.page("12").total == 0

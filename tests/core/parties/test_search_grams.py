"""Name parts and phone digits through the gram index (issue 16.4): the same answers as
reading every row, kept true through edits, anonymizing and deleting, and never a scan."""
from __future__ import annotations

import random
import re
from datetime import date

import pytest
from sqlalchemy import text

from microcourt.db.models.parties import search_key_values
from microcourt.services.parties.dto import ConsentRecord, PartyDraft
from microcourt.services.parties.search import _matches, _window
from microcourt.validation.idcard import compose_resident_id
from microcourt.validation.text import clean_name

CONSENT = ConsentRecord(on=date(2026, 1, 5), form="paper")
# Common and rare characters (Extension B, A, a 通用规范汉字表 one), a minority name's dot.
ALPHABET = "王张李三丰珊𠮷䶮堃阿依古丽买提曾单解"
SEPARATED = ("阿依古丽", "买买提")


def _register(services, rng: random.Random, count: int) -> list[tuple[int, str, str, str]]:
    """(id, name, phone, ID number) of `count` new parties."""
    people = []
    for seq in range(count):
        if rng.random() < 0.1:
            name = "·".join(SEPARATED)
        else:
            name = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(2, 4)))
        phone = "1" + rng.choice("3456789") + "".join(rng.choice("0123456789")
                                                     for _ in range(9))
        number = compose_resident_id("330185", date(1950 + seq % 50, 1, 1 + seq % 28), seq)
        detail = services.parties.register(PartyDraft(
            name=name, id_number=number, phone=phone, household_address="上田村"), CONSENT)
        people.append((detail.id, name, phone, number))
    return people


def _expected(people, wanted) -> list[int]:
    """Every matching party by reading every row, in the list's order (pinyin, id)."""
    found = [(search_key_values(name, None, phone)["name_pinyin"], pid)
             for pid, name, phone, number in people if wanted(name, phone, number)]
    return [pid for _, pid in sorted(found)]


def _ids(services, query) -> list[int]:
    return [row.id for row in services.parties.search(query, 0, 10_000)]


@pytest.mark.parametrize("seed", [3, 11])
def test_name_parts_and_phone_digits_find_what_reading_every_row_finds(services, seed):
    rng = random.Random(seed)
    people = _register(services, rng, 60)
    parts = {name[i:i + size] for _, name, _, _ in people for size in (1, 2, 3, 4)
             for i in range(len(name) - size + 1)}
    for part in sorted(parts):
        wanted = clean_name(part)
        assert _ids(services, part) == _expected(people, lambda n, p, i, w=wanted: w in n), part
    digits = {phone[i:i + size] for _, _, phone, _ in rng.sample(people, 12)
              for size in (3, 4, 7) for i in range(0, len(phone) - size + 1, 2)}
    for part in sorted(digits):
        # digits anywhere in the phone, or (4 and more) the end of the ID number
        assert _ids(services, part) == _expected(people, lambda n, p, i, d=part: d in p or (
            len(d) >= 4 and i.endswith(d))), part


def test_a_renamed_party_is_found_by_its_new_name_only(services):
    (pid, name, phone, _), = _register(services, random.Random(5), 1)
    draft = services.parties.draft_for_edit(pid)
    services.parties.update(pid, draft.__class__(**{**draft.__dict__, "name": "覃琰",
                                                    "phone": "19912345678"}))
    assert _ids(services, "琰") == [pid] and _ids(services, "覃琰") == [pid]
    assert _ids(services, name[:2]) == []
    assert _ids(services, "9123") == [pid]
    assert _ids(services, phone[-7:]) == []


def test_deleted_and_anonymized_parties_leave_no_grams(services):
    people = _register(services, random.Random(9), 3)
    services.parties.delete(people[0][0])
    grams = services.ctx.db.engine.connect()
    try:
        left = grams.execute(text("SELECT COUNT(*) FROM party_search_gram WHERE party_id = :p"),
                             {"p": people[0][0]}).scalar_one()
    finally:
        grams.close()
    assert left == 0
    assert people[0][0] not in _ids(services, people[0][1][:1])


def test_the_count_stops_past_at_most(services):
    for seq in range(5):
        services.parties.register(PartyDraft(
            name=f"王{'三四五六七'[seq]}", id_number=compose_resident_id(
                "330185", date(1960, 1, 1), seq), phone=f"1380000000{seq}",
            household_address="上田村"), CONSENT)
    assert services.parties.count("王") == 5
    assert services.parties.count("王", at_most=2) == 3
    assert services.parties.count("王", at_most=10) == 5


@pytest.mark.parametrize("query", ["王", "古丽", "阿依古丽", "5678", "138", "zhang", "王 5678"])
def test_no_search_reads_the_whole_party_table(services, query):
    """SQLite's plan for the list's first window: seeks only, no SCAN of party."""
    _register(services, random.Random(1), 5)
    matches = _matches(query, False, None)
    statement = _window(__import__("sqlalchemy").select(matches.c.name_pinyin, matches.c.id),
                        matches.c, 0, 100)
    compiled = statement.compile(services.ctx.db.engine,
                                 compile_kwargs={"literal_binds": True})
    with services.ctx.db.engine.connect() as connection:
        plan = " | ".join(row[-1] for row in connection.execute(
            text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert not re.search(r"\bSCAN (TABLE )?party\b(?!_)", plan), plan


SURNAMES = [  # name, how the liaison types it
    ("曾国藩", "zengguofan"), ("单田芳", "shantianfang"), ("解缙", "xiejin"),
    ("仇英", "qiuying"), ("区志华", "ouzhihua"), ("朴正熙", "piaozhengxi"),
    ("查良镛", "zhaliangyong"), ("覃怀民", "qinhuaimin"), ("盖叫天", "gejiaotian"),
    ("员半千", "yunbanqian"), ("尉迟恭", "yuchigong"), ("万俟卨", "moqixie"),
]


def _register_names(services, names):
    ids = {}
    for seq, name in enumerate(names):
        detail = services.parties.register(PartyDraft(
            name=name, id_number=compose_resident_id("330185", date(1960, 1, 1), seq),
            phone=f"139000000{seq:02d}", household_address="上田村"), CONSENT)
        ids[name] = detail.id
    return ids


def test_surnames_are_found_by_their_surname_reading_and_initials(services):
    ids = _register_names(services, [name for name, _ in SURNAMES])
    for name, typed in SURNAMES:
        assert ids[name] in _ids(services, typed), (name, typed)
        assert ids[name] in _ids(services, typed[:4]), (name, typed[:4])
    # the list is ordered by the surname reading: 曾 among the z's, not the c's
    listed = [row.name for row in services.parties.search("")]
    assert listed.index("曾国藩") > listed.index("覃怀民")


def test_every_reading_of_a_polyphonic_name_finds_it(services):
    ids = _register_names(services, ["曾国藩", "单田芳", "解缙"])
    assert _ids(services, "cengguofan") == [ids["曾国藩"]]
    assert _ids(services, "dantianfang") == [ids["单田芳"]]
    assert _ids(services, "jiejin") == [ids["解缙"]]
    assert _ids(services, "dtf") == [ids["单田芳"]]


def test_rare_characters_have_readings(services):
    ids = _register_names(services, ["王𠮷", "刘䶮", "李堃"])
    assert _ids(services, "wangji") == [ids["王𠮷"]]
    assert _ids(services, "liuyan") == [ids["刘䶮"]]
    assert _ids(services, "likun") == [ids["李堃"]]
    assert _ids(services, "wj") == [ids["王𠮷"]]

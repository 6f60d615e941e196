"""Large synthetic datasets for benchmarks (100,000 parties and 20,000 cases in seconds).

Rows go in through SQLAlchemy Core executemany in chunks, inside one transaction, so a
closed generator leaves nothing behind. The data is valid (checksummed ID numbers and
credit codes, search keys as the parties service computes them, registry numbers from
the yearly counters) but plain: no agreements, hearings or agents.
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from microcourt.db.models import Case, CaseEvent, CaseParty, Party
from microcourt.db.models.parties import search_key_values, write_search_grams
from microcourt.domain import (
    CaseCategory,
    CaseRole,
    CaseSource,
    CaseStatus,
    ConsentForm,
    Gender,
    IdType,
    PartyKind,
)
from microcourt.services.cases.numbers import number_formatter, reserve_sequences
from microcourt.services.demo.people import (
    FEMALE_CHARS,
    MALE_CHARS,
    MOBILE_PREFIXES,
    SURNAMES,
    TOWNS,
    org_credit_code,
    resident_id,
)
from microcourt.services.kernel import changes
from microcourt.services.kernel.progress import Progress
from microcourt.timeutil import now_utc, today_local

CHUNK = 5_000
REGIONS = ("330185", "330112", "330106", "330110", "330127", "330182", "330122")
ORG_SHARE = 0.03
EXTRA_GIVEN = "堃喆赟犇昇䶮"  # now and then a character far outside GB2312
BULK_ACTOR = "批量数据"


def fill_bulk(target, parties: int = 100_000, cases: int = 20_000, seed: int = 1,
              today: date | None = None) -> Iterator[Progress]:
    """Insert `parties` parties and `cases` cases (2-3 parties each, statuses and
    categories mixed, received over the two years before `today`). `target` is the
    Services facade, an AppContext, a Database or an Engine."""
    engine = _engine_of(target)
    maker = _Maker(random.Random(seed), today or today_local())
    total = parties + cases
    with Session(engine) as session, session.begin():
        maker.taken_ids = set(session.scalars(select(Party.id_number)
                                              .where(Party.id_number.is_not(None))))
        first_party = (session.scalar(select(func.max(Party.id))) or 0) + 1
        party_ids = range(first_party, first_party + parties)
        for start in range(0, parties, CHUNK):
            ids = party_ids[start:start + CHUNK]
            rows = [maker.party(i) for i in ids]
            session.execute(insert(Party.__table__), rows)
            write_search_grams(session.connection(), [
                (r["id"], r["name"], r["name_pinyin"], r["phone_digits"]) for r in rows],
                replace=False)
            yield Progress(start + len(ids), total, "正在写入当事人")
        if cases and len(party_ids) < 3:
            raise ValueError("cases need at least 3 parties to link")
        changes.note(session, changes.EVERYTHING)  # Core inserts: the ORM sees none of them
        done = parties
        for rows in _case_chunks(session, maker, cases, party_ids):
            case_rows, link_rows, event_rows = rows
            session.execute(insert(Case.__table__), case_rows)
            session.execute(insert(CaseParty.__table__), link_rows)
            session.execute(insert(CaseEvent.__table__), event_rows)
            done += len(case_rows)
            yield Progress(done, total, "正在写入案件")


def _case_chunks(session: Session, maker: _Maker, count: int, party_ids: range):
    """Case, case-party and event rows in chunks; registry numbers follow the dates."""
    received = sorted(maker.received_on() for _ in range(count))
    numbers = _numbers(session, received)
    next_case = (session.scalar(select(func.max(Case.id))) or 0) + 1
    next_link = (session.scalar(select(func.max(CaseParty.id))) or 0) + 1
    for start in range(0, count, CHUNK):
        cases, links, events = [], [], []
        for offset, day in enumerate(received[start:start + CHUNK]):
            case_id = next_case + start + offset
            number, seq = numbers[start + offset]
            case = maker.case(case_id, number, seq, day)
            cases.append(case)
            for link in maker.links(case, party_ids):
                links.append(dict(link, id=next_link))
                next_link += 1
            events.extend(maker.events(case))
        yield cases, links, events


def _numbers(session: Session, received: list[date]) -> list[tuple[str, int]]:
    formatter = number_formatter(session)
    by_year: dict[int, int] = {}
    for day in received:
        by_year[day.year] = by_year.get(day.year, 0) + 1
    sequences = {year: iter(reserve_sequences(session, year, n)) for year, n in by_year.items()}
    result = []
    for day in received:
        seq = next(sequences[day.year])
        result.append((formatter(day.year, seq), seq))
    return result


class _Maker:
    """Row dictionaries with every column filled, so executemany stays one statement."""

    def __init__(self, rng: random.Random, today: date):
        self.rng = rng
        self.today = today
        self.now = now_utc()
        self.taken_ids: set[str] = set()

    def party(self, party_id: int) -> dict:
        row = dict(_EMPTY_PARTY, id=party_id, created_at=self.now, updated_at=self.now,
                   consent_on=self.today - timedelta(days=self.rng.randrange(730)),
                   consent_form=ConsentForm.PAPER.value, phone=self._phone())
        row["household_address"] = row["service_address"] = self._address()
        if self.rng.random() < ORG_SHARE:
            return self._organization(row, party_id)
        gender = self.rng.choice((Gender.MALE.value, Gender.FEMALE.value))
        name = self._name(gender)
        birth = date(1940, 1, 1) + timedelta(days=self.rng.randrange(365 * 64))
        number = self._unique(lambda: resident_id(self.rng.choice(REGIONS), birth, gender,
                                                  self.rng.randrange(100)))
        row.update(kind=PartyKind.PERSON.value, name=name, gender=gender, ethnicity="汉族",
                   birth_date=birth, id_type=IdType.RESIDENT_ID.value, id_number=number,
                   accepts_e_service=birth.year >= 1970)
        row.update(search_key_values(name, number, row["phone"]))
        return row

    def _organization(self, row: dict, party_id: int) -> dict:
        name = f"杭州临安{self.rng.choice(SURNAMES)}氏{party_id}号实业有限公司"
        number = self._unique(lambda: org_credit_code(
            self.rng.choice(REGIONS), f"{self.rng.randrange(10**8):08d}"))
        row.update(kind=PartyKind.ORGANIZATION.value, name=name,
                   id_type=IdType.CREDIT_CODE.value, id_number=number,
                   legal_rep_name=self._name(Gender.MALE.value), legal_rep_title="执行董事")
        row.update(search_key_values(name, number, row["phone"]))
        return row

    def case(self, case_id: int, number: str, seq: int, received: date) -> dict:
        status = self.rng.choice(list(CaseStatus))
        amount = None if self.rng.random() < 0.2 else int(self.rng.lognormvariate(14, 1.5))
        return dict(
            id=case_id, number=number, year=received.year, seq=seq,
            category=self.rng.choice(list(CaseCategory)).value, summary="批量测试数据",
            claims="", amount_fen=amount, received_on=received,
            source=self.rng.choice(list(CaseSource)).value, status=status.value,
            status_changed_at=self.now, created_at=self.now, updated_at=self.now,
            closed_on=received + timedelta(days=30) if status == CaseStatus.CLOSED else None)

    def links(self, case: dict, party_ids: range) -> list[dict]:
        chosen = self.rng.sample(party_ids, self.rng.choice((2, 2, 3)))
        roles = [CaseRole.APPLICANT] + [self.rng.choice((CaseRole.APPLICANT,
                                                         CaseRole.THIRD_PARTY))] * (len(chosen) - 2)
        roles.append(CaseRole.RESPONDENT)
        single = roles.count(CaseRole.APPLICANT) == 1
        return [dict(case_id=case["id"], party_id=party_id, role=role.value, position=i,
                     claim_amount_fen=case["amount_fen"] if single and i == 1 else None)
                for i, (party_id, role) in enumerate(zip(chosen, roles, strict=True), 1)]

    def events(self, case: dict) -> list[dict]:
        created = dict(case_id=case["id"], at=self.now, actor=BULK_ACTOR, kind="created",
                       from_status=None, to_status=CaseStatus.REGISTERED.value, note="")
        if case["status"] == CaseStatus.REGISTERED.value:
            return [created]
        return [created, dict(created, kind="status", from_status=CaseStatus.REGISTERED.value,
                              to_status=case["status"])]

    def received_on(self) -> date:
        return self.today - timedelta(days=self.rng.randrange(730))

    def _name(self, gender: str) -> str:
        chars = (MALE_CHARS if gender == Gender.MALE.value else FEMALE_CHARS) + EXTRA_GIVEN
        given = self.rng.choices(chars, k=self.rng.choice((1, 2)))
        return self.rng.choice(SURNAMES) + "".join(given)

    def _phone(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def _address(self) -> str:
        town, village = self.rng.choice(TOWNS)
        return f"浙江省杭州市临安区{town}{village}{self.rng.randrange(1, 300)}号"

    def _unique(self, make) -> str:
        while True:
            number = make()
            if number not in self.taken_ids:
                self.taken_ids.add(number)
                return number


_EMPTY_PARTY = {column.name: None for column in Party.__table__.columns} | dict(
    name_pinyin="", name_initials="", accepts_e_service=False, needs="", notes="")


def _engine_of(target) -> Engine:
    if isinstance(target, Engine):
        return target
    for path in ("ctx.db.engine", "db.engine", "engine"):
        value = target
        try:
            for attr in path.split("."):
                value = getattr(value, attr)
        except AttributeError:
            continue
        if isinstance(value, Engine):
            return value
    raise TypeError(f"need Services, AppContext, Database or Engine, not {type(target)!r}")

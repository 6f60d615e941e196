"""Fictional but valid people and companies for the demo dataset.

Every resident ID number carries a correct GB 11643-1999 check character and agrees
with the stored birth date and gender; every company has a unified social credit code
with a correct GB 32100-2015 check character. Names are made up from common Lin'an
surnames; a few are chosen to exercise rare characters and a minority name with `·`.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy.orm import Session

from microcourt.db.models import Party, PartyAgent
from microcourt.domain import ConsentForm, Gender, IdType, PartyKind
from microcourt.search_keys import id_tail, name_keys
from microcourt.validation import credit_code, idcard

LINAN = "330185"  # 临安 (the code printed on most older residents' cards)
TOWNS = (("玲珑街道", "上田村"), ("玲珑街道", "下高村"), ("锦城街道", "石镜社区"),
         ("於潜镇", "光明村"), ("太湖源镇", "白沙村"), ("高虹镇", "石门村"),
         ("板桥镇", "桥头村"), ("昌化镇", "后营村"))
SURNAMES = "王李张陈俞方邵潘章钱楼盛胡吴周徐朱郑何杨金汪"
MALE_CHARS = "建国明华伟军林福根富荣海强平忠德祥生水金法良春新文兴财宝长"
FEMALE_CHARS = "美丽芳英珍娟秀兰凤芬娥萍霞琴玉梅云花红菊仙月爱香彩"
MOBILE_PREFIXES = ("133", "135", "137", "138", "139", "150", "152", "153", "158", "159",
                   "177", "180", "186", "187", "188", "189", "199")


SPOUSES = ("丈夫", "妻子")


def resident_id(region: str, birth: date, gender: str, serial: int) -> str:
    """A valid 18-character number; `serial` (0-99) fills the 15th-16th digits and the
    17th digit is odd for a man, even for a woman (GB 11643-1999)."""
    sex_digit = (serial * 2 + 1) % 10 if gender == Gender.MALE else (serial * 2) % 10
    first17 = f"{region}{birth:%Y%m%d}{serial % 100:02d}{sex_digit}"
    return first17 + idcard.check_char(first17)


def org_credit_code(region: str, body8: str) -> str:
    """统一社会信用代码 of a company (9 = market regulator, 1 = enterprise) whose middle
    nine characters are an organization code with its own GB 11714 check digit."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    remainder = 11 - sum(int(d) * w for d, w in zip(body8, weights, strict=True)) % 11
    org_code = body8 + {10: "X", 11: "0"}.get(remainder, str(remainder))
    first17 = f"91{region}{org_code}"
    return first17 + credit_code.check_char(first17)


class PeopleFactory:
    """Makes Party rows with deterministic randomness (the demo is the same every run
    for the same day), never the same name or ID number twice."""

    def __init__(self, session: Session, rng: random.Random, today: date):
        self.session = session
        self.rng = rng
        self.today = today
        self._names: set[str] = set()
        self._ids: set[str] = set()

    def reserve_names(self, names: list[str]) -> None:
        """Names of other people (mediators, the liaison) no party may share."""
        self._names.update(names)

    def name(self, gender: str) -> str:
        chars = MALE_CHARS if gender == Gender.MALE else FEMALE_CHARS
        while True:
            given = "".join(self.rng.sample(chars, self.rng.choice((1, 2, 2, 2))))
            candidate = self.rng.choice(SURNAMES) + given
            if candidate not in self._names:
                return candidate

    def phone(self) -> str:
        return self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10**8):08d}"

    def address(self) -> str:
        town, village = self.rng.choice(TOWNS)
        return f"浙江省杭州市临安区{town}{village}{self.rng.randrange(1, 120)}号"

    def birth_date(self, age: int) -> date:
        """A birthday that makes the person `age` years old today."""
        latest = _years_before(self.today, age)
        return latest - timedelta(days=self.rng.randrange(365))

    def person(self, name: str | None = None, gender: str | None = None, age: int | None = None,
               birth: date | None = None, region: str = LINAN, ethnicity: str = "汉族",
               phone: str | None = None, needs: tuple[str, ...] = (), occupation: str | None = None,
               consent_on: date | None = None, notes: str = "") -> Party:
        gender = gender or self.rng.choice((Gender.MALE, Gender.FEMALE)).value
        name = name or self.name(gender)
        birth = birth or self.birth_date(age if age is not None else self.rng.randint(50, 80))
        number = self._unique_id(region, birth, gender)
        address = self.address()
        pinyin, initials = name_keys(name)
        party = Party(
            kind=PartyKind.PERSON.value, name=name, name_pinyin=pinyin, name_initials=initials,
            id_tail=id_tail(number), gender=gender, ethnicity=ethnicity, birth_date=birth,
            id_type=IdType.RESIDENT_ID.value, id_number=number, phone=phone or self.phone(),
            household_address=address, service_address=address,
            accepts_e_service=birth.year >= 1970, occupation=occupation, needs=",".join(needs),
            notes=notes, consent_on=consent_on or self.today, consent_form=ConsentForm.PAPER.value)
        return self._add(party)

    def company(self, name: str, body8: str, legal_rep: str, title: str, phone: str,
                address: str, consent_on: date) -> Party:
        number = org_credit_code(LINAN, body8)
        pinyin, initials = name_keys(name)
        party = Party(
            kind=PartyKind.ORGANIZATION.value, name=name, name_pinyin=pinyin,
            name_initials=initials, id_tail=id_tail(number), id_type=IdType.CREDIT_CODE.value,
            id_number=number, phone=phone, household_address=address, service_address=address,
            legal_rep_name=legal_rep, legal_rep_title=title, consent_on=consent_on,
            consent_form=ConsentForm.PAPER.value)
        return self._add(party)

    def agent(self, principal: Party, kind: str, name: str, relation: str | None,
              gender: str | None, special_authority: bool, scope: str = "",
              work_unit: str | None = None, licence_number: str | None = None,
              age: int = 55, address: str | None = None) -> PartyAgent:
        """An agent; lawyers carry their licence number, relatives an ID number. The
        address is the agent's own (a spouse shares the principal's household): the power
        of attorney prints it as the 受托人's 住址, and a clerk reading the client's home
        there (as an earlier demo had it for the lawyer) would send it back."""
        number = None
        if licence_number is None:
            number = self._unique_id(LINAN, self.birth_date(age), gender or Gender.MALE.value)
        agent = PartyAgent(
            principal=principal, kind=kind, name=name, relation=relation, gender=gender,
            id_type=IdType.RESIDENT_ID.value if number else None, id_number=number,
            phone=self.phone(), address=address or self._agent_address(principal, name, relation),
            work_unit=work_unit,
            licence_number=licence_number, special_authority=special_authority,
            authority_scope=scope)
        self.session.add(agent)
        return agent

    @staticmethod
    def _agent_address(principal: Party, name: str, relation: str | None) -> str:
        if relation in SPOUSES:
            return principal.service_address
        # Drawn from the agent's own name, not self.rng: the demo's other people (which
        # the tests name) stay who they were.
        own = random.Random(name)
        town, village = own.choice(TOWNS)
        return f"浙江省杭州市临安区{town}{village}{own.randrange(1, 120)}号"

    def _unique_id(self, region: str, birth: date, gender: str) -> str:
        while True:
            number = resident_id(region, birth, gender, self.rng.randrange(100))
            if number not in self._ids:
                self._ids.add(number)
                return number

    def _add(self, party: Party) -> Party:
        self._names.add(party.name)
        self.session.add(party)
        return party


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return day.replace(year=day.year - years, day=28)

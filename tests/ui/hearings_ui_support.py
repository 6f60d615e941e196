"""Helpers of the hearings UI tests: a micro-court with its particulars and a lease case
with 王𠮷 (applicant, hard of hearing), 张堃 (respondent, her husband 李䶮 as agent) and
a mediator; times on a weekday far enough ahead that "in the past" never bites."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from microcourt.services.hearing_data import HearingDraft
from microcourt.services.party_data import AgentDraft, PartyDraft
from microcourt.services.settings import CourtProfileData
from microcourt.timeutil import LOCAL_ZONE, today_local
from tests.core.cases_support import draft, mediator
from tests.ui.cases_ui_support import liaison  # noqa: F401 - fixture, re-exported

PROFILE = CourtProfileData(
    name="上田村微法庭", village="上田村", committee="上田村人民调解委员会",
    court="杭州市临安区人民法院", liaison_name="俞晓燕", liaison_phone="13857112345",
    address="临安区玲珑街道上田村村委会", room="村委会二楼微法庭调解室", judge="陈立新")
LINK = "https://court.example/join/0571-6372"


def next_weekday(days_ahead: int = 1) -> date:
    """The first Monday-to-Friday day at least `days_ahead` days from today."""
    day = today_local() + timedelta(days=days_ahead)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def next_saturday() -> date:
    day = today_local() + timedelta(days=1)
    while day.weekday() != 5:
        day += timedelta(days=1)
    return day


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL_ZONE)


@dataclass
class World:
    context: object
    case_id: int
    case_number: str
    mediator: int

    @property
    def services(self):
        return self.context.services


def _person(services, name: str, phone: str, needs=()) -> int:
    return services.parties.register(PartyDraft(
        name=name, gender="male", phone=phone, id_number=None, needs=list(needs),
        household_address="浙江省杭州市临安区上田村1号")).id


@pytest.fixture
def world(liaison) -> World:  # noqa: F811
    services = liaison.services
    services.settings.save_profile(PROFILE)
    case = services.cases.create_case(draft())
    applicant = _person(services, "王𠮷", "13812345678", needs=["hearing"])
    respondent = _person(services, "张堃", "13912345678")
    husband = services.parties.add_agent(respondent, AgentDraft(
        kind="relative", name="李䶮", relation="丈夫", phone="13712345678")).id
    services.cases.add_party(case.id, applicant, "applicant")
    detail = services.cases.add_party(case.id, respondent, "respondent")
    link = next(p for p in detail.parties if p.party_id == respondent)
    services.cases.attach_agent(link.id, husband)
    mediator_id = mediator(services)
    services.cases.add_mediator(case.id, mediator_id)
    return World(liaison, case.id, case.number, mediator_id)


def book(world: World, start: datetime, minutes: int = 90, **changes):
    values = dict(case_id=world.case_id, kind="video_mediation", start=start,
                  end=start + timedelta(minutes=minutes), platform="mobile_micro_court",
                  meeting_link=LINK)
    values.update(changes)
    return world.services.hearings.schedule(HearingDraft(**values))

"""Shared helpers of the hearing tests: a micro-court with its particulars, a lease case
with 王𠮷 (applicant, hard of hearing) and 张堃 (respondent, with her husband as agent),
a lead mediator; and times far enough ahead that "in the past" never bites."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from cases_support import draft, mediator

from microcourt.services.hearings.dto import HearingDraft
from microcourt.services.parties.dto import AgentDraft, PartyDraft
from microcourt.services.settings.service import CourtProfileData
from microcourt.timeutil import LOCAL_ZONE, today_local

PROFILE = CourtProfileData(
    name="上田村微法庭", village="上田村", committee="上田村人民调解委员会",
    court="杭州市临安区人民法院", liaison_name="俞晓燕", liaison_phone="13857112345",
    address="临安区玲珑街道上田村村委会", room="村委会二楼微法庭调解室", judge="陈立新")
LINK = "https://court.example/join/0571-6372"


def monday_in_weeks(weeks: int) -> date:
    """A Monday `weeks` weeks from now: a weekday with no warning, never in the past."""
    today = today_local()
    return today + timedelta(days=7 * weeks - today.weekday())


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """Wall-clock time in Asia/Shanghai."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=LOCAL_ZONE)


@dataclass
class World:
    services: object
    case_id: int
    case_number: str
    applicant: int  # party ids
    respondent: int
    husband: int  # agent id of the respondent's husband
    mediator: int  # mediator id


def person(services, name: str, phone: str, needs=()) -> int:
    return services.parties.register(PartyDraft(
        name=name, gender="male", phone=phone, id_number=None, needs=list(needs),
        household_address="浙江省杭州市临安区上田村1号")).id


def make_world(services, profile: CourtProfileData | None = PROFILE) -> World:
    if profile is not None:
        services.settings.save_profile(profile)
    case = services.cases.create_case(draft())
    applicant = person(services, "王𠮷", "13812345678", needs=["hearing"])
    respondent = person(services, "张堃", "13912345678")
    husband = services.parties.add_agent(respondent, AgentDraft(
        kind="relative", name="李䶮", relation="丈夫", phone="13712345678")).id
    services.cases.add_party(case.id, applicant, "applicant")
    detail = services.cases.add_party(case.id, respondent, "respondent")
    link = next(p for p in detail.parties if p.party_id == respondent)
    services.cases.attach_agent(link.id, husband)
    mediator_id = mediator(services)
    services.cases.add_mediator(case.id, mediator_id)
    return World(services, case.id, case.number, applicant, respondent, husband, mediator_id)


def hearing_draft(world: World, start: datetime, minutes: int = 90, **changes) -> HearingDraft:
    values = dict(case_id=world.case_id, kind="video_mediation", start=start,
                  end=start + timedelta(minutes=minutes), platform="mobile_micro_court",
                  meeting_link=LINK)
    values.update(changes)
    return HearingDraft(**values)


def second_case(world: World, *party_ids: int) -> int:
    """Another case sharing some of the same people (a party can be in several cases)."""
    services = world.services
    case = services.cases.create_case(draft(category="loan", summary="借款未还。"))
    for index, party_id in enumerate(party_ids):
        services.cases.add_party(case.id, party_id, "applicant" if index == 0 else "respondent")
    return case.id

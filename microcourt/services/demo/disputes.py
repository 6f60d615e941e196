"""Two demo cases from the Lin'an press reports: the shop lease heard online from three
places at once, and a support-of-elderly-parents (赡养) case mediated by the
women's-federation volunteer."""
from __future__ import annotations

from datetime import timedelta

from microcourt.db.models import Case, Hearing, HearingParticipant
from microcourt.domain import (
    AgentKind,
    CaseCategory,
    CaseRole,
    CaseStatus,
    Gender,
    HearingKind,
    HearingStatus,
    JoinLocation,
    PartyNeed,
    Platform,
)
from microcourt.services.demo.build import STATUS_PATHS, DemoWorld, at_office

MONTHLY_RENT_FEN = 350_000  # 3,500 yuan
MONTHS_UNPAID = 6
SETTLE_SCOPE = "代为承认、放弃、变更请求，进行和解，签署调解协议"


LAW_FIRM_ADDRESS = "浙江省杭州市临安区锦城街道钱王大街588号天目大厦9楼"  # the firm's office


def add_lease_case(world: DemoWorld) -> Case:
    """Tenant six months behind on the rent of a village shop; the hearing is online:
    judge in court, the landlord's lawyer at home, the tenant's husband as her agent in
    the village room, the village secretary mediating."""
    people, received = world.people, world.days_ago(12)
    landlord = people.person(gender=Gender.MALE.value, age=66, consent_on=received)
    tenant = people.person(gender=Gender.FEMALE.value, age=51, occupation="个体工商户",
                           consent_on=received)
    lawyer = people.agent(landlord, AgentKind.LAWYER.value, "陈志远", relation=None,
                          gender=Gender.MALE.value, special_authority=True, scope=SETTLE_SCOPE,
                          work_unit="浙江天目律师事务所", licence_number="13301201810123456",
                          address=LAW_FIRM_ADDRESS)
    husband = people.agent(tenant, AgentKind.CLOSE_RELATIVE.value, people.name(Gender.MALE),
                           relation="丈夫", gender=Gender.MALE.value, special_authority=True,
                           scope=SETTLE_SCOPE, age=54)
    owed = MONTHLY_RENT_FEN * MONTHS_UNPAID
    case = world.cases.case(
        CaseCategory.LEASE.value, received,
        summary=f"申请人将村口沿街商铺一间出租给被申请人经营小超市，月租金3,500元。"
                f"被申请人自今年起连续{MONTHS_UNPAID}个月未付租金。",
        claims="请求被申请人支付拖欠租金21,000元，解除租赁合同并腾退商铺。", amount_fen=owed)
    world.cases.party(case, landlord, CaseRole.APPLICANT, 1, owed, agents=(lawyer,))
    world.cases.party(case, tenant, CaseRole.RESPONDENT, 2, agents=(husband,))
    world.cases.mediator(case, world.mediators["secretary"])
    world.cases.advance(case, STATUS_PATHS[CaseStatus.IN_MEDIATION])
    world.session.flush()
    start = at_office(world.today + timedelta(days=3), 9, 30)
    hearing = Hearing(
        case_id=case.id, kind=HearingKind.ONLINE_HEARING.value,
        platform=Platform.MOBILE_MICRO_COURT.value,
        meeting_link="https://court.example/join/0571-6372", room=world.room,
        judge=world.judge, court=world.court, mediator_id=world.mediators["secretary"].id,
        start_at=start, end_at=start + timedelta(hours=1, minutes=30),
        status=HearingStatus.SCHEDULED.value)
    hearing.participants = [
        HearingParticipant(name=world.judge, role="judge", location=JoinLocation.COURT.value),
        HearingParticipant(name=world.mediators["secretary"].name, role="mediator",
                           location=JoinLocation.VILLAGE_ROOM.value,
                           phone=world.mediators["secretary"].phone),
        HearingParticipant(agent_id=lawyer.id, name=lawyer.name, role="agent",
                           location=JoinLocation.HOME.value, phone=lawyer.phone),
        HearingParticipant(agent_id=husband.id, name=husband.name, role="agent",
                           location=JoinLocation.VILLAGE_ROOM.value, phone=husband.phone),
    ]
    world.session.add(hearing)
    return case


def add_support_case(world: DemoWorld) -> Case:
    """An 83-year-old mother asks her three children for support; the women's-federation
    volunteer mediates; the agreement is signed and confirmation has been applied for."""
    people, received = world.people, world.days_ago(40)
    mother = people.person(gender=Gender.FEMALE.value, age=83, consent_on=received,
                           needs=(PartyNeed.HARD_OF_HEARING.value, PartyNeed.CANNOT_READ.value),
                           notes="耳背，说话需大声；不识字，签字处按指印。")
    helper = people.agent(mother, AgentKind.COMMUNITY.value, people.name(Gender.FEMALE),
                          relation="村妇女主任（村委会推荐）", gender=Gender.FEMALE.value,
                          special_authority=False, age=49)
    children = [people.person(gender=g.value, age=age, consent_on=received)
                for g, age in ((Gender.MALE, 60), (Gender.MALE, 57), (Gender.FEMALE, 54))]
    case = world.cases.case(
        CaseCategory.ELDERLY_SUPPORT.value, received,
        summary="申请人丧偶独居，年老多病，三名子女对赡养费和照料安排意见不一，"
                "申请人已有半年未收到赡养费。",
        claims="请求三名被申请人每人每月支付赡养费600元，轮流照料，医疗费用三人平均分担。",
        amount_fen=None)
    world.cases.party(case, mother, CaseRole.APPLICANT, 1, agents=(helper,))
    for position, child in enumerate(children, start=2):
        world.cases.party(case, child, CaseRole.RESPONDENT, position)
    women = world.mediators["women"]
    world.cases.mediator(case, women)
    timeline = world.cases.advance(case, STATUS_PATHS[CaseStatus.CONFIRMATION_APPLIED])
    agreed_on = timeline.on(CaseStatus.AGREEMENT_REACHED)
    world.cases.agreement(
        case, agreed_on, [
            "三名被申请人自本协议生效次月起，每人每月10日前向申请人支付赡养费600元。",
            "申请人由长子、次子按季度轮流接回家中照料，女儿每周探望一次。",
            "申请人的医疗费用凭票据由三名被申请人平均分担，于收到票据后十日内付清。",
        ], signers=[mother, *children], mediator=women, place=world.room, deadline=None,
        responsibilities="成年子女对父母负有赡养扶助的义务（民法典第一千零六十七条）。",
        performance_way="按月转账至申请人本人的社保卡账户")
    return case

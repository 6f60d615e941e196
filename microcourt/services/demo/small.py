"""The demo's everyday cases: one or more of every category and every status, each with
a timeline that matches its status and, once agreed, a signed agreement."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from microcourt.db.models import Case, Hearing, HearingParticipant, Party
from microcourt.domain import (
    AgentKind,
    CaseCategory,
    CaseRole,
    CaseSource,
    CaseStatus,
    Gender,
    HearingKind,
    HearingStatus,
    JoinLocation,
    Platform,
)
from microcourt.services.demo.build import (
    FAILED_THEN_CLOSED,
    STATUS_PATHS,
    DemoWorld,
    Timeline,
    at_office,
    split_exact,
)

C, S = CaseCategory, CaseStatus
FULL_AUTHORITY = "代为承认、放弃、变更请求，进行和解，签署调解协议，申请司法确认"


@dataclass(frozen=True)
class Dispute:
    category: CaseCategory
    status: CaseStatus
    days_ago: int  # received that many days before the demo day
    summary: str
    claims: str
    amount_fen: int | None
    mediator: str  # key of DemoWorld.mediators
    terms: str = ""  # the agreed performance besides the payments, once agreed
    # Days after the agreement each (equal) installment is due: the plan the payment
    # clause is written from.
    plan_days: tuple[int, ...] = (30,)
    applicant: str | None = None  # a fixed name, else a generated one
    ages: tuple[int | None, int | None] = (None, None)
    respondents: int = 1
    # The applicant's agent: (relation, AgentKind value, gender, special authority).
    agent: tuple[str, str, str, bool] | None = None
    via_failure: bool = False  # a closed case that was closed after mediation failed
    source: CaseSource = CaseSource.WALK_IN
    recusal: str | None = None  # the secretary's link to the applicant: he steps aside


DISPUTES = (
    Dispute(C.MARRIAGE_FAMILY, S.CONFIRMED, 120,
            "双方于前年经法院调解离婚，女儿随申请人生活。被申请人外出务工后未按约支付抚养费。",
            "请求被申请人补付拖欠的六个月抚养费9,000元，并按月支付抚养费。", 900_000, "women",
            terms="此后被申请人每月10日前支付抚养费1,500元，至女儿年满十八周岁止。",
            plan_days=(10,), ages=(38, 41)),
    Dispute(C.NEIGHBOURS, S.PERFORMED, 150,
            "被申请人翻建房屋时将排水沟改道，雨水流入申请人院内，院墙受潮开裂。",
            "请求被申请人将排水沟恢复原状，修复院墙。", None, "judge",
            terms="被申请人于协议生效后十日内自费将排水沟改回原走向，并修复申请人院墙。",
            recusal="申请人系其堂兄"),
    Dispute(C.LAND_CONTRACT, S.CLOSED, 260,
            "双方承包地相邻，因界桩被移动，对茶园边界约两米宽的地块各执一词。",
            "请求确定双方承包地的界线。", 0, "secretary",
            terms="双方以村委会会同双方现场测量后重新埋设的界桩为界，互不补偿。"),
    Dispute(C.SALE_CONTRACT, S.REFUSED, 90,
            "申请人向被申请人供应山核桃2,800斤（单价<20元/斤）& 香榧若干，"
            "被申请人收货后以品质问题为由拒付余款。",
            "请求被申请人支付货款48,560元。", 4_856_000, "judge",
            terms="被申请人尽快支付部分货款，其余视销售情况再商量。"),
    Dispute(C.PRIVATE_LOAN, S.REGISTERED, 5,
            "申请人前年借给被申请人50,000元用于购买农机，约定一年归还，到期后被申请人未还。",
            "请求被申请人归还借款50,000元。", 5_000_000, "judge", applicant="李䶮"),
    Dispute(C.TRAFFIC_ACCIDENT, S.IN_MEDIATION, 20,
            "被申请人驾驶电动三轮车在村道转弯时与申请人的摩托车相撞，申请人左腿骨折。",
            "请求被申请人赔偿医疗费、误工费等共计12,345.67元。", 1_234_567, "secretary"),
    Dispute(C.OTHER, S.MEDIATION_FAILED, 70,
            "申请人为被申请人建房帮工时从脚手架摔下受伤，双方对赔偿数额分歧很大。",
            "请求被申请人赔偿医疗费、误工费、护理费共计86,000元。", 8_600_000, "judge"),
    Dispute(C.NEIGHBOURS, S.REGISTERED, 2,
            "被申请人屋后竹林长过界，遮挡申请人房屋采光，竹鞭钻入申请人菜地。",
            "请求被申请人砍伐越界竹子并清除竹鞭。", None, "secretary"),
    Dispute(C.PRIVATE_LOAN, S.CONFIRMED, 180,
            "申请人年近八旬，三年前借给同村被申请人120,000元，被申请人多次承诺还款未兑现。",
            "请求被申请人归还借款120,000元及利息。", 12_000_000, "judge",
            terms="申请人放弃利息。", plan_days=(30, 91),
            ages=(78, None), agent=("儿子", AgentKind.CLOSE_RELATIVE.value, Gender.MALE.value, True)),
    Dispute(C.WAGES, S.PERFORMED, 200,
            "申请人为被申请人新建的农家乐做泥水活共62天，被申请人尚欠工钱未付。",
            "请求被申请人支付工钱18,600元。", 1_860_000, "secretary",
            plan_days=(7,)),
    Dispute(C.MARRIAGE_FAMILY, S.CLOSED, 300,
            "双方离婚时约定共同偿还建房借款，现对各自应承担的数额发生争议。",
            "请求被申请人承担建房借款的一半即40,000元。", 4_000_000, "women",
            via_failure=True, ages=(47, 50)),
    Dispute(C.SALE_CONTRACT, S.AGREEMENT_REACHED, 25,
            "申请人经营农资店，被申请人赊购化肥、农药，约定茶叶采摘后付款，至今未付。",
            "请求被申请人支付货款3,260元。", 326_000, "secretary",
            plan_days=(30,),
            source=CaseSource.GRID_REFERRAL),
    Dispute(C.TRAFFIC_ACCIDENT, S.CONFIRMATION_APPLIED, 45,
            "被申请人驾驶小货车倒车时撞倒申请人家的围墙和一棵桂花树。",
            "请求被申请人赔偿围墙修复费和桂花树损失共计25,000元。", 2_500_000, "judge",
            terms="申请人自行修复围墙。", plan_days=(15,),
            respondents=2, agent=("女儿", AgentKind.CLOSE_RELATIVE.value, Gender.FEMALE.value, False),
            source=CaseSource.COURT_REFERRAL),
)


def add_dispute(world: DemoWorld, spec: Dispute) -> Case:
    received = world.days_ago(spec.days_ago)
    applicant, respondents = _parties(world, spec, received)
    case = world.cases.case(spec.category.value, received, spec.summary, spec.claims,
                            spec.amount_fen, spec.source.value)
    agents = ()
    if spec.agent:
        relation, kind, gender, special = spec.agent
        agents = (world.people.agent(applicant, kind, world.people.name(gender), relation,
                                     gender, special, FULL_AUTHORITY if special else "", age=50),)
    world.cases.party(case, applicant, CaseRole.APPLICANT, 1, spec.amount_fen, agents=agents)
    for position, respondent in enumerate(respondents, start=2):
        world.cases.party(case, respondent, CaseRole.RESPONDENT, position)
    path = FAILED_THEN_CLOSED if spec.via_failure else STATUS_PATHS[spec.status]
    if spec.status != S.REGISTERED:
        _assign_mediators(world, case, spec, applicant)
    timeline = world.cases.advance(case, path)
    if S.AGREEMENT_REACHED in path:
        _agreement(world, case, spec, timeline, applicant, respondents)
    if spec.status == S.IN_MEDIATION:
        _schedule_video_mediation(world, case, applicant, respondents)
    return case


def _parties(world: DemoWorld, spec: Dispute, received) -> tuple[Party, list[Party]]:
    applicant_age, respondent_age = spec.ages
    applicant = world.people.person(name=spec.applicant, age=applicant_age, consent_on=received)
    respondents = [world.people.person(age=respondent_age, consent_on=received)
                   for _ in range(spec.respondents)]
    return applicant, respondents


def _assign_mediators(world: DemoWorld, case: Case, spec: Dispute, applicant: Party) -> None:
    world.cases.mediator(case, world.mediators[spec.mediator])
    if spec.recusal:  # 特邀调解规定 art. 15: a close relative of a party steps aside
        world.session.flush()
        world.cases.mediator(case, world.mediators["secretary"], is_lead=False, recused=True,
                             linked_party_id=applicant.id, link_description=spec.recusal)


def _agreement(world: DemoWorld, case: Case, spec: Dispute, timeline: Timeline,
               applicant: Party, respondents: list[Party]) -> None:
    agreed_on = timeline.on(S.AGREEMENT_REACHED)
    performed_on = timeline.on(S.PERFORMED)
    due = performed_on or agreed_on + timedelta(days=30)
    mediator = world.mediators[spec.mediator]
    clauses = [t for t in (spec.terms, "双方就本纠纷再无其他争议。") if t]
    agreement = world.cases.agreement(
        case, agreed_on, clauses, signers=[applicant, *respondents], mediator=mediator,
        place=world.room, deadline=due)
    if spec.amount_fen:
        # a performed case was paid by the day it was recorded as performed
        dues = [min(agreed_on + timedelta(days=d), performed_on or date.max)
                for d in spec.plan_days]
        amounts = split_exact(spec.amount_fen, [1] * len(dues))
        world.cases.installments(agreement, amounts, dues[0], payer=respondents[0],
                                 payee=applicant, paid_until=performed_on, dues=dues)
        world.cases.write_from_plan(agreement, case)


def _schedule_video_mediation(world: DemoWorld, case: Case, applicant: Party,
                              respondents: list[Party]) -> None:
    """A video mediation next week: the applicant is still in bed at home after the
    accident, the respondent comes to the village room."""
    world.session.flush()
    start = at_office(world.today + timedelta(days=7), 14, 0)
    mediator = world.mediators["secretary"]
    hearing = Hearing(case_id=case.id, kind=HearingKind.VIDEO_MEDIATION.value,
                      platform=Platform.ZHEJIANG_ODR.value, room=world.room,
                      mediator_id=mediator.id, start_at=start,
                      end_at=start + timedelta(hours=1), status=HearingStatus.SCHEDULED.value)
    hearing.participants = [
        HearingParticipant(name=mediator.name, role="mediator",
                           location=JoinLocation.VILLAGE_ROOM.value),
        HearingParticipant(party_id=applicant.id, name=applicant.name,
                           role=CaseRole.APPLICANT.value, location=JoinLocation.HOME.value,
                           phone=applicant.phone, needs_help=True),
        *[HearingParticipant(party_id=p.id, name=p.name, role=CaseRole.RESPONDENT.value,
                             location=JoinLocation.VILLAGE_ROOM.value, phone=p.phone)
          for p in respondents],
    ]
    world.session.add(hearing)

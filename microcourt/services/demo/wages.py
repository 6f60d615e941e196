"""The demo's large case, modelled on Lin'an: a shoe factory stopped production owing
77 workers nearly 400,000 yuan; mediated with a judge's guidance into an installment
agreement, ready for the liaison to file the 77 confirmation applications online."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from microcourt.db.models import Case, Hearing, HearingParticipant, Party
from microcourt.domain import (
    AgentKind,
    CaseCategory,
    CaseRole,
    CaseSource,
    CaseStatus,
    Gender,
    HearingKind,
    HearingOutcome,
    HearingStatus,
    JoinLocation,
    PartyNeed,
    Platform,
)
from microcourt.services.demo.build import STATUS_PATHS, DemoWorld, at_office, split_exact

WORKERS = 77
TOTAL_FEN = 39_786_450  # 397,864.50 yuan
INSTALLMENT_WEIGHTS = [4, 3, 3]  # 40 % now, then 30 % and 30 % a month apart
SETTLE_SCOPE = "代为承认、放弃、变更请求，进行和解，签署调解协议，申请司法确认"
COMPANY = "杭州临安卓步鞋业有限公司"

# Workers whose names exercise rare characters and a minority name: (name, gender, age,
# ethnicity, region code of the card's issuing place, or a fixed birthday).
NAMED_WORKERS = (
    ("王𠮷", Gender.MALE, 58, "汉族", "330185", None),
    ("张堃", Gender.MALE, 52, "汉族", "330185", None),
    ("阿依古丽·买买提", Gender.FEMALE, 48, "维吾尔族", "653101", None),
    ("俞桂英", Gender.FEMALE, None, "汉族", "330185", date(1964, 2, 29)),
)


def yuan(fen: int) -> str:
    return f"{Decimal(fen) / 100:,.2f}"


def add_wage_case(world: DemoWorld) -> Case:
    received = world.days_ago(30)
    company, company_agent = _company(world, received)
    workers = _workers(world, received)
    amounts = split_exact(TOTAL_FEN, [world.rng.randint(30, 90) for _ in workers])
    case = world.cases.case(
        CaseCategory.WAGES.value, received,
        summary=f"{COMPANY}因订单减少自去年起停产，拖欠{WORKERS}名职工工资共计{yuan(TOTAL_FEN)}元。"
                "职工多为五六十岁的本地村民，网格员排查后移交微法庭。",
        claims=f"请求被申请人支付拖欠的工资共计{yuan(TOTAL_FEN)}元（每人金额见清单）。",
        amount_fen=TOTAL_FEN, source=CaseSource.GRID_REFERRAL.value)
    claimants = [world.cases.party(case, worker, CaseRole.APPLICANT, i, amount)
                 for i, (worker, amount) in enumerate(zip(workers, amounts, strict=True), 1)]
    world.cases.party(case, company, CaseRole.RESPONDENT, WORKERS + 1, agents=(company_agent,))
    world.cases.mediator(case, world.mediators["judge"])
    world.cases.mediator(case, world.mediators["secretary"], is_lead=False)
    timeline = world.cases.advance(case, STATUS_PATHS[CaseStatus.AGREEMENT_REACHED])
    agreed_on = timeline.on(CaseStatus.AGREEMENT_REACHED)
    _mediation_session(world, case, agreed_on, company_agent, workers[:3])
    first_due = agreed_on + timedelta(days=20)
    agreement = world.cases.agreement(
        case, agreed_on, _clauses(), signers=workers + [company],
        mediator=world.mediators["judge"], place=world.room,
        deadline=None,  # written from the plan
        responsibilities="被申请人对拖欠工资负全部责任。",
        performance_way="银行转账至每名申请人本人的银行账户",
        performance_place="杭州市临安区", breach_terms="任何一期未按时足额支付的，申请人可就全部"
                                                   "未付款项申请强制执行。")
    for claimant, worker, amount in zip(claimants, workers, amounts, strict=True):
        world.cases.installments(agreement, split_exact(amount, INSTALLMENT_WEIGHTS), first_due,
                                 payer=company, payee=worker, claimant=claimant)
    world.cases.write_from_plan(agreement, case, at=1)  # after the confirmed debt
    return case


def _company(world: DemoWorld, received: date):
    company = world.people.company(
        COMPANY, "73920581", legal_rep="周建国", title="执行董事兼总经理",
        phone="0571-63881234", address="浙江省杭州市临安区玲珑街道工业园区8号",
        consent_on=received)
    agent = world.people.agent(
        company, AgentKind.EMPLOYEE.value, "方丽萍", relation="财务主管",
        gender=Gender.FEMALE.value, special_authority=True, scope=SETTLE_SCOPE, age=46)
    return company, agent


def _workers(world: DemoWorld, received: date) -> list[Party]:
    workers = [world.people.person(name, gender.value, age, birth=birth, region=region,
                                   ethnicity=ethnicity, occupation="制鞋工", consent_on=received)
               for name, gender, age, ethnicity, region, birth in NAMED_WORKERS]
    rng = world.rng
    while len(workers) < WORKERS:
        gender = Gender.FEMALE if rng.random() < 0.6 else Gender.MALE
        needs = rng.choice(((), (), (), (PartyNeed.DIALECT_ONLY.value,),
                            (PartyNeed.CANNOT_READ.value,), (PartyNeed.POOR_SIGHT.value,)))
        workers.append(world.people.person(gender=gender.value, age=rng.randint(45, 66),
                                           needs=needs, occupation="制鞋工", consent_on=received))
    rng.shuffle(workers)
    return workers


def _clauses() -> list[str]:
    """The terms besides the payments, whose clause is written from the plan."""
    return [
        f"被申请人{COMPANY}确认拖欠{WORKERS}名申请人工资共计人民币{yuan(TOTAL_FEN)}元，"
        "每名申请人的金额以所附清单为准。",
        "被申请人任何一期未按时足额支付的，申请人可就全部未付款项向人民法院申请强制执行。",
        "申请人放弃其他请求，双方就本纠纷再无其他争议。",
        "双方同意自本协议生效之日起三十日内共同向杭州市临安区人民法院申请司法确认。",
    ]


def _mediation_session(world: DemoWorld, case: Case, day: date, company_agent,
                       representatives: list[Party]) -> Hearing:
    """The video mediation, guided by the judge from the court, that produced the
    agreement: workers' representatives and the company in the village room."""
    world.session.flush()
    hearing = Hearing(
        case_id=case.id, kind=HearingKind.VIDEO_MEDIATION.value,
        platform=Platform.COURT_MEDIATION.value, room=world.room, judge=world.judge,
        court=world.court, mediator_id=world.mediators["judge"].id,
        start_at=at_office(day, 9), end_at=at_office(day, 11, 30),
        status=HearingStatus.HELD.value, outcome=HearingOutcome.AGREEMENT.value,
        outcome_notes="在法官指导下达成分期付款协议。")
    rows = [HearingParticipant(name=world.judge, role="judge", location=JoinLocation.COURT.value),
            HearingParticipant(name=world.mediators["judge"].name, role="mediator",
                               location=JoinLocation.VILLAGE_ROOM.value),
            HearingParticipant(agent_id=company_agent.id, name=company_agent.name, role="agent",
                               location=JoinLocation.VILLAGE_ROOM.value,
                               phone=company_agent.phone)]
    rows += [HearingParticipant(party_id=p.id, name=p.name, role=CaseRole.APPLICANT.value,
                                location=JoinLocation.VILLAGE_ROOM.value, phone=p.phone,
                                needs_help=bool(p.needs))
             for p in representatives]
    hearing.participants = rows
    world.session.add(hearing)
    return hearing

"""The demo dataset: a realistic micro-court in Lin'an district, Zhejiang (DESIGN.md
section 1), loaded into an empty database in one transaction.

`load_demo` is a progress generator: closing it part-way (the cancel button) raises
GeneratorExit inside the transaction, which rolls everything back. Randomness has a fixed
seed and dates count back from the demo day, so the same day always gives the same data.
"""
from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from microcourt.db.models import (
    Agreement,
    Case,
    CourtProfile,
    Hearing,
    Installment,
    Mediator,
    Party,
    PartyAgent,
)
from microcourt.domain import PartyKind
from microcourt.errors import UserError
from microcourt.services.audit import chain as audit
from microcourt.services.demo.build import CaseBuilder, DemoWorld
from microcourt.services.demo.disputes import add_lease_case, add_support_case
from microcourt.services.demo.people import PeopleFactory
from microcourt.services.demo.small import DISPUTES, add_dispute
from microcourt.services.demo.wages import add_wage_case
from microcourt.services.kernel import changes
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.progress import Progress
from microcourt.services.kernel.rules import ADMIN, EVERYONE, allowed
from microcourt.services.settings.service import DEFAULT_NUMBER_PATTERN
from microcourt.timeutil import today_local

SEED = 20210315
NOT_EMPTY = "数据目录不是空的，演示数据只能装入空的数据库。"
DEMO_PROFILE = dict(
    name="上田村微法庭", village="上田村", committee="上田村人民调解委员会",
    court="杭州市临安区人民法院", liaison_name="俞晓燕", liaison_phone="13857112345",
    address="浙江省杭州市临安区玲珑街道上田村村民委员会", room="村委会二楼微法庭调解室",
    judge="陈立新", case_number_pattern=DEFAULT_NUMBER_PATTERN)
MEDIATORS = {  # role -> (name, organization, specialties as mediators.Specialty codes)
    "secretary": ("俞国强", "上田村党支部（村党支部书记）", "neighbour,land,lease,other"),
    "women": ("潘美娟", "临安区妇联巾帼志愿调解队", "family"),
    "judge": ("金德明", "杭州市临安区人民法院（退休法官）", "labour,loan,traffic"),
}


@dataclass(frozen=True)
class DemoSummary:
    parties: int
    organizations: int
    agents: int
    cases: int
    mediators: int
    hearings: int
    agreements: int
    installments: int


class DemoService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @allowed(EVERYONE, what="查看数据")
    def is_empty(self) -> bool:
        """No parties and no cases: the demo may be loaded (a court profile may exist)."""
        with self.ctx.db.reading() as session:
            return _is_empty(session)

    @allowed(ADMIN, what="载入演示数据")
    def load(self, today: date | None = None) -> Iterator[Progress]:
        return _load(self.ctx, today or today_local())


def load_demo(services, today: date | None = None) -> Iterator[Progress]:
    """Fill the empty database of `services` (the facade) with the demo, through its
    guard (administrators only); the generator's return value is a DemoSummary.
    Raises UserError on a non-empty one."""
    return services.demo.load(today)


def _load(ctx: AppContext, today: date) -> Iterator[Progress]:
    with ctx.db.transaction() as session:
        if not _is_empty(session):
            raise UserError(NOT_EMPTY)
        world = _world(session, today)
        steps = _steps(world)
        for done, (message, step) in enumerate(steps):
            yield Progress(done, len(steps), message)
            step()
        session.flush()
        summary = _summary(session)
        audit.record(session, ctx.actor, "demo.load", **asdict(summary))
        changes.note(session, changes.EVERYTHING)
    yield Progress(len(steps), len(steps), "演示数据已装入")
    return summary


def _is_empty(session: Session) -> bool:
    return not (session.scalar(select(func.count()).select_from(Party))
                or session.scalar(select(func.count()).select_from(Case)))


def _world(session: Session, today: date) -> DemoWorld:
    profile = session.scalar(select(CourtProfile).limit(1))
    if profile is None:  # keep the liaison's own particulars if already saved
        profile = CourtProfile(**DEMO_PROFILE)
        session.add(profile)
    mediators = {role: Mediator(name=name, organization=org, specialties=specialties,
                                phone=phone)
                 for (role, (name, org, specialties)), phone
                 in zip(MEDIATORS.items(), ("13905718801", "13957102266", "0571-63758810"))}
    session.add_all(mediators.values())
    rng = random.Random(SEED)
    people = PeopleFactory(session, rng, today)
    people.reserve_names([m.name for m in mediators.values()] + [profile.liaison_name])
    return DemoWorld(session=session, rng=rng, today=today, people=people,
                     cases=CaseBuilder(session, today, profile.liaison_name),
                     mediators=mediators, court=profile.court,
                     judge=profile.judge or DEMO_PROFILE["judge"],
                     room=profile.room or DEMO_PROFILE["room"])


def _steps(world: DemoWorld) -> list[tuple[str, Callable[[], object]]]:
    """Scenario builders, oldest case first so registry numbers follow the dates."""
    scenarios: list[tuple[int, str, Callable[[], object]]] = [
        (30, "七十七名职工追索劳动报酬案", lambda: add_wage_case(world)),
        (12, "商铺租赁案及在线庭审", lambda: add_lease_case(world)),
        (40, "赡养纠纷案", lambda: add_support_case(world)),
    ]
    scenarios += [(spec.days_ago, spec.category.cn, lambda spec=spec: add_dispute(world, spec))
                  for spec in DISPUTES]
    scenarios.sort(key=lambda item: -item[0])
    return [(f"正在装入：{title}", build) for _, title, build in scenarios]


def _summary(session: Session) -> DemoSummary:
    def count(model, *where) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where))

    return DemoSummary(
        parties=count(Party), organizations=count(Party, Party.kind == PartyKind.ORGANIZATION),
        agents=count(PartyAgent), cases=count(Case), mediators=count(Mediator),
        hearings=count(Hearing), agreements=count(Agreement), installments=count(Installment))

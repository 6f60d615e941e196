"""Property: whatever sequence of bookings and reschedules the liaison attempts, the
service never leaves two overlapping scheduled hearings sharing a room, a mediator, a
party or an agent, and it refuses only attempts that really clash."""
import itertools
from datetime import timedelta

import pytest
from cases_support import draft, mediator
from hearing_support import PROFILE, at, monday_in_weeks, person
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from microcourt.errors import ValidationErrors
from microcourt.services import open_services
from microcourt.services.hearings.dto import HearingDraft, ParticipantDraft
from microcourt.services.parties.dto import AgentDraft

ROOMS = ("", "调解室", "二楼会议室")  # "": the court profile's room
_WEEKS = itertools.count(2)  # every example books in a week of its own


@pytest.fixture(scope="module")
def pool(tmp_path_factory):
    """Three cases sharing parties, an agent and two mediators."""
    services = open_services(tmp_path_factory.mktemp("hearing-property") / "data")
    services.settings.save_profile(PROFILE)
    parties = [person(services, name, f"1381234567{i}")
               for i, name in enumerate(("王𠮷", "张堃", "李䶮", "阿依古丽·买买提"))]
    agent = services.parties.add_agent(parties[1], AgentDraft(kind="relative", name="赵喆",
                                                              relation="丈夫")).id
    mediators = [mediator(services, "俞国强"), mediator(services, "金德明", "13905718802")]
    cases = []
    for applicant, respondent, on_case in ((0, 1, (0, 1)), (1, 2, (0, 1)), (2, 3, (1,))):
        case = services.cases.create_case(draft())
        services.cases.add_party(case.id, parties[applicant], "applicant")
        detail = services.cases.add_party(case.id, parties[respondent], "respondent")
        for link in detail.parties:
            if link.party_id == parties[1]:
                services.cases.attach_agent(link.id, agent)
        for index in on_case:
            services.cases.add_mediator(case.id, mediators[index])
        people = [ParticipantDraft(name=p.name, role=p.role, party_id=p.party_id)
                  for p in services.cases.get_case(case.id).parties]
        if parties[1] in (parties[applicant], parties[respondent]):
            people.append(ParticipantDraft(name="赵喆", role="agent", agent_id=agent))
        cases.append((case.id, [mediators[i] for i in on_case], people))
    yield services, cases
    services.close()


schedule_ops = st.tuples(st.just("schedule"), st.integers(0, 2), st.integers(0, 24),
                         st.integers(1, 8), st.sampled_from(ROOMS), st.integers(0, 2),
                         st.lists(st.integers(0, 2), min_size=1, max_size=3, unique=True))
reschedule_ops = st.tuples(st.just("reschedule"), st.integers(0, 20), st.integers(0, 24),
                           st.integers(1, 8))


def resources(hearing) -> set:
    keys = {("party", p.party_id) for p in hearing.participants if p.party_id} | \
           {("agent", p.agent_id) for p in hearing.participants if p.agent_id}
    if hearing.room:
        keys.add(("room", hearing.room))
    if hearing.mediator_id:
        keys.add(("mediator", hearing.mediator_id))
    return keys


def overlap(a_start, a_end, b_start, b_end) -> bool:
    return a_start < b_end and b_start < a_end


def clashes_with(scheduled, start, end, keys, skip_id=None) -> bool:
    """The oracle: an independent statement of the rule."""
    return any(h.id != skip_id and overlap(start, end, h.start, h.end) and keys & resources(h)
               for h in scheduled)


def attempt_schedule(cases, monday, op):
    _, case_index, slot, length, room, mediator_choice, people = op
    case_id, case_mediators, case_people = cases[case_index]
    start = at(monday, 8) + timedelta(minutes=15 * slot)
    chosen = case_mediators[mediator_choice] if mediator_choice < len(case_mediators) else None
    participants = [case_people[i] for i in people if i < len(case_people)] or case_people[:1]
    return HearingDraft(
        case_id=case_id, start=start, end=start + timedelta(minutes=15 * length),
        platform="mobile_micro_court", room=room, mediator_id=chosen,
        participants=participants)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(schedule_ops, reschedule_ops), min_size=1, max_size=8))
def test_no_accepted_schedule_ever_double_books(pool, ops):
    services, cases = pool
    hearings = services.hearings
    monday = monday_in_weeks(next(_WEEKS))
    booked: list[int] = []
    for op in ops:
        scheduled = [h for h in hearings.list_range(monday, monday) if h.is_scheduled]
        if op[0] == "schedule":
            draft_ = attempt_schedule(cases, monday, op)
            try:
                created = hearings.schedule(draft_)
            except ValidationErrors as refused:
                assert set(refused.by_field()) <= {"room", "mediator_id", "participants"}
                created = None
            if created is not None:
                booked.append(created.id)
                # the accepted hearing's own resources did not clash before it was added
                assert not clashes_with(scheduled, created.start, created.end,
                                        resources(created), created.id)
            else:
                keys = {("party", p.party_id) for p in draft_.participants if p.party_id} | \
                       {("agent", p.agent_id) for p in draft_.participants if p.agent_id}
                keys.add(("room", draft_.room or PROFILE.room))  # empty: the default room
                keys.add(("mediator", draft_.mediator_id or cases[op[1]][1][0]))  # or the lead
                assert clashes_with(scheduled, draft_.start, draft_.end, keys)
        elif booked:
            _, which, slot, length = op
            target = hearings.get(booked[which % len(booked)])
            start = at(monday, 8) + timedelta(minutes=15 * slot)
            end = start + timedelta(minutes=15 * length)
            if (start, end) == (target.start, target.end):
                continue
            try:
                hearings.reschedule(target.id, start, end, "调整时间")
                moved = True
            except ValidationErrors:
                moved = False
            assert moved != clashes_with(scheduled, start, end, resources(target), target.id)
    final = [h for h in hearings.list_range(monday, monday) if h.is_scheduled]
    for a, b in itertools.combinations(final, 2):
        assert not (overlap(a.start, a.end, b.start, b.end) and resources(a) & resources(b)), \
            (a, b)

"""A mediator's scope cannot be slipped (issue 12 item 1): every reference is resolved to
its row before the scope is checked, whatever its spelling, and the service works on the
row that was checked. A mediator sees only the parties of their own cases, and the
monthly report they may read names no other case's applicants."""
from __future__ import annotations

import dataclasses
import inspect
from dataclasses import dataclass, field
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from workbench_support import agreement, at, case, filing, hearing, installment, person

from microcourt.db.models import AuditEntry, CaseEvent, CaseMediator, CaseParty, Mediator, Party
from microcourt.errors import NotFound
from microcourt.services import open_services
from microcourt.services.kernel import refs, rules
from microcourt.services.kernel.context import CLI_ACTOR, Actor
from microcourt.services.kernel.guard import PermissionDenied
from microcourt.services.kernel.review import guarded_services
from microcourt.services.reports.statistics_dto import Period

RECEIVED = date(2025, 3, 10)
SPACES = [" ", "\n", "\t", "\r\n", "\u3000", "\u200b", "\ufeff", "  \n"]
FULL = {str(d): chr(0xFF10 + d) for d in range(10)}


@dataclass
class Rows:
    """One case's rows of every kind a scoped argument can name."""

    case: int
    number: str
    parties: list[int]
    names: list[str]
    phones: list[str]
    case_parties: list[int]
    case_mediator: int
    agreement: int
    installment: int
    hearing: int
    filing: int


@dataclass
class ScopeWorld:
    services: object
    own: Rows
    other: Rows
    recused: Rows                 # a case the mediator stepped aside from
    shared_party: int             # on an own case and on the other case
    mediator: int
    rows_of_kind: dict = field(default_factory=dict)  # kind -> [(ref, is_own)]


def _case_rows(s, mediator_id: int, names: tuple[str, str], recused: bool = False,
               extra_party=None) -> Rows:
    applicant, respondent = person(s, names[0]), person(s, names[1])
    applicants = [applicant] + ([extra_party] if extra_party else [])
    row = case(s, RECEIVED, "agreed", applicants, [respondent], category="loan")
    link = CaseMediator(case_id=row.id, mediator_id=mediator_id, is_lead=True, recused=recused)
    s.add(link)
    signed = agreement(s, row, effective_on=RECEIVED, total_fen=100_000)
    plan = installment(s, signed, date(2025, 4, 1), 100_000, respondent, applicant,
                       claimant=row.parties[0])
    booked = hearing(s, row, at(date(2025, 3, 12), 9), at(date(2025, 3, 12), 10))
    filed = filing(s, row, signed, "generated")
    s.flush()
    return Rows(row.id, row.number, [p.id for p in (applicant, respondent)],
                [applicant.name, respondent.name], [applicant.phone, respondent.phone],
                [cp.id for cp in row.parties], link.id, signed.id, plan.id, booked.id, filed.id)


@pytest.fixture(scope="module")
def scope_world(tmp_path_factory):
    services = open_services(tmp_path_factory.mktemp("scope") / "data")
    with services.ctx.db.transaction() as s:
        mine, theirs = Mediator(name="俞国强", phone="13905718801"), \
            Mediator(name="章丽华", phone="13905718802")
        s.add_all([mine, theirs])
        s.flush()
        own = _case_rows(s, mine.id, ("王𠮷", "张堃"))
        shared = person(s, "阿依古丽·买买提")
        other = _case_rows(s, theirs.id, ("李䶮", "赵喆"), extra_party=shared)
        s.flush()
        # the shared party is also an applicant of the own case
        s.add(CaseParty(case_id=own.case, party_id=shared.id, role="applicant", position=50))
        recused = _case_rows(s, mine.id, ("钱犇", "孙赟"), recused=True)
        mediator_id = mine.id
    world = ScopeWorld(services, own, other, recused, shared.id, mediator_id)
    services.act_as(Actor(name="俞国强", role="mediator", operator_id=99,
                          mediator_id=mediator_id))
    yield world
    services.close()


def _refs(world: ScopeWorld, kind: str) -> list[tuple[object, bool]]:
    """(reference, belongs to the mediator) for every row of `kind` in the world."""
    cases = [(world.own, True), (world.other, False), (world.recused, False)]
    if kind == rules.CASE:
        return [(ref, own) for rows, own in cases for ref in (rows.case, rows.number)]
    if kind == rules.PARTY:
        found = [(p, own) for rows, own in cases for p in rows.parties]
        return found + [(world.shared_party, True)]  # on one of theirs: enough
    attribute = {rules.CASE_PARTY: "case_parties", rules.CASE_MEDIATOR: "case_mediator",
                 rules.AGREEMENT: "agreement", rules.INSTALLMENT: "installment",
                 rules.HEARING: "hearing", rules.FILING: "filing"}[kind]
    found = []
    for rows, own in cases:
        value = getattr(rows, attribute)
        found += [(v, own) for v in (value if isinstance(value, list) else [value])]
    return found


def _canonical(world: ScopeWorld, kind: str, ref) -> int:
    if kind == rules.CASE and isinstance(ref, str):
        return next(r.case for r in (world.own, world.other, world.recused) if r.number == ref)
    return ref


@st.composite
def spelling(draw, ref):
    """`ref` as a person might type or paste it: int or string, padded, with full-width
    digits, zero-width characters or leading zeros."""
    if isinstance(ref, int) and draw(st.booleans()):
        return ref
    text = str(ref)
    if text.isdigit() and draw(st.booleans()):
        text = "0" * draw(st.integers(0, 3)) + text
    text = "".join(FULL[ch] if ch in FULL and draw(st.booleans()) else ch for ch in text)
    before = draw(st.lists(st.sampled_from(SPACES), max_size=3))
    after = draw(st.lists(st.sampled_from(SPACES), max_size=3))
    return "".join(before) + text + "".join(after)


JUNK = st.one_of(st.none(), st.booleans(), st.integers(-3, 10 ** 20), st.floats(),
                 st.text(max_size=12), st.sampled_from(["+4", "4.0", "٤", "1e3", "0", "-1",
                                                        "上田微调", "4 4", "[4]"]))


def scoped_methods(services) -> list[tuple[str, str, object, rules.Scope]]:
    """(service, method, proxy, scope) of every method a mediator may call with a
    scoped argument."""
    found = []
    for name, proxy in guarded_services(services):
        cls = proxy.unguarded_type
        for method in dir(cls):
            rule = rules.rule_of(getattr(cls, method)) if not method.startswith("_") else None
            if rule and rule.declared and rules.MEDIATOR in rule.roles:
                found += [(name, method, proxy, scope) for scope in rule.scopes]
    return found


def test_every_reference_kind_a_method_uses_is_covered(scope_world):
    methods = scoped_methods(scope_world.services)
    assert len(methods) >= 25
    assert {scope.kind for *_rest, scope in methods} >= {
        rules.CASE, rules.PARTY, rules.AGREEMENT, rules.INSTALLMENT, rules.HEARING, rules.FILING}


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_no_spelling_of_any_reference_widens_a_mediators_reach(scope_world, monkeypatch,
                                                               data):
    """For every scoped method, in every example: whatever is passed for the scoped
    argument (a spelling of a row of their own case, of another mediator's case, of a
    case they stepped aside from, or junk), the service runs only for a row of their
    own cases, and is then handed exactly that row's id."""
    world = scope_world
    for service_name, method, proxy, scope in scoped_methods(world.services):
        candidates = _refs(world, scope.kind)
        ref, own = data.draw(st.sampled_from(candidates), label=f"{method} row")
        given_ref = data.draw(JUNK if data.draw(st.integers(0, 9)) == 0 else spelling(ref),
                              label=f"{method} {scope.arg}")
        if scope.kind == rules.FILING and data.draw(st.booleans()):
            given_ref = [given_ref]  # filings also come as a list
        passed = _call_recording(monkeypatch, proxy, method, scope, given_ref)
        if passed is REFUSED:
            continue
        ids = passed if isinstance(passed, list) else [passed]
        allowed = {_canonical(world, scope.kind, r) for r, mine in candidates if mine}
        assert all(type(i) is int and i in allowed for i in ids), \
            f"{service_name}.{method}({scope.arg}={given_ref!r}) reached the service with {passed!r}"


REFUSED = object()


def _call_recording(monkeypatch, proxy, method: str, scope: rules.Scope, given_ref):
    """Call `method` through the guard with `given_ref` for the scoped argument (None for
    the others) and the service replaced by a recorder: what the service was handed for
    that argument, or REFUSED (and then the service was not called)."""
    received = []
    monkeypatch.setattr(proxy._service, method, lambda *a, **k: received.append((a, k)))
    signature = inspect.signature(getattr(proxy, method))
    arguments = {p: None for p, param in signature.parameters.items()
                 if param.default is inspect.Parameter.empty and param.kind in
                 (param.POSITIONAL_OR_KEYWORD, param.KEYWORD_ONLY)}
    arguments[scope.arg] = given_ref
    try:
        getattr(proxy, method)(**arguments)
    except (PermissionDenied, NotFound):
        assert not received
        return REFUSED
    finally:
        monkeypatch.undo()
    [(args, kwargs)] = received
    return signature.bind(*args, **kwargs).arguments[scope.arg]


@pytest.mark.parametrize("spell", [
    lambda rows: " " + rows.number, lambda rows: rows.number + "\n",
    lambda rows: "\u3000" + rows.number.replace("1", "１"), lambda rows: str(rows.case),
    lambda rows: f" {rows.case}\n", lambda rows: "".join(FULL[d] for d in str(rows.case))])
def test_the_reported_slips_are_refused_and_nothing_is_written(scope_world, spell):
    """The attack: a padded number, or an id as a string, passed the old guard; the
    mediator read another mediator's case and agreement, added a note, and drafted."""
    services, other = scope_world.services, scope_world.other
    before = _counts(services)
    ref = spell(other)
    for attempt in (lambda: services.cases.get_case(ref),
                    lambda: services.agreements.current(ref),
                    lambda: services.agreements.versions(ref),
                    lambda: services.cases.add_note(ref, "越权的备注"),
                    lambda: services.agreements.create_draft(ref),
                    lambda: services.filings.list_for_case(ref),
                    lambda: services.hearings.list_for_case(ref)):
        with pytest.raises(PermissionDenied, match="不是您调解的"):
            attempt()
    assert _counts(services) == before


def test_the_same_spellings_of_their_own_case_work(scope_world):
    services, own = scope_world.services, scope_world.own
    for ref in (" " + own.number + "\n", str(own.case), "".join(FULL[d] for d in str(own.case)),
                own.number.replace("2", "２")):
        assert services.cases.get_case(ref).id == own.case
        assert services.agreements.current(ref).id == own.agreement
        assert [h.id for h in services.hearings.list_for_case(ref)] == [own.hearing]


def test_a_recused_mediator_is_outside_the_case_by_every_reference(scope_world):
    services, recused = scope_world.services, scope_world.recused
    for attempt in (lambda: services.cases.get_case(recused.case),
                    lambda: services.agreements.get(recused.agreement),
                    lambda: services.hearings.get(recused.hearing),
                    lambda: services.filings.get([recused.filing]),
                    lambda: services.parties.get(recused.parties[0])):
        with pytest.raises(PermissionDenied):
            attempt()


def _counts(services) -> tuple[int, int]:
    with services.ctx.db.reading() as s:
        return (s.scalar(select(func.count(CaseEvent.id))),
                s.scalar(select(func.count(AuditEntry.id))))


def test_mediators_see_only_the_parties_of_their_own_cases(scope_world):
    services, own, other = scope_world.services, scope_world.own, scope_world.other
    mine = set(own.parties) | {scope_world.shared_party}
    page = services.parties.page("")
    assert {row.id for row in page.rows} == mine and page.total == len(mine)
    assert services.parties.count("") == len(mine)
    assert {row.id for row in services.parties.search("", 0, 100)} == mine
    for text in (other.names[0], other.phones[1][-4:], other.phones[0]):
        assert services.parties.page(text).total == 0
        assert services.parties.search(text) == []
    assert [r.id for r in services.parties.page(own.names[0]).rows] == [own.parties[0]]
    # Paging inside their reach: the window and the total agree.
    first, rest = services.parties.page("", 0, 1), services.parties.page("", 1, 10)
    assert first.total == len(mine) and len(first.rows) + len(rest.rows) == len(mine)
    # Asking for more than their reach changes nothing.
    assert services.parties.count("", within_cases=[other.case]) == len(mine)
    with pytest.raises(PermissionDenied):
        services.parties.agents(other.parties[1])
    assert services.parties.get(scope_world.shared_party).id == scope_world.shared_party


def test_identity_lookups_find_only_their_parties(scope_world):
    services, own, other = scope_world.services, scope_world.own, scope_world.other
    with services.ctx.db.reading() as s:
        identity = {p.id: (p.id_type, p.id_number) for p in s.scalars(
            select(Party).where(Party.id.in_([own.parties[0], other.parties[0]])))}
    assert services.parties.find_by_identity(*identity[own.parties[0]]) == own.parties[0]
    assert services.parties.find_by_identity(*identity[other.parties[0]]) is None
    found = services.parties.existing_identities([identity[own.parties[0]],
                                                  identity[other.parties[0]]])
    assert list(found.values()) == [own.parties[0]]


def test_the_liaison_still_sees_everyone(scope_world):
    services = scope_world.services
    services.act_as(CLI_ACTOR)
    try:
        every = set(scope_world.own.parties + scope_world.other.parties
                    + scope_world.recused.parties) | {scope_world.shared_party}
        assert {r.id for r in services.parties.page("", 0, 100).rows} == every
        assert services.cases.get_case(" " + scope_world.other.number).id == \
            scope_world.other.case
    finally:
        services.act_as(Actor(name="俞国强", role="mediator", operator_id=99,
                              mediator_id=scope_world.mediator))


def _names(value) -> str:
    return repr(dataclasses.asdict(value)) if dataclasses.is_dataclass(value) else repr(value)


def test_the_monthly_report_and_statistics_name_no_other_cases_applicants(scope_world):
    services, own, other = scope_world.services, scope_world.own, scope_world.other
    month = Period.month(RECEIVED.year, RECEIVED.month)
    report = services.reports.monthly(month)
    assert [c.number for c in report.cases] == [own.number]
    text = _names(report) + _names(services.statistics.compute(month))
    for name in other.names + scope_world.recused.names:
        assert name not in text
    assert own.names[0] in text  # their own case's applicant is listed
    services.act_as(CLI_ACTOR)
    try:
        assert {c.number for c in services.reports.monthly(month).cases} == {
            own.number, other.number, scope_world.recused.number}
    finally:
        services.act_as(Actor(name="俞国强", role="mediator", operator_id=99,
                              mediator_id=scope_world.mediator))


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_resolver_finds_the_same_row_for_every_spelling_of_every_kind(scope_world, data):
    """The one resolver behind the guard and load_case: any spelling of a row resolves
    to that row and its case, whatever the kind (case parties and case mediators too)."""
    world = scope_world
    kind = data.draw(st.sampled_from(rules.KINDS), label="kind")
    ref, _own = data.draw(st.sampled_from(_refs(world, kind)), label="row")
    with world.services.ctx.db.reading() as session:
        resolved = refs.resolve(session, kind, data.draw(spelling(ref), label="spelled"))
        expected = refs.resolve(session, kind, ref)
    assert resolved == expected and resolved.value == _canonical(world, kind, ref)
    assert resolved.case_ids

"""Each role's limits, enforced in the services (rule decorators on the methods, read by
services/kernel/guard.py) whatever the window hides: the read-only account reads, the
mediator works on their own cases only, the administrator and the command line do
everything. Also: every method has a rule, the README's review table is the rules, a
rule naming a missing argument fails at import, and no caller goes around the guard."""
from __future__ import annotations

import importlib
import inspect
import re
from datetime import date, timedelta
from functools import cached_property
from pathlib import Path

import pytest
from cases_support import LIAISON, draft, mediator
from hearing_support import at, hearing_draft, make_world, monday_in_weeks
from sqlalchemy import func, select

from microcourt.db.models import AuditEntry, Case, Party
from microcourt.services import Services, open_services
from microcourt.services.accounts.service import OperatorDraft
from microcourt.services.kernel import rules
from microcourt.services.kernel.context import CLI_ACTOR, Actor
from microcourt.services.kernel.guard import GuardedService, PermissionDenied, guarded, has_rules
from microcourt.services.kernel.review import (
    BEGIN,
    END,
    guarded_services,
    markdown_table,
    without_rule,
)
from microcourt.services.parties.dto import ConsentRecord, PartyDraft
from microcourt.timeutil import now_local

ID_NUMBER = "11010519491231002x"  # valid, lowercase x
ROOT = Path(__file__).resolve().parents[3]


def test_every_public_method_of_every_service_has_a_rule(services):
    assert without_rule(services) == [], "public methods without a rule (refused to all)"


def test_a_method_without_a_rule_is_refused_to_everyone_and_listed(services):
    class Sneaky:
        def __init__(self, ctx):
            self.ctx = ctx

        @rules.allowed(rules.EVERYONE, what="查看")
        def fine(self) -> str:
            return "ok"

        def forgot(self) -> str:
            return "leaked"

    proxy = guarded(Sneaky(services.ctx), "sneaky", services.ctx)
    services.act_as(CLI_ACTOR)  # the administrator of everything
    assert proxy.fine() == "ok"
    with pytest.raises(PermissionDenied, match="sneaky.forgot 没有登记权限"):
        proxy.forgot()


def test_a_rule_naming_an_argument_the_method_lacks_fails_at_import():
    with pytest.raises(TypeError, match="case_id.*does not have"):
        class Renamed:  # noqa: F841 - defining it is the test
            @rules.allowed(rules.EVERYONE, what="查看案件")
            @rules.mediator_scope(arg="case_id", kind=rules.CASE)
            def get(self, case_ref: int): ...
    with pytest.raises(TypeError, match="within_cases.*does not have"):
        rules.narrowed(arg="within_cases")(lambda self, text: None)
    with pytest.raises(TypeError, match="mediators may not call"):
        rules.mediator_scope(arg="case_ref")(
            rules.allowed(rules.ADMIN, what="修改案件")(lambda self, case_ref: None))


def test_the_readme_review_table_is_generated_from_the_rules(services):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert BEGIN in readme and END in readme
    shown = readme[readme.index(BEGIN) + len(BEGIN):readme.index(END)].strip()
    assert shown == markdown_table(services), (
        "README's permission table is stale: run .venv/bin/python tools/rules_table.py --write")


def facade_services() -> list[str]:
    return [name for name, value in vars(Services).items() if isinstance(value, cached_property)]


def test_the_facade_is_typed_as_the_services_it_guards(services):
    """What a type checker and an IDE see: each facade attribute is annotated with its
    service class, and the guarded object has exactly that class's public methods with
    the same signatures (no catch-all __getattr__ handing out Any)."""
    assert "__getattr__" not in vars(GuardedService)
    for name in facade_services():
        proxy = getattr(services, name)
        cls = proxy.unguarded_type
        annotation = vars(Services)[name].func.__annotations__["return"]
        assert vars(importlib.import_module(cls.__module__))[annotation] is cls, name
    for name, proxy in guarded_services(services):
        assert isinstance(proxy, GuardedService) and proxy._name == name
        service = proxy._service
        public = {m for m, _ in inspect.getmembers(type(service), callable)
                  if not m.startswith("_") and not inspect.isclass(getattr(type(service), m))}
        assert public <= set(dir(proxy)), f"{name} lacks {public - set(dir(proxy))}"
        for method in public:
            assert inspect.signature(getattr(proxy, method)) == \
                inspect.signature(getattr(service, method)), f"{name}.{method}"
        for attr, value in vars(service).items():  # a sub-service is guarded in turn
            if has_rules(type(value)):
                assert isinstance(vars(proxy).get(attr), GuardedService), f"{name}.{attr}"


def test_no_caller_goes_around_the_guard():
    """The window, the command line and the importers reach the core only through the
    facade's guarded services: they may read who is acting and where the data lives,
    never hand the context (and with it the database) to core code themselves."""
    around = re.compile(r"services\.ctx(?!\.(actor|paths)\b)|\.ctx\.db\b")
    offenders = []
    for folder in ("ui", "microcourt/cli", "microcourt/importers", "microcourt/documents"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if around.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_subservices_are_guarded_too(services):
    """agreements.templates used to be handed out raw: anyone could edit the templates."""
    services.act_as(Actor(name="只读", role="read_only", operator_id=7))
    templates = services.agreements.templates
    assert isinstance(templates, GuardedService)
    assert templates.list("loan")
    with pytest.raises(PermissionDenied, match="不能修改条款模板"):
        templates.save("loan", "还款", "被申请人于月底前还清。")


@pytest.fixture
def world(tmp_path):
    """The hearing tests' lease case (mediator 俞国强 on it), a second case he is not on,
    a hearing on each, and a mediator account for him."""
    services = open_services(tmp_path / "data", actor=LIAISON)
    w = make_world(services)
    other_case = services.cases.create_case(draft(category="loan", summary="借款未还。")).id
    other_mediator = mediator(services, "章丽华", "13905718802")
    services.cases.add_mediator(other_case, other_mediator)
    day = monday_in_weeks(2)
    own = services.hearings.schedule(hearing_draft(w, at(day, 9))).id
    other = services.hearings.schedule(hearing_draft(w, at(day, 14), case_id=other_case)).id
    started = now_local().replace(second=0, microsecond=0) - timedelta(hours=1)
    w.started_hearing = services.hearings.schedule(hearing_draft(w, started, minutes=60)).id
    w.other_case, w.own_hearing, w.other_hearing = other_case, own, other
    w.party_with_id = services.parties.register(PartyDraft(
        name="阿依古丽·买买提", gender="female", phone="13612345678", id_number=ID_NUMBER,
        household_address="浙江省杭州市临安区上田村2号"),
        ConsentRecord(on=date(2026, 1, 5), form="paper")).id
    yield w
    services.close()


def as_role(w, role: str) -> Actor:
    actor = Actor(name="测试" + role, role=role, operator_id=99,
                  mediator_id=w.mediator if role == "mediator" else None)
    w.services.act_as(actor)
    return actor


def audit_count(services) -> int:
    with services.ctx.db.reading() as session:
        return session.scalar(select(func.count(AuditEntry.id)))


def test_read_only_reads_but_every_write_is_refused_and_nothing_is_written(world):
    services = world.services
    as_role(world, "read_only")
    assert len(services.cases.list_cases()) == 2
    assert services.cases.get_case(world.other_case).id == world.other_case
    before = audit_count(services)
    with pytest.raises(PermissionDenied, match="只读.*不能修改案件"):
        services.cases.create_case(draft())
    with pytest.raises(PermissionDenied, match="只读"):
        services.parties.register(PartyDraft(name="钱堃", gender="male", phone="13512345678"))
    with pytest.raises(PermissionDenied):
        services.hearings.mark_held(world.own_hearing, "agreement")
    with pytest.raises(PermissionDenied):
        services.settings.set("idle_lock_minutes", "1")
    with services.ctx.db.reading() as session:
        assert session.scalar(select(func.count(Case.id))) == 2
        assert session.scalar(select(func.count(Party.id))) == 3
    assert audit_count(services) == before


def test_mediator_sees_only_their_own_cases(world):
    services = world.services
    as_role(world, "mediator")
    assert [c.id for c in services.cases.list_cases()] == [world.case_id]
    assert services.cases.get_case(world.case_number).id == world.case_id
    with pytest.raises(PermissionDenied, match="不是您调解的"):
        services.cases.get_case(world.other_case)
    with pytest.raises(PermissionDenied, match="不是您调解的"):
        services.hearings.get(world.other_hearing)
    week = services.hearings.week(monday_in_weeks(2))
    assert [h.id for day in week for h in day.hearings] == [world.own_hearing]
    assert {h.id for h in services.hearings.list_range()} == {world.own_hearing,
                                                              world.started_hearing}


def test_mediator_records_outcomes_and_agreements_of_their_own_cases_only(world):
    services = world.services
    as_role(world, "mediator")
    held = services.hearings.mark_held(world.started_hearing, "agreement", "双方同意分期支付<全部>&租金")
    assert held.status == "held"
    agreement = services.agreements.create_draft(world.case_id)
    assert agreement.case_id == world.case_id
    services.cases.add_note(world.case_id, "调解员记录：当事人同意")
    with pytest.raises(PermissionDenied, match="不是您调解的"):
        services.hearings.mark_held(world.other_hearing, "agreement")
    with pytest.raises(PermissionDenied, match="不是您调解的"):
        services.agreements.create_draft(world.other_case)
    with pytest.raises(PermissionDenied, match="不是您调解的"):
        services.cases.add_note(world.other_case, "越权")
    with pytest.raises(PermissionDenied, match="调解员.*不能查看审计日志"):
        services.audit.query()


def test_mediator_may_not_export_delete_or_manage_accounts(world, tmp_path):
    services = world.services
    as_role(world, "mediator")
    refused = [
        lambda: services.parties.reveal_id_number(world.party_with_id),
        lambda: services.parties.delete(world.party_with_id),
        lambda: services.filings.generate(world.case_id, tmp_path / "out"),
        lambda: services.backups.export(tmp_path, "很长的密码12345"),
        lambda: services.hearings.export_ics(tmp_path / "h.ics"),
        lambda: services.accounts.create(OperatorDraft("li", "李四", "admin", None, "password1")),
        lambda: services.accounts.list(),
        lambda: services.cases.change_status(world.case_id, "closed"),
    ]
    for attempt in refused:
        with pytest.raises(PermissionDenied, match="调解员"):
            attempt()
    assert not (tmp_path / "out").exists() and not (tmp_path / "h.ics").exists()


def test_a_recused_mediator_no_longer_reaches_the_case(world):
    services = world.services
    detail = services.cases.get_case(world.case_id)
    [link] = detail.mediators
    services.cases.record_link(link.id, world.applicant, "申请人的表哥")
    services.cases.decide_recusal(link.id, True, "近亲属，应当回避")
    as_role(world, "mediator")
    assert services.cases.list_cases() == []
    with pytest.raises(PermissionDenied):
        services.cases.get_case(world.case_id)


def test_a_mediator_account_without_a_mediator_sees_no_case(world):
    world.services.act_as(Actor(name="无调解员", role="mediator", operator_id=5))
    assert world.services.cases.list_cases() == []


def test_administrator_and_command_line_do_everything(world):
    services = world.services
    as_role(world, "admin")
    assert services.parties.reveal_id_number(world.party_with_id) == ID_NUMBER.upper()
    services.act_as(CLI_ACTOR)
    services.cases.change_status(world.other_case, "closed", "当事人撤回")
    with services.ctx.db.reading() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (last.actor, last.source) == ("命令行", "cli")


def test_an_unknown_role_is_refused_even_reading(world):
    world.services.act_as(Actor(name="谁", role="guest"))
    with pytest.raises(PermissionDenied, match="不能查看案件"):
        world.services.cases.list_cases()


def test_mediator_workbench_shows_only_their_own_cases(world):
    services = world.services
    tomorrow = now_local().date() + timedelta(days=1)
    other = services.hearings.schedule(hearing_draft(world, at(tomorrow, 15),
                                                     case_id=world.other_case)).id
    assert {i.target for i in services.workbench.build().items
            if i.kind == "hearing"} >= {("hearings", other), ("hearings", world.started_hearing)}
    as_role(world, "mediator")
    board = services.workbench.build()
    assert {i.case_id for i in board.items} == {world.case_id}
    assert ("hearings", world.started_hearing) in {i.target for i in board.items}
    assert all(i.case_id == world.case_id or set(i.related_case_ids) & {world.case_id}
               for i in services.workbench.warnings())

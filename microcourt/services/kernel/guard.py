"""Enforcing services/permissions.py in one place, without touching each service module.

`install_guards(Services)` makes every service the facade hands out a `GuardedService`:
a proxy that, on each call of a public method, checks the table against `ctx.actor`
(read at call time, so logging in or locking takes effect at once), for a mediator
checks that the case the arguments name is one of theirs, then delegates and, where
the table says so, filters a list result down to their cases. A refusal is
`PermissionDenied` (a UserError) naming the role and what it may not do. The command
line's actor is an administrator and passes everything.
"""
from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any

from sqlalchemy import select

from microcourt.domain import OperatorRole
from microcourt.errors import UserError
from microcourt.services.kernel import rules as p
from microcourt.services.kernel.context import Actor, AppContext

NOT_THEIR_CASE = "调解员只能查看和处理自己参与调解的案件，这个案件不是您调解的。"


class PermissionDenied(UserError):
    """The logged-in operator's role does not allow this action."""


def _role_cn(role: str) -> str:
    try:
        return OperatorRole(role).cn
    except ValueError:
        return role


def refusal(actor: Actor, rule: p.Rule) -> PermissionDenied:
    return PermissionDenied(f"“{_role_cn(actor.role)}”账户（{actor.name}）不能{rule.what}。"
                            "如需要，请联络员（管理员）办理。")


def _model_case_ids(ctx: AppContext, statement) -> set[int]:
    with ctx.db.reading() as session:
        return set(session.scalars(statement))


def _case_of_case(ref: Any):
    from microcourt.db.models import Case  # noqa: PLC0415
    column = Case.number if isinstance(ref, str) else Case.id
    return select(Case.id).where(column == ref)


def _by_id(model_name: str) -> Callable[[Any], Any]:
    def statement(ref: Any):
        from microcourt.db import models  # noqa: PLC0415
        model = getattr(models, model_name)
        ids = list(ref) if isinstance(ref, (list, tuple, set)) else [ref]
        return select(model.case_id).where(model.id.in_(ids))
    return statement


def _case_of_installment(ref: int):
    from microcourt.db.models import Agreement, Installment  # noqa: PLC0415
    return (select(Agreement.case_id).join(Installment, Installment.agreement_id == Agreement.id)
            .where(Installment.id == ref))


def _cases_of_party(ref: int):
    from microcourt.db.models import CaseParty  # noqa: PLC0415
    return select(CaseParty.case_id).where(CaseParty.party_id == ref)


# Argument kind -> the statement selecting the case id(s) it belongs to.
_CASE_OF: dict[str, Callable[[Any], Any]] = {
    p.CASE: _case_of_case, p.CASE_PARTY: _by_id("CaseParty"),
    p.CASE_MEDIATOR: _by_id("CaseMediator"), p.AGREEMENT: _by_id("Agreement"),
    p.INSTALLMENT: _case_of_installment, p.HEARING: _by_id("Hearing"),
    p.FILING: _by_id("Filing"), p.PARTY: _cases_of_party,
}


def own_case_ids(ctx: AppContext, actor: Actor) -> set[int]:
    """The cases a mediator's account works on: where they are assigned and have not
    stepped aside (特邀调解规定 arts. 15-16: a recused mediator no longer handles it)."""
    if actor.mediator_id is None:
        return set()
    from microcourt.db.models import CaseMediator  # noqa: PLC0415
    return _model_case_ids(ctx, select(CaseMediator.case_id).where(
        CaseMediator.mediator_id == actor.mediator_id, CaseMediator.recused.is_(False)))


def _hearing_cases(ctx: AppContext, hearing_ids: Iterable[int]) -> dict[int, int]:
    from microcourt.db.models import Hearing  # noqa: PLC0415
    with ctx.db.reading() as session:
        return dict(session.execute(select(Hearing.id, Hearing.case_id)
                                    .where(Hearing.id.in_(set(hearing_ids)))).all())


def _filter_result(kind: str, result: Any, own: set[int], ctx: AppContext) -> Any:
    if kind == p.ROWS_BY_ID:
        return [row for row in result if row.id in own]
    if kind == p.ROWS_BY_CASE:
        return [row for row in result if row.case_id in own]
    if kind == p.ID_SET:
        return {case_id for case_id in result if case_id in own}
    if kind == p.AGENDA:
        return [dataclasses.replace(day, hearings=tuple(
            h for h in day.hearings if h.case_id in own)) for day in result]
    if kind == p.CALLS:
        case_of = _hearing_cases(ctx, (item.hearing_id for item in result))
        return [item for item in result if case_of.get(item.hearing_id) in own]
    if kind == p.WORK_ITEMS:
        return _own_work_items(result, own)
    raise ValueError(f"unknown filter {kind}")


def _own_work_items(result: Any, own: set[int]) -> Any:
    """Workbench items of the mediator's cases; a warning about a party spanning several
    cases stays when one of them is theirs (as they may open that party)."""
    def mine(item) -> bool:
        if item.case_id is not None:
            return item.case_id in own
        return bool(set(item.related_case_ids) & own)
    if isinstance(result, list):
        return [item for item in result if mine(item)]
    return dataclasses.replace(result, items=tuple(i for i in result.items if mine(i)))


def _check_scope(ctx: AppContext, actor: Actor, rule: p.Rule, method: Callable,
                 args: tuple, kwargs: dict) -> None:
    bound = inspect.signature(method).bind_partial(*args, **kwargs)
    if rule.arg not in bound.arguments:
        return  # the service itself refuses a call missing its argument
    cases = _model_case_ids(ctx, _CASE_OF[rule.scope](bound.arguments[rule.arg]))
    own = own_case_ids(ctx, actor)
    # A party may be on several cases: one of theirs is enough to see the party.
    allowed = bool(cases & own) if rule.scope == p.PARTY else cases <= own
    if not allowed:
        raise PermissionDenied(NOT_THEIR_CASE)


def check_call(ctx: AppContext, service: str, name: str, method: Callable,
               args: tuple = (), kwargs: dict | None = None) -> p.Rule:
    """Raise PermissionDenied unless ctx.actor may call `service.name` with these
    arguments; returns the rule (for the result filter)."""
    actor = ctx.actor
    rule = p.rule_for(service, name)
    if rule is None:
        raise PermissionDenied(f"操作 {service}.{name} 没有登记权限，已拒绝。")
    if actor.role not in rule.roles:
        raise refusal(actor, rule)
    if actor.role == p.MEDIATOR and rule.scope is not None:
        _check_scope(ctx, actor, rule, method, args, kwargs or {})
    return rule


class GuardedService:
    """The facade's view of one service: every public method goes through check_call."""

    def __init__(self, service: Any, name: str, ctx: AppContext):
        object.__setattr__(self, "_service", service)
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_ctx", ctx)

    @property
    def unguarded_type(self) -> type:
        return type(self._service)

    def __getattr__(self, attr: str) -> Any:
        value = getattr(self._service, attr)
        if attr.startswith("_") or not callable(value):
            return value
        return self._guarded(attr, value)

    def _guarded(self, attr: str, method: Callable) -> Callable:
        ctx, service = self._ctx, self._name

        def call(*args, **kwargs):
            rule = check_call(ctx, service, attr, method, args, kwargs)
            result = method(*args, **kwargs)
            if ctx.actor.role == p.MEDIATOR and rule.only_own is not None:
                result = _filter_result(rule.only_own, result,
                                        own_case_ids(ctx, ctx.actor), ctx)
            return result
        call.__name__ = attr
        call.__doc__ = method.__doc__
        return call

    # Setting or deleting goes to the service itself (tests replace a method this way).
    def __setattr__(self, attr: str, value: Any) -> None:
        setattr(self._service, attr, value)

    def __delattr__(self, attr: str) -> None:
        delattr(self._service, attr)

    def __repr__(self) -> str:
        return f"<guarded {self._name}: {self._service!r}>"


def install_guards(facade: type) -> type:
    """Wrap every service property (a cached_property) of the facade class in a guard,
    including those added later: one call after the class body, nothing per service."""
    for name, prop in list(vars(facade).items()):
        if isinstance(prop, cached_property):
            guarded = cached_property(_guarding(prop.func, name))
            guarded.__set_name__(facade, name)
            setattr(facade, name, guarded)
    return facade


def _guarding(build: Callable, name: str) -> Callable:
    def make(facade) -> GuardedService:
        return GuardedService(build(facade), name, facade.ctx)
    make.__doc__ = build.__doc__
    return make

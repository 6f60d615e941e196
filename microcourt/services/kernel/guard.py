"""Enforcing the rule decorators (kernel/rules.py) on every call made through the facade.

`guarded(service, name, ctx)` hands out a proxy with the service's public methods (same
names, signatures and docstrings, so an IDE and a type checker see the service itself).
On each call it checks the method's rule against `ctx.actor` (read at call time, so
logging in or locking takes effect at once); resolves every scoped argument to its row
(kernel/refs.py) and, for a mediator, refuses a row outside their cases; hands the
service the resolved ids; and cuts a mediator's results down to their cases. A refusal
is `PermissionDenied` (a UserError) naming the role and what it may not do. A public
method without a rule is refused to everyone. The command line's actor is an
administrator and passes everything. Calls a service makes to itself are not guarded
again: the guard stands between the callers and the core, not inside it.
"""
from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from microcourt.domain import OperatorRole
from microcourt.errors import UserError
from microcourt.services.kernel import refs
from microcourt.services.kernel import rules as r
from microcourt.services.kernel.context import Actor, AppContext

NOT_THEIR_CASE = "调解员只能查看和处理自己参与调解的案件，这个案件不是您调解的。"
T = TypeVar("T")


class PermissionDenied(UserError):
    """The logged-in operator's role does not allow this action."""


def _role_cn(role: str) -> str:
    try:
        return OperatorRole(role).cn
    except ValueError:
        return role


def refusal(actor: Actor, rule: r.Rule) -> PermissionDenied:
    return PermissionDenied(f"“{_role_cn(actor.role)}”账户（{actor.name}）不能{rule.what}。"
                            "如需要，请联络员（管理员）办理。")


def own_case_ids(session: Session, actor: Actor) -> set[int]:
    """The cases a mediator's account works on: where they are assigned and have not
    stepped aside (特邀调解规定 arts. 15-16: a recused mediator no longer handles it)."""
    if actor.mediator_id is None:
        return set()
    from microcourt.db.models import CaseMediator  # noqa: PLC0415
    return set(session.scalars(select(CaseMediator.case_id).where(
        CaseMediator.mediator_id == actor.mediator_id, CaseMediator.recused.is_(False))))


def _within_scope(kind: str, resolved: refs.Resolved, own: set[int]) -> bool:
    if kind == r.PARTY:  # a party may be on several cases: one of theirs is enough
        return bool(resolved.case_ids & own)
    return resolved.case_ids <= own


def _resolve_arguments(ctx: AppContext, rule: r.Rule, signature: inspect.Signature,
                       args: tuple, kwargs: dict) -> tuple[tuple, dict]:
    """The arguments with every scoped reference resolved (and, for a mediator,
    checked) and a narrowed argument set to the mediator's cases."""
    actor = ctx.actor
    mediator = actor.role == r.MEDIATOR
    bound = signature.bind(*args, **kwargs)  # a call missing an argument fails as usual
    with ctx.db.reading() as session:
        own = own_case_ids(session, actor) if mediator else set()
        for scope in rule.scopes:
            ref = bound.arguments.get(scope.arg, signature.parameters[scope.arg].default)
            if ref is None or ref is inspect.Parameter.empty:
                if mediator:
                    raise PermissionDenied(NOT_THEIR_CASE)
                continue
            resolved = refs.resolve(session, scope.kind, ref)
            if mediator and not _within_scope(scope.kind, resolved, own):
                raise PermissionDenied(NOT_THEIR_CASE)
            bound.arguments[scope.arg] = resolved.value
    if mediator and rule.narrowed is not None:
        bound.arguments[rule.narrowed] = frozenset(own)
    return bound.args, bound.kwargs


def _hearing_cases(session: Session, hearing_ids: Iterable[int]) -> dict[int, int]:
    from microcourt.db.models import Hearing  # noqa: PLC0415
    return dict(session.execute(select(Hearing.id, Hearing.case_id)
                                .where(Hearing.id.in_(set(hearing_ids)))).all())


def _own_numbers(session: Session, own: set[int]) -> set[str]:
    from microcourt.db.models import Case  # noqa: PLC0415
    return set(session.scalars(select(Case.number).where(Case.id.in_(own))))


def _filter_result(kind: str, result: Any, own: set[int], session: Session) -> Any:
    if kind == r.ROWS_BY_ID:
        return [row for row in result if row.id in own]
    if kind == r.ROWS_BY_CASE:
        return [row for row in result if row.case_id in own]
    if kind == r.ID_SET:
        return {case_id for case_id in result if case_id in own}
    if kind == r.AGENDA:
        return [dataclasses.replace(day, hearings=tuple(
            h for h in day.hearings if h.case_id in own)) for day in result]
    if kind == r.CALLS:
        case_of = _hearing_cases(session, (item.hearing_id for item in result))
        return [item for item in result if case_of.get(item.hearing_id) in own]
    if kind == r.WORK_ITEMS:
        return _own_work_items(result, own)
    if kind == r.PARTY_ID:
        return result if result in refs.party_ids_of_cases(session, own) else None
    if kind == r.PARTY_IDS:
        parties = refs.party_ids_of_cases(session, own)
        return {key: party_id for key, party_id in result.items() if party_id in parties}
    if kind == r.REPORT:
        numbers = _own_numbers(session, own)
        return dataclasses.replace(result, cases=tuple(
            c for c in result.cases if c.number in numbers))
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


class GuardedService:
    """Base of the proxies `guarded` builds: one per service, holding the service, its
    name on the facade ("agreements", "agreements.templates") and the shared context."""

    def __init__(self, service: Any, name: str, ctx: AppContext):
        self._service, self._name, self._ctx = service, name, ctx

    @property
    def unguarded_type(self) -> type:
        return type(self._service)

    def _call(self, attr: str, rule: r.Rule | None, signature: inspect.Signature,
              args: tuple, kwargs: dict) -> Any:
        ctx = self._ctx
        actor = ctx.actor
        if rule is None or not rule.declared:
            raise PermissionDenied(f"操作 {self._name}.{attr} 没有登记权限，已拒绝。")
        if actor.role not in rule.roles:
            raise refusal(actor, rule)
        if rule.scopes or rule.narrowed:
            args, kwargs = _resolve_arguments(ctx, rule, signature, args, kwargs)
        result = getattr(self._service, attr)(*args, **kwargs)
        if actor.role == r.MEDIATOR and rule.only_own is not None:
            with ctx.db.reading() as session:
                result = _filter_result(rule.only_own, result, own_case_ids(session, actor),
                                        session)
        return result

    def __repr__(self) -> str:
        return f"<guarded {self._name}: {self._service!r}>"


def public_methods(cls: type) -> dict[str, Callable]:
    """{name: function} of the public methods of `cls` (its mixins' included),
    staticmethods as their function."""
    found = {}
    for name in dir(cls):
        if name.startswith("_"):
            continue
        raw = inspect.getattr_static(cls, name)
        if isinstance(raw, staticmethod):
            found[name] = raw.__func__
        elif inspect.isfunction(raw):
            found[name] = raw
    return found


def _call_signature(cls: type, name: str) -> inspect.Signature:
    """The signature of the bound method (no `self`), used to bind a call's arguments."""
    raw = inspect.getattr_static(cls, name)
    function = raw.__func__ if isinstance(raw, staticmethod) else raw
    signature = inspect.signature(function)
    if isinstance(raw, staticmethod):
        return signature
    return signature.replace(parameters=list(signature.parameters.values())[1:])


def _proxy_method(cls: type, name: str, function: Callable) -> Callable:
    rule = r.rule_of(function)
    signature = _call_signature(cls, name)

    def call(self, *args, **kwargs):
        return self._call(name, rule, signature, args, kwargs)
    call.__name__, call.__qualname__ = name, f"Guarded{cls.__name__}.{name}"
    call.__doc__, call.__module__ = function.__doc__, function.__module__
    call.__annotations__ = dict(getattr(function, "__annotations__", {}))
    self_param = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    call.__signature__ = signature.replace(
        parameters=[self_param, *signature.parameters.values()])
    return call


@cache
def _proxy_class(cls: type) -> type:
    methods = {name: _proxy_method(cls, name, function)
               for name, function in public_methods(cls).items()}
    return type(f"Guarded{cls.__name__}", (GuardedService,), {
        "__doc__": cls.__doc__, "__module__": cls.__module__, **methods})


def has_rules(cls: type) -> bool:
    return any(r.rule_of(f) is not None for f in public_methods(cls).values())


def guarded(service: T, name: str, ctx: AppContext) -> T:
    """`service` behind its rules. Typed as the service itself: the proxy has exactly its
    public methods, with their signatures. A public attribute holding another service
    (agreements.templates) is guarded in turn, under the name "agreements.templates"."""
    proxy = _proxy_class(type(service))(service, name, ctx)
    for attr, value in vars(service).items():
        if not attr.startswith("_") and has_rules(type(value)):
            setattr(proxy, attr, guarded(value, f"{name}.{attr}", ctx))
    return proxy  # type: ignore[return-value]  # structurally the service's public face

"""Who may do what (issue 7 item 1, issue 15 item 2): each public service method says so
with decorators beside its `def`; microcourt/services/kernel/guard.py reads them and
enforces them on every call made through the `Services` facade, not by hiding buttons.

Roles (domain.OperatorRole):
- admin (the liaison): everything;
- mediator: their own cases only (CaseMediator.mediator_id == the operator's mediator,
  not recused): view them, record hearing outcomes, notes and agreements; no export of
  personal data, no deletion, no account management (个人信息保护法 arts. 10, 51: access
  limited to what each person's work needs);
- read_only: reading methods only.

The decorators:
- `@allowed(ADMIN, MEDIATOR, what="记录调解协议")`: the roles that may call it and the
  Chinese words for the action (the refusal reads "…不能记录调解协议"). Every public
  method needs one; a method without it is refused to everyone (and a test lists it).
- `@mediator_scope(arg="case_ref", kind=CASE)`: the argument names a row of that kind.
  For every caller the guard resolves it first (kernel/refs.py) and hands the service
  the resolved id; for a mediator that row must belong to one of their cases.
- `@only_own(ROWS_BY_CASE)`: a mediator gets the result cut down to their cases.
- `@narrowed(arg="within_cases")`: for a mediator the guard sets this argument to their
  cases, so a paged query (the party list) is narrowed in SQL, not after the page.

A decorator naming an argument the method does not have raises at import, so a renamed
parameter can never silently drop a check.
"""
from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TypeVar

from microcourt.domain import OperatorRole

ADMIN = OperatorRole.ADMIN.value
MEDIATOR = OperatorRole.MEDIATOR.value
READ_ONLY = OperatorRole.READ_ONLY.value
EVERYONE = frozenset({ADMIN, MEDIATOR, READ_ONLY})

# What a scoped argument names (kernel/refs.py resolves each to its row and case).
CASE = "case"                    # case id (int or digit string) or registry number
CASE_PARTY = "case_party"        # a party's place on a case
CASE_MEDIATOR = "case_mediator"  # a mediator's place on a case
AGREEMENT = "agreement"
INSTALLMENT = "installment"
HEARING = "hearing"
FILING = "filing"                # one filing id or a list of them
PARTY = "party"                  # the party must be on one of the mediator's cases
KINDS = (CASE, CASE_PARTY, CASE_MEDIATOR, AGREEMENT, INSTALLMENT, HEARING, FILING, PARTY)

# How a result is cut down to a mediator's cases (guard applies each).
ROWS_BY_ID = "rows_by_id"        # rows whose `.id` is the case id
ROWS_BY_CASE = "rows_by_case"    # rows with a `.case_id`
ID_SET = "id_set"                # a set of case ids
AGENDA = "agenda"                # AgendaDay rows, hearings filtered inside
CALLS = "calls"                  # CallItem rows, by their hearing
WORK_ITEMS = "work_items"        # WorkbenchItem rows (or a Workbench), by case or related cases
PARTY_ID = "party_id"            # a party id (or None): kept only for a party of their cases
PARTY_IDS = "party_ids"          # {key: party id}: entries of other parties dropped
REPORT = "report"                # a MonthlyReport: the case list cut to their cases
FILTERS = (ROWS_BY_ID, ROWS_BY_CASE, ID_SET, AGENDA, CALLS, WORK_ITEMS, PARTY_ID, PARTY_IDS,
           REPORT)

EXPORT = "导出或查看完整的个人信息"
DELETE = "删除数据"
ACCOUNTS = "管理操作员账户"

_ATTRIBUTE = "__microcourt_rule__"
F = TypeVar("F", bound=Callable)


@dataclass(frozen=True)
class Scope:
    arg: str
    kind: str


@dataclass(frozen=True)
class Rule:
    roles: frozenset[str] = frozenset()
    what: str = ""               # Chinese, e.g. "导出个人信息" -> "调解员不能导出个人信息"
    scopes: tuple[Scope, ...] = ()
    only_own: str | None = None  # mediators: the result filtered to their cases
    narrowed: str | None = None  # mediators: this argument set to their cases
    declared: bool = False       # @allowed was given (a rule without it refuses everyone)


def rule_of(function: Callable) -> Rule | None:
    """The rule the decorators attached to `function`, None when it has none."""
    function = getattr(function, "__func__", function)  # a staticmethod's function
    return getattr(function, _ATTRIBUTE, None)


def _function(target) -> Callable:
    return target.__func__ if isinstance(target, (staticmethod, classmethod)) else target


def _parameters(function: Callable) -> set[str]:
    return set(inspect.signature(function).parameters)


def _attach(change: Callable[[Rule], Rule]) -> Callable[[F], F]:
    def decorate(target: F) -> F:
        function = _function(target)
        rule = change(getattr(function, _ATTRIBUTE, Rule()))
        _check(function, rule)
        setattr(function, _ATTRIBUTE, rule)
        return target
    return decorate


def _check(function: Callable, rule: Rule) -> None:
    """Refuse at import what could never be enforced as written."""
    name = function.__qualname__
    params = _parameters(function)
    for scope in rule.scopes:
        if scope.kind not in KINDS:
            raise TypeError(f"{name}: unknown reference kind {scope.kind!r}")
        if scope.arg not in params:
            raise TypeError(f"{name}: @mediator_scope names argument {scope.arg!r}, "
                            f"which {name} does not have")
    if rule.narrowed is not None and rule.narrowed not in params:
        raise TypeError(f"{name}: @narrowed names argument {rule.narrowed!r}, "
                        f"which {name} does not have")
    if rule.only_own is not None and rule.only_own not in FILTERS:
        raise TypeError(f"{name}: unknown result filter {rule.only_own!r}")
    if rule.declared and (rule.scopes or rule.only_own or rule.narrowed) \
            and MEDIATOR not in rule.roles:
        raise TypeError(f"{name}: a mediator rule on a method mediators may not call")


def _roles(roles) -> frozenset[str]:
    flat: set[str] = set()
    for role in roles:
        flat |= set(role) if isinstance(role, (set, frozenset, tuple, list)) else {role}
    unknown = flat - EVERYONE
    if not flat or unknown:
        raise TypeError(f"@allowed needs known roles, not {sorted(unknown) or 'none'}")
    return frozenset(flat)


def allowed(*roles: str | frozenset[str], what: str) -> Callable[[F], F]:
    """The roles that may call the method; `what` names the action in Chinese."""
    if not what:
        raise TypeError("@allowed needs `what`: the action's Chinese name")
    chosen = _roles(roles)
    return _attach(lambda rule: replace(rule, roles=chosen, what=what, declared=True))


def mediator_scope(arg: str, kind: str = CASE) -> Callable[[F], F]:
    """`arg` names a row of `kind`: resolved for everyone, and for a mediator it must
    lie in their cases."""
    return _attach(lambda rule: replace(rule, scopes=rule.scopes + (Scope(arg, kind),)))


def only_own(kind: str) -> Callable[[F], F]:
    """A mediator gets the result cut down to their cases (`kind`: how)."""
    return _attach(lambda rule: replace(rule, only_own=kind))


def narrowed(arg: str) -> Callable[[F], F]:
    """For a mediator the guard sets `arg` to the ids of their cases."""
    return _attach(lambda rule: replace(rule, narrowed=arg))

"""The permission review table (issue 15 item 2): every public method the facade hands
out, who may call it and what a mediator's call is limited to, read from the rule
decorators themselves. `tools/rules_table.py --write` puts it into the README between
the markers below; tests/core/accounts/test_permissions.py fails when the README's copy
is stale, so the table a reviewer reads is the rules the guard enforces.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from microcourt.services.kernel import rules as r
from microcourt.services.kernel.guard import GuardedService, public_methods

BEGIN = "<!-- permission table: written by tools/rules_table.py, checked by a test -->"
END = "<!-- end of permission table -->"

_KIND_WORDS = {  # what the scoped argument must name
    r.CASE: "one of their cases", r.CASE_PARTY: "a party's place on one of their cases",
    r.CASE_MEDIATOR: "a mediator's place on one of their cases",
    r.AGREEMENT: "an agreement of their cases",
    r.INSTALLMENT: "an installment of their cases' agreements",
    r.HEARING: "a hearing of their cases", r.FILING: "filings of their cases",
    r.PARTY: "a party on one of their cases",
}
_FILTER_WORDS = {
    r.ROWS_BY_ID: "rows", r.ROWS_BY_CASE: "rows", r.ID_SET: "case ids",
    r.AGENDA: "hearings of each day", r.CALLS: "calls", r.WORK_ITEMS: "items",
    r.PARTY_ID: "the party found", r.PARTY_IDS: "the parties found",
    r.REPORT: "the report's case list",
}


@dataclass(frozen=True)
class ReviewRow:
    method: str                  # "agreements.templates.save"
    rule: r.Rule | None

    @property
    def refused_to_all(self) -> bool:
        return self.rule is None or not self.rule.declared


def guarded_services(services) -> list[tuple[str, GuardedService]]:
    """(name, proxy) of every service on the facade, sub-services after their owner."""
    found = []
    for name, value in vars(type(services)).items():
        if isinstance(value, cached_property):
            found += _with_subservices(name, getattr(services, name))
    return found


def _with_subservices(name: str, proxy) -> list[tuple[str, GuardedService]]:
    found = [(name, proxy)]
    for attr, value in vars(proxy).items():
        if isinstance(value, GuardedService):
            found += _with_subservices(f"{name}.{attr}", value)
    return found


def review_rows(services) -> list[ReviewRow]:
    rows = []
    for name, proxy in guarded_services(services):
        for method, function in sorted(public_methods(proxy.unguarded_type).items()):
            rows.append(ReviewRow(f"{name}.{method}", r.rule_of(function)))
    return rows


def without_rule(services) -> list[str]:
    return [row.method for row in review_rows(services) if row.refused_to_all]


def _for_mediator(rule: r.Rule) -> str:
    if r.MEDIATOR not in rule.roles:
        return ""
    limits = [f"`{s.arg}` must name {_KIND_WORDS[s.kind]}" for s in rule.scopes]
    if rule.only_own:
        limits.append(f"{_FILTER_WORDS[rule.only_own]} cut to their cases")
    if rule.narrowed:
        limits.append(f"query narrowed to their cases (`{rule.narrowed}`)")
    return "; ".join(limits) or "not limited"


def _row(row: ReviewRow) -> str:
    if row.refused_to_all:
        return f"| `{row.method}` | — | — | — | **no rule: refused to everyone** | |"
    rule = row.rule
    marks = ["yes" if role in rule.roles else "—" for role in (r.ADMIN, r.MEDIATOR, r.READ_ONLY)]
    return f"| `{row.method}` | {' | '.join(marks)} | {_for_mediator(rule)} | {rule.what} |"


def markdown_table(services) -> str:
    lines = ["| method | liaison (admin) | mediator | read-only | a mediator's call | action |",
             "|---|---|---|---|---|---|"]
    return "\n".join(lines + [_row(row) for row in review_rows(services)])


def with_table(readme: str, table: str) -> str:
    """`readme` with the text between the markers replaced by `table`."""
    start, end = readme.find(BEGIN), readme.find(END)
    if start < 0 or end < start:
        raise ValueError(f"the README has no {BEGIN!r} ... {END!r} section")
    return readme[:start + len(BEGIN)] + "\n" + table + "\n" + readme[end:]

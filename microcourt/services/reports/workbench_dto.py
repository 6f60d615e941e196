"""Plain data of the workbench (the first page after login) and the early warnings
(矛盾风险预警): one `WorkbenchItem` per thing to do or to watch, each with a Chinese
title and reason, a due date when there is one, a severity, and the page that deals
with it (`target`), so a view can list, colour, sort and open them without the database.

Target page keys (first element of `target`; the second is the id that page opens):
  "hearings"  a hearing id        "agreement" a case id (its agreement editor)
  "filing"    a case id (its judicial-confirmation filings)
  "cases"     a case id           "parties"   a party id (the party with their cases)
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from microcourt.domain import QT_TRANSLATE_NOOP as _
from microcourt.domain import Coded

# The page keys a target may name.
TARGET_PAGES = ("hearings", "agreement", "filing", "cases", "parties")


class Severity(Coded):
    """How soon the liaison must act; the workbench lists the most urgent first."""

    URGENT = "urgent", _("Domain", "Urgent"), "紧急"
    WARNING = "warning", _("Domain", "Warning"), "注意"
    INFO = "info", _("Domain", "For information"), "提示"

    @property
    def rank(self) -> int:
        return list(Severity).index(self)


class ItemKind(Coded):
    """What an item is about. The first six are tasks, the last four early warnings."""

    HEARING = "hearing", _("Domain", "Hearing today or tomorrow"), "今明两天的庭审/调解"
    WINDOW_CLOSING = ("window_closing", _("Domain", "Confirmation window closing"),
                      "司法确认申请期限将届满")
    WINDOW_MISSED = "window_missed", _("Domain", "Confirmation window missed"), "司法确认申请期限已过"
    OVERDUE = "overdue", _("Domain", "Overdue installments"), "分期付款逾期"
    STALE_DRAFT = "stale_draft", _("Domain", "Unsigned draft agreement"), "调解协议草稿久未签署"
    RETURNED_FILING = ("returned_filing", _("Domain", "Filing returned for correction"),
                       "司法确认申请退回补正")
    MASS_DISPUTE = "mass_dispute", _("Domain", "Mass dispute"), "群体性纠纷"
    REPEAT_PARTY = "repeat_party", _("Domain", "Repeated disputes"), "同一当事人多次纠纷"
    ENFORCEMENT = "enforcement", _("Domain", "Enforcement suggested"), "确认后逾期未履行"
    IDLE_CASE = "idle_case", _("Domain", "Idle case"), "案件长期无进展"

    @property
    def is_warning(self) -> bool:
        return self in WARNING_KINDS


WARNING_KINDS = frozenset({ItemKind.MASS_DISPUTE, ItemKind.REPEAT_PARTY, ItemKind.ENFORCEMENT,
                           ItemKind.IDLE_CASE})


@dataclass(frozen=True)
class WorkbenchItem:
    kind: str                     # ItemKind value
    title: str                    # Chinese, one line: 案号 and what
    detail: str                   # Chinese: the reason / what to do
    severity: str                 # Severity value
    target: tuple[str, int]       # (page key, id): see TARGET_PAGES
    due: date | None = None       # the day it must be done by, if any
    case_id: int | None = None
    case_number: str = ""
    related_case_ids: tuple[int, ...] = ()   # warnings spanning several cases
    overlap: str = ""             # a hearing: Chinese, the others overlapping its time

    @property
    def is_warning(self) -> bool:
        return ItemKind(self.kind).is_warning

    def sort_key(self) -> tuple:
        return (Severity(self.severity).rank, self.due or date.max, self.case_number,
                self.title)


@dataclass(frozen=True)
class Workbench:
    """Everything the first page shows for `today`, most urgent first."""

    today: date
    items: tuple[WorkbenchItem, ...]

    def of_kind(self, *kinds: str) -> tuple[WorkbenchItem, ...]:
        return tuple(i for i in self.items if i.kind in kinds)

    @property
    def tasks(self) -> tuple[WorkbenchItem, ...]:
        return tuple(i for i in self.items if not i.is_warning)

    @property
    def warnings(self) -> tuple[WorkbenchItem, ...]:
        return tuple(i for i in self.items if i.is_warning)

    def counts(self) -> dict[str, int]:
        """Items per kind (every kind present, zero included), for the page's badges."""
        result = {kind.value: 0 for kind in ItemKind}
        for item in self.items:
            result[item.kind] += 1
        return result


def sorted_items(items: list[WorkbenchItem]) -> tuple[WorkbenchItem, ...]:
    return tuple(sorted(items, key=WorkbenchItem.sort_key))

"""The one place a reference to a row is turned into that row (issue 12 item 1).

A case is named by its id or its registry number, every other row by its id, and the
caller may spell either loosely: a padded or newline-ended number pasted from a
document, full-width digits from a Chinese IME, the id as the string "4". `resolve`
normalises the spelling once, finds the row and the case(s) it belongs to; the guard
checks a mediator's scope on that and hands the service the resolved id, so the check
and the action always concern the same row. `load_case` (cases/mapping.py) resolves
through `case_id` as well, so every caller spells references the same way.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from microcourt.db.models import (
    Agreement,
    Case,
    CaseMediator,
    CaseParty,
    Filing,
    Hearing,
    Installment,
    Party,
)
from microcourt.errors import NotFound
from microcourt.services.kernel import rules as r
from microcourt.validation.text import clean

MAX_ID = 2 ** 63 - 1  # SQLite's INTEGER; a bigger one would not even bind


@dataclass(frozen=True)
class Resolved:
    value: int | list[int]       # what the service is handed
    case_ids: frozenset[int]     # the cases the row(s) belong to


def normalise(text: str) -> str:
    """Invisible characters (zero-width, BOM, bidi marks) dropped, full-width letters
    and digits folded, NFC, surrounding whitespace (newlines, U+3000) trimmed. Inner
    spaces stay: a registry-number pattern may contain them."""
    return clean(_visible(text))


def _visible(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def as_id(ref: Any) -> int | None:
    """An id from an int or a digit string ("4", " ４\\n"); None when `ref` is neither
    (a bool is not an id, whatever Python says)."""
    if isinstance(ref, bool):
        return None
    if isinstance(ref, int):
        number = ref
    elif isinstance(ref, str):
        text = normalise(ref)
        if not (text.isascii() and text.isdigit()) or len(text) > len(str(MAX_ID)):
            return None
        number = int(text)
    else:
        return None
    return number if 0 < number <= MAX_ID else None


def case_id(session: Session, ref: Any) -> int:
    """The id of the case named by `ref`: an id (int or digits) or a registry number.
    A string that is some case's number is that case, even if it is all digits."""
    if isinstance(ref, str):
        # The number as typed (trimmed), then folded: a number whose own text holds a
        # full-width letter still matches when typed exactly.
        for spelling in dict.fromkeys((_visible(ref).strip(), normalise(ref))):
            found = session.scalar(select(Case.id).where(Case.number == spelling)) \
                if spelling else None
            if found is not None:
                return found
    found_id = as_id(ref)
    if found_id is None or session.get(Case, found_id) is None:
        raise NotFound(_missing_case(ref))
    return found_id


def _missing_case(ref: Any) -> str:
    if isinstance(ref, int) and not isinstance(ref, bool):
        return f"没有编号为{ref}的案件。"
    return f"没有案号为“{normalise(str(ref))}”的案件。"


# kind -> (the Chinese name of the row, the statement of (row id, case id) for ids)
_ROWS = {
    r.CASE_PARTY: ("案件当事人记录", lambda ids: select(CaseParty.id, CaseParty.case_id)
                   .where(CaseParty.id.in_(ids))),
    r.CASE_MEDIATOR: ("案件调解员记录", lambda ids: select(CaseMediator.id, CaseMediator.case_id)
                      .where(CaseMediator.id.in_(ids))),
    r.AGREEMENT: ("调解协议", lambda ids: select(Agreement.id, Agreement.case_id)
                  .where(Agreement.id.in_(ids))),
    r.INSTALLMENT: ("分期履行记录", lambda ids: select(Installment.id, Agreement.case_id)
                    .join(Agreement, Agreement.id == Installment.agreement_id)
                    .where(Installment.id.in_(ids))),
    r.HEARING: ("庭审安排", lambda ids: select(Hearing.id, Hearing.case_id)
                .where(Hearing.id.in_(ids))),
    r.FILING: ("司法确认申请", lambda ids: select(Filing.id, Filing.case_id)
               .where(Filing.id.in_(ids))),
}


def _ids(ref: Any, label: str) -> list[int]:
    items = list(ref) if isinstance(ref, (list, tuple, set, frozenset)) else [ref]
    ids = []
    for item in items:
        found = as_id(item)
        if found is None:
            raise NotFound(f"没有编号为“{normalise(str(item))}”的{label}。")
        ids.append(found)
    return ids


def _owning_cases(session: Session, kind: str, ids: list[int]) -> frozenset[int]:
    label, statement = _ROWS[kind]
    found = dict(session.execute(statement(ids)).all()) if ids else {}
    missing = [i for i in ids if i not in found]
    if missing:
        raise NotFound(f"没有编号为{missing[0]}的{label}，可能已被删除。")
    return frozenset(found.values())


def _party(session: Session, ref: Any) -> Resolved:
    [party_id] = _ids(ref, "当事人")
    if session.get(Party, party_id) is None:
        raise NotFound(f"没有编号为{party_id}的当事人，可能已被删除。")
    cases = session.scalars(select(CaseParty.case_id).where(CaseParty.party_id == party_id))
    return Resolved(party_id, frozenset(cases))


def resolve(session: Session, kind: str, ref: Any) -> Resolved:
    """The row `ref` names, as the id the service is handed and its case(s); NotFound
    when there is no such row. FILING also takes a list (one case's filings at once)."""
    if kind == r.CASE:
        found = case_id(session, ref)
        return Resolved(found, frozenset({found}))
    if kind == r.PARTY:
        return _party(session, ref)
    if kind not in _ROWS:
        raise ValueError(f"unknown reference kind {kind!r}")
    label = _ROWS[kind][0]
    many = kind == r.FILING and isinstance(ref, (list, tuple, set, frozenset))
    ids = _ids(ref, label)
    if not many and len(ids) != 1:
        raise NotFound(f"请指定一项{label}。")
    cases = _owning_cases(session, kind, ids)
    return Resolved(ids if many else ids[0], cases)


def party_ids_of_cases(session: Session, case_ids: Iterable[int]) -> set[int]:
    """Every party on any of these cases (what a mediator may see)."""
    wanted = list(case_ids)
    if not wanted:
        return set()
    return set(session.scalars(select(CaseParty.party_id).where(CaseParty.case_id.in_(wanted))))

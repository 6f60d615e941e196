"""What a write changed (issue 15 item 3, after Anki's OpChanges): a `Changes` value
naming the ids of each kind of record touched, so that every page can refresh only what
shows them.

Writes keep their return types. What they change is collected while the call runs:
`recording()` opens a recorder on this thread, and every transaction committed on the
thread while it is open adds to it what its unit of work inserted, updated or deleted
(kernel/change_capture.py reads that off the ORM, so a new write reports itself
without a line of its own). The few effects the ORM does not see report themselves:
a Core statement notes its rows with `note(session, ...)`, committed or rolled back with
the transaction; a file (a backup) or a whole new database (a restore) with `report()`.
A failed or cancelled write commits nothing and so reports nothing.

A kind's ids cover the record and what it owns: a hearing, agreement or filing also
names its case in `cases`, a party agent its party; and a party or a mediator names the
cases they are on, which show their particulars. `everything` stands for every kind (a restore, the
demo data).

    with recording() as recorder:
        services.parties.register(draft, consent)
    recorder.changes  # Changes(parties={12}, audit=True)
"""
from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import Any

ID_KINDS = ("parties", "cases", "hearings", "agreements", "filings", "mediators",
            "templates", "accounts")
FLAG_KINDS = ("profile", "settings", "backups", "audit")


@dataclass(frozen=True)
class Changes:
    parties: frozenset[int] = frozenset()
    cases: frozenset[int] = frozenset()  # a case or anything in it (parties on it, events...)
    hearings: frozenset[int] = frozenset()
    agreements: frozenset[int] = frozenset()
    filings: frozenset[int] = frozenset()
    mediators: frozenset[int] = frozenset()
    templates: frozenset[int] = frozenset()  # clause templates
    accounts: frozenset[int] = frozenset()  # operators
    profile: bool = False  # the micro-court's particulars (CourtProfile)
    settings: bool = False  # the app settings (reminder minutes, idle lock...)
    backups: bool = False  # the backup files
    audit: bool = False  # the audit log (nearly every write adds to it)
    everything: bool = False  # a restored database or the demo data: all of it is new

    def __post_init__(self) -> None:
        # Ids may be given as any iterable ({1}, [1, 2], a generator); stored frozen.
        for kind in ID_KINDS:
            value = getattr(self, kind)
            if not isinstance(value, frozenset):
                object.__setattr__(self, kind, frozenset(value))

    def __or__(self, other: Changes) -> Changes:
        merged: dict[str, Any] = {}
        for item in fields(self):
            mine, theirs = getattr(self, item.name), getattr(other, item.name)
            merged[item.name] = mine | theirs
        return Changes(**merged)

    def __repr__(self) -> str:  # Changes(parties={12}, audit): what a test failure shows
        parts = [f"{kind}={set(sorted(getattr(self, kind)))}" for kind in ID_KINDS
                 if getattr(self, kind)]
        parts += [flag for flag in (*FLAG_KINDS, "everything") if getattr(self, flag)]
        return f"Changes({', '.join(parts)})"

    def __bool__(self) -> bool:
        return any(getattr(self, item.name) for item in fields(self))

    @property
    def data(self) -> bool:
        """Anything a page other than the audit log shows."""
        return self.everything or any(getattr(self, kind) for kind in (*ID_KINDS, *FLAG_KINDS)
                                      if kind != "audit")

    def touches(self, kind: str, ids: int | Iterable[int] | None = None) -> bool:
        """Whether records of `kind` changed (any, or one of `ids`)."""
        if self.everything:
            return True
        value = getattr(self, kind)
        if isinstance(value, bool) or ids is None:
            return bool(value)
        wanted = {ids} if isinstance(ids, int) else set(ids)
        return bool(value & wanted)

    def touches_any(self, *kinds: str) -> bool:
        return any(self.touches(kind) for kind in kinds)

    def kinds(self) -> set[str]:
        """The names of the kinds that changed ("everything" as itself)."""
        return {item.name for item in fields(self) if getattr(self, item.name)}


NO_CHANGES = Changes()
EVERYTHING = Changes(everything=True)


class ChangeRecorder:
    """What the transactions committed on one thread changed while it was open."""

    def __init__(self) -> None:
        self.changes = NO_CHANGES

    def add(self, changes: Changes) -> None:
        self.changes = self.changes | changes


_local = threading.local()


def _recorders() -> list[ChangeRecorder]:
    stack = getattr(_local, "recorders", None)
    if stack is None:
        stack = _local.recorders = []
    return stack


def is_recording() -> bool:
    return bool(getattr(_local, "recorders", None))


@contextmanager
def recording() -> Iterator[ChangeRecorder]:
    """Collect what is committed on this thread until the block ends (recordings nest:
    an outer one sees what an inner one saw)."""
    recorder = ChangeRecorder()
    stack = _recorders()
    stack.append(recorder)
    try:
        yield recorder
    finally:
        stack.remove(recorder)


def report(changes: Changes) -> None:
    """A change made now, outside any transaction (a file): told to every recorder open
    on this thread."""
    for recorder in _recorders():
        recorder.add(changes)


PENDING = "microcourt.changes"  # Session.info key: noted, not yet committed


def note(session, changes: Changes) -> None:
    """A change made by a statement the ORM does not track (a Core DELETE or INSERT): it
    reaches the recorders when the session commits, and is dropped if it rolls back."""
    session.info[PENDING] = session.info.get(PENDING, NO_CHANGES) | changes

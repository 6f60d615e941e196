"""Reading the audit log, for the viewer and `microcourt-cli audit list`: filters by
time, actor, action and entity, newest first, as plain rows."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, func, select

from microcourt.db.models import AuditEntry
from microcourt.services.kernel.context import AppContext


@dataclass(frozen=True)
class AuditFilter:
    since: datetime | None = None   # aware; inclusive
    until: datetime | None = None   # aware; exclusive
    actor: str | None = None
    action: str | None = None       # exact, or a prefix ending in "." ("party.")
    entity: str | None = None
    entity_id: int | None = None

    def __post_init__(self):
        for moment in (self.since, self.until):
            if moment is not None and moment.tzinfo is None:
                raise ValueError("naive datetime in an audit filter")


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    source: str
    action: str
    entity: str | None
    entity_id: int | None
    details: dict = field(default_factory=dict)


def _filtered(query: Select, wanted: AuditFilter) -> Select:
    if wanted.since is not None:
        query = query.where(AuditEntry.at >= wanted.since)
    if wanted.until is not None:
        query = query.where(AuditEntry.at < wanted.until)
    if wanted.actor:
        query = query.where(AuditEntry.actor == wanted.actor)
    if wanted.action:
        query = query.where(AuditEntry.action.startswith(wanted.action, autoescape=True)
                            if wanted.action.endswith(".")
                            else AuditEntry.action == wanted.action)
    if wanted.entity:
        query = query.where(AuditEntry.entity == wanted.entity)
    if wanted.entity_id is not None:
        query = query.where(AuditEntry.entity_id == wanted.entity_id)
    return query


def _details(text: str) -> dict:
    try:
        value = json.loads(text) if text else {}
    except ValueError:  # a hand-edited row: show it, verify() reports it
        return {"text": text}
    return value if isinstance(value, dict) else {"value": value}


def query(ctx: AppContext, wanted: AuditFilter = AuditFilter(), limit: int = 200,
          offset: int = 0) -> list[AuditRow]:
    """One page of matching entries, newest first."""
    statement = _filtered(select(AuditEntry), wanted).order_by(AuditEntry.id.desc())
    with ctx.db.reading() as session:
        return [AuditRow(e.id, e.at, e.actor, e.source, e.action, e.entity, e.entity_id,
                         _details(e.details))
                for e in session.scalars(statement.limit(limit).offset(offset))]


def count(ctx: AppContext, wanted: AuditFilter = AuditFilter()) -> int:
    with ctx.db.reading() as session:
        return session.scalar(_filtered(select(func.count(AuditEntry.id)), wanted)) or 0


def distinct_values(ctx: AppContext) -> tuple[list[str], list[str], list[str]]:
    """(actors, actions, entities) present in the log, for the viewer's filter lists."""
    with ctx.db.reading() as session:
        return tuple(sorted(v for v in session.scalars(select(column).distinct()) if v)
                     for column in (AuditEntry.actor, AuditEntry.action, AuditEntry.entity))

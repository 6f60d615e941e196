"""The append-only, hash-chained audit log.

Every entry's hash covers its own fields and the previous entry's hash, so editing or
deleting any row is detected by `verify()` from that row on. Details are JSON and never
carry a full ID number: callers pass masked values, and `record()` masks any resident ID
number that slips through anyway (个人信息保护法 art. 51: the log is kept minimal).
Reading the log for a viewer: microcourt/services/audit_query.py.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from microcourt.db.models import AuditEntry
from microcourt.services.kernel.context import Actor, AppContext
from microcourt.timeutil import now_utc
from microcourt.validation.idcard import redact_id_numbers

GENESIS = "0" * 64
# 17 digits and a check character, not inside a longer run of digits.
def _digest(prev_hash: str, at: datetime, actor: str, source: str, action: str,
            entity: str | None, entity_id: int | None, details: str) -> str:
    payload = json.dumps([prev_hash, at.isoformat(timespec="microseconds"), actor, source,
                          action, entity, entity_id, details], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(session: Session, actor: Actor, action: str, entity: str | None = None,
           entity_id: int | None = None, **details) -> AuditEntry:
    """Append an entry inside the caller's transaction, so it commits with the change."""
    last = session.scalar(select(AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1))
    prev_hash = last or GENESIS
    at = now_utc()
    text = redact_id_numbers(json.dumps(details, ensure_ascii=False, sort_keys=True,
                                        default=str))
    entry = AuditEntry(at=at, actor=actor.name, source=actor.source, action=action,
                       entity=entity, entity_id=entity_id, details=text, prev_hash=prev_hash,
                       entry_hash=_digest(prev_hash, at, actor.name, actor.source, action,
                                          entity, entity_id, text))
    session.add(entry)
    session.flush()
    return entry


def record_export(ctx, action: str, entity: str | None = None, entity_id: int | None = None,
                  **details) -> None:
    """An export, a printout or a generated document (issue 7: every one is audited), in
    a transaction of its own: the file already exists when this is called."""
    with ctx.db.transaction() as session:
        record(session, ctx.actor, action, entity, entity_id, **details)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    checked: int
    first_broken_id: int | None = None
    reason: str = ""


def verify(ctx: AppContext) -> ChainReport:
    with ctx.db.reading() as session:
        return verify_session(session)


def verify_session(session: Session) -> ChainReport:
    """Walk the chain in `session`'s database (the live one, or a backup's copy)."""
    prev_hash = GENESIS
    checked = 0
    entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)
                              .execution_options(yield_per=1000))
    for entry in entries:
        if entry.prev_hash != prev_hash:
            return ChainReport(False, checked, entry.id, "前一条记录缺失或被改动")
        expected = _digest(entry.prev_hash, entry.at, entry.actor, entry.source,
                           entry.action, entry.entity, entry.entity_id, entry.details)
        if entry.entry_hash != expected:
            return ChainReport(False, checked, entry.id, "本条记录的内容被改动")
        prev_hash = entry.entry_hash
        checked += 1
    return ChainReport(True, checked)

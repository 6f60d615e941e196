"""The append-only, hash-chained audit log.

Every entry's hash covers its own fields and the previous entry's hash, so editing or
deleting any row is detected by `verify()` from that row on. Appends are serialized on
the chain head (a row taken before the previous hash is read, in the same transaction),
so two programs writing at once never fork the chain. What the chain alone cannot see
(the newest entries removed, or an edit with every later hash recomputed) the anchors
outside the database show: anchors.py. Details are JSON and never carry a full ID
number: callers pass masked values, and `record()` masks any resident ID number that
slips through anyway (个人信息保护法 art. 51: the log is kept minimal).
Reading the log for a viewer: queries.py.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from microcourt.db.models import AppSetting, AuditEntry
from microcourt.services.audit import anchors
from microcourt.services.audit.anchors import Head
from microcourt.services.kernel.context import Actor, AppContext
from microcourt.timeutil import now_utc
from microcourt.validation.idcard import redact_id_numbers

GENESIS = "0" * 64
# The chain head's row: "<id>:<hash>" of the newest entry, written with every append.
HEAD_KEY = "audit.head"


def _digest(prev_hash: str, at: datetime, actor: str, source: str, action: str,
            entity: str | None, entity_id: int | None, details: str) -> str:
    payload = json.dumps([prev_hash, at.isoformat(timespec="microseconds"), actor, source,
                          action, entity, entity_id, details], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _set_head(session: Session, value: str) -> int:
    return session.execute(update(AppSetting).where(AppSetting.key == HEAD_KEY)
                           .values(value=value)
                           .execution_options(synchronize_session=False)).rowcount


def _take_head(session: Session) -> None:
    """Become the one writer of the chain until this transaction ends, before reading
    its head: an UPDATE of the head row takes SQLite's write lock (other writers wait
    on the busy timeout) and PostgreSQL's row lock alike. A database from before the
    head row gets it here (on PostgreSQL two first writers may race: one retries)."""
    if _set_head(session, AppSetting.value):
        return
    try:
        with session.begin_nested():
            session.execute(insert(AppSetting).values(key=HEAD_KEY, value=""))
    except IntegrityError:
        _set_head(session, AppSetting.value)


def record(session: Session, actor: Actor, action: str, entity: str | None = None,
           entity_id: int | None = None, **details) -> AuditEntry:
    """Append an entry inside the caller's transaction, so it commits with the change."""
    _take_head(session)
    last = session.execute(select(AuditEntry.id, AuditEntry.entry_hash)
                           .order_by(AuditEntry.id.desc()).limit(1)).first()
    prev_hash = last.entry_hash if last else GENESIS
    at = now_utc()
    text = redact_id_numbers(json.dumps(details, ensure_ascii=False, sort_keys=True,
                                        default=str))
    entry = AuditEntry(at=at, actor=actor.name, source=actor.source, action=action,
                       entity=entity, entity_id=entity_id, details=text, prev_hash=prev_hash,
                       entry_hash=_digest(prev_hash, at, actor.name, actor.source, action,
                                          entity, entity_id, text))
    session.add(entry)
    session.flush()
    _set_head(session, f"{entry.id}:{entry.entry_hash}")
    anchors.publish_after_commit(session, Head(entry.id, entry.entry_hash, at),
                                 replacing=action == "backup.restore")
    return entry


def record_export(ctx, action: str, entity: str | None = None, entity_id: int | None = None,
                  **details) -> None:
    """An export, a printout or a generated document (issue 7: every one is audited), in
    a transaction of its own: the file already exists when this is called."""
    with ctx.db.transaction() as session:
        record(session, ctx.actor, action, entity, entity_id, **details)


@dataclass(frozen=True)
class ChainReport:
    """`ok` only when the chain is intact and no anchor contradicts it. `findings` are
    the contradictions in Chinese ("日志只到第1,234号，但……见过第1,290号"); `notes` what
    was checked or set aside (anchors from before a restore)."""

    ok: bool
    checked: int
    first_broken_id: int | None = None
    reason: str = ""
    findings: tuple[str, ...] = ()
    head: Head | None = field(default=None, compare=False)
    notes: tuple[str, ...] = field(default=(), compare=False)
    anchors: int = field(default=0, compare=False)  # how many anchors were compared


def verify(ctx: AppContext, extra: tuple[anchors.Anchor, ...] = ()) -> ChainReport:
    """The chain in the live database, checked against every anchor found beside it
    (and `extra` ones, typed from a printed report)."""
    with ctx.db.reading() as session:
        chain = verify_session(session)
        if not chain.ok:
            return chain
        found = anchors.collect(ctx.paths, session, HEAD_KEY) + tuple(extra)
        findings, notes, compared = anchors.check(session, chain.head, found)
        return ChainReport(not findings, chain.checked, findings=findings, head=chain.head,
                           notes=notes, anchors=compared)


def contradictions(ctx: AppContext, anchor: anchors.Anchor) -> tuple[str, ...]:
    """What the live log contradicts of one anchor (a backup's head, checked on a USB
    stick with its password)."""
    with ctx.db.reading() as session:
        return anchors.check(session, head(session), (anchor,))[0]


def head(session: Session) -> Head | None:
    """The newest entry, for a report to print or a backup to record."""
    row = session.execute(select(AuditEntry.id, AuditEntry.entry_hash, AuditEntry.at)
                          .order_by(AuditEntry.id.desc()).limit(1)).first()
    return Head(row.id, row.entry_hash, row.at) if row else None


def verify_session(session: Session) -> ChainReport:
    """Walk the chain in `session`'s database (the live one, or a backup's copy)."""
    prev_hash = GENESIS
    checked = 0
    last = None
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
        last = entry
    return ChainReport(True, checked, head=Head(last.id, last.entry_hash, last.at)
                       if last else None)

"""Anchors: the audit chain's head (entry number and hash) kept outside the database,
so that what the chain cannot show by itself is seen: the newest entries deleted (or
all of them), or an entry edited with every later hash recomputed.

Where the head is kept, and found again by `collect`:
- the anchor file beside the database (`microcourt.db.anchor`, JSON lines): a line
  appended after every committed append; a head the chain no longer holds when the next
  entry is written is kept in it (why "conflict"), and so is the head a restore
  replaced (why "restore");
- the log file: one line "audit head #N <hash>" per committed append;
- every backup: a backup is a copy of the database, its newest entry is its head;
- the printed monthly report (a paper anchor typed back with `audit verify --anchor`);
- the head row inside the database (chain.HEAD_KEY), written in the append's transaction.

A restore starts a new history: anchors taken before the newest restore that the chain
contradicts are listed as set aside, not as findings (README: what it cannot detect).
"""
from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from microcourt.db.models import AppSetting, AuditEntry
from microcourt.paths import DataPaths
from microcourt.private_files import make_private
from microcourt.timeutil import to_local

log = logging.getLogger("microcourt.audit.anchor")

ANCHOR_SUFFIX = ".anchor"
COMPACT_AT = 256 * 1024  # bytes: about 2,000 heads
PRIVATE_FILE_MODE = 0o600
_PENDING = "audit_anchor_pending"
_LOG_LINE = re.compile(r"audit head #(?P<id>\d+) (?P<hash>[0-9a-f]{64}) at (?P<at>\S+)")


@dataclass(frozen=True)
class Head:
    id: int
    hash: str
    at: datetime | None = None

    def printed(self) -> str:
        """The paper anchor: the number and the first 16 hex digits (typed back with
        `audit verify --anchor 1290:3f2a9c1d0b7e4a55`)."""
        return f"{self.id}:{self.hash[:16]}"


@dataclass(frozen=True)
class Anchor:
    source: str            # Chinese, as a finding names it: "12月1日的备份"
    id: int
    hash: str              # the full hash, or a prefix typed from paper
    at: datetime | None    # when it was taken; None: unknown, never set aside


def anchor_file(database: Path) -> Path:
    return database.with_name(database.name + ANCHOR_SUFFIX)


# -- writing ---------------------------------------------------------------------------

def _valid(item) -> bool:
    return isinstance(item, dict) and isinstance(item.get("id"), int) \
        and isinstance(item.get("hash"), str)


def _read_lines(path: Path, tail: int | None = None) -> list[dict]:
    """The anchor file's lines, oldest first (only those in its last `tail` bytes when
    given); a torn or foreign line is skipped."""
    try:
        with open(path, "rb") as handle:
            if tail is not None:
                handle.seek(max(0, handle.seek(0, os.SEEK_END) - tail))
            text = handle.read().decode("utf-8", errors="replace")
    except OSError:
        return []
    items = []
    for line in text.splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if _valid(item):
            items.append(item)
    return items


def _file_head(items: list[dict]) -> dict | None:
    """The newest head written (the last plain line; two programs may append theirs in
    either order after their commits, and both are entries of the chain)."""
    return next((item for item in reversed(items) if not item.get("why")), None)


def _entry(head: Head, why: str | None = None) -> dict:
    value = {"id": head.id, "hash": head.hash,
             "at": head.at.isoformat() if head.at else None}
    return {**value, "why": why} if why else value


def publish_after_commit(session: Session, head: Head, replacing: bool = False) -> None:
    """Called by chain.record while it holds the chain head: check the anchor file's head
    against the chain (it must still be there unchanged), and once the transaction has
    committed write the new head to the file and the log. Nothing is written for a
    rollback, so no anchor names an entry that never was."""
    path = session.info.get("data_file")
    earlier = session.info.get(_PENDING)
    kept = list(earlier[1]) if earlier else []
    if path is not None and earlier is None:  # the file is checked once per transaction
        old = _file_head(_read_lines(anchor_file(path), tail=4096))
        if old is not None:
            stored = session.scalar(select(AuditEntry.entry_hash)
                                    .where(AuditEntry.id == old["id"]))
            if replacing or stored != old["hash"]:
                kept.append({**old, "why": "restore" if replacing else "conflict"})
                if not replacing:
                    log.error("audit chain no longer holds the anchored head #%s", old["id"])
    session.info[_PENDING] = (head, kept)


def _append_anchor(path: Path, head: Head, kept: list[dict]) -> None:
    """One line per commit, appended (no rewrite, no fsync: an anchor lost to a power
    cut is only a weaker check, never a false alarm); kept heads first. Past
    COMPACT_AT bytes the file is rewritten as its kept lines and the newest head."""
    lines = [json.dumps(item, ensure_ascii=False) for item in [*kept, _entry(head)]]
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
    with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
        handle.write("".join(line + "\n" for line in lines))
        size = handle.tell()
    if size > COMPACT_AT:
        items = _read_lines(path)
        keep = [item for item in items if item.get("why")] + [_file_head(items) or {}]
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")  # one per program
        with open(partial, "w", encoding="utf-8") as handle:
            handle.write("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in keep if i))
        make_private(partial)
        os.replace(partial, path)


@event.listens_for(Session, "after_commit")
def _after_commit(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if pending is None:
        return
    head, kept = pending
    log.info("audit head #%d %s at %s", head.id, head.hash,
             head.at.isoformat() if head.at else "-",
             extra={"personal_data_free": True})  # a number and a hash: not masked
    path = session.info.get("data_file")
    if path is None:
        return
    try:
        _append_anchor(anchor_file(path), head, kept)
    except OSError as exc:  # the entry is committed; the next append writes the file
        log.warning("cannot write the audit anchor file: %s", exc.strerror or exc)


@event.listens_for(Session, "after_rollback")
def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING, None)


# -- finding ---------------------------------------------------------------------------

def _moment(text) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None


def _day(moment: datetime | None) -> str:
    return f"{to_local(moment):%Y年%m月%d日 %H:%M}" if moment else ""


def from_anchor_file(path: Path) -> tuple[Anchor, ...]:
    """The newest head written, the highest one (after a restore: from before it), and
    every head kept as evidence."""
    items = _read_lines(path)
    plain = [item for item in items if not item.get("why")]
    chosen = [(item, "链头记录文件") for item in
              ([plain[-1], max(plain, key=lambda i: i["id"])] if plain else [])]
    chosen += [(item, "链头记录文件中保存的旧链头") for item in items if item.get("why")]
    return tuple(Anchor(source, item["id"], item["hash"], _moment(item.get("at")))
                 for item, source in chosen)


def from_log_files(folder: Path) -> tuple[Anchor, ...]:
    """The newest head line of each log file (the current one and its rotations)."""
    found = []
    for path in sorted(folder.glob("microcourt.log*")):
        newest = None
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                for line in handle:
                    if "audit head #" in line:
                        newest = _LOG_LINE.search(line) or newest
        except OSError:
            continue
        if newest:
            found.append(Anchor(f"日志文件 {path.name}", int(newest["id"]), newest["hash"],
                                _moment(newest["at"])))
    return tuple(found)


def _backup_head(path: Path) -> tuple[int, str] | None:
    from microcourt.db.engine import connect_readonly  # noqa: PLC0415

    try:
        connection = connect_readonly(path)
        try:
            return connection.execute("SELECT id, entry_hash FROM audit_entry "
                                      "ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def from_backups(paths: DataPaths) -> tuple[Anchor, ...]:
    """The head each plain backup holds (encrypted ones need their password: `backup
    verify` shows theirs)."""
    from microcourt.services.backups.catalog import list_backups  # noqa: PLC0415

    found = []
    for info in list_backups(paths):
        head = None if info.encrypted else _backup_head(info.path)
        if head:
            found.append(Anchor(f"{_day(info.taken_at)}的备份（{info.name}）", head[0],
                                head[1], info.taken_at))
    return tuple(found)


def from_head_row(session: Session, key: str) -> tuple[Anchor, ...]:
    value = session.scalar(select(AppSetting.value).where(AppSetting.key == key)) or ""
    number, _, digest = value.partition(":")
    return (Anchor("数据库里的链头记录", int(number), digest, None),) \
        if number.isdigit() and digest else ()


def collect(paths: DataPaths, session: Session, head_key: str) -> tuple[Anchor, ...]:
    return (from_head_row(session, head_key) + from_anchor_file(anchor_file(paths.database))
            + from_log_files(paths.logs) + from_backups(paths))


def parse_typed(text: str) -> Anchor:
    """A paper anchor as typed: "1290:3f2a9c1d0b7e4a55" (at least 8 hex digits)."""
    number, _, digest = text.strip().replace("#", "").replace(",", "").partition(":")
    digest = digest.strip().lower()
    if not number.strip().isdigit() or not re.fullmatch(r"[0-9a-f]{8,64}", digest):
        raise ValueError(text)
    return Anchor("纸面记录", int(number), digest, None)


def _newest_restore(session: Session) -> datetime | None:
    return session.scalar(select(AuditEntry.at).where(AuditEntry.action == "backup.restore")
                          .order_by(AuditEntry.id.desc()).limit(1))


def check(session: Session, head: Head | None,
          found: tuple[Anchor, ...]) -> tuple[tuple[str, ...], tuple[str, ...], int]:
    """(findings, notes, anchors compared): each anchor the chain contradicts, named ("审计日志只到第1,234号，
    但2026年12月01日的备份见过第1,290号"), and the anchors set aside by a restore."""
    restored_at = _newest_restore(session)
    findings, notes, seen = [], [], set()
    for anchor in found:
        if (anchor.id, anchor.hash) in seen:
            continue
        seen.add((anchor.id, anchor.hash))
        stored = session.scalar(select(AuditEntry.entry_hash).where(AuditEntry.id == anchor.id))
        if stored is not None and stored.startswith(anchor.hash.lower()):
            continue
        if anchor.at is not None and restored_at is not None and anchor.at < restored_at:
            notes.append(f"{anchor.source}见过第{anchor.id:,}号，但{_day(restored_at)}"
                         "从备份恢复过数据，恢复前的记录不再比对")
        elif head is None:
            findings.append(f"审计日志是空的，但{anchor.source}见过第{anchor.id:,}号："
                            "记录被全部删除了")
        elif anchor.id > head.id:
            findings.append(f"审计日志只到第{head.id:,}号，但{anchor.source}见过第"
                            f"{anchor.id:,}号：最新的记录被删除了")
        else:
            findings.append(f"第{anchor.id:,}号记录与{anchor.source}所见的不同："
                            "日志在这里或更早处被改写过")
    return tuple(findings), tuple(notes), len(seen)

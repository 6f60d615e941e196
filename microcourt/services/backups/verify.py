"""Checking a backup file before anyone relies on it (issue 7, item 3).

The file is decrypted if need be into a private temporary folder (the original is
never opened by SQLite, so checking cannot change it), opened read-only, run through
`PRAGMA integrity_check`, its rows counted per main table, its schema revision read and
its audit chain walked and its head (the anchor it carries) read.
"""
from __future__ import annotations

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from microcourt.db.engine import connect_readonly, make_engine, sqlite_url
from microcourt.db.files import looks_like_sqlite
from microcourt.db.sqlite_checks import run_check
from microcourt.errors import UserError
from microcourt.leftovers import work_prefix
from microcourt.private_files import make_private
from microcourt.services.audit import chain as audit
from microcourt.services.audit.anchors import Head
from microcourt.services.backups.crypto import decrypt_file, is_encrypted

# The tables a liaison would recognise, with the words the CLI and the dialog print.
MAIN_TABLES = {"party": "当事人", "dispute_case": "案件", "mediator": "调解员",
               "agreement": "调解协议", "hearing": "庭审安排", "filing": "司法确认申请",
               "operator": "操作员", "audit_entry": "审计记录"}


@dataclass(frozen=True)
class BackupReport:
    path: Path
    encrypted: bool
    ok: bool
    integrity: tuple[str, ...] = ()
    revision: str | None = None
    revision_known: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    audit_ok: bool | None = None
    audit_entries: int = 0
    problem: str = ""  # Chinese, when not ok
    # The backup's anchor: its newest audit entry (number, hash), and what the live log
    # contradicts of it (BackupsService.verify; services/audit/anchors.py).
    audit_head: Head | None = None
    audit_findings: tuple[str, ...] = ()


def materialize(source: Path, target: Path, password: str | None = None) -> bool:
    """Put a plain SQLite copy of the backup `source` at `target` (created private);
    returns whether it was encrypted."""
    if not source.is_file():
        raise UserError(f"找不到备份文件：{source}")
    if is_encrypted(source):
        decrypt_file(source, target, password)
        return True
    if not looks_like_sqlite(source):
        raise UserError(f"“{source.name}”不是微法庭助手的备份文件（既不是数据库，也不是加密备份）。")
    # A copy set aside by a restore may carry the write-ahead log a crash left.
    for suffix in ("", "-wal"):
        original = source.with_name(source.name + suffix)
        if original.exists():
            copy = target.with_name(target.name + suffix)
            shutil.copyfile(original, copy)
            make_private(copy)
    return False


def _known_revisions() -> set[str]:
    from microcourt.db.migrate import _script_directory  # noqa: PLC0415 - imports Alembic

    return {revision.revision for revision in _script_directory().walk_revisions()}


def _read_contents(connection: sqlite3.Connection) -> tuple[str | None, dict[str, int]]:
    tables = {row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    revision = None
    if "alembic_version" in tables:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = revision[0] if revision else None
    counts = {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
              for table in MAIN_TABLES if table in tables}
    return revision, counts


def _audit_chain(copy: Path) -> audit.ChainReport:
    engine = create_engine("sqlite://", creator=lambda: connect_readonly(copy))
    try:
        with Session(engine) as session:
            return audit.verify_session(session)
    finally:
        engine.dispose()


def upgrade_problem(copy: Path) -> str:
    """Why the plain copy `copy` cannot be upgraded to this version ("" when it can):
    run on a throw-away copy, so a recovery never offers a file that would fail its
    upgrade at the next start (issue 12, item 2)."""
    from microcourt.db.migrate import upgrade  # noqa: PLC0415 - imports Alembic

    engine = make_engine(sqlite_url(copy))
    try:
        upgrade(engine)
    except Exception as exc:  # noqa: BLE001 - any failure makes the backup unusable
        return f"这个备份无法升级到当前版本（{exc.__class__.__name__}）。"
    finally:
        engine.dispose()
    return ""


def _with_upgrade_check(report: BackupReport, copy: Path) -> BackupReport:
    from microcourt.db.migrate import head_revision  # noqa: PLC0415

    if not report.ok or not report.revision_known or report.revision == head_revision():
        return report
    problem = upgrade_problem(copy)
    return replace(report, ok=False, problem=problem) if problem else report


def inspect_copy(copy: Path, original: Path, encrypted: bool) -> BackupReport:
    """The report for the plain SQLite file `copy` of the backup `original`."""
    connection = connect_readonly(copy)
    try:
        integrity = run_check(connection, full=True)
        if not integrity.ok:
            return BackupReport(original, encrypted, False, integrity.problems,
                                problem=integrity.summary)
        revision, counts = _read_contents(connection)
    finally:
        connection.close()
    if revision is None or "audit_entry" not in counts:
        return BackupReport(original, encrypted, False, ("ok",), counts=counts,
                            problem="这不是微法庭助手的数据库备份。")
    chain = _audit_chain(copy)
    known = revision in _known_revisions()
    problem = "" if known else "这个备份来自更新版本的微法庭助手，请先升级软件。"
    return BackupReport(original, encrypted, True, ("ok",), revision, known, counts,
                        chain.ok, chain.checked, problem, chain.head)


def verify_backup(path: Path | str, password: str | None = None, *,
                  work_dir: Path | None = None, try_upgrade: bool = False) -> BackupReport:
    """Decrypt (if encrypted), open and check the backup at `path`. A damaged or foreign
    database gives a report with ok False; a missing file, a missing or wrong password
    or a file that is no backup at all raises UserError. The plain copy lives in
    `work_dir` (the private data folder, where start-up removes what a crash left) or
    the system's temporary folder; `try_upgrade` also upgrades it, for a recovery."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix=work_prefix("verify"), dir=work_dir) as work:
        copy = Path(work) / "backup.db"
        encrypted = materialize(path, copy, password)
        report = inspect_copy(copy, path, encrypted)
        return _with_upgrade_check(report, copy) if try_upgrade else report

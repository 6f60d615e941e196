"""Backups (issue 7, item 3): nothing the liaison typed may be lost to a power cut, a
dead disk or a lost USB stick.

- `create_backup`: a consistent copy through SQLite's online backup API (safe while the
  program writes), checked with `PRAGMA integrity_check` before it gets its real name,
  so a backup that exists is a good one; automatic ones are then thinned out by
  grandfather-father-son rotation (backup_rotation.py).
- `backup_if_due` (once per local day) and `backup_on_exit` for the window.
- `export_backup`: the same copy encrypted with a password (backup_crypto.py) into a
  folder, for a USB stick; read back and checked after writing. `export_job` and
  `restore_job` are the same as jobs yielding Progress, for the window's progress
  dialog with cancel (seconds on a large database: tests/benchmarks/bench_backup.py).
- `list_backups` / `verify_backup` / `restore_backup`: see backup_catalog.py,
  backup_verify.py and backup_restore.py.
Every action is recorded in the audit log with the actor.
"""
from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from microcourt.db.sqlite_checks import DamagedCopy, write_checked_copy
from microcourt.errors import UserError
from microcourt.leftovers import partial_name, registered, work_prefix
from microcourt.paths import DataPaths
from microcourt.private_files import secure_data_dir
from microcourt.services.audit import chain as audit
from microcourt.services.audit.anchors import Anchor
from microcourt.services.backups.catalog import (
    AUTOMATIC_KINDS,
    BackupInfo,
    BackupKind,
    DataCheck,
    describe,
    last_data_check,
    list_backups,
    new_backup_path,
)
from microcourt.services.backups.crypto import check_password, encrypt_file
from microcourt.services.backups.preview import RestorePreview, preview_restore
from microcourt.services.backups.restore import RestoreResult, restore_backup, restore_job
from microcourt.services.backups.rotation import DEFAULT_POLICY, RetentionPolicy, moments_to_keep
from microcourt.services.backups.verify import BackupReport, verify_backup
from microcourt.services.kernel import changes
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.progress import Progress, run_to_end
from microcourt.services.kernel.rules import ADMIN, EVERYONE, EXPORT, allowed
from microcourt.timeutil import now_local, to_local

log = logging.getLogger(__name__)


def _moment(now: datetime | None) -> datetime:
    return to_local(now) if now is not None else now_local()


def create_backup(ctx: AppContext, kind: BackupKind | str = BackupKind.MANUAL,
                  now: datetime | None = None) -> BackupInfo:
    """Back up the live database into the backups folder; returns the new backup."""
    kind = BackupKind(kind)
    if kind in (BackupKind.EXPORT, BackupKind.PRE_UPGRADE):
        raise ValueError(f"{kind} backups are not made by create_backup")
    paths = ctx.paths
    paths.backups.mkdir(parents=True, exist_ok=True)
    secure_data_dir(paths)
    target = new_backup_path(paths.backups, kind, _moment(now))
    writes = ctx.db.writes
    committed = writes.total  # every one of these is in the copy made next
    try:
        write_checked_copy(paths.database, target)
    except DamagedCopy:
        paths.check_failed_marker.touch()  # the next start checks every page
        raise
    paths.check_failed_marker.unlink(missing_ok=True)  # the full check passed
    own = writes.by_this_thread()
    with ctx.db.transaction() as session:
        audit.record(session, ctx.actor, "backup.create", "backup", None,
                     kind=kind.value, file=target.name)
        changes.note(session, changes.Changes(backups=True))  # the file, listed by the page
    writes.backed_up(committed + writes.by_this_thread() - own)  # its own entry: no change
    log.info("backup %s written", target.name)
    if kind in AUTOMATIC_KINDS:
        rotate(paths)
    return describe(target)


def rotate(paths: DataPaths, policy: RetentionPolicy = DEFAULT_POLICY) -> list[Path]:
    """Delete the automatic backups the policy no longer keeps; returns them."""
    automatic = [info for info in list_backups(paths) if info.kind in AUTOMATIC_KINDS]
    keep = moments_to_keep((info.taken_at for info in automatic), policy)
    removed = []
    for info in automatic:
        if info.taken_at not in keep:
            try:
                info.path.unlink()
            except OSError as exc:  # a locked file is removed next time
                log.warning("cannot remove old backup %s: %s", info.name, exc.strerror)
                continue
            removed.append(info.path)
    if removed:
        log.info("rotation removed %d old backups", len(removed))
    return removed


def backup_if_due(ctx: AppContext, now: datetime | None = None) -> BackupInfo | None:
    """The daily backup, at most once per local day (called at start and by a timer);
    None when today's exists already."""
    moment = _moment(now)
    secure_data_dir(ctx.paths)
    if any(info.kind is BackupKind.DAILY and info.taken_at.date() == moment.date()
           for info in list_backups(ctx.paths)):
        return None
    return create_backup(ctx, BackupKind.DAILY, moment)


def backup_on_exit(ctx: AppContext, now: datetime | None = None) -> BackupInfo | None:
    """The backup the window makes when the liaison quits; None when this process has
    written nothing since its last backup (the daily one at login, say), so a quit after
    only looking takes no time whatever the size of the data (issue 16.1)."""
    if not ctx.db.writes.changed_since_backup:
        log.info("nothing changed since the last backup: no backup at quit")
        return None
    return create_backup(ctx, BackupKind.EXIT, now)


def _write_encrypted(paths: DataPaths, target: Path, password: str) -> None:
    # The plain copy stays in the private data folder, never on the stick; a crash
    # leaves it to the next start (microcourt.leftovers), as it does `target`.
    with tempfile.TemporaryDirectory(prefix=work_prefix("export"), dir=paths.root) as work:
        plain = Path(work) / "copy.db"
        write_checked_copy(paths.database, plain)
        try:
            encrypt_file(plain, target, password)
        except OSError as exc:
            raise UserError(f"无法写入 {target}：{exc.strerror or exc}（U盘满了或被拔出？）") from exc


def export_job(ctx: AppContext, folder: Path | str, password: str,
               now: datetime | None = None) -> Iterator[Progress]:
    """An encrypted backup in `folder` (a USB stick), read back and checked, as a job
    (seconds for a large database); cancelling or a failed check removes the file.
    The audit entry is committed before the file gets its real name, so every export
    that exists is in the log (issue 12, item 9). Returns the BackupInfo."""
    check_password(password)
    folder = Path(folder)
    if not folder.is_dir():
        raise UserError(f"找不到文件夹：{folder}（U盘插好了吗？）")
    target = new_backup_path(folder, BackupKind.EXPORT, _moment(now))
    partial = partial_name(target)
    with registered(ctx.paths.root, partial, target):  # a crash: the next start removes it
        return (yield from _export_to(ctx, folder, target, partial, password))


def _export_to(ctx: AppContext, folder: Path, target: Path, partial: Path,
               password: str) -> Iterator[Progress]:
    try:
        yield Progress(0, 2, "正在复制并加密数据")
        _write_encrypted(ctx.paths, partial, password)
        yield Progress(1, 2, "正在读回检查")
        report = verify_backup(partial, password, work_dir=ctx.paths.root)
        if not report.ok:
            raise UserError(f"写到 {folder} 的备份读回时没有通过检查（{report.problem}），"
                            "请换一个U盘再试。")
        with ctx.db.transaction() as session:
            audit.record(session, ctx.actor, "backup.export", "backup", None,
                         folder=str(folder), file=target.name)
        try:
            os.replace(partial, target)
        except OSError as exc:
            raise UserError(f"无法写入 {target}：{exc.strerror or exc}（U盘被拔出？）") from exc
    finally:
        partial.unlink(missing_ok=True)
    return describe(target)


def export_backup(ctx: AppContext, folder: Path | str, password: str,
                  now: datetime | None = None) -> BackupInfo:
    """`export_job` run to its end."""
    return run_to_end(export_job(ctx, folder, password, now))


class BackupsService:
    """The facade's `backups`: each method one user action."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @allowed(ADMIN, what="备份数据")
    def create(self, kind: BackupKind | str = BackupKind.MANUAL,
               now: datetime | None = None) -> BackupInfo:
        return create_backup(self.ctx, kind, now)

    @allowed(EVERYONE, what="自动备份")
    def if_due(self, now: datetime | None = None) -> BackupInfo | None:
        return backup_if_due(self.ctx, now)

    @allowed(EVERYONE, what="自动备份")
    def on_exit(self, now: datetime | None = None) -> BackupInfo | None:
        return backup_on_exit(self.ctx, now)

    @allowed(ADMIN, what=EXPORT)
    def export(self, folder: Path | str, password: str,
               now: datetime | None = None) -> BackupInfo:
        return export_backup(self.ctx, folder, password, now)

    @allowed(EVERYONE, what="查看备份")
    def list(self) -> list[BackupInfo]:
        return list_backups(self.ctx.paths)

    @allowed(EVERYONE, what="查看备份")
    def data_check(self) -> DataCheck:
        return last_data_check(self.ctx.paths)

    @allowed(ADMIN, what="检查备份")
    def verify(self, path: Path | str, password: str | None = None) -> BackupReport:
        """The backup checked, and its audit head compared with the live log."""
        report = verify_backup(path, password, work_dir=self.ctx.paths.root)
        if report.audit_head is not None:
            found = report.audit_head
            report = replace(report, audit_findings=audit.contradictions(self.ctx, Anchor(
                f"备份“{Path(path).name}”", found.id, found.hash, found.at)))
        with self.ctx.db.transaction() as session:
            audit.record(session, self.ctx.actor, "backup.verify", "backup", None,
                         file=Path(path).name, ok=report.ok)
        return report

    @allowed(ADMIN, what="恢复备份")
    def preview_restore(self, path: Path | str, password: str | None = None) -> RestorePreview:
        """What restoring `path` would change (another installation, other accounts,
        the counts), to show before asking."""
        return preview_restore(self.ctx.paths, path, password)

    @allowed(ADMIN, what="恢复备份")
    def restore(self, path: Path | str, password: str | None = None,
                now: datetime | None = None) -> RestoreResult:
        return restore_backup(self.ctx, path, password, now)

    @allowed(ADMIN, what=EXPORT)
    def export_job(self, folder: Path | str, password: str) -> Iterator[Progress]:
        return export_job(self.ctx, folder, password)

    @allowed(ADMIN, what="恢复备份")
    def restore_job(self, path: Path | str, password: str | None = None) -> Iterator[Progress]:
        return restore_job(self.ctx, path, password)

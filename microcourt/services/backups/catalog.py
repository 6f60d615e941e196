"""Backup files: their names, kinds and where they are.

Names carry the local wall-clock time they were taken, so the liaison can pick one in a
file dialog: `microcourt-daily-20260209-083015.db`, `...-exit-...`, `...-manual-...`,
`...-before-restore-...`, encrypted exports `microcourt-export-20260209-083015.mcbak`.
The copies migrate.py makes before a schema upgrade (`microcourt.pre-upgrade-<rev>-
<stamp>.db`, in the data folder) are listed too: they are good backups as well.
"""
from __future__ import annotations

import glob
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from microcourt.domain import QT_TRANSLATE_NOOP, Coded
from microcourt.paths import DataPaths
from microcourt.timeutil import LOCAL_ZONE

PLAIN_SUFFIX = ".db"
ENCRYPTED_SUFFIX = ".mcbak"
PARTIAL_SUFFIX = ".partial"  # microcourt.leftovers names them <name>.<pid>.partial
STAMP_FORMAT = "%Y%m%d-%H%M%S"


class BackupKind(Coded):
    DAILY = "daily", QT_TRANSLATE_NOOP("Domain", "Daily"), "每日自动"
    EXIT = "exit", QT_TRANSLATE_NOOP("Domain", "On exit"), "退出时自动"
    MANUAL = "manual", QT_TRANSLATE_NOOP("Domain", "Manual"), "手动"
    BEFORE_RESTORE = "before-restore", QT_TRANSLATE_NOOP("Domain", "Before restore"), "恢复前的数据"
    PRE_UPGRADE = "pre-upgrade", QT_TRANSLATE_NOOP("Domain", "Before upgrade"), "升级前的数据"
    EXPORT = "export", QT_TRANSLATE_NOOP("Domain", "Encrypted export"), "加密导出"


# Only these are thinned out by rotation; the liaison's own and the safety copies stay.
AUTOMATIC_KINDS = frozenset({BackupKind.DAILY, BackupKind.EXIT})

_KINDS = "|".join(re.escape(kind.value) for kind in BackupKind)
_NAME = re.compile(rf"^microcourt-(?P<kind>{_KINDS})-(?P<stamp>\d{{8}}-\d{{6}})(?:-(?P<sequence>\d+))?"
                   rf"(?P<suffix>\{PLAIN_SUFFIX}|\{ENCRYPTED_SUFFIX})$")
_PRE_UPGRADE = re.compile(r"^microcourt\.pre-upgrade-.+-(?P<stamp>\d{8}-\d{6})(?:-(?P<sequence>\d+))?\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: BackupKind
    taken_at: datetime  # aware, Asia/Shanghai
    size: int
    encrypted: bool
    sequence: int = 1  # 2, 3... for more backups taken in the same second
    problem: str = ""  # Chinese, when the file is visibly incomplete or damaged

    @property
    def damaged(self) -> bool:
        return bool(self.problem)

    @property
    def name(self) -> str:
        return self.path.name


def _parse_stamp(stamp: str) -> datetime | None:
    try:
        return datetime.strptime(stamp, STAMP_FORMAT).replace(tzinfo=LOCAL_ZONE)
    except ValueError:
        return None


def describe(path: Path) -> BackupInfo | None:
    """The BackupInfo for a file named as ours, or None for any other file."""
    if (found := _NAME.match(path.name)):
        kind = BackupKind(found["kind"])
        encrypted = found["suffix"] == ENCRYPTED_SUFFIX
        sequence = int(found["sequence"] or 1)
    elif (found := _PRE_UPGRADE.match(path.name)):
        kind, encrypted = BackupKind.PRE_UPGRADE, False
        sequence = int(found["sequence"] or 1)
    else:
        return None
    taken_at = _parse_stamp(found["stamp"])
    if taken_at is None or not path.is_file():
        return None
    size = path.stat().st_size
    return BackupInfo(path, kind, taken_at, size, encrypted, sequence,
                      _visible_problem(path, size, encrypted))


INCOMPLETE = "不完整（文件被截断，可能没有复制完），不能用来恢复"


def _visible_problem(path: Path, size: int, encrypted: bool) -> str:
    """What the file's size and first bytes already show (issue 12, item 9), without
    decrypting or opening it: a SQLite file is as long as its header says; an encrypted
    one holds a header, whole database pages (multiples of 512 bytes) and the tag."""
    from microcourt.services.backups.crypto import body_size  # noqa: PLC0415

    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except OSError as exc:
        return f"无法读取（{exc.strerror or exc}）"
    if encrypted:
        body = body_size(head, size)
        return INCOMPLETE if body is None or body % 512 else ""
    if len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
        return INCOMPLETE if size < 100 else "不是数据库文件，已损坏"
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    valid = head[24:28] == head[92:96]  # the page count is kept up to date (SQLite >= 3.7)
    return INCOMPLETE if valid and size < page_size * pages else ""


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Every backup in the backups folder and the pre-upgrade copies, newest first."""
    found = []
    for folder in (paths.backups, paths.root):
        if folder.is_dir():
            found.extend(info for item in folder.iterdir() if (info := describe(item)))
    return sorted(found, key=lambda info: (info.taken_at, info.sequence), reverse=True)


def new_backup_path(folder: Path, kind: BackupKind, moment: datetime) -> Path:
    """A name not yet used in `folder` (two backups in one second get -2, -3...)."""
    suffix = ENCRYPTED_SUFFIX if kind is BackupKind.EXPORT else PLAIN_SUFFIX
    stem = f"microcourt-{kind.value}-{moment.astimezone(LOCAL_ZONE).strftime(STAMP_FORMAT)}"
    candidate, number = folder / f"{stem}{suffix}", 1
    while candidate.exists() or any(folder.glob(f"{glob.escape(candidate.name)}*{PARTIAL_SUFFIX}")):
        number += 1
        candidate = folder / f"{stem}-{number}{suffix}"
    return candidate


# Backups made by create_backup, whose copy passed integrity_check before it was named.
FULLY_CHECKED_KINDS = frozenset({BackupKind.DAILY, BackupKind.EXIT, BackupKind.MANUAL})


@dataclass(frozen=True)
class DataCheck:
    """The last full check of the live database, for the Backups page: it runs on the
    copy every backup makes (a start reads the header and schema only)."""

    checked_at: datetime | None  # None: no backup has checked it yet
    sound: bool


def last_data_check(paths: DataPaths) -> DataCheck:
    marker = paths.check_failed_marker
    if marker.exists():
        return DataCheck(datetime.fromtimestamp(marker.stat().st_mtime, LOCAL_ZONE), False)
    checked = [info.taken_at for info in list_backups(paths)
               if info.kind in FULLY_CHECKED_KINDS and not info.damaged]
    return DataCheck(max(checked, default=None), True)

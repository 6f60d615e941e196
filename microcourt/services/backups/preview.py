"""What a restore would change, told before anyone is asked (issue 12, item 10).

A backup from another installation (another village's PC, a colleague's stick) or one
whose operator accounts differ from today's would silently bring other people's data
or other logins. Before the confirmation the backup is checked and compared with the
current database: whether it comes from the same installation (the first entry of its
audit log, which every copy of one installation shares; the court profile when a log
is empty), which accounts it adds, drops or changes, and the main counts before and
after.
"""
from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from microcourt.db.engine import connect_readonly
from microcourt.domain import OperatorRole
from microcourt.errors import UserError
from microcourt.leftovers import work_prefix
from microcourt.paths import DataPaths
from microcourt.services.backups.verify import MAIN_TABLES, BackupReport, inspect_copy, materialize

COUNTED = ("party", "dispute_case", "agreement", "hearing", "filing", "operator")


@dataclass(frozen=True)
class _Facts:
    genesis: str | None = None
    court: str = ""
    accounts: dict[str, tuple[str, bool]] = field(default_factory=dict)  # name: (role, active)
    counts: dict[str, int] = field(default_factory=dict)


def _one(connection: sqlite3.Connection, sql: str):
    try:
        return connection.execute(sql).fetchone()
    except sqlite3.Error:
        return None


def read_facts(path: Path) -> _Facts:
    """What the comparison needs from the database at `path` (read-only)."""
    if not path.exists():
        return _Facts()
    connection = connect_readonly(path)
    try:
        genesis = _one(connection, "SELECT entry_hash FROM audit_entry ORDER BY id LIMIT 1")
        court = _one(connection, "SELECT name, village FROM court_profile ORDER BY id LIMIT 1")
        try:
            accounts = {row[0]: (row[1], bool(row[2])) for row in connection.execute(
                "SELECT username, role, active FROM operator")}
        except sqlite3.Error:
            accounts = {}
        counts = {table: row[0] for table in COUNTED
                  if (row := _one(connection, f'SELECT count(*) FROM "{table}"'))}
    finally:
        connection.close()
    return _Facts(genesis[0] if genesis else None, "".join(court) if court else "",
                  accounts, counts)


def _role(code: str) -> str:
    try:
        return OperatorRole(code).cn
    except ValueError:
        return code


@dataclass(frozen=True)
class RestorePreview:
    report: BackupReport
    other_installation: bool
    backup_court: str
    current_court: str
    accounts_added: tuple[str, ...]    # "wang（管理员）"
    accounts_removed: tuple[str, ...]
    accounts_changed: tuple[str, ...]  # "li：调解员 → 管理员"
    counts: tuple[tuple[str, int, int], ...]  # (what, now, after)

    @property
    def accounts_differ(self) -> bool:
        return bool(self.accounts_added or self.accounts_removed or self.accounts_changed)

    def warnings(self) -> list[str]:
        """The Chinese sentences a liaison must read before saying yes."""
        said = []
        if self.other_installation:
            said.append("注意：这个备份来自另一台电脑（另一个安装）的微法庭助手"
                        f"（备份中：{self.backup_court or '未设置'}；"
                        f"当前：{self.current_court or '未设置'}）。恢复后，当前的数据将被它的数据替换。")
        if self.accounts_differ:
            said.append("注意：备份中的登录账号与当前不同，恢复后：")
            said += [f"  增加账号 {name}" for name in self.accounts_added]
            said += [f"  删除账号 {name}（将无法再登录）" for name in self.accounts_removed]
            said += [f"  账号 {change}" for change in self.accounts_changed]
        return said

    def lines(self) -> list[str]:
        changes = [f"  {what}：{now} → {after}" for what, now, after in self.counts
                   if now != after]
        return self.warnings() + (["恢复后的变化："] + changes if changes else
                                  ["恢复后各类记录的数量不变。"])


def _compare(report: BackupReport, backup: _Facts, current: _Facts) -> RestorePreview:
    if backup.genesis and current.genesis:
        other = backup.genesis != current.genesis
    else:
        other = bool(backup.court and current.court and backup.court != current.court)
    added = tuple(f"{name}（{_role(role)}）" for name, (role, _a) in sorted(backup.accounts.items())
                  if name not in current.accounts)
    removed = tuple(f"{name}（{_role(role)}）" for name, (role, _a)
                    in sorted(current.accounts.items()) if name not in backup.accounts)
    changed = []
    for name in sorted(set(backup.accounts) & set(current.accounts)):
        (was, was_active), (will, will_active) = current.accounts[name], backup.accounts[name]
        if was != will:
            changed.append(f"{name}：{_role(was)} → {_role(will)}")
        if was_active != will_active:
            changed.append(f"{name}：{'停用' if was_active else '启用'} → "
                           f"{'启用' if will_active else '停用'}")
    counts = tuple((MAIN_TABLES[t], current.counts.get(t, 0), backup.counts.get(t, 0))
                   for t in COUNTED)
    return RestorePreview(report, other, backup.court, current.court, added, removed,
                          tuple(changed), counts)


def preview_restore(paths: DataPaths, source: Path | str,
                    password: str | None = None) -> RestorePreview:
    """Check the backup `source` and say what restoring it would change; UserError when
    it cannot be restored at all."""
    source = Path(source)
    with tempfile.TemporaryDirectory(prefix=work_prefix("verify"), dir=paths.root) as work:
        copy = Path(work) / "backup.db"
        encrypted = materialize(source, copy, password)
        report = inspect_copy(copy, source, encrypted)
        if not report.ok or not report.revision_known:
            raise UserError(f"备份“{source.name}”没有通过检查：{report.problem}"
                            "没有恢复，当前数据没有改动。")
        backup = read_facts(copy)
    return _compare(report, backup, read_facts(paths.database))

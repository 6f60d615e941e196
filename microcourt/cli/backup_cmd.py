"""`microcourt-cli backup create [--to DIR] [--password-file F] | list [--json] |
verify FILE [--password-file F] [--json] | restore FILE [--password-file F] [--yes]`.

Passwords come from a file (first line), never from the command line, where other
users of the PC could read them in the process list or the shell history.
"""
from __future__ import annotations

import sys
from pathlib import Path

from microcourt.cli.commands import add_command
from microcourt.cli.output import print_json, print_table
from microcourt.errors import UserError
from microcourt.services.backups.catalog import BackupInfo
from microcourt.services.backups.crypto import is_encrypted
from microcourt.services.backups.verify import MAIN_TABLES, BackupReport
from microcourt.timeutil import format_local

HEADERS = ["文件", "类型", "时间", "大小", "加密", "状态"]


def register(sub) -> None:
    parser = add_command(sub, "backup")
    actions = parser.add_subparsers(dest="action", required=True)
    create = actions.add_parser("create", help="立即备份（--to：加密备份到文件夹，如U盘）")
    create.add_argument("--to", metavar="DIR", help="加密备份到这个文件夹（需要 --password-file）")
    create.add_argument("--password-file", metavar="F", help="密码文件（第一行是密码）")
    create.set_defaults(handler=create_backup)
    list_ = actions.add_parser("list", help="列出数据目录中的备份（最新的在前）")
    list_.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    list_.set_defaults(handler=list_backups)
    verify = actions.add_parser("verify", help="检查备份能否恢复：解密、打开、完整性检查、统计")
    verify.add_argument("file", metavar="FILE")
    verify.add_argument("--password-file", metavar="F", help="加密备份的密码文件")
    verify.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    verify.set_defaults(handler=verify_backup)
    restore = actions.add_parser("restore", help="用备份替换当前数据（当前数据先另存）")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--password-file", metavar="F", help="加密备份的密码文件")
    restore.add_argument("--yes", action="store_true", help="不再询问，直接恢复")
    restore.set_defaults(handler=restore_backup)


def read_password_file(name: str | None) -> str | None:
    """The first line of the file, without its line break (spaces inside are kept)."""
    if name is None:
        return None
    try:
        text = Path(name).read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise UserError(f"无法读取密码文件 {name}：{exc.strerror or exc}") from exc
    except UnicodeDecodeError:
        raise UserError(f"密码文件 {name} 不是 UTF-8 文本。") from None
    password = text.splitlines()[0] if text else ""
    if not password:
        raise UserError(f"密码文件 {name} 的第一行是空的。")
    return password


def password_for(file: str, password_file: str | None) -> str | None:
    password = read_password_file(password_file)
    source = Path(file)
    if password is None and source.is_file() and is_encrypted(source):
        raise UserError(f"“{source.name}”是加密备份：请用 --password-file 指定密码文件。")
    return password


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def info_json(info: BackupInfo) -> dict:
    return {"name": info.name, "path": str(info.path), "kind": info.kind.value,
            "taken_at": info.taken_at.isoformat(), "size": info.size,
            "encrypted": info.encrypted, "damaged": info.damaged, "problem": info.problem}


def create_backup(args, services) -> int:
    if args.to is None:
        if args.password_file:
            raise UserError("--password-file 只用于加密备份到文件夹，请同时用 --to 指定文件夹。")
        info = services.backups.create()
        print(f"已备份到：{info.path}")
        return 0
    if not args.password_file:
        raise UserError("备份到文件夹（如U盘）必须加密：请用 --password-file 指定密码文件。")
    info = services.backups.export(args.to, read_password_file(args.password_file))
    print(f"已加密备份到：{info.path}（已读回检查）")
    return 0


def list_backups(args, services) -> int:
    backups = services.backups.list()
    if args.json:
        print_json([info_json(info) for info in backups])
        return 0
    print_table([[info.name, info.kind.cn, format_local(info.taken_at, with_seconds=True),
                  _size(info.size), "是" if info.encrypted else "否",
                  f"已损坏：{info.problem}" if info.damaged else "完好"] for info in backups],
                HEADERS)
    return 0


def report_json(report: BackupReport) -> dict:
    return {"file": str(report.path), "ok": report.ok, "encrypted": report.encrypted,
            "integrity": list(report.integrity), "revision": report.revision,
            "revision_known": report.revision_known, "counts": report.counts,
            "audit_ok": report.audit_ok, "audit_entries": report.audit_entries,
            "audit_head": report.audit_head.printed() if report.audit_head else None,
            "audit_findings": list(report.audit_findings), "problem": report.problem}


def print_report(report: BackupReport) -> None:
    print(f"备份文件：{report.path}{'（加密）' if report.encrypted else ''}")
    print(f"完整性检查：{'通过' if report.ok else '未通过'}")
    if not report.ok:
        for problem in report.integrity[:10]:
            print(f"  {problem}")
        return
    print(f"数据库版本：{report.revision}")
    for table, count in report.counts.items():
        print(f"{MAIN_TABLES[table]}：{count}")
    chain = "完整" if report.audit_ok else "断开（备份中的审计日志被改动过）"
    head = f"，链头 {report.audit_head.printed()}" if report.audit_head else ""
    print(f"审计日志：{chain}，共{report.audit_entries}条{head}")
    for finding in report.audit_findings:
        print(f"与当前的审计日志不符：{finding}")


def verify_backup(args, services) -> int:
    report = services.backups.verify(args.file, password_for(args.file, args.password_file))
    if args.json:
        print_json(report_json(report))
    else:
        print_report(report)
    if report.problem:
        print(report.problem, file=sys.stderr)
    return 0 if report.ok and report.revision_known else 1


def _confirmed(file: str, data_dir: Path) -> bool:
    if not sys.stdin.isatty():
        raise UserError("恢复会替换当前数据（变化见上）。请确认后加上 --yes 再运行"
                        "（当前数据会先另存到备份文件夹）。")
    print(f"将用备份 {file} 替换 {data_dir} 中的当前数据；当前数据会先另存到备份文件夹。")
    answer = input("确定恢复吗？输入 yes 继续：").strip().lower()
    return answer in ("yes", "y", "是")


def restore_backup(args, services) -> int:
    password = password_for(args.file, args.password_file)
    for line in services.backups.preview_restore(args.file, password).lines():
        print(line)  # another installation, other accounts, the counts: before asking
    if not args.yes and not _confirmed(args.file, services.data_dir):
        print("没有恢复，当前数据没有改动。", file=sys.stderr)
        return 1
    result = services.backups.restore(args.file, password)
    counts = "，".join(f"{MAIN_TABLES[t]}{n}" for t, n in result.report.counts.items()
                       if t in ("party", "dispute_case", "agreement"))
    print(f"已从 {args.file} 恢复（{counts}）。")
    if result.set_aside:
        print(f"恢复前的数据已另存为：{result.set_aside}")
    return 0

"""`microcourt-cli audit verify [--json]`: check the audit log's hash chain;
`audit list [filters] [--json]`: read it, newest first."""
from __future__ import annotations

import json
import sys
from datetime import date, timedelta

from microcourt.cli.commands import add_command
from microcourt.cli.output import print_json, print_table
from microcourt.errors import ValidationError
from microcourt.services.audit.anchors import parse_typed
from microcourt.services.audit.labels import action_label, source_label
from microcourt.services.audit.queries import AuditFilter
from microcourt.timeutil import format_local, local

HEADERS = ["编号", "时间", "操作人", "来源", "操作", "对象", "详情"]


def register(sub) -> None:
    parser = add_command(sub, "audit")
    actions = parser.add_subparsers(dest="action", required=True)
    verify = actions.add_parser("verify", help="检查审计日志的哈希链，指出第一条被改动或删除的记录")
    verify.add_argument("--anchor", action="append", default=[], metavar="编号:哈希",
                        help="月报上印的链头（如 1290:3f2a9c1d0b7e4a55），可写多次")
    verify.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    verify.set_defaults(handler=verify_chain)
    list_ = actions.add_parser("list", help="列出审计记录（最新的在前）")
    list_.add_argument("--since", metavar="YYYY-MM-DD", help="从这一天起（含）")
    list_.add_argument("--until", metavar="YYYY-MM-DD", help="到这一天止（含）")
    list_.add_argument("--actor", help="操作人")
    list_.add_argument("--action-code", dest="action_code",
                       help="操作代码，如 party.register；以点结尾表示前缀，如 party.")
    list_.add_argument("--entity", help="对象类型，如 party、case、backup")
    list_.add_argument("--entity-id", type=int, help="对象编号")
    list_.add_argument("--limit", type=int, default=100, help="最多列出几条（默认100）")
    list_.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    list_.set_defaults(handler=list_entries)


def _typed_anchors(texts: list[str]) -> tuple:
    try:
        return tuple(parse_typed(text) for text in texts)
    except ValueError as exc:
        raise ValidationError("anchor", f"链头“{exc}”的格式不对，应为 编号:哈希（哈希至少8位），"
                              "如 1290:3f2a9c1d0b7e4a55。") from None


def verify_chain(args, services) -> int:
    report = services.audit.verify(_typed_anchors(args.anchor))
    if args.json:
        print_json({"ok": report.ok, "checked": report.checked,
                    "first_broken_id": report.first_broken_id, "reason": report.reason,
                    "findings": list(report.findings), "notes": list(report.notes),
                    "anchors": report.anchors,
                    "head": report.head.printed() if report.head else None})
        return 0 if report.ok else 1
    for note in report.notes:
        print(note)
    if report.ok:
        head = (f"（与{report.anchors}处链头记录相符，当前链头 {report.head.printed()}）"
                if report.head else "")
        print(f"审计日志完整：共{report.checked}条{head}")
        return 0
    if report.first_broken_id is not None:
        print(f"审计日志不完整：第{report.first_broken_id}号记录处断开（{report.reason}）；"
              f"此前的{report.checked}条完好。", file=sys.stderr)
    for finding in report.findings:
        print(f"审计日志与外部记录不符：{finding}", file=sys.stderr)
    return 1


def _day(text: str | None, field: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, f"日期“{text}”的格式不对，应为 YYYY-MM-DD。") from None


def list_entries(args, services) -> int:
    since, until = _day(args.since, "since"), _day(args.until, "until")
    wanted = AuditFilter(
        since=local(since.year, since.month, since.day) if since else None,
        until=local(until.year, until.month, until.day) + timedelta(days=1) if until else None,
        actor=args.actor, action=args.action_code, entity=args.entity,
        entity_id=args.entity_id)
    rows = services.audit.query(wanted, limit=max(args.limit, 0))
    if args.json:
        print_json([{"id": r.id, "at": r.at.isoformat(), "actor": r.actor, "source": r.source,
                     "action": r.action, "entity": r.entity, "entity_id": r.entity_id,
                     "details": r.details} for r in rows])
        return 0
    print_table([[r.id, format_local(r.at, with_seconds=True), r.actor, source_label(r.source),
                  action_label(r.action),
                  f"{r.entity or ''}{'#' + str(r.entity_id) if r.entity_id else ''}",
                  json.dumps(r.details, ensure_ascii=False)] for r in rows], HEADERS)
    return 0

"""`microcourt-cli hearings ...`: the schedule (DESIGN.md section 4: `hearings list
[--json]`, `hearings ics --out FILE`), tomorrow's phone list and the printed notices.
Times print in Asia/Shanghai; JSON carries ISO 8601 with the offset (+08:00)."""
from __future__ import annotations

import sys
from datetime import timedelta

from microcourt.cli.commands import add_command
from microcourt.cli.output import print_json, print_table
from microcourt.domain import JoinLocation
from microcourt.services.hearings.dto import CallItem, HearingDetail
from microcourt.timeutil import format_local, to_local
from microcourt.validation.dates import parse_date

HEADERS = ["编号", "案号", "类型", "平台", "状态", "开始", "结束", "地点或会议号", "参加人数"]
CALL_HEADERS = ["时间", "案号", "姓名", "身份", "电话", "参加地点", "需协助"]


def register(sub) -> None:
    parser = add_command(sub, "hearings")
    actions = parser.add_subparsers(dest="action", required=True)
    list_ = actions.add_parser("list", help="列出庭审和调解安排（默认全部，按开始时间）")
    list_.add_argument("--from", dest="from_day", help="从这一天起（如 2026-11-24）")
    list_.add_argument("--days", type=int, default=7, help="与 --from 一起用：列出几天（默认7天）")
    list_.add_argument("--case", help="只列出这个案号的")
    list_.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    list_.set_defaults(handler=list_hearings)
    ics = actions.add_parser("ics", help="导出为日历文件（.ics，RFC 5545），默认全部")
    ics.add_argument("--out", required=True, help="保存到的 .ics 文件")
    ics.add_argument("--id", type=int, help="只导出这一次安排（编号见 hearings list）")
    ics.add_argument("--from", dest="from_day", help="从这一天起")
    ics.add_argument("--to", dest="to_day", help="到这一天止（含）")
    ics.set_defaults(handler=export_ics)
    calls = actions.add_parser("tomorrow", help="明天开庭或调解、今天要打电话通知的人")
    calls.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    calls.set_defaults(handler=tomorrow_calls)
    notice = actions.add_parser("notice", help="打印参加人通知书（PDF，大字）")
    notice.add_argument("id", type=int, help="安排编号")
    notice.add_argument("--out", required=True, help="保存到的 PDF 文件")
    notice.add_argument("--participant", type=int, action="append",
                        help="参加人编号（可重复；默认除法官外每人一份）")
    notice.add_argument("--normal-print", action="store_true", help="用普通字号")
    notice.set_defaults(handler=print_notices)


def iso(moment) -> str:
    """2026-11-24T09:30:00+08:00"""
    return to_local(moment).isoformat()


def as_json(h: HearingDetail) -> dict:
    return {
        "id": h.id, "case_id": h.case_id, "case_number": h.case_number, "kind": h.kind,
        "platform": h.platform, "status": h.status, "outcome": h.outcome,
        "start": iso(h.start), "end": iso(h.end), "room": h.room,
        "meeting_link": h.meeting_link, "court": h.court, "judge": h.judge,
        "mediator": h.mediator_name, "sequence": h.sequence, "warnings": list(h.warnings),
        "participants": [{"id": p.id, "name": p.name, "role": p.role,
                          "location": p.location, "phone": p.phone,
                          "needs_help": p.needs_help} for p in h.participants],
    }


def call_json(c: CallItem) -> dict:
    return {"hearing_id": c.hearing_id, "case_number": c.case_number, "start": iso(c.start),
            "end": iso(c.end), "name": c.name, "role": c.role, "location": c.location,
            "phone": c.phone, "needs_help": c.needs_help}


def _day(raw: str | None, label: str):
    return parse_date(raw, "date", label=label) if raw else None


def list_hearings(args, services) -> int:
    if args.case:
        hearings = services.hearings.list_for_case(args.case)
    else:
        first = _day(args.from_day, "开始日期")
        last = None
        if first is not None:
            last = first + timedelta(days=max(args.days, 1) - 1)
        hearings = services.hearings.list_range(first, last)
    if args.json:
        print_json([as_json(h) for h in hearings])
        return 0
    print_table([[h.id, h.case_number, h.kind_cn, h.platform_cn, h.status_cn,
                  format_local(h.start), format_local(h.end),
                  "；".join(x for x in (h.room, h.meeting_link) if x), len(h.participants)]
                 for h in hearings], HEADERS)
    return 0


def export_ics(args, services) -> int:
    if args.id is not None and (args.from_day or args.to_day):
        print("用法错误：--id 不能和 --from、--to 一起使用。", file=sys.stderr)
        return 2
    path = services.hearings.export_ics(args.out, hearing_id=args.id,
                                        from_day=_day(args.from_day, "开始日期"),
                                        to_day=_day(args.to_day, "结束日期"))
    print(f"已导出日历：{path}")
    return 0


def tomorrow_calls(args, services) -> int:
    calls = services.hearings.tomorrow_calls()
    if args.json:
        print_json([call_json(c) for c in calls])
        return 0
    print_table([[format_local(c.start), c.case_number, c.name, c.role_cn, c.phone or "",
                  JoinLocation(c.location).cn, "是" if c.needs_help else ""] for c in calls],
                CALL_HEADERS)
    return 0


def print_notices(args, services) -> int:
    path = services.hearings.build_notices(args.id, args.out, args.participant,
                                           large_print=not args.normal_print)
    print(f"已生成通知书：{path}")
    return 0

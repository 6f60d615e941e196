"""`microcourt-cli workbench [--json]`, `warnings [--json]`: the liaison's to-do list
and the early warnings; `enforcement pdf CASE --out FILE`: 强制执行申请书.

JSON keys of each item: kind, severity, title, detail, due (ISO date or null),
case_number, target ([page, id]), related_case_ids.
"""
from __future__ import annotations

from datetime import date

from microcourt.cli.commands import add_command
from microcourt.cli.output import print_json
from microcourt.services.reports.workbench_dto import ItemKind, Severity, WorkbenchItem


def register(sub) -> None:
    bench = add_command(sub, "workbench")
    _common(bench, all_items)
    alerts = add_command(sub, "warnings")
    _common(alerts, warnings_only)
    enforcement = add_command(sub, "enforcement")
    actions = enforcement.add_subparsers(dest="action", required=True)
    pdf = actions.add_parser("pdf", help="生成强制执行申请书（PDF）")
    pdf.add_argument("case_number", metavar="CASE", help="案号，如 上田微调〔2026〕第4号")
    pdf.add_argument("--out", required=True, help="输出的 PDF 文件")
    pdf.add_argument("--claimant", help="只为这位申请人的确认裁定申请（姓名；默认每份裁定各一份）")
    pdf.set_defaults(handler=enforcement_pdf)


def _common(parser, handler) -> None:
    parser.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    parser.add_argument("--today", type=date.fromisoformat, default=None,
                        help="按哪一天计算（YYYY-MM-DD，默认今天）")
    parser.set_defaults(handler=handler)


def all_items(args, services) -> int:
    _show(list(services.workbench.build(args.today).items), args.json)
    return 0


def warnings_only(args, services) -> int:
    _show(services.workbench.warnings(args.today), args.json)
    return 0


def _show(items: list[WorkbenchItem], as_json: bool) -> None:
    if as_json:
        print_json([{"kind": i.kind, "severity": i.severity, "title": i.title,
                     "detail": i.detail, "due": i.due, "case_number": i.case_number,
                     "target": list(i.target), "related_case_ids": list(i.related_case_ids)}
                    for i in items])
        return
    if not items:
        print("没有待办事项。")
    for i in items:
        due = f"（期限{i.due.isoformat()}）" if i.due else ""
        print(f"[{Severity(i.severity).cn}] {ItemKind(i.kind).cn}｜{i.title}{due}\n    {i.detail}")


def enforcement_pdf(args, services) -> int:
    path = services.reports.write_enforcement(args.case_number, args.out,
                                              claimant=args.claimant)
    print(f"已生成强制执行申请书：{path}")
    return 0

"""`microcourt-cli cases list [--json]`: the case list (DESIGN.md section 4)."""
from __future__ import annotations

from microcourt.cli.output import print_json, print_table
from microcourt.domain import CaseCategory, CaseStatus

HEADERS = ["编号", "类别", "状态", "当事人数", "申请人数", "收案日期", "标的额（元）"]


def register(sub) -> None:
    parser = sub.add_parser("cases", help="案件")
    actions = parser.add_subparsers(dest="action", required=True)
    list_ = actions.add_parser("list", help="列出全部案件（新收的在前）")
    list_.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    list_.set_defaults(handler=list_cases)


def list_cases(args, services) -> int:
    cases = services.cases.list_cases()
    if args.json:
        print_json([_as_json(c) for c in cases])
        return 0
    print_table([[c.number, _cn(CaseCategory, c.category), _cn(CaseStatus, c.status),
                  c.parties, c.claimants, c.received_on.isoformat(),
                  "" if c.amount is None else f"{c.amount:,}"] for c in cases], HEADERS)
    return 0


def _as_json(case) -> dict:
    return {"id": case.id, "number": case.number, "category": case.category,
            "status": case.status, "parties": case.parties, "claimants": case.claimants,
            "received_on": case.received_on.isoformat(),
            "amount": None if case.amount is None else str(case.amount)}


def _cn(enum, value: str) -> str:
    """The Chinese term of a stored code; an unknown code (a newer version's) as is."""
    try:
        return enum(value).cn
    except ValueError:
        return value

"""`microcourt-cli filing record`: what happened to the applications after upload, for
one claimant, several, or every claimant at once (DESIGN.md section 4).

    filing record CASE_NUMBER --claimant 王𠮷 --claimant 张堃 --status submitted --on 2026-12-01
    filing record CASE_NUMBER --all --status submitted --on 2026-12-01 --platform 移动微法院
    filing record CASE_NUMBER --claimant 王𠮷 --status confirmed --on 2026-12-10

`--on` is the day it happened: the submission's date for submitted, the ruling's for
confirmed or refused. `--all` takes every claimant's current application whose status
may move to STATUS (those already there, or decided, are left as they are and counted).
"""
from __future__ import annotations

from microcourt.domain import FilingStatus, Platform
from microcourt.errors import UserError
from microcourt.services.filings.dto import FilingInfo, FilingUpdate
from microcourt.validation.dates import optional_date

STATUSES = [s.value for s in FilingStatus if s is not FilingStatus.GENERATED]
DATED = {FilingStatus.SUBMITTED: "submitted_on", FilingStatus.CONFIRMED: "ruling_on",
         FilingStatus.REFUSED: "ruling_on"}


def register_record(actions) -> None:
    record = actions.add_parser("record", help="登记司法确认申请的提交和法院的裁定")
    record.add_argument("case_number", metavar="CASE_NUMBER")
    who = record.add_mutually_exclusive_group(required=True)
    who.add_argument("--claimant", action="append", metavar="NAME",
                     help="申请人姓名（可重复，逐人申请时）")
    who.add_argument("--all", action="store_true", help="全部申请人（共同申请时即该申请）")
    record.add_argument("--status", required=True, choices=STATUSES, help="新的状态")
    record.add_argument("--on", metavar="DATE", help="提交日期或裁定日期（YYYY-MM-DD）")
    record.add_argument("--platform", help="提交平台（" + "、".join(p.cn for p in Platform) + "）")
    record.add_argument("--court-case-number", help="法院案号（逐份登记）")
    record.add_argument("--correction-deadline", metavar="DATE", help="退回补正的期限")
    record.add_argument("--notes", help="备注")
    record.set_defaults(handler=record_filings)


def record_filings(args, services) -> int:
    target = FilingStatus(args.status)
    current = services.filings.current(args.case_number)
    chosen, skipped = _chosen(current, args.claimant, target)
    on = optional_date(args.on, "on", label="日期")
    if target in DATED and on is None:
        raise UserError(f"登记“{target.cn}”需要日期：请加 --on YYYY-MM-DD。")
    update = FilingUpdate(target.value, platform=args.platform,
                          court_case_number=args.court_case_number,
                          correction_deadline=optional_date(args.correction_deadline,
                                                            "correction_deadline",
                                                            label="补正期限"),
                          notes=args.notes)
    if target in DATED:
        setattr(update, DATED[target], on)
    saved = services.filings.update([f.id for f in chosen], update)
    names = "、".join(f.label for f in saved[:5]) + ("等" if len(saved) > 5 else "")
    print(f"已登记{len(saved)}份申请为“{target.cn}”：{names}")
    if skipped:
        print(f"另有{skipped}份申请的状态不能改为“{target.cn}”（已是该状态或已有裁定），未改动。")
    return 0


def _chosen(current: list[FilingInfo], names: list[str] | None,
            target: FilingStatus) -> tuple[list[FilingInfo], int]:
    from microcourt.services.filings.record import TRANSITIONS  # SQLAlchemy: on need

    if not current:
        raise UserError("本案还没有生成司法确认申请材料：请先运行 filing generate。")
    if names is None:
        movable = [f for f in current if target in TRANSITIONS[FilingStatus(f.status)]]
        if not movable:
            raise UserError(f"没有可以登记为“{target.cn}”的申请。")
        return movable, len(current) - len(movable)
    by_name: dict[str, list[FilingInfo]] = {}
    for filing in current:
        by_name.setdefault(filing.label, []).append(filing)
    chosen = []
    for name in dict.fromkeys(n.strip() for n in names):
        found = by_name.get(name, [])
        if not found:
            raise UserError(f"本案没有申请人“{name}”的司法确认申请（尚未生成材料，或姓名不符）。")
        if len(found) > 1:
            raise UserError(f"本案有{len(found)}名申请人叫“{name}”，请在窗口中逐份登记。")
        chosen.append(found[0])
    return chosen, 0

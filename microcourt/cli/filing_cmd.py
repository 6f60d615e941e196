"""`microcourt-cli filing ...`: judicial-confirmation packets (DESIGN.md section 4).

    filing generate CASE_NUMBER --out DIR [--per-claimant | --joint] [--accept-late]
    filing check CASE_NUMBER            what would stop the packet, all at once
    filing list CASE_NUMBER [--json]    the filings generated and their status
    filing deadlines [--days N] [--json]   30-day windows closing (or missed)
    filing record CASE_NUMBER (--claimant NAME ... | --all) --status STATUS --on DATE
                  [--platform P] [--court-case-number N] [--correction-deadline DATE]
                  [--notes TEXT]        the submission and the court's answer
"""
from __future__ import annotations

import sys

from microcourt.cli.commands import add_command
from microcourt.cli.output import print_json
from microcourt.domain import FilingMode, FilingStatus
from microcourt.services.filings.dto import FilingRefused


def register(sub) -> None:
    parser = add_command(sub, "filing")
    actions = parser.add_subparsers(dest="action", required=True)
    generate = actions.add_parser("generate", help="生成司法确认申请材料（PDF）")
    generate.add_argument("case_number", metavar="CASE_NUMBER", help="案号，如 上田微调〔2026〕第11号")
    generate.add_argument("--out", required=True, help="输出文件夹（其中按案号建子文件夹）")
    mode = generate.add_mutually_exclusive_group()
    mode.add_argument("--per-claimant", dest="mode", action="store_const",
                      const=FilingMode.PER_CLAIMANT.value, help="每名申请人一套材料（欠薪案默认）")
    mode.add_argument("--joint", dest="mode", action="store_const", const=FilingMode.JOINT.value,
                      help="全体申请人一套材料")
    generate.add_argument("--accept-late", action="store_true",
                          help="已超过三十日申请期限，仍然生成（法院通常不予受理）")
    generate.set_defaults(handler=generate_packets)
    check = actions.add_parser("check", help="检查能否生成申请材料")
    check.add_argument("case_number", metavar="CASE_NUMBER")
    check.set_defaults(handler=check_case)
    listing = actions.add_parser("list", help="列出案件的司法确认申请")
    listing.add_argument("case_number", metavar="CASE_NUMBER")
    listing.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    listing.set_defaults(handler=list_filings)
    deadlines = actions.add_parser("deadlines", help="即将届满的三十日申请期限")
    deadlines.add_argument("--days", type=int, default=7, help="几天内届满（默认7天）")
    deadlines.add_argument("--missed", action="store_true", help="也列出已经错过期限的")
    deadlines.add_argument("--json", action="store_true", help="以 UTF-8 JSON 输出")
    deadlines.set_defaults(handler=list_deadlines)
    from microcourt.cli.filing_record import register_record

    register_record(actions)


def generate_packets(args, services) -> int:
    from microcourt.services.kernel.progress import run_to_end

    job = services.filings.generate(args.case_number, args.out, mode=args.mode,
                                    acknowledge_late=args.accept_late)
    try:
        result = run_to_end(job)
    except FilingRefused as refused:
        print(refused.message, file=sys.stderr)
        if refused.late_only:
            print("如仍要生成，请加 --accept-late。", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(f"警告：{warning}", file=sys.stderr)
    print(f"已生成{len(result.filings)}套司法确认申请材料（{FilingMode(result.mode).cn}）："
          f"{result.folder}")
    return 0


def check_case(args, services) -> int:
    found = services.filings.check(args.case_number)
    if found.window:
        state = (f"已超过{-found.window.days_left}天" if found.window.missed
                 else f"还剩{found.window.days_left}天")
        print(f"申请期限：{found.window.deadline.isoformat()}（{state}）")
        if found.window.period_note:
            print(f"  {found.window.period_note}")
    if found.progress:
        print(f"各申请人：{found.progress}")
    if found.refused and found.ready:
        print(f"注意：{found.refused.message}")
    for number, problem in enumerate(found.problems, start=1):
        print(f"{number}. {problem}")
    if found.late:
        print(f"警告：{found.late.message}")
    if found.ready:
        print(f"可以生成：{found.claimants}名申请人，默认{FilingMode(found.default_mode).cn}"
              + (f"，逐人申请将生成{found.to_generate}套。" if found.progress else "。"))
        return 0
    return 1


def list_filings(args, services) -> int:
    filings = services.filings.list_for_case(args.case_number)
    if args.json:
        print_json([{"id": f.id, "label": f.label, "mode": f.mode, "status": f.status,
                     "output_dir": f.output_dir, "submitted_on": f.submitted_on,
                     "court_case_number": f.court_case_number,
                     "documents": [{"kind": d.kind, "file": d.file_name, "sha256": d.sha256,
                                    "size": d.size_bytes} for d in f.documents]}
                    for f in filings])
        return 0
    for f in filings:
        print(f"{f.id}\t{f.label}\t{FilingStatus(f.status).cn}\t{f.output_dir or ''}")
    return 0


def list_deadlines(args, services) -> int:
    windows = services.filings.windows_closing(args.days, include_missed=args.missed)
    if args.json:
        print_json([{"case_number": w.case_number, "effective_on": w.effective_on,
                     "deadline": w.deadline, "days_left": w.days_left,
                     "nominal_deadline": w.nominal, "moved_over": list(w.rest_days),
                     "calendar_missing_year": w.unknown_year, "note": w.period_note,
                     "claimants": w.claimants, "unfiled": w.unfiled,
                     "progress": w.progress_note} for w in windows])
        return 0
    if not windows:
        print(f"{args.days}天内没有届满的司法确认申请期限。")
    for w in windows:
        state = f"已过{-w.days_left}天" if w.missed else f"剩{w.days_left}天"
        line = f"{w.case_number}\t{w.deadline.isoformat()}\t{state}"
        if w.progress_note:
            line += f"\t{w.progress_note}"
        print(line + (f"\n  {w.period_note}" if w.period_note else ""))
    return 0

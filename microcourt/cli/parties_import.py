"""`microcourt-cli parties import FILE [--consent-on-file] [--json]`: all or nothing.

Exit 0 with a Chinese summary; exit 1 with one line per problem on stderr
(`第N行 列“X” 值“Y”：原因`) when any row is bad, a required column is missing, or the
file has ID numbers and the consent declaration was not given."""
from __future__ import annotations

import sys

from microcourt.cli.output import print_json
from microcourt.importers import MissingColumns, import_parties
from microcourt.services.kernel.progress import run_to_end


def add_import_parser(actions) -> None:
    """Called by the `parties` command group with its sub-parsers."""
    parser = actions.add_parser("import", help="从 .xlsx 或 .csv 批量导入当事人（全部成功才保存）")
    parser.add_argument("file", metavar="FILE", help=".xlsx，或 UTF-8 / GBK 编码的 .csv")
    parser.add_argument("--consent-on-file", action="store_true",
                        help="确认名单上每个人的书面个人信息同意书都已签署存档")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出导入报告")
    parser.set_defaults(handler=run_import)


def run_import(args, services) -> int:
    try:
        report = run_to_end(import_parties(services, args.file, args.consent_on_file))
    except MissingColumns as exc:
        for line in exc.missing:
            print(line, file=sys.stderr)
        print("没有读取任何数据，也没有导入任何数据。", file=sys.stderr)
        return 1
    if args.json:
        print_json(report.as_dict())
    # stdout stays pure JSON with --json; a failed import's text all goes to stderr.
    text_out = sys.stderr if args.json or not report.ok else sys.stdout
    for problem in report.errors:
        print(problem.line(), file=sys.stderr)
    if report.ok:  # after a refusal only the errors matter
        for problem in report.warnings:
            print("提示：" + problem.line(), file=text_out)
    print(report.summary(), file=text_out)
    return 0 if report.ok else 1

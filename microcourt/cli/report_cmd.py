"""`microcourt-cli report --month YYYY-MM --out FILE.pdf|FILE.xlsx`: the monthly report
for the town (DESIGN.md section 4); the file type follows the suffix."""
from __future__ import annotations

from microcourt.cli.commands import add_command


def register(sub) -> None:
    parser = add_command(sub, "report")
    parser.add_argument("--month", required=True, help="月份，如 2024-03")
    parser.add_argument("--out", required=True, help="输出文件，.pdf 或 .xlsx")
    parser.set_defaults(handler=write_report)


def write_report(args, services) -> int:
    path = services.reports.write_monthly(args.month, args.out)
    print(f"已生成月度工作报告：{path}")
    return 0

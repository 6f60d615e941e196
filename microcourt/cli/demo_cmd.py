"""`microcourt-cli demo`: fill an empty data directory with the demo dataset."""
from __future__ import annotations

from microcourt.cli.commands import add_command
from microcourt.services.kernel.progress import run_to_end


def register(sub) -> None:
    parser = add_command(sub, "demo")
    parser.set_defaults(handler=load)


def load(args, services) -> int:
    summary = run_to_end(services.demo.load())  # UserError on a non-empty directory
    print(f"已装入演示数据：当事人{summary.parties}个（其中单位{summary.organizations}个），"
          f"案件{summary.cases}件，特邀调解员{summary.mediators}名，"
          f"视频调解与庭审{summary.hearings}场，调解协议{summary.agreements}份。")
    print(f"数据目录：{services.data_dir}")
    return 0

"""`microcourt-cli [--data-dir DIR] COMMAND ...` (DESIGN.md section 4).

Exit codes: 0 success, 1 a user error (Chinese message on stderr), 2 bad usage.
Each command group lives in its own module exposing `register(subparsers)`; the
handlers get the parsed arguments and an open `Services`, and return an exit code.
The CLI is the administrator's tool of the OS user who owns the data directory: it
needs no login and its actions are audited as done from the command line.
"""
from __future__ import annotations

import argparse
import importlib
import re
import sys

from microcourt.errors import UserError

# Command-group modules, in the order `--help` lists them.
COMMAND_MODULES = ("settings", "demo", "cases", "parties", "mediators", "agreement",
                   "backup", "audit", "accounts", "hearings", "filing", "workbench", "report",
                   "read_aloud")


# argparse's own messages, in the words a liaison reads (the rest of the CLI is Chinese).
_USAGE_MESSAGES = (
    (re.compile(r"the following arguments are required: (.*)"), "缺少参数：{0}"),
    (re.compile(r"unrecognized arguments: (.*)"), "无法识别的参数：{0}"),
    (re.compile(r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)"),
     "参数 {0} 的值 {1} 无效，可选：{2}"),
    (re.compile(r"argument (\S+): expected one argument"), "参数 {0} 后面需要一个值"),
    (re.compile(r"argument (\S+): invalid (\w+) value: (.*)"), "参数 {0} 的值 {2} 格式不对"),
    (re.compile(r"argument (\S+): not allowed with argument (\S+)"), "参数 {0} 不能与 {1} 同时使用"),
    (re.compile(r"one of the arguments (.*) is required"), "必须给出以下参数之一：{0}"),
)


def chinese_usage_error(message: str) -> str:
    for pattern, text in _USAGE_MESSAGES:
        found = pattern.fullmatch(message)
        if found:
            return text.format(*found.groups())
    return message


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's usage errors exit 2, as the contract says
        self.print_usage(sys.stderr)
        self.exit(2, f"用法错误：{chinese_usage_error(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="microcourt-cli", description="微法庭助手 命令行工具")
    parser.add_argument("--data-dir", help="数据目录（默认：用户数据目录，或 MICROCOURT_DATA_DIR）")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"microcourt.cli.{name}_cmd").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "without_services", lambda _args: False)(args):
        return _run(args, None)  # e.g. read-aloud --text: no data directory touched
    from microcourt.services import open_services
    from microcourt.services.kernel.context import CLI_ACTOR

    try:
        services = open_services(args.data_dir, actor=CLI_ACTOR)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    try:
        return _run(args, services)
    finally:
        services.close()


def _run(args, services) -> int:
    try:
        return args.handler(args, services) or 0
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except BrokenPipeError:  # `... --json | head`: the reader left; not an error of ours
        sys.stderr.close()
        return 0


def _utf8_streams() -> None:
    """JSON and Chinese messages are UTF-8 whatever the console's code page (Windows)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(encoding="utf-8")

"""`microcourt-cli [--data-dir DIR] COMMAND ...` (DESIGN.md section 4).

Exit codes: 0 success, 1 a user error (Chinese message on stderr) or an unexpected one
(a Chinese sentence; the masked traceback goes to the data folder's log), 2 bad usage.
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
import time

from microcourt.cli.commands import COMMAND_MODULES, COMMANDS
from microcourt.errors import DatabaseBusy, UserError

__all__ = ["COMMAND_MODULES", "build_parser", "main"]


# A database another program holds locked is tried again (each try also waits the
# engine's busy timeout) before the command gives up with "busy" (issue 12, item 8).
BUSY_RETRIES = 2
BUSY_PAUSE_S = 1.0


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


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="数据目录（默认：用户数据目录，或 MICROCOURT_DATA_DIR）")


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser for `argv`. Only the module of the command named in `argv` is imported
    and registers its real sub-parser; every other command is a help line from the table
    (issue 16.2). Without `argv`, every module registers (for tests and tools)."""
    parser = _Parser(prog="microcourt-cli", description="微法庭助手 命令行工具")
    _add_global_options(parser)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    wanted = COMMAND_MODULES if argv is None else _module_of(argv)
    for module in wanted:
        importlib.import_module(f"microcourt.cli.{module}_cmd").register(sub)
    for name, command in COMMANDS.items():
        if name not in sub.choices:
            sub.add_parser(name, help=command.help)
    return parser


def _module_of(argv: list[str]) -> tuple[str, ...]:
    """The command module `argv` runs, if any: the first word after the global options."""
    pre = argparse.ArgumentParser(add_help=False)
    _add_global_options(pre)
    try:
        _, rest = pre.parse_known_args(argv)
    except SystemExit:  # a malformed global option: the real parser says what is wrong
        return ()
    words = [word for word in rest if not word.startswith("-")]
    command = COMMANDS.get(words[0]) if words else None
    return (command.module,) if command else ()


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser(argv).parse_args(argv)
    if getattr(args, "without_services", lambda _args: False)(args):
        return _run(args, None)  # e.g. read-aloud --text: no data directory touched
    try:
        services = _open_with_retries(args.data_dir)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - the user sees a sentence, never a traceback
        return _unexpected(exc, args.data_dir)
    logged = _log_to(services.ctx.paths.logs)
    try:
        return _run(args, services)
    finally:
        services.close()
        if logged:
            from microcourt.applog import shutdown_logging  # noqa: PLC0415

            shutdown_logging()


def _log_to(folder) -> bool:
    """The data folder's log, unless this process logs somewhere already (the window,
    a test); True when set up here."""
    from microcourt.applog import current_log_file, setup_logging  # noqa: PLC0415

    if current_log_file() is not None:
        return False
    setup_logging(folder)
    return True


def _unexpected(error: BaseException, data_dir=None) -> int:
    """Anything that is not a UserError: the masked traceback to the log (applog's
    filter), a Chinese sentence to the user (issue 12, item 5). Before the services
    opened, the data folder's log if the folder exists; with no log file at all the
    trace is dropped rather than printed (Python's last-resort handler would)."""
    import logging  # noqa: PLC0415

    from microcourt.applog import current_log_file, shutdown_logging  # noqa: PLC0415
    from microcourt.paths import DataPaths, resolve_data_dir  # noqa: PLC0415

    logged_here = False
    if current_log_file() is None:
        paths = DataPaths(resolve_data_dir(data_dir))
        logged_here = paths.root.is_dir() and _log_to(paths.logs)
    where = current_log_file()
    if where is not None:
        logging.getLogger("microcourt.cli").error("unexpected error", exc_info=error)
    if logged_here:
        shutdown_logging()
    print("出现了意外错误，操作没有完成，已保存的数据不受影响。"
          + (f"详细情况已写入日志文件：{where}" if where else ""), file=sys.stderr)
    return 1


def _open_with_retries(data_dir):
    from microcourt.services import open_services
    from microcourt.services.kernel.context import CLI_ACTOR

    for attempt in range(1, BUSY_RETRIES + 2):
        try:
            return open_services(data_dir, actor=CLI_ACTOR)
        except DatabaseBusy as exc:
            if attempt > BUSY_RETRIES:
                raise DatabaseBusy(f"{exc.message}（已重试{BUSY_RETRIES}次）") from exc
            print(f"数据库正被另一个程序占用，{BUSY_PAUSE_S:g}秒后重试（第{attempt}次）……",
                  file=sys.stderr)
            time.sleep(BUSY_PAUSE_S)
    raise AssertionError("unreachable")


def _run(args, services) -> int:
    try:
        return args.handler(args, services) or 0
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except BrokenPipeError:  # `... --json | head`: the reader left; not an error of ours
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - the user sees a sentence, never a traceback
        return _unexpected(exc)


def _utf8_streams() -> None:
    """JSON and Chinese messages are UTF-8 whatever the console's code page (Windows)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(encoding="utf-8")

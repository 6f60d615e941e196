"""The CLI imports only what the command it runs needs (issue 16.2): `--help` starts in a
few interpreter start-ups because it imports no SQLAlchemy, no reportlab and no service."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys

import pytest

from microcourt.cli import build_parser
from microcourt.cli.commands import COMMANDS

HEAVY = ("sqlalchemy", "reportlab", "alembic", "microcourt.db", "microcourt.services.kernel",
         "microcourt.documents", "openpyxl")

_PROBE = """
import json, sys
from microcourt.cli import main
try:
    main({argv!r})
except SystemExit:
    pass
sys.stdout.flush()
print("\\nMODULES" + json.dumps(sorted(sys.modules)))
"""


def modules_loaded_by(argv: list[str]) -> set[str]:
    done = subprocess.run([sys.executable, "-c", _PROBE.format(argv=argv)],
                          capture_output=True, text=True, encoding="utf-8", check=True)
    return set(json.loads(done.stdout.rsplit("MODULES", 1)[1]))


def heavy_in(modules: set[str]) -> list[str]:
    return sorted(name for name in modules
                  if any(name == heavy or name.startswith(heavy + ".") for heavy in HEAVY))


def test_top_level_help_imports_nothing_heavy():
    assert heavy_in(modules_loaded_by(["--help"])) == []


@pytest.mark.parametrize("argv", [["cases", "--help"], ["--data-dir", "x", "parties", "--help"],
                                  ["read-aloud", "--help"]])
def test_a_command_help_imports_no_database_and_no_pdf_library(argv):
    loaded = modules_loaded_by(argv)
    assert not [name for name in loaded if name.startswith(("sqlalchemy", "reportlab"))]
    assert f"microcourt.cli.{COMMANDS[argv[-2]].module}_cmd" in loaded


@pytest.mark.parametrize("name", list(COMMANDS))
def test_the_command_named_registers_its_real_parser(name):
    """The table's placeholder is replaced by the module's parser, with its actions."""
    parser = build_parser(["--data-dir", "somewhere", name])
    assert _is_real(_command_parser(parser, name)), f"{name} stayed a placeholder"


def test_without_argv_every_command_registers_for_tools():
    parser = build_parser()
    placeholders = [name for name in COMMANDS if not _is_real(_command_parser(parser, name))]
    assert placeholders == []


def test_an_unknown_command_is_a_chinese_usage_error(capsys):
    from microcourt.cli import main
    with pytest.raises(SystemExit) as stopped:
        main(["nonsense"])
    assert stopped.value.code == 2
    assert "参数" in capsys.readouterr().err


def _command_parser(parser, name):
    sub = next(action for action in parser._actions if action.dest == "command")
    return sub.choices[name]


def _is_real(command_parser) -> bool:
    """A module's parser runs something: a handler, or actions that have one."""
    return command_parser.get_default("handler") is not None or any(
        isinstance(action, argparse._SubParsersAction) for action in command_parser._actions)

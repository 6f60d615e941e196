"""The core never imports PySide6: checked statically and at import time."""
import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import microcourt

CORE = Path(microcourt.__file__).parent
# __main__ opens the window when run as a program; its GUI import is inside main().
ALLOWED_LATE_GUI_IMPORT = {CORE / "__main__.py"}


def _top_level_imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_no_core_module_imports_qt_or_the_ui():
    offenders = []
    for path in CORE.rglob("*.py"):
        if path in ALLOWED_LATE_GUI_IMPORT:
            continue
        for name in _top_level_imports(path):
            if name.split(".")[0] in {"PySide6", "shiboken6", "ui"}:
                offenders.append(f"{path.relative_to(CORE.parent)} imports {name}")
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    names = [m.name for m in pkgutil.walk_packages([str(CORE)], "microcourt.")
             if m.name != "microcourt.__main__" and ".migrations." not in m.name]
    code = ("import importlib, sys\n"
            f"for n in {names!r}: importlib.import_module(n)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6','ui'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
    assert len(names) > 10

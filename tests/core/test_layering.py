"""The core never imports PySide6: checked statically and at import time. The documents
render plain data and import no services (the services import the documents)."""
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
    """Every module a file imports (ast.walk: inside functions too)."""
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


DOCUMENTS = CORE / "documents"


def test_documents_import_no_services():
    offenders = [f"{path.relative_to(CORE.parent)} imports {name}"
                 for path in DOCUMENTS.rglob("*.py") for name in _top_level_imports(path)
                 if name.startswith(("microcourt.services", "microcourt.db", "sqlalchemy"))]
    assert offenders == []
    assert len(list(DOCUMENTS.rglob("*.py"))) > 15


def test_importing_the_documents_loads_no_service():
    code = ("import importlib, pkgutil, sys, microcourt.documents as d\n"
            "for m in pkgutil.walk_packages(d.__path__, 'microcourt.documents.'):\n"
            "    importlib.import_module(m.name)\n"
            "print(sorted(m for m in sys.modules if m.startswith(('microcourt.services',"
            " 'microcourt.db', 'sqlalchemy'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"


def test_the_services_plain_inputs_load_no_reportlab():
    """The dto modules re-export documents.inputs: reading them must not pull in the PDF
    machinery (the CLI's --help and the window's first paint stay light)."""
    code = ("import sys, microcourt.services.agreements.dto, microcourt.services.filings.dto\n"
            "print(sorted(m for m in sys.modules if m.startswith('reportlab')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"

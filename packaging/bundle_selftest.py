"""The bundle's check of itself, run inside the frozen window executable by the smoke
test (packaging/smoke.py): every module of ours imports (pages are imported by name at
run time, so PyInstaller cannot see them), the data files the app opens are there, Qt
finds its plugins and our catalogue, and nothing comes from outside the bundle.

Writes a JSON report to the file named by MICROCOURT_BUNDLE_SELFTEST; exit 0 when all
is well. The list of modules is the one the spec was built from (bundle-contents.json).
"""
from __future__ import annotations

import importlib
import json
import sys
import traceback
from pathlib import Path

CONTENTS_FILE = "bundle-contents.json"


def _bundle_root() -> Path:
    return Path(getattr(sys, "_MEIPASS", Path(__file__).parent))


def _imports(modules: list[str]) -> dict[str, str]:
    failures = {}
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # the report names every one that fails, with its reason
            failures[name] = traceback.format_exc(limit=3)
    return failures


def _qt_checks() -> dict[str, object]:
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from microcourt.paths import resource
    from ui.i18n import TRANSLATION_BASENAME

    app = QApplication.instance() or QApplication(["microcourt", "-platform", "offscreen"])
    ours, qt_own = QTranslator(), QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return {
        "platform": QGuiApplication.platformName(),
        "plugins_path": QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath),
        "zh_CN_catalogue": ours.load(f"{TRANSLATION_BASENAME}_zh_CN",
                                     str(resource("translations"))),
        "qtbase_zh_CN": qt_own.load("qtbase_zh_CN", qt_folder),
        "app": bool(app),
    }


def _migrations() -> dict[str, object]:
    from microcourt.db.migrate import MIGRATIONS_DIR, head_revision, quick_head_revision

    return {"dir": str(MIGRATIONS_DIR), "head": head_revision(),
            "quick_head": quick_head_revision(),
            "template": (MIGRATIONS_DIR / "script.py.mako").is_file()}


def _calendar() -> dict[str, object]:
    """The holiday calendar (chinese-calendar, pure Python, found through imports) works
    frozen: 30 days from 1 September 2026 end after National Day (民事诉讼法 art. 85)."""
    from datetime import date

    from microcourt.periods import known_years, period_end

    end = period_end(date(2026, 9, 1), 30)
    return {"deadline": end.deadline.isoformat(), "years": list(known_years()),
            "ok": end.deadline == date(2026, 10, 8)}


def run(report_path: str) -> int:
    root = _bundle_root()
    contents = json.loads((root / CONTENTS_FILE).read_text(encoding="utf-8"))
    failures = _imports(contents["modules"])
    missing_data = [dest for dest in contents["data"] if not (root / dest).is_file()]
    report = {
        "bundle": str(root),
        "executable": sys.executable,
        "frozen": bool(getattr(sys, "frozen", False)),
        "import_failures": failures,
        "missing_data": missing_data,
        "sys_path": list(sys.path),
        "module_files": sorted({str(Path(f)) for m in list(sys.modules.values())
                                if (f := getattr(m, "__file__", None))}),
    }
    try:
        report["qt"] = _qt_checks()
        report["migrations"] = _migrations()
        report["calendar"] = _calendar()
    except Exception:
        report["error"] = traceback.format_exc()
    Path(report_path).write_text(json.dumps(report, ensure_ascii=False, indent=1),
                                 encoding="utf-8")
    ok = (not failures and not missing_data and "error" not in report
          and report["calendar"]["ok"])
    return 0 if ok else 1

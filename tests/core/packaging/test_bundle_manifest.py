"""The bundle's lists (packaging/manifest.py, read by packaging/microcourt.spec) hold every
module the app imports by name at run time and every file it opens, derived from the
source tree, so a new page, command, migration, font or catalogue cannot be forgotten."""
from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

from bundle_support import ROOT, manifest, trim

from microcourt.cli import COMMAND_MODULES
from microcourt.documents.fonts import BUNDLED_FONTS


def _tracked(*patterns: str) -> list[Path]:
    """Files git knows (committed or added) under our packages, else on disk."""
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard",
                             "--", *patterns], cwd=ROOT, capture_output=True, text=True)
    if listed.returncode == 0 and listed.stdout.strip():
        return [ROOT / line for line in listed.stdout.splitlines() if (ROOT / line).is_file()]
    return [p for pattern in patterns for p in ROOT.glob(pattern) if p.is_file()]


def _source_files() -> list[Path]:
    return [p for p in ROOT.glob("*/**/*.py")
            if p.relative_to(ROOT).parts[0] in manifest.APP_PACKAGES
            and "__pycache__" not in p.parts]


def _literal_import_module_calls() -> set[str]:
    """Every importlib.import_module("literal") and lazy("literal", ...) in our code."""
    names = set()
    for path in _source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called in {"import_module", "lazy"}:
                    names.add(node.args[0].value)
    return names


def _bundled_files() -> set[str]:
    return {f"{folder}/{Path(source).name}".replace("\\", "/")
            for source, folder in manifest.app_data()}


def test_every_python_file_of_ours_is_a_bundled_module():
    modules = set(manifest.app_modules())
    files = [p for p in _tracked("microcourt/*.py", "ui/*.py", "resources/*.py")]
    assert len(files) > 250 and len(modules) == len(files)
    for path in files:
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        assert name in modules, path


def test_pages_and_commands_imported_by_name_are_bundled():
    modules = set(manifest.app_modules())
    by_name = _literal_import_module_calls()
    pages = {name for name in by_name if name.startswith("ui.")}
    assert len(pages) >= 10  # every page of ui/page_registry.py, imported when first shown
    assert by_name <= modules
    assert {f"microcourt.cli.{name}_cmd" for name in COMMAND_MODULES} <= modules
    assert "microcourt.cli.parties_import" in modules


def test_every_file_the_app_opens_is_bundled():
    bundled = _bundled_files()
    fonts = {f"resources/fonts/{font.file_name}" for font in BUNDLED_FONTS.values()}
    licences = {f"resources/fonts/{font.licence}" for font in BUNDLED_FONTS.values()}
    catalogues = {f"resources/translations/{p.name}"
                  for p in (ROOT / "resources" / "translations").glob("*.qm")}
    migrations = {"microcourt/db/migrations/script.py.mako", "microcourt/db/migrations/env.py"}
    migrations |= {f"microcourt/db/migrations/versions/{p.name}"
                   for p in (ROOT / "microcourt/db/migrations/versions").glob("*.py")}
    assert catalogues and len(fonts) == 5 and len(migrations) >= 4
    assert fonts | licences | catalogues | migrations <= bundled
    # and every other file kept in resources/, bar translation sources and Python
    others = {p.relative_to(ROOT).as_posix() for p in _tracked("resources/*")
              if p.suffix not in {".py", ".ts"}}
    assert others <= bundled


def test_translation_sources_and_caches_stay_out():
    bundled = _bundled_files()
    assert not any(dest.endswith((".ts", ".pyc")) or "__pycache__" in dest for dest in bundled)
    assert all(Path(source).resolve().is_relative_to(ROOT) for source, _ in manifest.app_data())


def test_qt_catalogues_kept_are_the_ones_the_window_loads():
    source = (ROOT / "ui" / "i18n.py").read_text(encoding="utf-8")
    loaded = {node.values[0].value.rstrip("_")
              for node in ast.walk(ast.parse(source))
              if isinstance(node, ast.JoinedStr) and node.values
              and isinstance(node.values[0], ast.Constant)
              and str(node.values[0].value).endswith("_")}
    assert loaded - {"microcourt"} == set(manifest.QT_TRANSLATION_BASES)
    assert manifest.qt_translations_kept() == {"qtbase_zh_CN.qm"}


def test_every_qt_module_the_app_loads_is_kept():
    """Import every module of ours in a fresh interpreter: each PySide6 module that
    ends up loaded must be one the spec keeps (or be left out on purpose)."""
    script = ("import importlib, json, sys\n"
              "for name in sys.argv[1:]:\n"
              "    importlib.import_module(name)\n"
              "print(json.dumps(sorted(m for m in sys.modules\n"
              "    if m.startswith('PySide6.Qt') and m.count('.') == 1)))")
    done = subprocess.run([sys.executable, "-c", script, *manifest.self_test_modules()],
                          cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout))
    used = manifest.qt_modules_used()
    assert {"PySide6.QtWidgets", "PySide6.QtPdf", "PySide6.QtCharts"} <= loaded
    probe_loaded, _ = trim.probe_imports(sorted(used))
    assert loaded <= used | probe_loaded


def test_modules_left_out_are_only_imported_where_their_absence_is_handled():
    left_out = {name for names in manifest.QT_MODULES_LEFT_OUT.values() for name in names}
    guarded_imports = 0
    for path in _source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        guarded = {id(inner) for node in ast.walk(tree) if isinstance(node, ast.Try)
                   and any(_catches_import_error(h) for h in node.handlers)
                   for stmt in node.body for inner in ast.walk(stmt)}
        for node in ast.walk(tree):
            if _imports_any(node, left_out):
                assert id(node) in guarded, f"{path}:{node.lineno} imports {left_out}"
                guarded_imports += 1
    assert guarded_imports >= 1  # the device check's


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(n, ast.Name) and n.id in {"ImportError", "Exception"} for n in names)


def _imports_any(node, modules: set[str]) -> bool:
    if isinstance(node, ast.ImportFrom) and node.module:
        named = {f"{node.module}.{alias.name}" for alias in node.names} | {node.module}
        return bool(named & modules)
    if isinstance(node, ast.Import):
        return any(alias.name in modules for alias in node.names)
    return False


def test_image_format_plugins_follow_the_images_in_resources(tmp_path):
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    assert manifest.qt_image_formats_kept(tmp_path) == set()
    (tmp_path / "resources" / "icons" / "cases.SVG").write_text("<svg/>", encoding="utf-8")
    (tmp_path / "resources" / "icons" / "logo.jpg").write_bytes(b"\xff\xd8")
    assert manifest.qt_image_formats_kept(tmp_path) == {"svg", "jpeg"}


def test_the_spec_takes_its_lists_from_the_manifest():
    spec = (ROOT / "packaging" / "microcourt.spec").read_text(encoding="utf-8")
    for call in ("manifest.app_data()", "manifest.THIRD_PARTY_DATA", "manifest.app_modules()",
                 "manifest.PYTHON_EXCLUDES", "trim.unused_pyside6_modules()", "trim.trim(",
                 "manifest.ENTRY_POINTS", "collect_data_files(package)"):
        assert call in spec
    assert "'ui." not in spec and '"ui.' not in spec  # no module listed by hand
    assert {"tzdata", "pypinyin"} <= set(manifest.THIRD_PARTY_DATA)

"""Leaving out what the app never loads, for the spec (runs inside PyInstaller).

Two steps, both derived rather than listed:
- unused_pyside6_modules(): every PySide6 binding module except those our code imports
  and those they import in turn (found by importing them in a child interpreter; a
  module that cannot be imported on this machine, e.g. QtMultimedia without libpulse,
  keeps every binding its library links to). PyInstaller then never collects WebEngine,
  Quick/QML, 3D, Designer ... whatever names them.
- trim(): drops the Qt plugins in manifest.QT_PLUGINS_UNUSED, Qt's catalogues other than
  the ones ui/i18n.py loads, and then every library that only those plugins needed
  (a library anything kept still links to stays, and so does one loaded by ctypes,
  which no kept file links to but no dropped one does either).
"""
from __future__ import annotations

import fnmatch
import json
import subprocess
import sys
from pathlib import Path, PurePath

import manifest

_PROBE = r"""
import importlib, json, sys
failed = []
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except ImportError:
        failed.append(name)
loaded = sorted(m for m in sys.modules if m.startswith("PySide6.Qt") and m.count(".") == 1)
print(json.dumps({"loaded": loaded, "failed": failed}))
"""


def _binding_files() -> dict[str, Path]:
    import PySide6  # noqa: PLC0415

    folder = Path(PySide6.__file__).parent
    files = {}
    for path in folder.iterdir():
        if path.name.startswith("Qt") and path.suffix in {".so", ".pyd"}:
            files[f"PySide6.{path.name.split('.')[0]}"] = path
    return files


def _linked_bindings(path: Path, bindings: dict[str, Path]) -> set[str]:
    from PyInstaller.depend.bindepend import get_imports  # noqa: PLC0415

    linked = set()
    for name, _ in get_imports(str(path)):
        stem = PurePath(name).name.split(".")[0]  # libQt6Network / Qt6Network
        qt_name = stem.removeprefix("lib").replace("Qt6", "PySide6.Qt", 1)
        if qt_name in bindings:
            linked.add(qt_name)
    return linked


def probe_imports(modules: list[str]) -> tuple[set[str], set[str]]:
    """(PySide6 modules loaded, modules that failed) when importing `modules` in a fresh
    interpreter of this environment."""
    probe = subprocess.run([sys.executable, "-c", _PROBE, *modules], check=True,
                           capture_output=True, text=True)
    result = json.loads(probe.stdout)
    return set(result["loaded"]), set(result["failed"])


def pyside6_modules_kept(platform: str = sys.platform) -> set[str]:
    bindings = _binding_files()
    used = manifest.qt_modules_used() - manifest.qt_modules_left_out(platform)
    loaded, failed = probe_imports(sorted(used))
    kept = used | loaded
    pending = sorted(failed & set(bindings))
    while pending:  # not importable here: keep what its library links to, transitively
        name = pending.pop()
        for linked in _linked_bindings(bindings[name], bindings) - kept:
            kept.add(linked)
            pending.append(linked)
    print(f"PySide6 modules kept: {', '.join(sorted(kept))}")
    if failed:
        print(f"  (not importable on this machine, kept with what they link to: "
              f"{', '.join(sorted(failed))})")
    return kept


def unused_pyside6_modules() -> list[str]:
    return sorted(set(_binding_files()) - pyside6_modules_kept())


def _qt_relative(dest: str, folder: str) -> str | None:
    """The part of a bundle path below PySide6/Qt/<folder>/ (or PySide6/<folder> on
    Windows wheels), else None."""
    parts = PurePath(dest).parts
    for anchor in (("PySide6", "Qt", folder), ("PySide6", folder)):
        for start in range(len(parts) - len(anchor)):
            if parts[start:start + len(anchor)] == anchor:
                return "/".join(parts[start + len(anchor):])
    return None


def _unused_plugin(dest: str) -> bool:
    relative = _qt_relative(dest, "plugins")
    if relative is None:
        return False
    if relative.startswith("imageformats/"):  # libqsvg.so, qsvg.dll -> svg
        name = PurePath(relative).name.split(".")[0].removeprefix("lib").removeprefix("q")
        return name not in manifest.qt_image_formats_kept()
    return any(fnmatch.fnmatch(relative, pattern)
               for pattern in manifest.qt_plugins_unused(sys.platform))


def _unused_translation(dest: str) -> bool:
    relative = _qt_relative(dest, "translations")
    return relative is not None and relative not in manifest.qt_translations_kept()


def _direct_imports(path: str) -> set[str]:
    """The libraries a binary links to itself (not theirs: ldd, which PyInstaller uses on
    Linux, lists the whole tree, and a library the OS provides would drag its tree back)."""
    if sys.platform.startswith("linux"):
        dynamic = subprocess.run(["readelf", "-d", path], capture_output=True, text=True)
        return {line.split("[", 1)[1].split("]", 1)[0].lower()
                for line in dynamic.stdout.splitlines() if "(NEEDED)" in line}
    from PyInstaller.depend.bindepend import get_imports  # noqa: PLC0415 - direct on Windows

    return {PurePath(name).name.lower() for name, _ in get_imports(path)}


def _needed_names(entries) -> dict[str, set[str]]:
    needed = {}
    for dest, src, typecode in entries:
        try:
            needed[dest] = set() if typecode == "SYMLINK" else _direct_imports(src)
        except Exception:  # not a binary that can be read (a .manifest, a data blob)
            needed[dest] = set()
    return needed


def _closure(roots, needed, by_name, blocked=frozenset()) -> set[str]:
    """Every bundle path reachable from `roots` through the libraries each links to,
    never entering `blocked`."""
    seen, pending = set(), [dest for dest in roots if dest not in blocked]
    while pending:
        dest = pending.pop()
        if dest in seen:
            continue
        seen.add(dest)
        for name in needed.get(dest, ()):
            pending.extend(d for d in by_name.get(name, ()) if d not in blocked)
    return seen


def trim(binaries, datas, report: Path):
    """(binaries, datas) without the unused plugins, catalogues and the libraries only
    those plugins needed; what was left out is written to `report`, one path a line."""
    needed = _needed_names(binaries)
    by_name: dict[str, list[str]] = {}
    for dest, _, _ in binaries:
        by_name.setdefault(PurePath(dest).name.lower(), []).append(dest)
    from_os = {dest for dest, _, _ in binaries if any(
        fnmatch.fnmatch(PurePath(dest).name, pattern)
        for pattern in manifest.os_libraries(sys.platform))}
    plugins = [dest for dest, _, _ in binaries if _unused_plugin(dest)]
    reach_dropped = _closure([*plugins, *from_os], needed, by_name) | from_os
    kept_roots = [dest for dest, _, _ in binaries if dest not in reach_dropped]
    removed = (reach_dropped - _closure(kept_roots, needed, by_name, blocked=from_os)) | from_os
    removed |= {dest for dest, _, _ in datas if _unused_translation(dest)}

    def kept(entry) -> bool:  # a top-level symlink to a removed library goes too
        dest, src, typecode = entry
        return dest not in removed and not (typecode == "SYMLINK" and
                                            str(PurePath(src)) in removed)

    kept_binaries = [entry for entry in binaries if kept(entry)]
    kept_datas = [entry for entry in datas if kept(entry)]
    left_out = sorted({e[0] for e in binaries + datas} - {e[0] for e in kept_binaries + kept_datas})
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text("".join(f"{dest}\n" for dest in left_out), encoding="utf-8")
    print(f"Left out {len(binaries) - len(kept_binaries)} binaries ({len(plugins)} unused Qt "
          f"plugins, {len(from_os)} libraries the OS provides, and what only they need) and "
          f"{len(datas) - len(kept_datas)} data files (Qt catalogues, links); list in {report}")
    return kept_binaries, kept_datas

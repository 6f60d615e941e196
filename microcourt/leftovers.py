"""What a crash leaves behind, removed at the next start (issue 12, item 9).

A kill in the middle of writing can leave files holding personal data in plain form:
a filing packet's staging folder (PDFs with full ID numbers), a `.partial` backup, the
plain copy an encrypted export or a verify decrypts. Each carries the id of the process
that made it, in its name, so a start removes only what no running process still writes
(the window may be exporting while the command line starts). A staging folder outside
the data folder (the packet's destination) is named in a marker file under `work/`.
"""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from microcourt.paths import DataPaths

log = logging.getLogger(__name__)
PARTIAL_SUFFIX = ".partial"
_TAGGED_PARTIAL = re.compile(rf"\.(?P<pid>\d+){re.escape(PARTIAL_SUFFIX)}$")
_WORK_DIR = re.compile(r"^\.(?:export|verify)-(?P<pid>\d+)-")
_MARKER = re.compile(r"^(?P<pid>\d+)-[0-9a-f]+\.json$")


def partial_name(target: Path) -> Path:
    """Where `target` is written before it is complete: `<name>.<pid>.partial`."""
    return target.with_name(f"{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")


def work_prefix(kind: str) -> str:
    """Prefix of a private work folder in the data folder: `.export-<pid>-`."""
    return f".{kind}-{os.getpid()}-"


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes  # noqa: PLC0415

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _orphaned(match: re.Match | None) -> bool:
    return match is not None and not process_alive(int(match["pid"]))


def registry(paths_root: Path) -> Path:
    return paths_root / "work"


@contextmanager
def registered(paths_root: Path | None, folder: Path, target: Path) -> Iterator[None]:
    """Name `folder` (a staging folder for `target`) in a marker while it exists."""
    if paths_root is None:
        yield
        return
    markers = registry(paths_root)
    markers.mkdir(exist_ok=True)
    marker = markers / f"{os.getpid()}-{uuid.uuid4().hex}.json"
    marker.write_text(json.dumps({"folder": str(folder), "target": str(target)}),
                      encoding="utf-8")
    try:
        yield
    finally:
        marker.unlink(missing_ok=True)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
    log.warning("removed %s, left behind by an interrupted run", path.name)


def _finish_staging(marker: Path) -> None:
    """A staging folder (`.part`) goes; a moved-aside older packet (`.old`) goes back
    into place if the new one never arrived, else it goes too."""
    try:
        record = json.loads(marker.read_text(encoding="utf-8"))
        folder, target = Path(record["folder"]), Path(record["target"])
    except (OSError, ValueError, KeyError, TypeError):
        marker.unlink(missing_ok=True)
        return
    previous = folder / "previous"
    if previous.exists() and not target.exists():
        os.replace(previous, target)
    elif folder.name.endswith(".old") and folder.is_dir():
        # entries of a case folder set aside one by one (packets being replaced)
        for entry in folder.iterdir():
            if target.is_dir() and not (target / entry.name).exists():
                os.replace(entry, target / entry.name)
    if folder.exists():
        _remove(folder)
    marker.unlink(missing_ok=True)


def remove_leftovers(paths: DataPaths) -> None:
    """Remove what interrupted runs of this program left in `paths` (never what a
    running one is still writing); errors are logged, a start never fails on them."""
    try:
        for folder in (paths.root, paths.backups):
            for item in folder.iterdir() if folder.is_dir() else ():
                untagged = item.name.endswith(PARTIAL_SUFFIX) and not _TAGGED_PARTIAL.search(
                    item.name)
                if untagged or _orphaned(_TAGGED_PARTIAL.search(item.name)) or (
                        folder == paths.root and _orphaned(_WORK_DIR.match(item.name))):
                    _remove(item)
        markers = registry(paths.root)
        for marker in markers.iterdir() if markers.is_dir() else ():
            if _orphaned(_MARKER.match(marker.name)):
                _finish_staging(marker)
    except OSError as exc:
        log.warning("cannot remove what an interrupted run left: %s", exc)

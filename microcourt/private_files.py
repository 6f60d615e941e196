"""Personal data stays readable only by the OS user who owns it (issue 7, item 7).

The village PC is shared; the database and its backups hold the ID numbers of old
people, so on POSIX the data folders are 0700 and the files in them 0600. Windows has
no such mode bits (its per-user profile folder is already private), so this does
nothing there.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from microcourt.paths import DataPaths

log = logging.getLogger(__name__)

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# The database's companions (SQLite creates -wal/-shm/-journal next to it).
_DB_SUFFIXES = ("", "-wal", "-shm", "-journal")


def supports_modes() -> bool:
    return os.name == "posix"


def make_private(path: Path) -> None:
    """0700 for a folder, 0600 for a file; a missing path or a refused chmod (a USB
    stick formatted FAT has no modes) is not an error."""
    if not supports_modes():
        return
    mode = PRIVATE_DIR_MODE if path.is_dir() else PRIVATE_FILE_MODE
    try:
        os.chmod(path, mode)
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("cannot restrict the permissions of %s: %s", path, exc.strerror)


def secure_data_dir(paths: DataPaths) -> None:
    """Make the data folder, its sub-folders and every file in it, the logs and the
    backups private."""
    if not supports_modes():
        return
    for folder in (paths.root, paths.backups, paths.logs, paths.documents):
        if folder.is_dir():
            make_private(folder)
    for suffix in _DB_SUFFIXES:
        make_private(paths.database.with_name(paths.database.name + suffix))
    # Every file the program keeps there: the database's pre-upgrade and damaged
    # copies and the audit anchor beside it, the logs, the backups.
    for folder in (paths.root, paths.logs, paths.backups):
        if folder.is_dir():
            for item in folder.iterdir():
                if item.is_file():
                    make_private(item)


def open_private(path: Path, flags: int = os.O_WRONLY | os.O_CREAT | os.O_EXCL):
    """A new file created 0600 from its first byte (no window where others can read
    it), opened for binary writing."""
    descriptor = os.open(path, flags | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
    return os.fdopen(descriptor, "wb")

"""Test databases copied from one migrated template (issue 15 item 6).

Migrating a new database costs 0.4-1.4 s; copying a migrated one costs milliseconds. The
session builds the template once, through the program's own first-start path
(open_database on a missing file), and from then on every database a test would create
is a copy of it: `install` puts a copy in place wherever open_database is about to create
a new file, so open_services, the window's start checks and the helpers all get one
without knowing it. The shape is engine-neutral: `make` once, `clone` per test; a
PostgreSQL template would make with the same migration and clone with
`CREATE DATABASE ... TEMPLATE`.

The first-start migration itself still runs once per session (it makes the template);
upgrades run from the stored files of each released revision in tests/fixtures/db/
(`stored_database`), which exist, so they are opened as they are.
"""
from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

import pytest

from microcourt.paths import DB_FILE_NAME

# Imported before patching so that their own `from ... import open_database` is patched
# too; a module imported later takes the patched one from microcourt.db.migrate.
_HOLDERS = ("microcourt.services", "microcourt.services.backups.integrity",
            "microcourt.services.backups.restore")


class SqliteTemplate:
    """A migrated SQLite file; `clone` copies it to where a new database would go."""

    def __init__(self, folder: Path):
        self.path = Path(folder) / DB_FILE_NAME

    def make(self) -> SqliteTemplate:
        from microcourt.db.migrate import open_database

        self.path.parent.mkdir(parents=True, exist_ok=True)
        open_database(self.path).dispose()  # closing the last connection folds in the WAL
        return self

    def clone(self, target: Path) -> Path:
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(self.path, target)
        return target

    def seed(self, data_dir: Path) -> Path:
        """A data folder holding a migrated database (for a program started in a
        subprocess, which this process cannot hook)."""
        return self.clone(Path(data_dir) / DB_FILE_NAME)


def install(template: SqliteTemplate) -> pytest.MonkeyPatch:
    """open_database clones the template before it would create a new file; an existing
    file (a test's own, an old revision, garbage) is opened as it is. Undo the returned
    patch to restore the real function."""
    from microcourt.db import migrate

    original = migrate.open_database

    def open_database(path):
        if not Path(path).exists():
            template.clone(path)
        return original(path)

    for name in _HOLDERS:
        importlib.import_module(name)
    patches = pytest.MonkeyPatch()
    for module in list(sys.modules.values()):
        if getattr(module, "open_database", None) is original:
            patches.setattr(module, "open_database", open_database)
    return patches


STORED = Path(__file__).resolve().parent / "fixtures" / "db"


def stored_database(revision: str, target: Path) -> Path:
    """A copy, at `target`, of the empty database the release of `revision` made
    (tests/fixtures/db/, built by its build.py)."""
    source = STORED / f"{revision}.db"
    if not source.exists():
        pytest.fail(f"no stored database for revision {revision}: run "
                    ".venv/bin/python tests/fixtures/db/build.py", pytrace=False)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target

"""The copy of the database made before a schema upgrade (issue 12, item 2).

`microcourt.pre-upgrade-<revision>-<stamp>[-N].db` beside the database: written under a
temporary name, checked (integrity, and that it holds the revision it is named after)
and only then renamed, so a copy that exists is a good one. If the upgrade then fails,
the copy is removed again (it is the very file that cannot be upgraded, no use to a
recovery); after a successful one only the newest KEEP copies stay.
"""
from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

from microcourt.db.engine import connect_readonly
from microcourt.db.sqlite_checks import write_checked_copy
from microcourt.errors import UserError
from microcourt.private_files import make_private
from microcourt.timeutil import now_local

log = logging.getLogger(__name__)
KEEP = 3
_STAMP = "%Y%m%d-%H%M%S"


def _pattern(database: Path) -> re.Pattern:
    return re.compile(rf"^{re.escape(database.stem)}\.pre-upgrade-.+-(?P<stamp>\d{{8}}-\d{{6}})"
                      rf"(?:-(?P<sequence>\d+))?{re.escape(database.suffix)}$")


def _new_name(database: Path, revision: str) -> Path:
    stem = f"{database.stem}.pre-upgrade-{revision}-{now_local().strftime(_STAMP)}"
    candidate, number = database.with_name(stem + database.suffix), 1
    while candidate.exists():
        number += 1
        candidate = database.with_name(f"{stem}-{number}{database.suffix}")
    return candidate


def _revision_of(path: Path) -> str | None:
    connection = connect_readonly(path)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return row[0] if row else None


def make_upgrade_copy(database: Path, revision: str) -> Path:
    """The checked copy of `database` (at `revision`) before it is upgraded."""
    target = _new_name(database, revision)
    write_checked_copy(database, target)
    if _revision_of(target) != revision:
        target.unlink(missing_ok=True)
        raise UserError("升级前的数据副本与数据库不一致，没有升级，数据没有改动。请重试。")
    make_private(target)
    log.info("copied %s to %s before upgrading", database.name, target.name)
    return target


def upgrade_copies(database: Path) -> list[Path]:
    """This database's pre-upgrade copies, newest first."""
    pattern = _pattern(database)
    found = [(match["stamp"], int(match["sequence"] or 1), item)
             for item in database.parent.iterdir() if (match := pattern.match(item.name))]
    return [item for *_key, item in sorted(found, reverse=True)]


def prune_upgrade_copies(database: Path, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest `keep` copies; returns the deleted ones."""
    removed = []
    for old in upgrade_copies(database)[keep:]:
        try:
            old.unlink()
        except OSError as exc:  # a locked file goes next time
            log.warning("cannot remove old pre-upgrade copy %s: %s", old.name, exc.strerror)
            continue
        removed.append(old)
    return removed

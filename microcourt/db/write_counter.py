"""How many transactions this process committed that wrote to the database, so that the
backup made at quit can be skipped when nothing changed since the last backup (issue 16.1).

Counted at the engine (after_cursor_execute), not from the audit log, so a write that a
service forgot to audit still counts. A committed transaction counts when it sent any
statement that is not plainly a read (in doubt the quit makes its backup). Writes made by
another process (the CLI) are that process's own business.
"""
from __future__ import annotations

import threading

from sqlalchemy import event
from sqlalchemy.engine import Engine

READS = ("SELECT", "PRAGMA", "EXPLAIN")


class WriteCounter:
    """Committed transactions that wrote, in all and on the calling thread."""

    def __init__(self, engine: Engine):
        self.total = 0
        self._mine = threading.local()  # per thread: a backup leaves out its own entry
        self._backed_up_through = 0
        self._lock = threading.Lock()
        event.listen(engine, "after_cursor_execute", self._seen)
        event.listen(engine, "commit", self._committed)
        event.listen(engine, "rollback", self._rolled_back)

    @staticmethod
    def _seen(conn, _cursor, statement: str, *_args) -> None:
        if not statement.lstrip()[:7].upper().startswith(READS):
            conn.info["microcourt_wrote"] = True

    def _committed(self, conn) -> None:
        # counted at commit, so a backup's count never claims a write not yet committed
        if conn.info.pop("microcourt_wrote", False):
            with self._lock:
                self.total += 1
            self._mine.count = getattr(self._mine, "count", 0) + 1

    @staticmethod
    def _rolled_back(conn) -> None:
        conn.info.pop("microcourt_wrote", None)

    def by_this_thread(self) -> int:
        return getattr(self._mine, "count", 0)

    def backed_up(self, through: int) -> None:
        """A backup holds every write up to `through` (counted before its copy began)."""
        with self._lock:
            self._backed_up_through = max(self._backed_up_through, through)

    @property
    def changed_since_backup(self) -> bool:
        return self.total > self._backed_up_through

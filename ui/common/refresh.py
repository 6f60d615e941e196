"""Following `AppEvents.changed` without doing work nobody sees: a page hidden behind
another refreshes once when it is next shown, however many changes touched it meanwhile
(Anki's deck browser does the same with `refresh_needed`). A page last read more than
STALE_AFTER_S ago refreshes when shown as well: another PC on the town's server or the
command line may have written meanwhile (and "today" may have moved on).

    self.follow = Follower(self, self.refresh)
    context.events.changed.connect(self._changed)
    def _changed(self, changes, initiator):
        if changes.touches("mediators") and not initiated_by(initiator, self):
            self.follow.request()
"""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from microcourt.errors import NotFound

T = TypeVar("T")
STALE_AFTER_S = 120


class Follower(QObject):
    """Runs `refresh` now when `widget` is visible, else once when it is next shown."""

    def __init__(self, widget: QWidget, refresh: Callable[[], object]):
        """Made once `widget` has read its data (its constructor's last step)."""
        super().__init__(widget)
        self.widget = widget
        self.refresh = refresh
        self.pending = False
        self.read_at = time.monotonic()
        widget.installEventFilter(self)

    def request(self) -> None:
        if self.widget.isVisible():
            self._run()
        else:
            self.pending = True

    def _run(self) -> None:
        self.pending = False
        self.read_at = time.monotonic()
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget and event.type() == QEvent.Type.Show and (
                self.pending or time.monotonic() - self.read_at > STALE_AFTER_S):
            self._run()
        return False


def unless_gone(read: Callable[[], T]) -> Callable[[], T | None]:
    """`read`, giving None for a record that is no longer there (a restored backup
    without it): a page then shows nothing instead of an error."""
    def reading() -> T | None:
        try:
            return read()
        except NotFound:
            return None
    return reading

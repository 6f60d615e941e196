"""Following `AppEvents.changed` without doing work nobody sees: a page hidden behind
another refreshes once when it is next shown, however many changes touched it meanwhile
(Anki's deck browser does the same with `refresh_needed`).

    self.follow = Follower(self, self.refresh)
    context.events.changed.connect(self._changed)
    def _changed(self, changes, initiator):
        if changes.touches("mediators") and not initiated_by(initiator, self):
            self.follow.request()
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class Follower(QObject):
    """Runs `refresh` now when `widget` is visible, else once when it is next shown."""

    def __init__(self, widget: QWidget, refresh: Callable[[], object]):
        super().__init__(widget)
        self.widget = widget
        self.refresh = refresh
        self.pending = False
        widget.installEventFilter(self)

    def request(self) -> None:
        if self.widget.isVisible():
            self.pending = False
            self.refresh()
        else:
            self.pending = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.widget and event.type() == QEvent.Type.Show and self.pending:
            self.pending = False
            self.refresh()
        return False

"""What a page is handed: the services, the per-user preferences and a few app-wide
signals. Pages never reach for the main window or a global."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.preferences import Preferences

if TYPE_CHECKING:  # importing the services loads SQLAlchemy: not before the first paint
    from microcourt.services import Services


class AppEvents(QObject):
    """Signals that cross pages: the shell listens, pages emit.

    `changed(changes, initiator)` is the only one about data: ui.operations emits it
    after every call or job that wrote something, with the microcourt Changes and the
    widget that made the call (which has shown the result itself). Every page, tab and
    window showing data listens and refreshes what the changes touch (Anki's
    operation_did_execute); the rest are about the window itself."""

    changed = Signal(object, object)  # Changes, the initiating QObject (or None)
    status_message = Signal(str)  # a short confirmation for the status bar
    font_scale_changed = Signal(float)
    # Another page should show an item: (page key, item id), e.g. ("parties", 12). The
    # shell switches page and calls the page's open_item(item_id).
    open_requested = Signal(str, object)


# A plain class, not a dataclass: it is built before the first paint, and each
# dataclass costs a compile at import (tests/benchmarks/bench_startup.py).
class PageContext:
    def __init__(self, services: Services | None, preferences: Preferences,
                 events: AppEvents | None = None):
        self.services = services  # None only while the window opens the data after painting
        self.preferences = preferences
        self.events = events or AppEvents()

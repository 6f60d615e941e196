"""What a page is handed: the services, the per-user preferences and a few app-wide
signals. Pages never reach for the main window or a global."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.preferences import Preferences

if TYPE_CHECKING:  # importing the services loads SQLAlchemy: not before the first paint
    from microcourt.services import Services


class AppEvents(QObject):
    """Signals that cross pages: the shell listens, pages emit."""

    profile_changed = Signal(object)  # CourtProfileData after a save
    status_message = Signal(str)  # a short confirmation for the status bar
    font_scale_changed = Signal(float)
    # Another page should show an item: (page key, item id), e.g. ("parties", 12). The
    # shell switches page and calls the page's open_item(item_id).
    open_requested = Signal(str, object)
    case_changed = Signal(int)  # a case's data changed outside its page (agreement editor)


# A plain class, not a dataclass: it is built before the first paint, and each
# dataclass costs a compile at import (tests/benchmarks/bench_startup.py).
class PageContext:
    def __init__(self, services: Services | None, preferences: Preferences,
                 events: AppEvents | None = None):
        self.services = services  # None only while the window opens the data after painting
        self.preferences = preferences
        self.events = events or AppEvents()

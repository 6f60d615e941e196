"""What a page is handed: the services, the per-user preferences and a few app-wide
signals. Pages never reach for the main window or a global."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from microcourt.services import Services
from ui.preferences import Preferences


class AppEvents(QObject):
    """Signals that cross pages: the shell listens, pages emit."""

    profile_changed = Signal(object)  # CourtProfileData after a save
    status_message = Signal(str)  # a short confirmation for the status bar
    font_scale_changed = Signal(float)


@dataclass
class PageContext:
    services: Services
    preferences: Preferences
    events: AppEvents = field(default_factory=AppEvents)

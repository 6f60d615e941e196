"""The shell: navigation on the left, the current page on the right, and a status bar
saying which micro-court this is and where its data lives. Pages come from the registry
(ui.page_registry.PAGES) and are built when first shown."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

# No `Qt` namespace here: touching it builds ~90 Python enums (~30 ms) before the first
# paint; pages may use it freely, they are built after.
from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.wrapped_label import ElidedLabel
from ui.context import PageContext
from ui.menus import WindowMenus
from ui.page_registry import PAGES, PageSpec

if TYPE_CHECKING:
    from microcourt.services import Services
    from microcourt.services.settings.service import CourtProfileData

STATUS_MESSAGE_MS = 5000
NAVIGATION_FONT_FACTOR = 1.25
DEFAULT_SIZE = QSize(1100, 720)


class MainWindow(QMainWindow):
    """Built either with the services already open, or (the real start) with
    `context.services` None and a data directory: the shell paints at once, says it is
    opening the data, and `attach()` fills it in once the database is open. That keeps the
    first paint free of SQLAlchemy and the migration check (tests/benchmarks/bench_startup)."""

    first_painted = Signal()
    closed = Signal()  # after the window closed (a guest operator's ends their session)

    def __init__(self, context: PageContext, pages: list[PageSpec] | None = None,
                 data_dir: Path | None = None, remember: bool = True):
        super().__init__()
        self.context = context
        self.remember = remember  # a guest operator's window keeps the liaison's geometry
        self.specs = list(PAGES if pages is None else pages)
        self.pages: dict[str, QWidget] = {}
        self._painted = False
        self.setWindowTitle(self.tr("MicroCourt Assistant"))
        self._build()
        self._build_status_bar(data_dir or context.services.data_dir)
        self.menus = WindowMenus(self, data_dir or context.services.data_dir)
        self.menus.add_pages(self.specs)
        context.events.changed.connect(self._changed)
        context.events.open_requested.connect(self.open_item)
        context.events.status_message.connect(
            lambda text: self.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        self._restore_geometry()
        if context.services is None:
            self._show_opening()
        else:
            self.attach(context.services)

    def _show_opening(self) -> None:
        opening = self.tr("Opening the data...")
        if getattr(self, "opening_label", None) is None:
            self.opening_label = QLabel(self)
            self.stack.addWidget(self.opening_label)
        self.opening_label.setText(f"<p align='center'>{opening}</p>")
        self.stack.setCurrentWidget(self.opening_label)
        self.navigation.setEnabled(False)
        self.help_button.setEnabled(False)
        self.menus.show_for_role(None, self.specs)
        self.court_label.setText(self.tr("Micro-court: ..."))

    def detach(self) -> None:
        """The operator logged out: every page goes (the next one sees none of their
        forms), and the window waits for the next login."""
        if getattr(self, "reminders", None) is not None:
            self.reminders.stop()
            self.reminder_banner.deleteLater()
            self.reminders = self.reminder_banner = None
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages.clear()
        self._show_opening()
        self.show_waiting(self.tr("Please log in."))

    def show_waiting(self, text: str) -> None:
        """Change what the empty window says while it waits (e.g. for the login)."""
        if getattr(self, "opening_label", None) is not None:
            self.opening_label.setText(f"<p align='center'>{text}</p>")

    def attach(self, services: Services) -> None:
        """The data is open: show whose micro-court this is and the first page."""
        self.context.services = services
        self.navigation.setEnabled(True)
        self.help_button.setEnabled(True)
        self.show_profile(services.settings.profile())
        if self.specs:
            self.navigation.setCurrentRow(0)
        self.show_for_role(services.ctx.actor.role)
        self._start_reminders()

    def show_for_role(self, role: str) -> None:
        """Offer only the pages this role may use (the services refuse the rest anyway)."""
        for row, spec in enumerate(self.specs):
            self.navigation.item(row).setHidden(not spec.allows(role))
        self.menus.show_for_role(role, self.specs)
        current = self.navigation.currentItem()
        if current is not None and current.isHidden():
            self.navigation.setCurrentRow(next(
                (row for row, spec in enumerate(self.specs) if spec.allows(role)), -1))

    def _start_reminders(self) -> None:
        """Hearing reminders: a tray message, or a banner above the pages (ui.hearings.reminders).
        Imported here, after the data is open, to keep the first paint lean."""
        from ui.hearings.reminders import ReminderBanner, ReminderService  # noqa: PLC0415

        self.reminder_banner = ReminderBanner(self)
        self.page_column.insertWidget(0, self.reminder_banner)
        self.reminders = ReminderService(self.context, self.reminder_banner, parent=self)
        self.reminders.start()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)  # after this paint completes

    def _build(self) -> None:
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(220)
        # Big, well-spaced entries: the sections are what the liaison clicks most. (A font
        # rather than a style sheet: parsing one costs the first paint ~10 ms.)
        self.navigation.setSpacing(6)
        self._size_navigation_font()
        self.context.events.font_scale_changed.connect(self._size_navigation_font)
        for spec in self.specs:
            self.navigation.addItem(spec.display_title())
        self.stack = QStackedWidget(self)
        self.navigation.currentRowChanged.connect(self.show_page_at)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        self.page_column = QVBoxLayout()  # the reminder banner goes above the pages
        self.page_column.addLayout(self._help_row())
        self.page_column.addWidget(self.stack, 1)
        layout.addLayout(self.page_column, 1)
        self.setCentralWidget(central)

    def _help_row(self) -> QHBoxLayout:
        """The ? above every page: the user guide at the current page's topic (F1 too)."""
        self.help_button = QToolButton(self)
        self.help_button.setObjectName("page_help_button")
        self.help_button.setText("?")
        self.help_button.setToolTip(self.tr("How to do the work of this page (F1)"))
        self.help_button.setAccessibleName(self.tr("Help for this page"))
        self.help_button.clicked.connect(self.open_guide)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.help_button)
        return row

    def current_help_topic(self) -> str:
        from ui.help import topic_for_page  # noqa: PLC0415

        row = self.navigation.currentRow()
        return topic_for_page(self.specs[row].key if 0 <= row < len(self.specs) else None)

    def open_guide(self) -> QWidget:
        from ui.help import show_guide  # noqa: PLC0415

        return show_guide(self, self.current_help_topic())

    def _size_navigation_font(self, *_scale) -> None:
        font = QFont(QApplication.font())
        font.setPointSizeF(font.pointSizeF() * NAVIGATION_FONT_FACTOR)
        self.navigation.setFont(font)

    def _size_status_bar(self, *_scale) -> None:
        # QStatusBar sizes its row when a widget is added, not when the font changes: at a
        # larger step its labels were drawn half height over each other. reformat() is
        # protected, so the bar is one made here, not the one QMainWindow would make.
        self._status_bar.reformat()

    def _build_status_bar(self, data_dir: Path) -> None:
        self._status_bar = QStatusBar(self)
        self.setStatusBar(self._status_bar)
        self.court_label = QLabel(self)
        self.court_label.setObjectName("court_label")
        self.data_dir_label = ElidedLabel(self)
        self.data_dir_label.setObjectName("data_dir_label")
        self.data_dir_label.setText(self.tr("Data: {0}").format(data_dir))
        self.statusBar().addPermanentWidget(self.court_label)
        self.statusBar().addPermanentWidget(self.data_dir_label)
        self._size_status_bar()
        self.context.events.font_scale_changed.connect(self._size_status_bar)

    def _changed(self, changes, _initiator) -> None:
        if changes.touches("profile") and self.context.services is not None:
            self.show_profile(self.context.services.settings.profile())

    def show_profile(self, profile: CourtProfileData | None) -> None:
        name = profile.name if profile and profile.name else self.tr("not set up yet")
        self.court_label.setText(self.tr("Micro-court: {0}").format(name))

    def show_page(self, key: str) -> QWidget:
        """Switch to the page `key` (building it on first use) and return it."""
        row = [spec.key for spec in self.specs].index(key)
        self.navigation.setCurrentRow(row)
        return self.pages[key]

    def open_item(self, key: str, item_id) -> None:
        """Show page `key` and, if it knows how, the item `item_id` on it."""
        page = self.show_page(key)
        opener = getattr(page, "open_item", None)
        if opener is not None:
            opener(item_id)

    def show_page_at(self, row: int) -> None:
        if row < 0:
            return
        spec = self.specs[row]
        page = self.pages.get(spec.key)
        if page is None:
            page = spec.factory(self.context)
            from ui import discard_guard  # noqa: PLC0415 - after the first paint
            from ui.role_limits import apply_role_limits  # noqa: PLC0415

            discard_guard.install()
            apply_role_limits(page, spec.key, self.context.services)
            self.pages[spec.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _restore_geometry(self) -> None:
        geometry = self.context.preferences.window_geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(DEFAULT_SIZE)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if getattr(self, "reminders", None) is not None:
            self.reminders.stop()
        if self.remember:
            self.context.preferences.set_window_geometry(self.saveGeometry())
        super().closeEvent(event)
        self.closed.emit()

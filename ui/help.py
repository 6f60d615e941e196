"""The offline user guide (issue 13, item 10): one Chinese page per task under
resources/help/zh_CN, shown in a window with the topics on the left. Opened from Help >
User guide (F1) and from the ? beside each page, at the page's topic. The pages are
plain HTML files, so the bundle carries them as data (packaging/manifest.app_data) and
a liaison's PC needs no network to read them."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QTextBrowser, QWidget

from microcourt.paths import resource
from ui.common.dialog import Dialog

GUIDE_DIR = resource("help", "zh_CN")

# (file name without .html, title); the first is the guide's start page.
TOPICS: tuple[tuple[str, str], ...] = (
    ("index", QT_TRANSLATE_NOOP("Help", "A day at the desk")),
    ("register_party", QT_TRANSLATE_NOOP("Help", "Register a party")),
    ("open_case", QT_TRANSLATE_NOOP("Help", "Open a case")),
    ("book_hearing", QT_TRANSLATE_NOOP("Help", "Book a hearing")),
    ("agreement", QT_TRANSLATE_NOOP("Help", "Write and sign an agreement")),
    ("filing", QT_TRANSLATE_NOOP("Help", "File for judicial confirmation")),
    ("backup", QT_TRANSLATE_NOOP("Help", "Back up the data")),
)

# The topic the ? of each page opens (ui.page_registry keys); others open the start page.
PAGE_TOPICS = {"parties": "register_party", "cases": "open_case",
               "hearings": "book_hearing", "backups": "backup"}


def topic_for_page(page_key: str | None) -> str:
    return PAGE_TOPICS.get(page_key or "", "index")


class GuideWindow(Dialog):
    """Not modal: the liaison reads it beside the page the guide is about."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guide_window")
        self.setWindowTitle(self.tr("User guide"))
        self.topics = QListWidget(self)
        self.topics.setObjectName("guide_topics")
        for _key, title in TOPICS:
            self.topics.addItem(QCoreApplication.translate("Help", title))
        self.topics.setMaximumWidth(220)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_text")
        self.browser.setSearchPaths([str(GUIDE_DIR)])
        self.browser.sourceChanged.connect(self._follow_link)
        self.topics.currentRowChanged.connect(self._show_row)
        layout = QHBoxLayout(self)
        layout.addWidget(self.topics)
        layout.addWidget(self.browser, 1)
        self.resize(820, 560)

    def show_topic(self, key: str) -> None:
        keys = [k for k, _title in TOPICS]
        self.topics.setCurrentRow(keys.index(key) if key in keys else 0)

    def _show_row(self, row: int) -> None:
        if row >= 0:
            url = QUrl.fromLocalFile(str(GUIDE_DIR / f"{TOPICS[row][0]}.html"))
            if self.browser.source() != url:
                self.browser.setSource(url)

    def _follow_link(self, url: QUrl) -> None:
        """A link inside a page selects its topic on the left too."""
        keys = [k for k, _title in TOPICS]
        key = Path(url.toLocalFile()).stem
        if key in keys and self.topics.currentRow() != keys.index(key):
            self.topics.blockSignals(True)
            self.topics.setCurrentRow(keys.index(key))
            self.topics.blockSignals(False)


def show_guide(parent: QWidget, topic: str | None = None) -> GuideWindow:
    """Open (or bring forward) the guide at `topic`."""
    guide = parent.findChild(GuideWindow, "guide_window", Qt.FindChildOption.FindDirectChildrenOnly)
    if guide is None:
        guide = GuideWindow(parent)
    guide.show_topic(topic or "index")
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide

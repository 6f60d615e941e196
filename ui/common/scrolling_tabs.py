"""A tab widget whose pages scroll: its height is no longer the tallest page's.

A QTabWidget is as tall as its tallest page needs, so one long page (the agreement's
amount and plan, 551 px at 100%) made the whole agreement editor 785 px at least, and on a
1366x768 screen its Save and Record signing buttons sat below the screen. Here every page
sits in its own frameless scroll area; the pages are still what the code and tests speak
of (currentWidget, setCurrentWidget, indexOf and widget give and take the page itself)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget


class ScrollingTabs(QTabWidget):
    def addTab(self, page: QWidget, title: str) -> int:  # noqa: N802 - Qt override
        area = QScrollArea(self)
        area.setObjectName(f"{page.objectName() or 'page'}_scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        area.setWidget(page)
        return super().addTab(area, title)

    def _area(self, page: QWidget | None) -> QWidget | None:
        for index in range(self.count()):
            area = super().widget(index)
            if area is page or isinstance(area, QScrollArea) and area.widget() is page:
                return area
        return None

    def widget(self, index: int) -> QWidget | None:
        area = super().widget(index)
        return area.widget() if isinstance(area, QScrollArea) else area

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - Qt override
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:  # noqa: N802 - Qt override
        area = self._area(page)
        return super().indexOf(area) if area is not None else -1

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802 - Qt override
        area = self._area(page)
        if area is not None:
            super().setCurrentWidget(area)

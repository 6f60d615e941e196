"""The clipping walker (issue 13, item 2): in what a window shows, no label, button or
field is smaller than it needs to show its text whole, none reaches past the window's edge
(outside a scroll area, which scrolls to it) and no table header cuts its title. Sizes are
compared with the widgets' own minimum size hints, the sizes Qt itself needs to draw them
uncut, so the walker holds at any font size."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QWidget,
)


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    text = text if isinstance(text, str) else ""
    return f"{type(widget).__name__} {widget.objectName() or ''} {text[:30]!r}".strip()


def _scrolled(widget: QWidget, window: QWidget) -> bool:
    """Inside a scroll area's viewport: reaching past the edge is scrolling, not clipping."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and \
                parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def _too_small(widget: QWidget) -> str | None:
    need = widget.minimumSizeHint()
    if isinstance(widget, QLabel):
        if not widget.text().strip() or widget.pixmap() is not None and \
                not widget.pixmap().isNull():
            return None
        if widget.wordWrap():
            height = widget.heightForWidth(widget.width())
            return f"{widget.height()} px high, needs {height}" \
                if widget.height() + 1 < height else None
    elif isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return f"{widget.height()} px high, needs {need.height()}" \
            if widget.height() < need.height() else None
    elif not isinstance(widget, (QAbstractButton, QComboBox)):
        return None
    if widget.width() < need.width() or widget.height() < need.height():
        return f"{widget.width()}x{widget.height()}, needs {need.width()}x{need.height()}"
    return None


def _past_the_edge(widget: QWidget, window: QWidget) -> str | None:
    if _scrolled(widget, window):
        return None
    top_left = widget.mapTo(window, widget.rect().topLeft())
    shown = QRect(top_left, widget.size())
    if window.rect().contains(shown):
        return None
    return f"at {shown.getRect()} reaches past the window {window.size().toTuple()}"


def _cut_headers(header: QHeaderView) -> list[str]:
    """Horizontal headers whose section is narrower than Qt's own size for its title."""
    model, problems = header.model(), []
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return problems
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) == 0:
            continue
        need = header.sectionSizeFromContents(section).width()
        if header.sectionSize(section) < need:
            title = str(model.headerData(section, header.orientation()) or "")
            owner = header.parentWidget()
            owner = owner.objectName() or type(owner).__name__ if owner is not None else ""
            problems.append(f"{owner} header {title!r} {header.sectionSize(section)} px wide, "
                            f"needs {need}")
    return problems


def clipping_problems(window: QWidget) -> list[str]:
    where = window.objectName() or type(window).__name__
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window \
                or isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox, QLineEdit)):
            continue  # the line edit inside a spin or combo box, a line edit's own buttons
        if widget.width() == 0 or widget.height() == 0:
            continue  # laid out of sight on purpose (a table's unused corner button)
        if isinstance(widget, QHeaderView):
            problems += [f"{where}: {text}" for text in _cut_headers(widget)]
            continue
        for found in (_too_small(widget), _past_the_edge(widget, window)):
            if found:
                problems.append(f"{where}: {_name(widget)} {found}")
    return problems

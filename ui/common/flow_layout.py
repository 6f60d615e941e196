"""A row of buttons that wraps onto the next line when the panel is too narrow for it,
as text wraps (Qt's Flow Layout example): at the largest font step a fixed row of eight
buttons was wider than the hearing panel and squeezed the week's columns off the screen."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6,
                 right_aligned: bool = False):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.right_aligned = right_aligned  # each line flush right, as dialog buttons are
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """All on one line."""
        widths = [i.sizeHint().width() for i in self._shown()]
        height = max((i.sizeHint().height() for i in self._shown()), default=0)
        margins = self.contentsMargins()
        return QSize(sum(widths) + self.spacing() * max(len(widths) - 1, 0)
                     + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """The widest button: anything wider wraps."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() and i.widget().isHidden())]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        x = area.x()
        for item in self._shown():
            width = item.sizeHint().width()
            if lines[-1] and x + width > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append(item)
            x += width + self.spacing()
        y = area.y()
        for line in lines:
            widths = [item.sizeHint().width() for item in line]
            used = sum(widths) + self.spacing() * max(len(line) - 1, 0)
            x = area.x() + (max(area.width() - used, 0) if self.right_aligned else 0)
            height = max((item.sizeHint().height() for item in line), default=0)
            for item, width in zip(line, widths):
                if move:
                    item.setGeometry(QRect(QPoint(x, y), item.sizeHint()))
                x += width + self.spacing()
            y += height + self.spacing()
        return y - self.spacing() - rect.y() + margins.bottom() if self._shown() else 0


def flow_row(parent: QWidget, right_aligned: bool = False) -> FlowLayout:
    """A wrapping row as `parent`'s layout, the parent taking the height its rows need."""
    layout = FlowLayout(parent, right_aligned=right_aligned)
    layout.setContentsMargins(0, 0, 0, 0)
    policy = parent.sizePolicy()
    policy.setHeightForWidth(True)
    policy.setVerticalPolicy(QSizePolicy.Policy.Minimum)
    parent.setSizePolicy(policy)
    return layout

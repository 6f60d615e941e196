"""The one base of the app's dialogs: a dialog is never smaller than its content.

Qt gives a top-level window whose layout has height-for-width (any word-wrapped label) no
minimum size at all (QLayout::activate sets it to 0 so the window can trade width for
height), and the sizes the dialogs ask for (`resize(560, 0)`) are pixels chosen at 100%.
At the largest font step the status dialog's question was cut to half its lines and the
property-leads dialog squeezed its buttons to 21 px. This base grows the window, each time
it is shown or its layout changes (a font step, an error line appearing), to the height its
content needs at its width (when first shown, the height it would like), within the
screen; it never shrinks what the user made larger.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QDialog, QWidget

from ui.common.screen import available_size
from ui.fonts import current_font_scale


def content_size(window: QWidget, preferred: bool = False) -> QSize:
    """The size that shows `window`'s layout whole at (at least) its width: the smallest,
    or with `preferred` the height the layout would like (a table its rows)."""
    layout = window.layout()
    if layout is None:
        return window.minimumSize()
    need = layout.totalMinimumSize()
    width = max(window.width(), need.width())
    height = layout.totalSizeHint().height() if preferred else need.height()
    if layout.hasHeightForWidth():
        height = max(height, layout.totalHeightForWidth(width) if preferred else
                     layout.totalMinimumHeightForWidth(width))
    return QSize(width, height)


def grow_to_content(window: QWidget, preferred: bool = False) -> None:
    need, room = content_size(window, preferred), available_size(window)
    width = min(max(window.width(), need.width()), room.width())
    height = min(max(window.height(), need.height()), room.height())
    if (width, height) != (window.width(), window.height()):
        QWidget.resize(window, width, height)  # a size in today's font, not one for 100%


class Dialog(QDialog):
    def resize(self, *size) -> None:  # noqa: D102 - the size a dialog asks for, see below
        """The sizes dialogs ask for are pixels for 100%: at a larger font step they grow by
        the same factor (the signing table's place column was off the dialog's edge),
        within the screen."""
        width, height = (size[0].width(), size[0].height()) if len(size) == 1 else size
        scale, room = current_font_scale(), available_size(self)
        super().resize(min(round(width * scale), room.width()),
                       min(round(height * scale), room.height()))

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Show:  # first sight: the size the content likes
            grow_to_content(self, preferred=True)
        elif event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            grow_to_content(self)  # later: only what it needs, the user sized the rest
        return handled

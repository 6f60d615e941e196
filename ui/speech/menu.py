"""A "Read aloud…" button whose menu lists the papers there are to read (the filing
packet's forms, a hearing's notices), filled each time it opens."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from microcourt.errors import UserError
from microcourt.services.readings.dto import ReadableDocument
from ui import errors
from ui.context import PageContext
from ui.speech.read_aloud import open_read_aloud


def read_aloud_button(parent: QWidget, context: PageContext,
                      documents: Callable[[], list[ReadableDocument]],
                      text: str | None = None) -> QPushButton:
    button = QPushButton(text or QCoreApplication.translate("ReadAloudMenu", "Read &aloud…"),
                         parent)
    button.setObjectName("read_aloud")
    menu = QMenu(button)
    menu.setObjectName("read_aloud_menu")

    def fill() -> None:
        menu.clear()
        try:
            found = documents()
        except UserError as exc:
            errors.show_user_error(parent, exc)
            found = []
        for item in found:
            action = menu.addAction(item.title)
            action.triggered.connect(lambda _checked=False, d=item: open_read_aloud(
                parent, context, d.document, d.case_id, d.subject_id))
        if not found:
            menu.addAction(QCoreApplication.translate(
                "ReadAloudMenu", "Nothing to read aloud yet")).setEnabled(False)
    menu.aboutToShow.connect(fill)
    button.setMenu(menu)
    button.fill_menu = fill  # for tests and keyboard users opening it with Alt+letter
    return button

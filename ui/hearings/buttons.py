"""The row of buttons acting on the chosen hearing (Edit, Reschedule, Cancel, Held,
Notices, Calendar, Join), shared by the Hearings page and the case's Hearings tab.
Buttons are enabled only for what the service would allow: a held or cancelled hearing
is history, it can only be exported to a calendar (so calendars drop it)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QPushButton, QWidget

from microcourt.services.hearings.dto import HearingDetail
from microcourt.services.readings.dto import ReadableDocument, ReadDocument
from microcourt.timeutil import now_utc
from ui.common.flow_layout import FlowLayout, flow_row
from ui.context import PageContext
from ui.hearings.common import HearingActions
from ui.speech.menu import read_aloud_button


class HearingButtons(QWidget):
    def __init__(self, context: PageContext, current: Callable[[], HearingDetail | None],
                 parent: QWidget | None = None, with_book: Callable[[], int | None] | None = None):
        """`current()`: the hearing chosen; `with_book()`: the case to book for (a Book
        button is added when given). The buttons wrap onto more lines in a narrow panel."""
        super().__init__(parent)
        self.actions = HearingActions(context, self)
        self.current = current
        self.row = row = flow_row(self)
        self.book_button = None
        if with_book is not None:
            self.book_button = self._button(self.tr("&Book…"), lambda: self.actions.book(
                with_book()), row, "book")
        self.edit_button = self._button(self.tr("E&dit…"), self._on(self.actions.edit), row,
                                        "edit")
        self.reschedule_button = self._button(self.tr("Resched&ule…"),
                                              self._on(self.actions.reschedule), row,
                                              "reschedule")
        self.cancel_button = self._button(self.tr("Cancel hea&ring…"),
                                          self._on(self.actions.cancel), row, "cancel")
        self.held_button = self._button(self.tr("Mark &held…"), self._on(self.actions.mark_held),
                                        row, "held")
        self.notices_button = self._button(self.tr("Not&ices…"), self._on(self.actions.notices),
                                           row, "notices")
        self.read_button = read_aloud_button(self, context, self._notices_to_read)
        self.read_button.setObjectName("hearing_read_aloud")
        row.addWidget(self.read_button)
        self.ics_button = self._button(self.tr("Ca&lendar (.ics)…"),
                                       self._on(self.actions.export_ics), row, "ics")
        self.join_button = self._button(self.tr("&Join"), self._on(self.actions.join), row,
                                        "join")
        self.join_button.setToolTip(self.tr("Open the meeting link in the browser"))
        self.update_for(None)

    def _button(self, text: str, slot, row: FlowLayout, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(f"hearing_{name}")
        button.clicked.connect(slot)
        row.addWidget(button)
        return button

    def _notices_to_read(self) -> list[ReadableDocument]:
        """Each participant's notice but the judge's (as printed)."""
        hearing = self.current()
        if hearing is None:
            return []
        return [ReadableDocument(ReadDocument.HEARING_NOTICE.value, hearing.case_id, p.id,
                                 self.tr("Notice for {0} ({1})").format(p.name, p.role_cn))
                for p in hearing.participants if p.role != "judge"]

    def _on(self, action: Callable[[HearingDetail], object]) -> Callable[[], None]:
        def run(*_args) -> None:
            hearing = self.current()
            if hearing is not None:
                action(hearing)
        return run

    def update_for(self, hearing: HearingDetail | None, can_book: bool = True) -> None:
        scheduled = hearing is not None and hearing.is_scheduled
        for button in (self.edit_button, self.reschedule_button, self.cancel_button,
                       self.notices_button, self.read_button, self.join_button):
            button.setEnabled(scheduled)
        # The service refuses to record a session that has not started yet.
        self.held_button.setEnabled(scheduled and hearing.start <= now_utc())
        self.ics_button.setEnabled(hearing is not None)
        if self.book_button is not None:
            self.book_button.setEnabled(can_book)

"""The booking form's "next free slot": asks the hearings service for the earliest time
of the typed length at which the mediator, the judge, the room and the people are all
free in working hours, shows it, and a button puts it into Start and End."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from microcourt.timeutil import format_local


class FreeSlotRow(QWidget):
    taken = Signal(object, object)  # start, end: the proposal taken

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.proposal: tuple[datetime, datetime] | None = None
        self.find_button = QPushButton(self.tr("F&ind the next free slot"), self)
        self.find_button.setObjectName("find_free_slot")
        self.label = QLabel(self)
        self.label.setObjectName("free_slot")
        self.label.setWordWrap(True)
        self.take_button = QPushButton(self.tr("&Use this time"), self)
        self.take_button.setObjectName("take_free_slot")
        self.take_button.clicked.connect(self._take)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.find_button)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.take_button)
        self.show_proposal(None, searched=False)

    def show_proposal(self, proposal: tuple[datetime, datetime] | None,
                      searched: bool = True) -> None:
        self.proposal = proposal
        if proposal is not None:
            start, end = proposal
            self.label.setText(self.tr("Free: {0} to {1} (mediator, judge and room)").format(
                format_local(start), format_local(end)[11:]))
        else:
            self.label.setText(self.tr("No free slot within two months.") if searched else "")
        self.take_button.setEnabled(proposal is not None)

    def _take(self) -> None:
        if self.proposal is not None:
            self.taken.emit(*self.proposal)

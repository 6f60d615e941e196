"""Choosing whose schedule to show when an agreement has one per claimant (the 77
workers): a search box over the names and a list, "All installments" first. Shared by
the payment-plan tab and the payments tab."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from microcourt.services.agreements.dto import ClaimantSchedule, InstallmentState
from microcourt.validation.money import format_amount
from ui.agreements.plan_model import ALL, OVERDUE_TEXT

CLAIMANT_ROLE = Qt.ItemDataRole.UserRole + 1


class ClaimantSelector(QWidget):
    chosen = Signal(object)  # ALL, None (the common schedule) or a claimant's case_party id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("claimant_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a claimant"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setObjectName("claimant_list")
        self.list.currentItemChanged.connect(self._current_changed)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Whose schedule:"), self))
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)
        self.setMaximumWidth(260)

    def set_schedules(self, schedules: tuple[ClaimantSchedule, ...]) -> None:
        """List the schedules; keeps the current choice when it is still there."""
        current = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        everyone = QListWidgetItem(self.tr("All installments"), self.list)
        everyone.setData(CLAIMANT_ROLE, ALL)
        for schedule in schedules:
            late = sum(1 for i in schedule.installments if i.state == InstallmentState.OVERDUE)
            name = schedule.name or self.tr("Common schedule")
            text = self.tr("{0}  {1} yuan").format(name, format_amount(schedule.total_fen))
            if late:
                text += self.tr("  ({0} overdue)").format(late)
            item = QListWidgetItem(text, self.list)
            item.setData(CLAIMANT_ROLE, schedule.claimant_id)
            item.setData(Qt.ItemDataRole.UserRole + 2, schedule.name)
            if late:
                item.setForeground(OVERDUE_TEXT)
        self.count_label.setText(self.tr("{0} schedules").format(len(schedules)))
        self.list.blockSignals(False)
        self._filter(self.search.text())
        self.select(current)

    def current(self) -> object:
        item = self.list.currentItem()
        return item.data(CLAIMANT_ROLE) if item is not None else ALL

    def select(self, claimant: object) -> None:
        """Make `claimant` (ALL, None or a case_party id) the current entry."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            value = item.data(CLAIMANT_ROLE)
            if value is claimant or (value is not ALL and claimant is not ALL
                                     and value == claimant):
                self.list.setCurrentItem(item)
                return
        if self.list.count():
            self.list.setCurrentRow(0)

    def _filter(self, text: str) -> None:
        text = text.strip()
        for row in range(1, self.list.count()):
            item = self.list.item(row)
            name = item.data(Qt.ItemDataRole.UserRole + 2) or ""
            item.setHidden(bool(text) and text not in name)

    def _current_changed(self, item: QListWidgetItem | None, _previous) -> None:
        self.chosen.emit(item.data(CLAIMANT_ROLE) if item is not None else ALL)

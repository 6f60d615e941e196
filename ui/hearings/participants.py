"""The participants of a hearing as an editable table: name, role, where each joins from
(court, village room, home, law office), phone, and whether the liaison must help them
join. A row drawn from the case keeps its party or agent id, so the service can check
that person for double bookings; rows added by hand are named only."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import JoinLocation
from microcourt.services.hearings.dto import PARTICIPANT_ROLES, ParticipantDraft
from ui.common.column_widths import fit_columns
from ui.common.inputs import coded_combo, set_combo_value

NAME, ROLE, LOCATION, PHONE, HELP = range(5)
LINK_ROLE = Qt.ItemDataRole.UserRole  # (party_id, agent_id) on the name cell
# English source text for each role code, translated in the "ParticipantsTable" context.
ROLE_WORDS = {"judge": QT_TRANSLATE_NOOP("ParticipantsTable", "Judge"),
              "mediator": QT_TRANSLATE_NOOP("ParticipantsTable", "Mediator"),
              "applicant": QT_TRANSLATE_NOOP("ParticipantsTable", "Applicant"),
              "respondent": QT_TRANSLATE_NOOP("ParticipantsTable", "Respondent"),
              "third_party": QT_TRANSLATE_NOOP("ParticipantsTable", "Third party"),
              "agent": QT_TRANSLATE_NOOP("ParticipantsTable", "Agent"),
              "other": QT_TRANSLATE_NOOP("ParticipantsTable", "Other")}


def role_text(code: str) -> str:
    word = ROLE_WORDS.get(code)
    return QCoreApplication.translate("ParticipantsTable", word) if word else code


class ParticipantsTable(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = fit_columns(QTableWidget(0, 5, self))
        self.table.setObjectName("participants")
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Role"), self.tr("Joins from"), self.tr("Phone"),
            self.tr("Needs help to join")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 110, 150, 130)):
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("Add perso&n"), self)
        self.add_button.clicked.connect(lambda: self.add_row(ParticipantDraft()))
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_button.clicked.connect(self.remove_current)
        self.button_row = QHBoxLayout()  # the form adds its "Fill from the case" here
        self.button_row.addWidget(self.add_button)
        self.button_row.addWidget(self.remove_button)
        self.button_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row)

    def set_rows(self, drafts: list[ParticipantDraft]) -> None:
        self.table.setRowCount(0)
        for draft in drafts:
            self.add_row(draft)

    def add_row(self, draft: ParticipantDraft) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(draft.name)
        name.setData(LINK_ROLE, (draft.party_id, draft.agent_id))
        self.table.setItem(row, NAME, name)
        role = QComboBox(self.table)
        for code in PARTICIPANT_ROLES:
            role.addItem(role_text(code), code)
        set_combo_value(role, draft.role)
        self.table.setCellWidget(row, ROLE, role)
        location = coded_combo(self.table, JoinLocation)
        set_combo_value(location, draft.location)
        self.table.setCellWidget(row, LOCATION, location)
        self.table.setItem(row, PHONE, QTableWidgetItem(draft.phone or ""))
        helped = QCheckBox(self.table)
        helped.setChecked(draft.needs_help)
        self.table.setCellWidget(row, HELP, helped)
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def drafts(self) -> list[ParticipantDraft]:
        rows = []
        for row in range(self.table.rowCount()):
            name = self.table.item(row, NAME)
            party_id, agent_id = name.data(LINK_ROLE) or (None, None)
            phone = self.table.item(row, PHONE)
            rows.append(ParticipantDraft(
                name=name.text(), role=self.table.cellWidget(row, ROLE).currentData(),
                location=self.table.cellWidget(row, LOCATION).currentData(),
                phone=(phone.text() if phone else "") or None,
                needs_help=self.table.cellWidget(row, HELP).isChecked(),
                party_id=party_id, agent_id=agent_id))
        return rows

    def set_location(self, row: int, location: str) -> None:
        set_combo_value(self.table.cellWidget(row, LOCATION), location)

    def set_needs_help(self, row: int, needed: bool) -> None:
        self.table.cellWidget(row, HELP).setChecked(needed)

    def names(self) -> list[str]:
        return [self.table.item(r, NAME).text() for r in range(self.table.rowCount())]

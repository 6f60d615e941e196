"""One hearing in full, beside the agenda: when, what, where and how to join, who takes
part from where (and who needs help), and its history of changes with their reasons."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from microcourt.domain import JoinLocation
from microcourt.services.hearings.dto import HearingChangeInfo, HearingDetail
from microcourt.timeutil import format_local
from ui.cases.common import fill_row, plain_label, read_only_table
from ui.common.inputs import coded_text
from ui.context import PageContext
from ui.hearings.buttons import HearingButtons
from ui.hearings.common import kind_text, platform_text, span_text, status_text
from ui.hearings.participants import role_text


class HearingDetailPanel(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.hearing: HearingDetail | None = None
        self.title = QLabel(self)
        self.title.setObjectName("hearing_title")
        self.title.setWordWrap(True)
        self.info = QWidget(self)
        self.form = QFormLayout(self.info)
        self.people = read_only_table(self, "hearing_people", [
            self.tr("Name"), self.tr("Role"), self.tr("Joins from"), self.tr("Phone"),
            self.tr("Needs help")])
        for column, width in enumerate((110, 80, 130, 125)):
            self.people.setColumnWidth(column, width)
        self.history = read_only_table(self, "hearing_history", [
            self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Reason / notes")])
        for column, width in enumerate((130, 70, 200)):
            self.history.setColumnWidth(column, width)
        self.buttons = HearingButtons(context, lambda: self.hearing, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(QLabel(self.tr("Participants"), self))
        layout.addWidget(self.people, 2)
        layout.addWidget(QLabel(self.tr("History"), self))
        layout.addWidget(self.history, 1)
        layout.addWidget(self.buttons)
        self.show_hearing(None)

    def show_hearing(self, hearing: HearingDetail | None) -> None:
        self.hearing = hearing
        self.buttons.update_for(hearing)
        while self.form.rowCount():
            self.form.removeRow(0)
        if hearing is None:
            self.title.setText(self.tr("Choose a hearing in the agenda or the week."))
            self.people.setRowCount(0)
            self.history.setRowCount(0)
            return
        self.title.setText(f"<b>{kind_text(hearing)}</b> · {span_text(hearing)}")
        for caption, value in self._rows(hearing):
            if value:
                self.form.addRow(caption, plain_label(value, self.info))
        self.people.setRowCount(len(hearing.participants))
        for row, person in enumerate(hearing.participants):
            fill_row(self.people, row, [
                person.name, role_text(person.role), coded_text(JoinLocation, person.location),
                person.phone or "", self.tr("Yes") if person.needs_help else ""], person)
        self.history.setRowCount(len(hearing.changes))
        for row, change in enumerate(hearing.changes):
            fill_row(self.history, row, [format_local(change.at), change.actor,
                                         self._change_text(change), change.reason], change)

    def _rows(self, h: HearingDetail) -> list[tuple[str, str]]:
        return [(self.tr("Case"), h.case_number), (self.tr("Status"), status_text(h)),
                (self.tr("Platform"), platform_text(h)),
                (self.tr("Meeting link"), h.meeting_link), (self.tr("Room"), h.room),
                (self.tr("Court"), h.court), (self.tr("Judge"), h.judge),
                (self.tr("Mediator"), h.mediator_name),
                (self.tr("Outcome notes"), h.outcome_notes)] + [
                (self.tr("Note"), warning) for warning in h.warnings]

    def _change_text(self, change: HearingChangeInfo) -> str:
        if change.kind == "reschedule":
            return self.tr("Moved from {0} to {1}").format(
                format_local(change.old_start), format_local(change.new_start))
        if change.kind == "cancel":
            return self.tr("Cancelled")
        if change.kind == "held":
            return self.tr("Held")
        return change.kind

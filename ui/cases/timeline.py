"""The case's timeline: who did what, when and why (every write of the cases service,
hearings and agreements leaves an event), oldest first, and a free note."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHeaderView, QInputDialog, QPushButton, QVBoxLayout, QWidget

from microcourt.domain import CaseStatus
from microcourt.services.cases.dto import CaseDetail, CaseEventInfo
from microcourt.timeutil import format_local
from ui.cases.common import CasePanel, button_row, fill_row, read_only_table
from ui.common.inputs import coded_text
from ui.context import PageContext

# English source text for each event kind, translated in the "CaseTimeline" context.
EVENT_KINDS = {
    "created": QT_TRANSLATE_NOOP("CaseTimeline", "Registered"),
    "status": QT_TRANSLATE_NOOP("CaseTimeline", "Status"),
    "updated": QT_TRANSLATE_NOOP("CaseTimeline", "Particulars changed"),
    "party_added": QT_TRANSLATE_NOOP("CaseTimeline", "Party added"),
    "party_removed": QT_TRANSLATE_NOOP("CaseTimeline", "Party removed"),
    "claim_amount": QT_TRANSLATE_NOOP("CaseTimeline", "Claim amount"),
    "claimants_added": QT_TRANSLATE_NOOP("CaseTimeline", "Applicants added"),
    "agent_attached": QT_TRANSLATE_NOOP("CaseTimeline", "Agent"),
    "agent_detached": QT_TRANSLATE_NOOP("CaseTimeline", "Agent"),
    "mediator_added": QT_TRANSLATE_NOOP("CaseTimeline", "Mediator"),
    "mediator_lead": QT_TRANSLATE_NOOP("CaseTimeline", "Mediator"),
    "mediator_removed": QT_TRANSLATE_NOOP("CaseTimeline", "Mediator"),
    "recusal": QT_TRANSLATE_NOOP("CaseTimeline", "Recusal"),
    "hearing": QT_TRANSLATE_NOOP("CaseTimeline", "Hearing"),
    "agreement": QT_TRANSLATE_NOOP("CaseTimeline", "Agreement"),
    "filing": QT_TRANSLATE_NOOP("CaseTimeline", "Judicial confirmation"),
    "note": QT_TRANSLATE_NOOP("CaseTimeline", "Note"),
    "reading": QT_TRANSLATE_NOOP("CaseTimeline", "Read aloud"),
}


def event_what(event: CaseEventInfo) -> str:
    """"Status: Registered → In mediation", or the kind's word (the kind itself if new)."""
    kind = EVENT_KINDS.get(event.kind)
    what = QCoreApplication.translate("CaseTimeline", kind) if kind else event.kind
    if event.kind != "status":  # e.g. "created" also names the first status: no news
        return what
    if event.to_status and event.from_status:
        return QCoreApplication.translate("CaseTimeline", "{0}: {1} → {2}").format(
            what, coded_text(CaseStatus, event.from_status),
            coded_text(CaseStatus, event.to_status))
    if event.to_status:
        return QCoreApplication.translate("CaseTimeline", "{0}: {1}").format(
            what, coded_text(CaseStatus, event.to_status))
    return what


class CaseTimeline(CasePanel):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.table = read_only_table(self, "timeline", [
            self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Why / details")])
        for column, width in enumerate((140, 90, 240)):
            self.table.setColumnWidth(column, width)
        self.table.setWordWrap(True)
        # Rows follow their text whenever the columns get their real widths (a timeline
        # holds tens of events, so measuring every row is cheap).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.note_button = QPushButton(self.tr("Add n&ote…"), self)
        self.note_button.clicked.connect(self.add_note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(button_row(self.note_button))

    def show_case(self, detail: CaseDetail | None, *following) -> None:  # all from `detail`
        super().show_case(detail, *following)
        events = detail.events if detail else ()
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            fill_row(self.table, row, [format_local(event.at), event.actor, event_what(event),
                                       event.note], event)
        if events:
            self.table.scrollToBottom()
        self.note_button.setEnabled(detail is not None)  # closed cases take notes too

    def add_note(self) -> None:
        if self.case is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Add a note"),
                                                 self.tr("Note for the timeline:"))
        if ok:
            case_id = self.case.id
            self.apply(lambda: self.cases.add_note(case_id, text), self.tr("Note added."))

    def texts(self) -> list[list[str]]:
        """The table as shown (for tests and screenshots)."""
        return [[self.table.item(r, c).text() for c in range(self.table.columnCount())]
                for r in range(self.table.rowCount())]

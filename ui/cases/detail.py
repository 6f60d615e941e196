"""The detail of one case: its number, status and a one-line summary, a status menu
offering only the allowed next steps, and tabs for the particulars, the parties in
their roles (with agents), the applicants and their claims (totals always adding up),
the mediators (with recusal state) and the timeline.

Every change made in a tab through the cases service comes back as the fresh CaseDetail
the service returned; the view shows it everywhere at once and re-emits it as `changed`
for the case list. A change made anywhere else that touches the case (a hearing held,
the agreement signed, packets generated, a party's particulars edited) arrives as
AppEvents.changed: the view reads the case again once (when it is next shown, if it is
hidden) and each tab repeats only the queries the changes touch.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import CaseCategory, CaseSource, CaseStatus
from microcourt.services.cases.dto import CaseDetail
from microcourt.services.kernel.changes import NO_CHANGES, Changes
from microcourt.validation.money import format_amount, to_chinese_upper
from ui.cases.claimants import ClaimantsPanel
from ui.cases.common import plain_label
from ui.cases.form import CaseFormDialog
from ui.cases.hearings_tab import CaseHearings
from ui.cases.mediators_tab import CaseMediators
from ui.cases.parties_tab import CaseParties
from ui.cases.status import StatusButton
from ui.cases.timeline import CaseTimeline
from ui.common.inputs import coded_text
from ui.common.refresh import Follower, unless_gone
from ui.context import PageContext
from ui.filings.case_tab import CaseFiling
from ui.operations import call

NUMBER_HTML = "<span style='font-size: x-large; font-weight: bold;'>{0}</span>"
STATUS_STYLE = "font-weight: bold; color: #1b5e20; padding: 2px 6px;"
WARNING_STYLE = "color: #c62828; font-weight: bold;"


class CaseDetailView(QWidget):
    changed = Signal(object)  # CaseDetail, after any change made here

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.detail: CaseDetail | None = None
        self.empty = QLabel(self.tr("Choose a case in the list, or register a new one."), self)
        self.empty.setObjectName("case_empty")
        self.number_label = QLabel(self)
        self.number_label.setObjectName("case_number")
        self.number_label.setTextFormat(Qt.TextFormat.RichText)  # the number is escaped
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("case_status")
        self.status_label.setStyleSheet(STATUS_STYLE)
        self.status_button = StatusButton(context, self)
        self.edit_button = QPushButton(self.tr("&Edit particulars…"), self)
        self.edit_button.clicked.connect(self.edit)
        self.agreement_button = QPushButton(self.tr("A&greement…"), self)
        self.agreement_button.setToolTip(self.tr("Write, print and sign the mediation "
                                                 "agreement; record payments"))
        self.agreement_button.clicked.connect(self.open_agreement)
        self.warning_label = QLabel(self)
        self.warning_label.setObjectName("case_warning")
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.setWordWrap(True)
        self.info_label = QLabel(self)
        self.info_label.setObjectName("case_info")
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)
        self.info_label.setWordWrap(True)
        self.particulars = QWidget(self)
        self.form = QFormLayout(self.particulars)
        self.panels = {"parties": CaseParties(context, self),
                       "claimants": ClaimantsPanel(context, self),
                       "mediators": CaseMediators(context, self),
                       "hearings": CaseHearings(context, self),
                       "filing": CaseFiling(context, self),
                       "timeline": CaseTimeline(context, self)}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("case_tabs")
        self.tabs.addTab(self._scrolled(self.particulars), self.tr("Particulars"))
        for panel in self.panels.values():
            self.tabs.addTab(panel, "")
            panel.changed.connect(self._changed)
            panel.retitled.connect(lambda: self.detail and self._tab_titles(self.detail))
        self.status_button.changed.connect(self._changed)
        # Who hands this view the CaseDetail their write returned (the edit dialog opens
        # on the view itself); any other change to the case is followed.
        self.hands_detail = {self, self.status_button, *(
            self.panels[key] for key in ("parties", "claimants", "mediators", "timeline"))}
        self._pending: tuple[Changes, QObject | None] = (NO_CHANGES, None)
        self.follow = Follower(self, self._follow)
        context.events.changed.connect(self._changed_elsewhere)
        self._layout()
        self.show_case(None)

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.number_label, 1)
        header.addWidget(self.status_label)
        header.addWidget(self.status_button)
        header.addWidget(self.edit_button)
        header.addWidget(self.agreement_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addLayout(header)
        layout.addWidget(self.info_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.tabs, 1)
        self.case_widgets = [self.number_label, self.status_label, self.status_button,
                             self.edit_button, self.agreement_button, self.info_label,
                             self.tabs]

    def _scrolled(self, widget: QWidget) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(widget)
        return area

    @property
    def parties(self) -> CaseParties:
        return self.panels["parties"]

    @property
    def claimants(self) -> ClaimantsPanel:
        return self.panels["claimants"]

    @property
    def mediators(self) -> CaseMediators:
        return self.panels["mediators"]

    @property
    def timeline(self) -> CaseTimeline:
        return self.panels["timeline"]

    # -- showing -------------------------------------------------------------------------

    def show_case(self, detail: CaseDetail | None, changes: Changes | None = None,
                  initiator: QObject | None = None) -> None:
        """Show `detail`; with `changes`, it is the case shown, after those changes (the
        tabs with queries of their own repeat only what the changes touch)."""
        self.detail = detail
        self.empty.setVisible(detail is None)
        for widget in self.case_widgets:
            widget.setVisible(detail is not None)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.status_button.show_case(detail)
        for panel in self.panels.values():
            panel.show_case(detail, changes, initiator)
        if detail is None:
            self.warning_label.hide()
            return
        self.number_label.setText(NUMBER_HTML.format(html.escape(detail.number)))
        self.status_label.setText(coded_text(CaseStatus, detail.status))
        self.edit_button.setEnabled(detail.status != CaseStatus.CLOSED)
        self.info_label.setText(self._info_text(detail))
        for caption, value in self._rows(detail):
            if value:
                self.form.addRow(caption, plain_label(value, self.particulars))
        self._show_warning(detail)
        self._tab_titles(detail)

    def _rows(self, d: CaseDetail) -> list[tuple[str, str]]:
        category = CaseCategory(d.category)
        return [
            (self.tr("Category"), f"{coded_text(CaseCategory, d.category)} ({category.cn})"),
            (self.tr("Source"), coded_text(CaseSource, d.source)),
            (self.tr("Received"), d.received_on.isoformat()),
            (self.tr("Amount in dispute"), self._amount_text(d)),
            (self.tr("Summary"), d.summary),
            (self.tr("Claims"), d.claims),
            (self.tr("Closed on"), d.closed_on.isoformat() if d.closed_on else ""),
        ]

    def _info_text(self, d: CaseDetail) -> str:
        """One line under the number: category, source, date received, amount."""
        amount = (self.tr("no amount stated") if d.amount_fen is None
                  else self.tr("{0} yuan").format(format_amount(d.amount_fen)))
        return self.tr("{0} · {1} · received {2} · {3}").format(
            coded_text(CaseCategory, d.category), coded_text(CaseSource, d.source),
            d.received_on.isoformat(), amount)

    def _amount_text(self, d: CaseDetail) -> str:
        if d.amount_fen is None:
            return self.tr("not stated")
        text = self.tr("{0} yuan ({1})").format(format_amount(d.amount_fen),
                                                to_chinese_upper(d.amount_fen))
        if d.amount_from_claimants:
            text += " " + self.tr("= the claims of {0} applicants").format(d.totals.claimants)
        return text

    def _show_warning(self, d: CaseDetail) -> None:
        pending = d.recusal_pending
        if pending:
            names = self.tr(", ").join(m.name for m in pending)
            self.warning_label.setText(self.tr(
                "Recusal decision needed for {0} (Mediators tab): the case cannot go into "
                "mediation before.").format(names))
        self.warning_label.setVisible(bool(pending))

    def _tab_titles(self, d: CaseDetail) -> None:
        titles = [self.tr("Parties ({0})").format(len(d.parties)),
                  self.tr("Applicants ({0})").format(d.totals.claimants),
                  self.tr("Mediators ({0})").format(len(d.mediators)),
                  self.panels["hearings"].tab_title(),
                  self.panels["filing"].tab_title(),
                  self.tr("Timeline ({0})").format(len(d.events))]
        for index, title in enumerate(titles, start=1):  # 0 is the particulars
            self.tabs.setTabText(index, title)

    # -- changes -------------------------------------------------------------------------

    def _changed(self, detail: CaseDetail) -> None:
        """A write made here returned `detail`: show it, tell the case list."""
        self.show_case(detail, NO_CHANGES, self)
        self.changed.emit(detail)

    def _changed_elsewhere(self, changes: Changes, initiator: QObject | None) -> None:
        if self.detail is None or not changes.touches("cases", self.detail.id):
            return
        if initiator in self.hands_detail:
            return  # the write's CaseDetail is on its way to _changed
        pending, _initiator = self._pending
        self._pending = (pending | changes, initiator)
        self.follow.request()

    def _follow(self) -> None:
        """Read the case again after changes made elsewhere (once, however many)."""
        (changes, initiator), self._pending = self._pending, (NO_CHANGES, None)
        if self.detail is None:
            return
        cases, case_id = self.context.services.cases, self.detail.id
        detail = call(self.context, self, unless_gone(lambda: cases.get_case(case_id)))
        if detail is None:
            self.show_case(None)  # not in a restored backup
            return
        self.show_case(detail, changes, initiator)
        self.changed.emit(detail)

    def show_tab(self, key: str) -> None:
        """Bring the panel `key` ("parties", "filing", ...) to the front."""
        panel = self.panels.get(key)
        if panel is not None:
            self.tabs.setCurrentWidget(panel)

    def open_agreement(self):
        """The agreement editor of this case (a window of its own)."""
        if self.detail is None:
            return None
        from ui.agreements.editor import open_agreement_editor  # noqa: PLC0415

        return open_agreement_editor(self.window(), self.context, self.detail.id)

    def edit(self) -> CaseFormDialog | None:
        if self.detail is None:
            return None
        dialog = CaseFormDialog(self.context, self.detail, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self._changed(dialog.saved)
            self.context.events.status_message.emit(
                self.tr("Saved {0}.").format(dialog.saved.number))
        return dialog

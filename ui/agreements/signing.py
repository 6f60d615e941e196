"""Recording the signing of an agreement (issue 4, item 7): every party and the mediator,
each with the date they signed (today unless changed) and the place (the signing place
unless changed). 人民调解法 art. 29: the agreement takes effect on the last signature,
which starts the 30 days for judicial confirmation (民事诉讼法 art. 205). Recording
locks the version; the dialog closes with `result` the signed AgreementDetail."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import CaseRole, HearingKind, HearingStatus
from microcourt.services.agreements.dto import AgreementDetail, SignatureEntry
from microcourt.timeutil import format_local
from ui.agreements.plan_model import ERROR_TEXT
from ui.agreements.warnings import WarningPanel, error_label
from ui.common.column_widths import fit_columns
from ui.common.dates import today_qdate
from ui.common.dialog import Dialog
from ui.common.field_errors import messages_of
from ui.common.inputs import coded_text, keep_readable
from ui.context import PageContext
from ui.operations import call
from ui.speech.reading_status import reading_status_label

SIGNED, NAME, ROLE, DATE, PLACE, PROBLEM = range(6)


def date_edit(parent: QWidget, day: QDate) -> QDateEdit:
    edit = QDateEdit(day, parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMaximumDate(today_qdate())
    return edit


class SigningDialog(Dialog):
    def __init__(self, context: PageContext, detail: AgreementDetail, warnings: list,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.detail = detail
        self.result: AgreementDetail | None = None
        self._rows: list[int] = []  # the table row of each signature sent
        self.signers: list[tuple[int | None, int | None]] = []  # (party_id, mediator_id)
        keep_readable(self)
        self.setWindowTitle(self.tr("Record the signing of {0}, version {1}").format(
            detail.case_number, detail.version))
        self.warning_panel = WarningPanel(self)
        self.warning_panel.show_warnings(warnings)
        intro = QLabel(self.tr(
            "Tick everyone who has signed (or put their fingerprint on) the paper agreement, "
            "with the day they signed, and the day the committee's seal was put on. Once "
            "recorded it can no longer be changed: a later change makes a new version."), self)
        intro.setWordWrap(True)
        self.table = self._build_table()
        self.error = error_label(self, "signing_error")
        buttons = QDialogButtonBox(self)
        self.sign_button = buttons.addButton(self.tr("&Record signing"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_panel)
        layout.addWidget(intro)
        self.reading_status = reading_status_label(self, context.services, detail.id)
        layout.addWidget(self.reading_status)
        layout.addLayout(self._all_dates_row())
        layout.addWidget(self.table, 1)
        layout.addLayout(self._seal_row())
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(880, 600)

    def _build_table(self) -> QTableWidget:
        people = [(p.party_id, None, p.name, coded_text(CaseRole, p.role))
                  for p in self.detail.parties]
        people += [(None, m.id, m.name, self.tr("Mediator")) for m in self.detail.mediators]
        table = fit_columns(QTableWidget(len(people), 6, self))
        table.setObjectName("signers_table")
        table.setHorizontalHeaderLabels([self.tr("Signed"), self.tr("Name"), self.tr("Role"),
                                         self.tr("Date"), self.tr("Place"), self.tr("Problem")])
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().hide()
        today = today_qdate()
        for row, (party_id, mediator_id, name, role) in enumerate(people):
            self.signers.append((party_id, mediator_id))
            check = QCheckBox(table)
            check.setChecked(True)
            table.setCellWidget(row, SIGNED, check)
            for column, text in ((NAME, name), (ROLE, role), (PROBLEM, "")):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, column, item)
            table.setCellWidget(row, DATE, date_edit(table, today))
            table.setCellWidget(row, PLACE, QLineEdit(self.detail.signing_place, table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((SIGNED, 70), (NAME, 150), (ROLE, 110), (DATE, 140), (PLACE, 220)):
            table.setColumnWidth(column, width)
        return table

    def _all_dates_row(self) -> QHBoxLayout:
        self.all_dates = date_edit(self, today_qdate())
        apply = QPushButton(self.tr("Set every &date"), self)
        apply.setAutoDefault(False)
        apply.clicked.connect(self.set_every_date)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Everyone signed on:"), self))
        row.addWidget(self.all_dates)
        row.addWidget(apply)
        row.addStretch(1)
        return row

    def _seal_row(self) -> QHBoxLayout:
        """人民调解法 art. 29: the committee's seal; the agreement takes effect on the last
        of the signatures and the seal."""
        self.seal_date = date_edit(self, today_qdate())
        self.seal_date.setObjectName("seal_date")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Committee seal affixed on:"), self))
        row.addWidget(self.seal_date)
        hint = QLabel(self.tr("It takes effect on the last of the signatures and the seal."),
                      self)
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        return row

    # -- values ----------------------------------------------------------------------

    def set_every_date(self) -> None:
        for row in range(self.table.rowCount()):
            self.date_at(row).setDate(self.all_dates.date())
        self.seal_date.setDate(self.all_dates.date())

    def check_at(self, row: int) -> QCheckBox:
        return self.table.cellWidget(row, SIGNED)

    def date_at(self, row: int) -> QDateEdit:
        return self.table.cellWidget(row, DATE)

    def place_at(self, row: int) -> QLineEdit:
        return self.table.cellWidget(row, PLACE)

    def entries(self) -> tuple[list[SignatureEntry], list[int]]:
        """The ticked signers' entries, and the table row of each."""
        rows = [row for row in range(self.table.rowCount()) if self.check_at(row).isChecked()]
        return [SignatureEntry(signed_on=self.date_at(row).date().toPython(),
                               party_id=self.signers[row][0], mediator_id=self.signers[row][1],
                               place=self.place_at(row).text()) for row in rows], rows

    # -- recording -------------------------------------------------------------------

    def record(self) -> None:
        entries, self._rows = self.entries()
        agreements, agreement_id = self.context.services.agreements, self.detail.id
        sealed_on = self.seal_date.date().toPython()
        self.result = call(self.context, self, lambda: agreements.record_signing(
            agreement_id, entries, sealed_on=sealed_on), form=self)
        if self.result is not None:
            self.accept()

    @property
    def general(self):  # for ui.operations.call: the dialog is the form of its errors
        return self.error

    def show_exception(self, error) -> list[str]:
        self.show_errors(messages_of(error), self._rows)
        return []

    def show_errors(self, messages: dict[str, str], rows: list[int]) -> None:
        """signatures[i] beside the i-th ticked signer; the rest above the buttons."""
        for row in range(self.table.rowCount()):
            self.table.item(row, PROBLEM).setText("")
            self.table.item(row, NAME).setForeground(QBrush())
        general = []
        for key, message in messages.items():
            if key.startswith("signatures[") and key.endswith("]"):
                row = rows[int(key[len("signatures["):-1])]
                self.table.item(row, PROBLEM).setText(message)
                self.table.item(row, PROBLEM).setForeground(QBrush(ERROR_TEXT))
                self.table.item(row, NAME).setForeground(QBrush(ERROR_TEXT))
                self.table.scrollToItem(self.table.item(row, NAME))
            else:
                general.append(message)
        self.error.setText("\n".join(general))
        self.error.setVisible(bool(general))


def offer_hearing_cancellation(parent: QWidget, context: PageContext,
                               detail: AgreementDetail) -> list[int]:
    """The agreement is in effect: a hearing still scheduled for the case is offered for
    cancellation (the liaison may keep it, e.g. a judge's session). Returns the ids of
    the hearings cancelled."""
    hearings = context.services.hearings
    found = call(context, parent, lambda: hearings.list_for_case(detail.case_id),
                 initiator=None) or []
    scheduled = [h for h in found if h.status == HearingStatus.SCHEDULED]
    if not scheduled:
        return []
    lines = "\n".join(f"• {format_local(h.start)} {coded_text(HearingKind, h.kind)}"
                      for h in scheduled)
    question = QCoreApplication.translate(
        "SigningDialog", "The agreement of {0} is in effect, so the case has reached "
        "agreement. These hearings are still scheduled for it:\n{1}\n\nCancel them "
        "now?").format(detail.case_number, lines)
    title = QCoreApplication.translate("SigningDialog", "Cancel the scheduled hearings?")
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.Yes)
    if answer != QMessageBox.StandardButton.Yes:
        return []
    reason = f"双方已达成调解协议（第{detail.version}版，{detail.effective_on.isoformat()}生效）。"
    return [h.id for h in scheduled
            if call(context, parent, lambda h=h: hearings.cancel(h.id, reason)) is not None]

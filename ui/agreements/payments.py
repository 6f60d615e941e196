"""Performance of a signed agreement (issue 4, item 9): every installment with its state
(paid, partly paid, not yet due, overdue in red), how many are overdue, one claimant's
schedule at a time for many claimants, and "Record payment" for the chosen installment:
partial payments are fine, paying more than is still owed is refused by the service."""
from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import AgreementStatus
from microcourt.errors import UserError
from microcourt.services.agreements.dto import AgreementDetail, InstallmentInfo
from microcourt.validation.money import format_amount, parse_amount
from ui import errors
from ui.agreements.claimants import ClaimantSelector
from ui.agreements.plan import amount_preview
from ui.agreements.plan_model import Column, InstallmentTableModel
from ui.agreements.warnings import ERROR_COLOUR, colour
from ui.common.column_widths import fit_columns
from ui.common.dates import today_qdate
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.inputs import keep_readable
from ui.context import PageContext
from ui.operations import call


class PaymentDialog(Dialog):
    """Date, amount (the outstanding sum unless changed) and a note for one installment;
    closes with `result`, the installment as it stands after the payment."""

    def __init__(self, context: PageContext, installment: InstallmentInfo,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.installment = installment
        self.result: InstallmentInfo | None = None
        keep_readable(self)
        self.setWindowTitle(self.tr("Record a payment"))
        self.setMinimumWidth(460)
        self.errors = FieldErrors(general=QLabel(self))
        about = QLabel(self.tr("Installment {0} due {1}: {2} yuan, paid {3}, still owed {4}.")
                       .format(installment.seq, installment.due_on.isoformat(),
                               format_amount(installment.amount_fen),
                               format_amount(installment.paid_fen),
                               format_amount(installment.outstanding_fen)), self)
        about.setWordWrap(True)
        self.date_edit = QDateEdit(today_qdate(), self)
        self.date_edit.setObjectName("paid_on")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.amount_edit = QLineEdit(format_amount(installment.outstanding_fen)
                                     .replace(",", ""), self)
        self.amount_edit.setObjectName("amount")
        self.amount_upper = QLabel(amount_preview(self.amount_edit.text()), self)
        self.amount_edit.textChanged.connect(
            lambda text: self.amount_upper.setText(amount_preview(text)))
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("note")
        self.note_edit.setPlaceholderText(self.tr("e.g. bank transfer, receipt no."))
        form = QFormLayout()
        form.addRow(self.tr("Paid on:"), self.errors.cell("paid_on", self.date_edit))
        form.addRow(self.tr("Amount (yuan):"), self.errors.cell("amount", self.amount_edit,
                                                                self.amount_upper))
        form.addRow(self.tr("Note:"), self.note_edit)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(self.tr("&Record"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.record)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

    def record(self) -> None:
        self.errors.clear()
        agreements, installment_id = self.context.services.agreements, self.installment.id
        typed, paid_on, note = (self.amount_edit.text(), self.date_edit.date().toPython(),
                                self.note_edit.text())
        self.result = call(self.context, self, lambda: agreements.record_payment(
            installment_id, paid_on, parse_amount(typed, "amount", label="付款金额"), note),
            form=self.errors)
        if self.result is not None:
            self.accept()


class PaymentsTab(QWidget):
    """A payment recorded here reaches the editor as AppEvents.changed (its agreement)."""

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.detail: AgreementDetail | None = None
        self.model = InstallmentTableModel(self)
        self.selector = ClaimantSelector(self)
        self.selector.chosen.connect(self.model.set_claimant)
        self.status = QLabel(self)
        self.status.setObjectName("payments_status")
        self.status.setWordWrap(True)
        self.overdue_label = QLabel(self)
        self.overdue_label.setObjectName("overdue_count")
        self.record_button = QPushButton(self.tr("Record &payment…"), self)
        self.record_button.setObjectName("record_payment")
        self.record_button.clicked.connect(self.record_payment)
        self.table = fit_columns(QTableView(self))
        self.table.setObjectName("payments_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((Column.CLAIMANT, 130), (Column.SEQ, 40), (Column.DUE, 110),
                              (Column.AMOUNT, 130), (Column.PAYER, 140), (Column.PAYEE, 120),
                              (Column.PAID, 120)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.record_payment())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_history())
        self.history = QLabel(self)
        self.history.setObjectName("payment_history")
        self.history.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.overdue_label, 1)
        bar.addWidget(self.record_button)
        right = QVBoxLayout()
        right.addLayout(bar)
        right.addWidget(self.table, 1)
        right.addWidget(self.history)
        body = QHBoxLayout()
        body.addWidget(self.selector)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(body, 1)

    def set_detail(self, detail: AgreementDetail) -> None:
        self.detail = detail
        claimants = {p.case_party_id: p.name for p in detail.parties}
        self.model.set_plan(detail.installments, {p.party_id: p.name for p in detail.parties},
                            claimants)
        self.selector.set_schedules(detail.schedules)
        self.selector.setVisible(len(detail.schedules) > 1)
        self.table.setColumnHidden(Column.CLAIMANT, len(detail.schedules) <= 1)
        self.model.set_claimant(self.selector.current())
        signed = detail.status == AgreementStatus.SIGNED
        self.record_button.setEnabled(signed and bool(detail.installments))
        self.status.setText(self._status_text(detail, signed))
        late = self.model.overdue_count()
        self.overdue_label.setText(self.tr("Overdue installments: {0}").format(late) if late
                                   else self.tr("No installment is overdue."))
        colour(self.overdue_label, ERROR_COLOUR if late else self.palette().color(
            QPalette.ColorRole.WindowText))
        self._show_history()

    def _status_text(self, detail: AgreementDetail, signed: bool) -> str:
        if not detail.installments:
            return self.tr("This agreement has no payment plan.")
        if detail.status == AgreementStatus.DRAFT:
            return self.tr("Payments are recorded once the agreement is signed.")
        if not signed:
            return self.tr("This version was replaced by a newer one: record payments there.")
        return self.tr("States as of {0}. Choose an installment and record what was paid; "
                       "a part payment is fine.").format(detail.as_of.isoformat())

    def current_installment(self) -> InstallmentInfo | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.info if row is not None else None

    def _show_history(self) -> None:
        info = self.current_installment()
        if info is None or not info.payments:
            self.history.setText("")
            return
        lines = [self.tr("{0}: {1} yuan {2}").format(p.paid_on.isoformat(),
                                                     format_amount(p.amount_fen), p.note)
                 for p in info.payments]
        self.history.setText(self.tr("Payments: ") + "; ".join(lines))

    def record_payment(self) -> PaymentDialog | None:
        info = self.current_installment()
        if info is None or not self.record_button.isEnabled():
            if self.record_button.isEnabled():
                errors.show_user_error(self, UserError(self.tr(
                    "Please choose the installment that was paid.")))
            return None
        dialog = PaymentDialog(self.context, info, self)
        dialog.open()
        return dialog

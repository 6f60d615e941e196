"""Many claimants: one respondent against many applicants (the 77 workers), each with
the amount owed. Applicants are added from the party registry or straight from the
imported spreadsheet, with the amount of its 金额 column (claimants_from_parties, all
or none). The totals line (count, sum in figures and in Chinese uppercase) is read
from the same CaseDetail as the table, and says whether it is the case amount, which
the service keeps equal to the sum on every change."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcourt.services.cases.dto import CaseDetail, CasePartyInfo
from microcourt.validation.money import format_amount, optional_amount, to_chinese_upper
from ui.cases.claimant_model import ROW_ROLE, ClaimantTableModel, Column
from ui.cases.common import CasePanel, button_row
from ui.common.column_widths import fit_columns
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.form_rows import add_field_row
from ui.common.inputs import keep_readable
from ui.context import PageContext
from ui.operations import call
from ui.parties.import_dialog import ImportDialog
from ui.parties.picker import PartyPickerDialog

TOTALS_STYLE = "font-weight: bold;"
MISMATCH_STYLE = "font-weight: bold; color: #c62828;"


class ClaimAmountDialog(Dialog):
    """One applicant's claim amount; a bad amount is named beside the field, kept as typed."""

    def __init__(self, context: PageContext, claimant: CasePartyInfo,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.claimant = claimant
        self.saved: CaseDetail | None = None
        keep_readable(self)
        self.setWindowTitle(self.tr("Claim of {0}").format(claimant.name))
        self.errors = FieldErrors(general=QLabel(self))
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("claim_amount")
        self.amount_edit.setPlaceholderText(self.tr("yuan; empty if not known yet"))
        if claimant.claim_amount is not None:
            self.amount_edit.setText(str(claimant.claim_amount))
        form = QFormLayout()
        add_field_row(form, self.errors, "claim_amount", self.tr("&Amount claimed"),
                      self.amount_edit)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(buttons)

    def save(self) -> None:
        self.errors.clear()
        cases, typed, claimant = self.context.services.cases, self.amount_edit.text(), self.claimant
        self.saved = call(self.context, self, lambda: cases.set_claim_amount(
            claimant.id, optional_amount(typed, "claim_amount", label="请求金额")),
            form=self.errors, inline=True)
        if self.saved is not None:
            self.accept()


def totals_text(detail: CaseDetail) -> str:
    """"77 applicants, claims 397,864.50 yuan (叁拾玖万…元伍角整)" in the UI language."""
    totals = detail.totals
    text = QCoreApplication.translate(
        "ClaimantsPanel", "{0} applicants, claims in all {1} yuan ({2})").format(
        totals.claimants, format_amount(totals.claims_fen), to_chinese_upper(totals.claims_fen))
    missing = totals.claimants - totals.claimants_with_amount
    if missing:
        text += QCoreApplication.translate("ClaimantsPanel", "; {0} without an amount").format(
            missing)
    return text


class ClaimantsPanel(CasePanel):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.model = ClaimantTableModel(self)
        self.table = fit_columns(QTableView(self))
        self.table.setObjectName("claimants")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((Column.NUMBER, 45), (Column.NAME, 150),
                              (Column.ID_NUMBER, 190), (Column.PHONE, 130)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_amount())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("claimant_totals")
        self.totals_label.setWordWrap(True)
        self.amount_label = QLabel(self)
        self.amount_label.setObjectName("case_amount_check")
        self.amount_label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit amount…"), self)
        self.edit_button.clicked.connect(self.edit_amount)
        self.registry_button = QPushButton(self.tr("Add applicants from the &registry…"), self)
        self.registry_button.clicked.connect(self.add_from_registry)
        self.import_button = QPushButton(self.tr("&Import a list…"), self)
        self.import_button.setToolTip(self.tr(
            "Register the people of a spreadsheet (with a 金额 column) and add them as "
            "applicants with those amounts"))
        self.import_button.clicked.connect(self.import_list)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.amount_label)
        layout.addLayout(button_row(self.edit_button, self.registry_button,
                                    self.import_button))

    def show_case(self, detail: CaseDetail | None, *following) -> None:  # all from `detail`
        current = self.current()
        super().show_case(detail, *following)
        self.model.set_case(detail)
        self._show_totals(detail)
        row = self.model.row_of(current.id) if current else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def _show_totals(self, detail: CaseDetail | None) -> None:
        if detail is None:
            self.totals_label.clear()
            self.amount_label.clear()
            return
        self.totals_label.setText(totals_text(detail))
        self.totals_label.setStyleSheet(TOTALS_STYLE)
        totals = detail.totals
        if not totals.amount_from_claimants:
            self.amount_label.setText(self.tr(
                "No applicant has an amount yet: the amount in dispute is the one on the "
                "case form."))
            self.amount_label.setStyleSheet("")
        elif detail.amount_fen == totals.claims_fen:
            self.amount_label.setText(self.tr(
                "This sum is the case's amount in dispute; it follows every change."))
            self.amount_label.setStyleSheet("")
        else:  # the service keeps them equal: seeing this means something is wrong
            self.amount_label.setText(self.tr(
                "The case amount ({0} yuan) differs from the sum of the claims!").format(
                    format_amount(detail.amount_fen or 0)))
            self.amount_label.setStyleSheet(MISMATCH_STYLE)

    def current(self) -> CasePartyInfo | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _update_buttons(self) -> None:
        writable = self.writable
        self.edit_button.setEnabled(writable and self.current() is not None)
        self.registry_button.setEnabled(writable)
        self.import_button.setEnabled(writable)

    # -- actions -------------------------------------------------------------------------

    def edit_amount(self) -> None:
        chosen = self.current()
        if chosen is None or not self.writable:
            return
        dialog = ClaimAmountDialog(self.context, chosen, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.changed.emit(dialog.saved)
            self.context.events.status_message.emit(
                self.tr("Claim of {0} saved.").format(chosen.name))

    def add_from_registry(self) -> None:
        if self.case is None:
            return
        picker = PartyPickerDialog(self.context, multiple=True,
                                   title=self.tr("Add applicants"), parent=self.window())
        if picker.exec() == QDialog.DialogCode.Accepted and picker.party_ids:
            self.add_parties(picker.party_ids)

    def import_list(self) -> ImportDialog | None:
        if self.case is None:
            return None
        dialog = ImportDialog(self.context, self)
        dialog.imported.connect(self.add_parties)
        dialog.exec()
        return dialog

    def add_parties(self, party_ids: list[int]) -> CaseDetail | None:
        """Add the parties as applicants with their imported amounts, all or none; every
        problem (no amount, already on the case…) is listed, nothing is added."""
        if self.case is None:
            return None
        case_id = self.case.id
        return self.apply(lambda: self.cases.claimants_from_parties(case_id, party_ids),
                          self.tr("{0} applicants added.").format(len(party_ids)))

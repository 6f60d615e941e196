"""Registering or editing a case: category, source, date received, amount in dispute,
a short summary and the claims; for a court referral (委派/委托调解) the referring
court and its case number, which the application for judicial confirmation names.

Save hands what was typed to the cases service: a new case gets the next registry
number (shown by the page); every problem the service names is shown in red beside its
field, and the text stays as typed (an amount such as "12万" or "400,000" is read by the
service, a bad one named there). In a many-claimant case the amount is the claimants'
sum, so the field is read-only and says so.
"""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import CaseCategory, CaseSource, ReferralKind
from microcourt.services.cases.dto import CaseDetail, CaseDraft
from microcourt.timeutil import today_local
from microcourt.validation.money import format_amount
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.form_rows import add_field_row, save_cancel_buttons
from ui.common.inputs import coded_combo, combo_value, keep_readable, set_combo_value
from ui.context import PageContext
from ui.operations import call


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


class CaseFormDialog(Dialog):
    def __init__(self, context: PageContext, case: CaseDetail | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.case = case
        self.saved: CaseDetail | None = None
        keep_readable(self)
        self.errors = FieldErrors(general=QLabel(self))
        self.errors.general.setObjectName("form_error")
        self._build()
        if case is not None:
            self._fill(context.services.cases.draft_for_edit(case.id))
        self.setWindowTitle(self.tr("Edit case {0}").format(case.number) if case
                            else self.tr("Register a new case"))

    def _build(self) -> None:
        self.category_combo = coded_combo(self, CaseCategory, blank=self.tr("(choose)"))
        self.category_combo.setObjectName("category")
        self.source_combo = coded_combo(self, CaseSource)
        self.source_combo.setObjectName("source")
        self.received_edit = QDateEdit(self)
        self.received_edit.setObjectName("received_on")
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("yyyy-MM-dd")
        today = today_local()
        self.received_edit.setMaximumDate(_qdate(today))
        self.received_edit.setDate(_qdate(today))
        self.amount_edit = QLineEdit(self)
        self.amount_edit.setObjectName("amount")
        self.amount_edit.setPlaceholderText(self.tr("yuan, e.g. 400000 or 40万; empty if none"))
        self.amount_note = QLabel(self)
        self.amount_note.setWordWrap(True)
        self.amount_note.hide()
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setObjectName("summary")
        self.summary_edit.setPlaceholderText(self.tr("What the dispute is about, in a few lines"))
        self.claims_edit = QPlainTextEdit(self)
        self.claims_edit.setObjectName("claims")
        self.claims_edit.setPlaceholderText(self.tr("What the applicant asks for"))
        self._build_referral()
        self._referral_rows: list[int] = []
        form = QFormLayout()
        for name, caption, widget, *below in (
                ("category", self.tr("&Category"), self.category_combo),
                ("source", self.tr("S&ource"), self.source_combo),
                ("referral_kind", self.tr("Referral &kind"), self.referral_combo),
                ("referring_court", self.tr("Referring c&ourt"), self.court_edit),
                ("referral_number", self.tr("Court's case &number"), self.referral_edit),
                ("received_on", self.tr("&Received on"), self.received_edit),
                ("amount", self.tr("&Amount in dispute"), self.amount_edit, self.amount_note),
                ("summary", self.tr("Su&mmary"), self.summary_edit),
                ("claims", self.tr("C&laims"), self.claims_edit)):
            if widget in (self.referral_combo, self.court_edit, self.referral_edit):
                self._referral_rows.append(form.rowCount())
            add_field_row(form, self.errors, name, caption, widget, *below)
        self.form = form
        self.source_combo.currentIndexChanged.connect(self._show_referral)
        self._show_referral()
        buttons, self.save_button = save_cancel_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.general)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(720, 620)

    def _build_referral(self) -> None:
        """The referral rows, shown only for a court referral."""
        self.referral_combo = coded_combo(self, ReferralKind)
        self.referral_combo.setObjectName("referral_kind")
        self.court_edit = QLineEdit(self)
        self.court_edit.setObjectName("referring_court")
        self.court_edit.setPlaceholderText(self.tr("e.g. 杭州市临安区人民法院"))
        self.referral_edit = QLineEdit(self)
        self.referral_edit.setObjectName("referral_number")
        self.referral_edit.setPlaceholderText(self.tr("e.g. （2026）浙0185民诉前调701号"))

    def _show_referral(self) -> None:
        referred = combo_value(self.source_combo) == CaseSource.COURT_REFERRAL
        for row in self._referral_rows:
            self.form.setRowVisible(row, referred)

    def _fill(self, draft: CaseDraft) -> None:
        set_combo_value(self.category_combo, draft.category)
        set_combo_value(self.source_combo, draft.source)
        if draft.referral_kind:
            set_combo_value(self.referral_combo, draft.referral_kind)
        self.court_edit.setText(draft.referring_court)
        self.referral_edit.setText(draft.referral_number)
        self.received_edit.setMaximumDate(
            max(self.received_edit.maximumDate(), _qdate(draft.received_on)))
        self.received_edit.setDate(_qdate(draft.received_on))
        self.amount_edit.setText("" if draft.amount is None else str(draft.amount))
        self.summary_edit.setPlainText(draft.summary)
        self.claims_edit.setPlainText(draft.claims)
        totals = self.case.totals
        if totals.amount_from_claimants:
            self.amount_edit.setReadOnly(True)
            self.amount_note.setText(self.tr(
                "The sum of the {0} applicants' claims ({1} yuan): change their amounts on "
                "the Applicants tab.").format(totals.claimants,
                                              format_amount(totals.claims_fen)))
            self.amount_note.show()

    def draft(self) -> CaseDraft:
        return CaseDraft(category=combo_value(self.category_combo) or "",
                         summary=self.summary_edit.toPlainText(),
                         claims=self.claims_edit.toPlainText(),
                         amount=self.amount_edit.text(),
                         received_on=self.received_edit.date().toPython(),
                         source=combo_value(self.source_combo) or "",
                         referral_kind=combo_value(self.referral_combo) or "",
                         referring_court=self.court_edit.text(),
                         referral_number=self.referral_edit.text())

    def save(self) -> None:
        service, draft = self.context.services.cases, self.draft()
        self.errors.clear()
        if self.case is None:
            self.saved = call(self.context, self, lambda: service.create_case(draft),
                              form=self.errors)
        else:  # refused if the case was closed meanwhile
            case_id = self.case.id
            self.saved = call(self.context, self, lambda: service.update_case(case_id, draft),
                              form=self.errors)
        if self.saved is not None:
            self.accept()

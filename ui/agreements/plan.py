"""The agreed amount and the payment plan of a draft agreement (issue 4, item 6).

The total is typed in figures and shown in Chinese uppercase as it is typed. A plan is
generated from the total, a count, a first date and an interval (the service makes it
exact to the fen, the last installment absorbing the rounding), or one schedule per
claimant from each claimant's own amount; rows can then be edited by hand and are
saved with the agreement. With many claimants the table shows one schedule at a time.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import CaseRole
from microcourt.errors import ValidationError
from microcourt.services.agreements.dto import AgreementDetail
from microcourt.services.agreements.plan import MAX_INSTALLMENTS
from microcourt.validation.money import format_amount, optional_amount, to_chinese_upper
from ui.agreements.claimants import ClaimantSelector
from ui.agreements.plan_model import ALL, Column, InstallmentTableModel, PlanRow
from ui.agreements.warnings import error_label
from ui.common.column_widths import fit_columns
from ui.common.dates import today_qdate
from ui.common.field_errors import FieldErrors
from ui.common.wrapped_label import WrappedLabel
from ui.context import PageContext
from ui.operations import call

UNITS = (("month", QT_TRANSLATE_NOOP("PlanWidget", "month(s)")),
         ("week", QT_TRANSLATE_NOOP("PlanWidget", "week(s)")),
         ("day", QT_TRANSLATE_NOOP("PlanWidget", "day(s)")))


def amount_preview(text: str) -> str:
    """The Chinese uppercase form of a typed amount, or "" while it is not one yet."""
    try:
        fen = optional_amount(text)
    except ValidationError:
        return ""
    return to_chinese_upper(fen) if fen is not None else ""


class PlanDelegate(QStyledItemDelegate):
    """Date and party pickers for the editable columns (amounts are typed)."""

    def __init__(self, parties: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.parties = parties

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        column = Column(index.column())
        if column == Column.DUE:
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat("yyyy-MM-dd")
            return editor
        if column in (Column.PAYER, Column.PAYEE):
            editor = QComboBox(parent)
            editor.addItem("", None)
            for party_id, name in self.parties:
                editor.addItem(name, party_id)
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):  # noqa: N802 - Qt override
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            editor.setDate(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0) if value else 0)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt override
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class PlanWidget(QWidget):
    changed = Signal()                # the total or a row was edited (unsaved)
    generated = Signal(object)        # AgreementDetail after the service made a plan

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.detail: AgreementDetail | None = None
        self.plan_dirty = False
        self.errors = FieldErrors(general=QLabel(self))
        self.errors.general.setObjectName("plan_error")
        self.model = InstallmentTableModel(self)
        self.model.edited.connect(self._row_edited)
        self.delegate = PlanDelegate([], self)
        self.selector = ClaimantSelector(self)
        self.selector.chosen.connect(self._show_claimant)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self._total_group(), 1)
        self.generator = self._generator_group()
        top.addWidget(self.generator, 2)
        layout.addLayout(top)
        layout.addWidget(self.errors.general)
        layout.addLayout(self._schedule_area(), 1)

    # -- building --------------------------------------------------------------------

    def _total_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Agreed amount"), self)
        self.total_edit = QLineEdit(group)
        self.total_edit.setObjectName("total")
        self.total_edit.setPlaceholderText(self.tr("e.g. 397864.50 (empty if no money is paid)"))
        self.total_upper = QLabel(group)
        self.total_upper.setObjectName("total_upper")
        self.total_upper.setWordWrap(True)
        self.total_edit.textChanged.connect(self._total_typed)
        form = QFormLayout(group)
        form.addRow(self.tr("Total (yuan):"), self.errors.cell("total", self.total_edit))
        form.addRow(self.tr("In words:"), self.total_upper)
        return group

    def _generator_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Make a payment plan"), self)
        self.count_spin = QSpinBox(group)
        self.count_spin.setObjectName("count")
        self.count_spin.setRange(1, MAX_INSTALLMENTS)
        self.count_spin.setValue(3)
        self.first_date = QDateEdit(today_qdate(), group)
        self.first_date.setObjectName("first_date")
        self.first_date.setCalendarPopup(True)
        self.first_date.setDisplayFormat("yyyy-MM-dd")
        self.every_spin = QSpinBox(group)
        self.every_spin.setRange(1, 365)
        self.unit_combo = QComboBox(group)
        for value, text in UNITS:
            self.unit_combo.addItem(self.tr(text), value)
        self.payer_combo, self.payee_combo = QComboBox(group), QComboBox(group)
        interval = QWidget(group)
        row = QHBoxLayout(interval)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.every_spin)
        row.addWidget(self.unit_combo, 1)
        self.generate_button = QPushButton(self.tr("&Generate plan"), group)
        self.generate_button.clicked.connect(self.generate)
        self.per_claimant_button = QPushButton(self.tr("One schedule per &claimant"), group)
        self.per_claimant_button.setToolTip(self.tr(
            "Each applicant gets their own installments for their own claimed amount, "
            "all on the same dates."))
        self.per_claimant_button.clicked.connect(self.generate_per_claimant)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.per_claimant_button)
        buttons.addStretch(1)
        outer = QVBoxLayout(group)
        form = QFormLayout()
        outer.addLayout(form)
        form.addRow(self.tr("Installments:"), self.errors.cell("count", self.count_spin))
        form.addRow(self.tr("First due date:"), self.first_date)
        form.addRow(self.tr("Every:"), self.errors.cell("interval", interval))
        form.addRow(self.tr("Payer:"), self.errors.cell("payer", self.payer_combo))
        form.addRow(self.tr("Payee:"), self.errors.cell("payee", self.payee_combo))
        form.addRow(buttons)
        # Below the form, not a row of it: a wrapped row made the form's height-for-width
        # too small, and the fields above were drawn squashed.
        outer.addWidget(WrappedLabel(self.tr("The last installment takes the rounding, so "
                                             "the plan adds up to the total exactly."), group))
        return group

    def _schedule_area(self) -> QHBoxLayout:
        self.table = fit_columns(QTableView(self))
        self.table.setObjectName("plan_table")
        self.table.setModel(self.model)
        self.table.setItemDelegate(self.delegate)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((Column.CLAIMANT, 130), (Column.SEQ, 40), (Column.DUE, 110),
                              (Column.AMOUNT, 130), (Column.PAYER, 140), (Column.PAYEE, 120)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_row_error())
        self.add_button = QPushButton(self.tr("Add installm&ent"), self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove &installment"), self)
        self.remove_button.clicked.connect(self.remove_row)
        self.summary = QLabel(self)
        self.summary.setObjectName("plan_summary")
        self.summary.setWordWrap(True)
        self.row_error = error_label(self, "row_error")
        self.row_error.show()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.summary, 1)
        right = QVBoxLayout()
        right.addWidget(self.table, 1)
        right.addWidget(self.row_error)
        right.addLayout(buttons)
        area = QHBoxLayout()
        area.addWidget(self.selector)
        area.addLayout(right, 1)
        return area

    # -- showing ---------------------------------------------------------------------

    def set_detail(self, detail: AgreementDetail, keep_total: bool = False) -> None:
        """Show the agreement's amount and plan; `keep_total` leaves a typed total."""
        self.detail = detail
        parties = [(p.party_id, p.name) for p in detail.parties]
        self.delegate.parties = parties
        for combo, role in ((self.payer_combo, CaseRole.RESPONDENT),
                            (self.payee_combo, CaseRole.APPLICANT)):
            combo.clear()
            combo.addItem(self.tr("(not named)"), None)
            for party in detail.parties:
                combo.addItem(party.name, party.party_id)
            first = next((p for p in detail.parties if p.role == role), None)
            if first is not None and (role == CaseRole.RESPONDENT or
                                      len(detail.applicants) == 1):
                combo.setCurrentIndex(combo.findData(first.party_id))
        if not keep_total:
            self.total_edit.setText("" if detail.total_fen is None
                                    else format_amount(detail.total_fen).replace(",", ""))
        claimants = {p.case_party_id: p.name for p in detail.parties}
        self.model.set_plan(detail.installments, dict(parties), claimants)
        self.selector.set_schedules(detail.schedules)
        self.selector.setVisible(len(detail.schedules) > 1)
        self.per_claimant_button.setVisible(len(detail.applicants) > 1)
        self.table.setColumnHidden(Column.CLAIMANT, len(detail.schedules) <= 1)
        self.table.setColumnHidden(Column.PAID, detail.editable)
        self.table.setColumnHidden(Column.STATE, detail.editable)
        self.plan_dirty = False
        self.row_error.clear()
        self._show_claimant(self.selector.current())

    def set_read_only(self, read_only: bool) -> None:
        """A signed plan is shown, not made: the generator and row buttons go away."""
        self.total_edit.setReadOnly(read_only)
        for widget in (self.generator, self.add_button, self.remove_button):
            widget.setVisible(not read_only)
        self.model.set_editable(not read_only)

    def _show_claimant(self, claimant: object) -> None:
        self.model.set_claimant(claimant)
        self._update_summary()

    def _update_summary(self) -> None:
        rows = self.model.visible_rows()
        total = self.model.total_fen(visible_only=True)
        self.summary.setText(self.tr("{0} installments, together {1} yuan ({2})").format(
            len(rows), format_amount(total), to_chinese_upper(total)))

    def _total_typed(self, text: str) -> None:
        self.total_upper.setText(amount_preview(text))
        self.changed.emit()

    def _row_edited(self) -> None:
        self.plan_dirty = True
        self._update_summary()
        self.changed.emit()

    def _show_row_error(self) -> None:
        self.row_error.setText(self.model.error_text(self.table.currentIndex().row()))

    # -- values ----------------------------------------------------------------------

    def total_fen(self) -> int | None:
        """The typed total in fen (None when empty); ValidationError("total") if bad."""
        return optional_amount(self.total_edit.text(), "total", label="协议总额")

    def show_errors(self, messages: dict[str, str]) -> dict[str, str]:
        """Show the messages for the total and the plan's rows (selecting the first bad
        row, all schedules shown if it is not in the current one); returns the rest."""
        rows = {k: v for k, v in messages.items() if k.startswith("installments")}
        mine = {k: v for k, v in messages.items() if k in self.errors.labels}
        self.errors.show(mine)
        first, unplaced = self.model.show_errors(rows)
        if first is not None:
            if self.model.view_row_of(first) < 0:
                self.selector.select(ALL)
            self.table.setCurrentIndex(self.model.index(self.model.view_row_of(first),
                                                        Column.AMOUNT))
            self._show_row_error()
        return unplaced | {k: v for k, v in messages.items() if k not in rows and k not in mine}

    def clear_errors(self) -> None:
        self.errors.clear()
        self.model.show_errors({})
        self.row_error.clear()

    # -- actions ---------------------------------------------------------------------

    def add_row(self) -> None:
        claimant = self.selector.current()
        last = (self.model.visible_rows() or self.model.all_rows() or [None])[-1]
        template = PlanRow(
            due_on=self.first_date.date().toPython(), amount_fen=None,
            payer_party_id=last.payer_party_id if last else self.payer_combo.currentData(),
            payee_party_id=last.payee_party_id if last else self.payee_combo.currentData(),
            claimant_id=None if claimant is ALL else claimant)
        if last is not None and claimant is ALL:
            template.claimant_id = last.claimant_id
        view_row = self.model.add_row(template)
        self.table.setCurrentIndex(self.model.index(view_row, Column.AMOUNT))
        self.table.edit(self.table.currentIndex())

    def remove_row(self) -> None:
        self.model.remove_row(self.table.currentIndex().row())

    def generate(self) -> None:
        self._run(lambda service, agreement_id: service.generate_installments(
            agreement_id, self._generation_total(), self.count_spin.value(),
            self._first_date(), self.every_spin.value(), self.unit_combo.currentData(),
            self.payer_combo.currentData(), self.payee_combo.currentData()))

    def generate_per_claimant(self) -> None:
        self._run(lambda service, agreement_id: service.generate_per_claimant(
            agreement_id, self.count_spin.value(), self._first_date(), self.every_spin.value(),
            self.unit_combo.currentData(), self.payer_combo.currentData()))

    def _generation_total(self) -> int:
        total = self.total_fen()
        if total is None:
            raise ValidationError("total", "请先填写协议总额，再生成分期付款计划。")
        return total

    def _first_date(self) -> date:
        return self.first_date.date().toPython()

    def _run(self, make) -> None:
        if self.detail is None:
            return
        self.clear_errors()
        agreements, agreement_id = self.context.services.agreements, self.detail.id
        # The editor (this window) takes the plan from `generated`, keeping what was typed.
        detail = call(self.context, self, lambda: make(agreements, agreement_id),
                      form=self.errors, initiator=self.window())
        if detail is None:
            return
        self.set_detail(detail)
        self.generated.emit(detail)

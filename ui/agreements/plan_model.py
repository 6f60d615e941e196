"""The installments of an agreement as a Qt table model: editable rows for a draft's
payment plan, read-only rows with their state for the payments tab (overdue ones red).

Rows stay in the order they are sent to the service, so an error the service names as
`installments[i].amount` lands on row i whatever the claimant filter shows. The filter
shows one claimant's own schedule at a time (the 77 workers), or every row.
An amount typed badly is kept as typed, marked red, and named when saving.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from microcourt.errors import ValidationError, ValidationErrors
from microcourt.services.agreements.dto import InstallmentInfo, InstallmentRow, InstallmentState
from microcourt.validation.money import format_amount, parse_amount
from ui.common.dates import today_qdate
from ui.i18n import domain_label

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the PlanRow
ALL = object()  # claimant filter: every row
OVERDUE_BACKGROUND = QColor("#fde0e0")
OVERDUE_TEXT = QColor("#b71c1c")
ERROR_TEXT = QColor("#c62828")
PAID_TEXT = QColor("#2e7d32")
_ERROR_KEY = re.compile(r"^installments\[(\d+)\](?:\.(\w+))?$")


class Column(IntEnum):
    CLAIMANT = 0
    SEQ = 1
    DUE = 2
    AMOUNT = 3
    PAYER = 4
    PAYEE = 5
    PAID = 6
    STATE = 7


_HEADERS = {  # English source text, translated in the "InstallmentTableModel" context
    Column.CLAIMANT: QT_TRANSLATE_NOOP("InstallmentTableModel", "Claimant"),
    Column.SEQ: QT_TRANSLATE_NOOP("InstallmentTableModel", "No."),
    Column.DUE: QT_TRANSLATE_NOOP("InstallmentTableModel", "Due date"),
    Column.AMOUNT: QT_TRANSLATE_NOOP("InstallmentTableModel", "Amount (yuan)"),
    Column.PAYER: QT_TRANSLATE_NOOP("InstallmentTableModel", "Payer"),
    Column.PAYEE: QT_TRANSLATE_NOOP("InstallmentTableModel", "Payee"),
    Column.PAID: QT_TRANSLATE_NOOP("InstallmentTableModel", "Paid (yuan)"),
    Column.STATE: QT_TRANSLATE_NOOP("InstallmentTableModel", "State"),
}
EDITABLE = {Column.DUE, Column.AMOUNT, Column.PAYER, Column.PAYEE}
# The service's field names (installments[i].<name>) and the column each is shown in.
FIELD_COLUMNS = {"due_on": Column.DUE, "amount": Column.AMOUNT, "payer": Column.PAYER,
                 "payee": Column.PAYEE, "claimant": Column.CLAIMANT}
COLUMN_FIELDS = {column: name for name, column in FIELD_COLUMNS.items()}


@dataclass
class PlanRow:
    """One installment as the table holds it (editable, unlike InstallmentInfo)."""

    due_on: date | None
    amount_fen: int | None
    payer_party_id: int | None
    payee_party_id: int | None
    claimant_id: int | None = None
    installment_id: int | None = None
    seq: int = 0
    paid_fen: int = 0
    state: str = ""
    amount_text: str = ""  # what was typed, when it is not an amount
    errors: dict[str, str] = field(default_factory=dict)  # field name -> message
    info: InstallmentInfo | None = None

    @classmethod
    def from_info(cls, info: InstallmentInfo) -> PlanRow:
        return cls(info.due_on, info.amount_fen, info.payer_party_id, info.payee_party_id,
                   info.claimant_id, info.id, info.seq, info.paid_fen, info.state, info=info)

    @property
    def overdue(self) -> bool:
        return self.state == InstallmentState.OVERDUE


class InstallmentTableModel(QAbstractTableModel):
    edited = Signal()  # the liaison changed a row (the plan has unsaved changes)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[PlanRow] = []
        self._visible: list[int] = []
        self._filter: object = ALL
        self._editable = False
        self.party_names: dict[int, str] = {}
        self.claimant_names: dict[int, str] = {}

    # -- content -------------------------------------------------------------------

    def set_plan(self, installments, party_names: dict[int, str],
                 claimant_names: dict[int, str]) -> None:
        """Show `installments` (InstallmentInfo) with the case's names; keeps the filter
        when that claimant still has a schedule."""
        self.beginResetModel()
        self._rows = [PlanRow.from_info(info) for info in installments]
        self.party_names, self.claimant_names = dict(party_names), dict(claimant_names)
        self._refilter()
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1,
                                                               len(Column) - 1))

    def set_claimant(self, claimant: object) -> None:
        """Show one claimant's schedule (a case_party id, or None for the common one),
        or every row (ALL)."""
        self.beginResetModel()
        self._filter = claimant
        self._refilter()
        self.endResetModel()

    @property
    def claimant_filter(self) -> object:
        return self._filter

    def _refilter(self) -> None:
        self._visible = [i for i, row in enumerate(self._rows)
                         if self._filter is ALL or row.claimant_id == self._filter]

    def all_rows(self) -> list[PlanRow]:
        return list(self._rows)

    def row_at(self, view_row: int) -> PlanRow | None:
        return self._rows[self._visible[view_row]] if 0 <= view_row < len(self._visible) \
            else None

    def view_row_of(self, plan_index: int) -> int:
        return self._visible.index(plan_index) if plan_index in self._visible else -1

    def visible_rows(self) -> list[PlanRow]:
        return [self._rows[i] for i in self._visible]

    def add_row(self, template: PlanRow) -> int:
        """Append a row (copying payer, payee and claimant); returns its view row."""
        self._rows.append(template)
        self.beginResetModel()
        self._refilter()
        self.endResetModel()
        self.edited.emit()
        return self.view_row_of(len(self._rows) - 1)

    def remove_row(self, view_row: int) -> None:
        if 0 <= view_row < len(self._visible):
            self.beginResetModel()
            del self._rows[self._visible[view_row]]
            self._refilter()
            self.endResetModel()
            self.edited.emit()

    def total_fen(self, visible_only: bool = False) -> int:
        rows = self.visible_rows() if visible_only else self._rows
        return sum(row.amount_fen or 0 for row in rows)

    def overdue_count(self) -> int:
        return sum(1 for row in self._rows if row.overdue)

    # -- saving and errors ---------------------------------------------------------

    def plan_rows(self) -> list[InstallmentRow]:
        """The rows for AgreementsService.set_installments; amounts typed badly raise
        ValidationErrors keyed as the service keys its own (installments[i].amount)."""
        bad = [ValidationError(f"installments[{i}].amount", row.errors["amount"])
               for i, row in enumerate(self._rows) if row.amount_fen is None
               and "amount" in row.errors]
        if bad:
            raise ValidationErrors(bad)
        return [InstallmentRow(row.due_on, row.amount_fen or 0, row.payer_party_id,
                               row.payee_party_id, row.claimant_id) for row in self._rows]

    def show_errors(self, messages: dict[str, str]) -> tuple[int | None, dict[str, str]]:
        """Mark each row the service named; returns the first bad row's plan index and
        the messages that name no row."""
        for row in self._rows:
            row.errors = {k: v for k, v in row.errors.items()
                          if k == "amount" and row.amount_fen is None}
        first, others = None, {}
        for key, message in messages.items():
            match = _ERROR_KEY.match(key)
            if not match or int(match.group(1)) >= len(self._rows):
                others[key] = message
                continue
            index = int(match.group(1))
            self._rows[index].errors[match.group(2) or "amount"] = message
            first = index if first is None else min(first, index)
        self.layoutChanged.emit()
        return first, others

    def error_text(self, view_row: int) -> str:
        row = self.row_at(view_row)
        return "\n".join(row.errors.values()) if row else ""

    # -- Qt model ------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("InstallmentTableModel", _HEADERS[Column(section)])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        base = super().flags(index)
        if self._editable and index.isValid() and Column(index.column()) in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(row.errors.values()) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.AMOUNT, Column.PAID,
                                                                    Column.SEQ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        return None

    def _colour(self, row: PlanRow, column: Column) -> QBrush | None:
        if COLUMN_FIELDS.get(column) in row.errors:
            return QBrush(ERROR_TEXT)
        if row.overdue and column in (Column.STATE, Column.DUE):
            return QBrush(OVERDUE_TEXT)
        if row.state == InstallmentState.PAID and column == Column.STATE:
            return QBrush(PAID_TEXT)
        return None

    def _display(self, row: PlanRow, column: Column) -> str:
        if column == Column.CLAIMANT:
            return self.claimant_names.get(row.claimant_id, "") if row.claimant_id else ""
        if column == Column.SEQ:
            return str(row.seq) if row.seq else ""
        if column == Column.DUE:
            return row.due_on.isoformat() if row.due_on else ""
        if column == Column.AMOUNT:
            return format_amount(row.amount_fen) if row.amount_fen is not None \
                else row.amount_text
        if column in (Column.PAYER, Column.PAYEE):
            party = row.payer_party_id if column == Column.PAYER else row.payee_party_id
            return self.party_names.get(party, "") if party else ""
        if column == Column.PAID:
            return format_amount(row.paid_fen) if row.installment_id else ""
        return domain_label(InstallmentState(row.state)) if row.state else ""

    @staticmethod
    def _edit_value(row: PlanRow, column: Column):
        if column == Column.DUE:
            return QDate(row.due_on) if row.due_on else today_qdate()
        if column == Column.AMOUNT:
            return format_amount(row.amount_fen).replace(",", "") \
                if row.amount_fen is not None else row.amount_text
        if column == Column.PAYER:
            return row.payer_party_id
        if column == Column.PAYEE:
            return row.payee_party_id
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.EditRole or not self._editable:
            return False
        column = Column(index.column())
        if column == Column.DUE:
            row.due_on = value.toPython() if isinstance(value, QDate) else value
        elif column == Column.AMOUNT:
            self._set_amount(row, str(value))
        elif column in (Column.PAYER, Column.PAYEE):
            setattr(row, "payer_party_id" if column == Column.PAYER else "payee_party_id",
                    value)
        else:
            return False
        if column != Column.AMOUNT:
            row.errors.pop(COLUMN_FIELDS[column], None)
        row.state = ""  # the stored state no longer describes the edited row
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), len(Column) - 1))
        self.edited.emit()
        return True

    @staticmethod
    def _set_amount(row: PlanRow, text: str) -> None:
        row.errors.pop("amount", None)
        try:
            row.amount_fen, row.amount_text = parse_amount(text, label="每期金额"), ""
        except ValidationError as exc:
            row.amount_fen, row.amount_text = None, text
            row.errors["amount"] = exc.message

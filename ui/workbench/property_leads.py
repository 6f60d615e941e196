"""Before the 强制执行申请书: what the liaison knows of each debtor's property (bank
deposits, vehicles, real estate, wages receivable), which the application lists for the
court (最高法《关于民事执行中财产调查若干问题的规定》 art. 1). One table per debtor, a row
per lead; blank rows are dropped. Saved for the debtor, so the next application has
them; a refused row is named and everything typed stays.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import PropertyKind
from microcourt.services.parties.dto import PropertyLeadDraft
from ui.common.column_widths import fit_columns
from ui.common.dialog import Dialog
from ui.common.field_errors import FieldErrors
from ui.common.inputs import coded_combo, combo_value, keep_readable, set_combo_value
from ui.context import PageContext
from ui.operations import call

BLANK_ROWS = 2  # rows to type into when nothing is recorded yet


class LeadsTable(QWidget):
    """One debtor's leads: a kind and what is known, a row each."""

    def __init__(self, party_id: int, name: str, leads, parent: QWidget | None = None):
        super().__init__(parent)
        self.party_id = party_id
        self.table = fit_columns(QTableWidget(0, 2, self))
        self.table.setObjectName(f"leads_{party_id}")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("What is known")])
        # The kind column is as wide as its combo box needs (the cell widgets count in the
        # contents); the examples of what to write are each empty row's placeholder, a
        # header that long did not fit the dialog.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        for lead in leads:
            self.add_row(lead.kind, lead.detail)
        for _ in range(BLANK_ROWS if not leads else 0):
            self.add_row()
        add = QPushButton(self.tr("&Add a row"), self)
        add.clicked.connect(lambda: self.add_row())
        box = QGroupBox(self.tr("Debtor: {0}").format(name), self)
        inner = QVBoxLayout(box)
        inner.addWidget(self.table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(add)
        inner.addLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)

    def add_row(self, kind: str = PropertyKind.BANK.value, detail: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = coded_combo(self.table, PropertyKind)
        set_combo_value(combo, kind)
        edit = QLineEdit(detail, self.table)
        edit.setMaxLength(300)
        edit.setPlaceholderText(self.tr(
            "bank and account, number plate, address, employer..."))
        self.table.setCellWidget(row, 0, combo)
        self.table.setCellWidget(row, 1, edit)

    def drafts(self) -> list[PropertyLeadDraft]:
        return [PropertyLeadDraft(combo_value(self.table.cellWidget(row, 0)) or "",
                                  self.table.cellWidget(row, 1).text())
                for row in range(self.table.rowCount())]


class PropertyLeadsDialog(Dialog):
    """Accepted once every debtor's leads are saved; then the application is made."""

    def __init__(self, context: PageContext, debtors: list[tuple[int, str]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        keep_readable(self)
        self.setWindowTitle(self.tr("Debtors' property for the enforcement application"))
        intro = QLabel(self.tr(
            "The court asks the applicant for what they know of the debtor's property. "
            "Fill in what is known; leave the rest empty (the application leaves room to "
            "write by hand)."), self)
        intro.setWordWrap(True)
        self.tables = [LeadsTable(party_id, name, context.services.parties.property_leads(
            party_id), self) for party_id, name in debtors]
        self.message = QLabel(self)
        self.message.setObjectName("leads_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b71c1c")
        self.errors = FieldErrors(general=self.message)
        buttons = QDialogButtonBox(self)
        self.make_button = buttons.addButton(self.tr("&Make the application"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for table in self.tables:
            layout.addWidget(table)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 0)

    def save(self) -> None:
        """Each debtor's rows are saved all or nothing; a refused row is named below the
        tables and everything typed stays."""
        self.errors.clear()
        parties = self.context.services.parties

        def write() -> bool:
            for table in self.tables:
                parties.set_property_leads(table.party_id, table.drafts())
            return True

        if call(self.context, self, write, form=self.errors):
            self.accept()

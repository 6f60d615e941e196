"""The parties' particulars as the agreement prints them (人民调解法 art. 29), read-only:
they come from the registry, and are changed in the Parties page. ID numbers are shown
masked here (the printed agreement carries them in full)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import CaseRole, Gender
from microcourt.services.agreements.dto import AgreementDetail, PartyParticulars
from microcourt.validation.idcard import mask_id
from microcourt.validation.money import format_amount
from ui.common.column_widths import fit_columns
from ui.common.inputs import coded_text

HEADERS = (QT_TRANSLATE_NOOP("PartiesPanel", "Role"), QT_TRANSLATE_NOOP("PartiesPanel", "Name"),
           QT_TRANSLATE_NOOP("PartiesPanel", "Gender"), QT_TRANSLATE_NOOP("PartiesPanel", "Born"),
           QT_TRANSLATE_NOOP("PartiesPanel", "ID number"),
           QT_TRANSLATE_NOOP("PartiesPanel", "Address"),
           QT_TRANSLATE_NOOP("PartiesPanel", "Phone"),
           QT_TRANSLATE_NOOP("PartiesPanel", "Agent or representative"),
           QT_TRANSLATE_NOOP("PartiesPanel", "Claimed (yuan)"))


def representative(party: PartyParticulars) -> str:
    """The legal representative of an organization and every agent, in one line."""
    people = []
    if party.legal_rep_name:
        people.append(f"{party.legal_rep_name}（{party.legal_rep_title or '法定代表人'}）")
    people += [f"{a.name}（{a.relation or ''}{'，特别授权' if a.special_authority else ''}）"
               .replace("（）", "") for a in party.agents]
    return "；".join(people)


class PartiesPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        hint = QLabel(self.tr("The particulars come from the party registry. To correct a "
                              "name, ID number, address or phone, edit the party in the "
                              "Parties page; the agreement shows the change when reopened."),
                      self)
        hint.setObjectName("parties_hint")
        hint.setWordWrap(True)
        self.table = fit_columns(QTableWidget(0, len(HEADERS), self))
        self.table.setObjectName("parties_table")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((80, 130, 50, 95, 175, 230, 115, 200)):
            self.table.setColumnWidth(column, width)
        self.mediators = QLabel(self)
        self.mediators.setObjectName("mediators_label")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.mediators)

    def set_detail(self, detail: AgreementDetail) -> None:
        self.table.setRowCount(len(detail.parties))
        for row, party in enumerate(detail.parties):
            cells = (coded_text(CaseRole, party.role), party.name,
                     coded_text(Gender, party.gender),
                     party.birth_date.isoformat() if party.birth_date else "",
                     mask_id(party.id_number), party.address or "", party.phone or "",
                     representative(party),
                     "" if party.claim_amount_fen is None
                     else format_amount(party.claim_amount_fen))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        names = "、".join(m.name for m in detail.mediators) or self.tr("none yet")
        self.mediators.setText(self.tr("Mediators: {0}").format(names))

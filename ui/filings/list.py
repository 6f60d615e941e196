"""The filings of a case (one row per packet: 77 for the wage case), with what the
liaison does with them: open the folder to upload, preview and print the combined PDF,
see each document's SHA-256, and record the submission and the court's answer, for
several rows at once."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from microcourt.domain import FilingStatus
from microcourt.errors import UserError
from microcourt.services.filings.dto import FilingInfo
from ui import errors
from ui.common.column_widths import fit_columns
from ui.common.inputs import coded_text
from ui.common.pdf_preview import PdfPreviewDialog, record_prints
from ui.common.tables import select_rows
from ui.context import PageContext
from ui.filings.documents import FilingDocumentsDialog, document_path
from ui.filings.table_model import Column, FilingTableModel
from ui.filings.update import FilingUpdateDialog

COLUMN_WIDTHS = {Column.CLAIMANT: 200, Column.STATUS: 220, Column.FILES: 60,
                 Column.SUBMITTED: 140}


class FilingList(QWidget):
    updated = Signal(object)  # list[FilingInfo] after a recorded change

    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.case_folder: str | None = None
        self.preview: PdfPreviewDialog | None = None  # the last one opened (tests look)
        self.model = FilingTableModel(self)
        self.table = fit_columns(QTableView(self))
        self.table.setObjectName("filings")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.show_documents())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.summary = QLabel(self)
        self.summary.setObjectName("filings_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_button = self._button(self.tr("Open &folder"), self.open_folder)
        self.preview_button = self._button(self.tr("Pre&view…"), self.preview_selected)
        self.documents_button = self._button(self.tr("&Documents and SHA-256…"),
                                             self.show_documents)
        self.record_button = self._button(self.tr("&Record submission…"), self.record)
        self._layout()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _on=False: slot())
        return button

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.folder_button, self.preview_button, self.documents_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    # -- showing ---------------------------------------------------------------------

    def show_filings(self, filings: list[FilingInfo]) -> None:
        chosen = {f.id for f in self.selected()}
        self.model.set_filings(filings)
        self.case_folder = str(Path(filings[0].output_dir).parent) \
            if filings and filings[0].output_dir else None
        select_rows(self.table, [self.model.row_of(f.id) for f in filings if f.id in chosen])
        self.summary.setText(self._summary_text(filings))
        self._update_buttons()

    def _summary_text(self, filings: list[FilingInfo]) -> str:
        if not filings:
            return self.tr("No packet generated yet.")
        counts: dict[str, int] = {}
        for filing in filings:
            counts[filing.status] = counts.get(filing.status, 0) + 1
        parts = [f"{coded_text(FilingStatus, s)} {n}" for s, n in counts.items()]
        return self.tr("{0} applications in {1} ({2})").format(
            len(filings), self.case_folder or "—", self.tr(", ").join(parts))

    def selected(self) -> list[FilingInfo]:
        """The selected rows in table order; a single row needs no selecting first."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.model.rowCount() == 1:
            rows = [0]
        return [self.model.filing_at(row) for row in rows]

    def select_rows(self, rows: list[int]) -> None:
        select_rows(self.table, rows)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.folder_button.setEnabled(self.case_folder is not None)
        single = len(chosen) == 1
        self.preview_button.setEnabled(single and chosen[0].combined is not None)
        self.documents_button.setEnabled(single)
        self.record_button.setEnabled(bool(chosen))
        first_time = bool(chosen) and all(f.status == FilingStatus.GENERATED for f in chosen)
        self.record_button.setText(self.tr("&Record submission…") if first_time or not chosen
                                   else self.tr("&Update status…"))

    # -- actions ---------------------------------------------------------------------

    def open_folder(self) -> bool:
        """The selected packet's folder, or the case folder (to upload from)."""
        chosen = self.selected()
        folder = chosen[0].output_dir if len(chosen) == 1 else self.case_folder
        if not folder or not Path(folder).is_dir():
            errors.show_user_error(self, UserError(self.tr(
                "The folder {0} is no longer there: generate the packet again.").format(
                folder or "—")))
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    def preview_selected(self) -> PdfPreviewDialog | None:
        chosen = self.selected()
        if len(chosen) != 1 or chosen[0].combined is None:
            return None
        filing = chosen[0]
        path = document_path(filing, filing.combined)
        if path is None or not path.is_file():
            errors.show_user_error(self, UserError(self.tr(
                "The file {0} is no longer there: generate the packet again.").format(path)))
            return None
        title = self.tr("Judicial confirmation: {0}").format(filing.label)
        self.preview = PdfPreviewDialog(path, title, 1, self.window())
        record_prints(self.preview, self.context)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.destroyed.connect(lambda _obj=None: setattr(self, "preview", None))
        self.preview.open()
        return self.preview

    def show_documents(self) -> FilingDocumentsDialog | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        dialog = FilingDocumentsDialog(chosen[0], self.window())
        dialog.exec()
        return dialog

    def record(self) -> FilingUpdateDialog | None:
        chosen = self.selected()
        if not chosen:
            return None
        dialog = FilingUpdateDialog(self.context, chosen, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved:
            self.updated.emit(dialog.saved)
        return dialog

    def texts(self) -> list[list[str]]:
        return self.model.texts()

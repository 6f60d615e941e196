"""The documents of one filing with their size and SHA-256, as recorded when they were
generated: the court (or the liaison, after an upload) can check that a file is the one
the app wrote. "Check files" hashes the files on disk again and says which changed."""
from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from microcourt.services.filings.dto import DocumentKind, FilingDocumentInfo, FilingInfo
from ui.cases.common import read_only_table
from ui.common.dialog import Dialog
from ui.common.inputs import coded_text

READ_CHUNK = 1 << 20


def document_path(filing: FilingInfo, document: FilingDocumentInfo) -> Path | None:
    """Where a document is on disk: names are recorded relative to the case folder,
    which is the parent of the filing's own folder."""
    if not filing.output_dir:
        return None
    return Path(filing.output_dir).parent / document.file_name


def file_sha256(path: Path) -> str | None:
    """The file's SHA-256, or None if it cannot be read (moved, deleted)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            for chunk in iter(lambda: stream.read(READ_CHUNK), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def size_text(size_bytes: int) -> str:
    if size_bytes < 1024:
        return f"{size_bytes} B"
    return f"{size_bytes / 1024:.1f} KB" if size_bytes < 1024 * 1024 \
        else f"{size_bytes / 1024 / 1024:.2f} MB"


class FilingDocumentsDialog(Dialog):
    NAME, FILE, SIZE, HASH, CHECK = range(5)

    def __init__(self, filing: FilingInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.filing = filing
        self.setWindowTitle(self.tr("Documents of {0}").format(filing.label))
        about = QLabel(self.tr("{0} · folder: {1}").format(filing.case_number,
                                                             filing.output_dir or "—"), self)
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = self._table()
        self.verify_button = QPushButton(self.tr("&Check files"), self)
        self.verify_button.setToolTip(self.tr("Compute the SHA-256 of the files on disk "
                                              "again and compare with the record"))
        self.verify_button.clicked.connect(self.verify)
        self.copy_button = QPushButton(self.tr("C&opy list"), self)
        self.copy_button.clicked.connect(self.copy_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(1300, 380)

    def _table(self) -> QTableWidget:
        table = read_only_table(self, "filing_documents", [
            self.tr("Document"), self.tr("File"), self.tr("Size"), self.tr("SHA-256"),
            self.tr("Check")])
        table.setSelectionMode(QTableWidget.SelectionMode.ExtendedSelection)
        fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        table.setRowCount(len(self.filing.documents))
        for row, document in enumerate(self.filing.documents):
            values = [coded_text(DocumentKind, document.kind), document.file_name,
                      size_text(document.size_bytes), document.sha256, ""]
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == self.HASH:
                    item.setFont(fixed)
                if column == self.SIZE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(self.FILE,
                                                      QHeaderView.ResizeMode.Interactive)
        return table

    def verify(self) -> list[bool]:
        """Hash each file on disk again; returns, per document, whether it matches."""
        results = []
        for row, document in enumerate(self.filing.documents):
            path = document_path(self.filing, document)
            actual = file_sha256(path) if path else None
            if actual is None:
                text = self.tr("missing")
            elif actual == document.sha256:
                text = self.tr("unchanged")
            else:
                text = self.tr("CHANGED")
            self.table.item(row, self.CHECK).setText(text)
            results.append(actual == document.sha256)
        return results

    def listing(self) -> str:
        """One line per document: name, size in bytes and hash, tab separated."""
        return "\n".join(f"{d.file_name}\t{d.size_bytes}\t{d.sha256}"
                         for d in self.filing.documents)

    def copy_list(self) -> None:
        QGuiApplication.clipboard().setText(self.listing())

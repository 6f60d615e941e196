"""The signed original's scan on a signed agreement version: what is attached, and the
buttons to attach (or replace) and remove it. The packet binds the scan; without one
it carries only the printed copy, which the line here says in words."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from microcourt.domain import AgreementStatus
from microcourt.services.agreements.dto import AgreementDetail
from microcourt.services.scans.dto import ScanInfo
from microcourt.timeutil import format_local
from ui.context import PageContext
from ui.operations import call


class ScanBar(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.agreement_id: int | None = None
        self.info: ScanInfo | None = None
        self.label = QLabel(self)
        self.label.setObjectName("scan_state")
        self.label.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Attach signed sc&an…"), self)
        self.attach_button.setObjectName("attach_scan")
        self.attach_button.setToolTip(self.tr(
            "The signed, fingerprinted and sealed agreement from the scanner: one PDF, or "
            "one JPEG/PNG per page (choose them in page order)"))
        self.attach_button.clicked.connect(lambda _checked=False: self.choose())
        self.remove_button = QPushButton(self.tr("Remove scan"), self)
        self.remove_button.setObjectName("remove_scan")
        self.remove_button.clicked.connect(lambda _checked=False: self.remove())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.attach_button)
        row.addWidget(self.remove_button)

    def set_agreement(self, detail: AgreementDetail) -> None:
        """Shown for the signed version only: a draft has no signed paper yet."""
        signed = detail.status == AgreementStatus.SIGNED
        self.setVisible(signed)
        self.agreement_id = detail.id if signed else None
        scans = self.context.services.scans
        self.info = call(self.context, self, lambda: scans.scan_of(detail.id)) if signed \
            else None
        self._show()

    def _show(self) -> None:
        info = self.info
        if info is None:
            self.label.setText(self.tr(
                "The signed original is not scanned yet: the packet will carry only the "
                "printed copy, for reference. Scan the signed paper and attach it."))
            self.label.setStyleSheet("color: #8a4b00;")
        else:
            self.label.setText(self.tr(
                "Signed original scanned: {0} file(s), {1} page(s), attached {2} by {3}. "
                "Every packet binds it.").format(len(info.files), info.pages,
                                                  format_local(info.attached_at),
                                                  info.attached_by))
            self.label.setStyleSheet("color: #1e4620;")
        self.attach_button.setText(self.tr("Replace sc&an…") if info else
                                   self.tr("Attach signed sc&an…"))
        self.remove_button.setVisible(info is not None)

    def choose(self) -> ScanInfo | None:
        paths, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("The scanned signed agreement"), "",
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png)"))
        return self.attach(paths) if paths else None

    def attach(self, paths: list[str]) -> ScanInfo | None:
        scans, agreement_id = self.context.services.scans, self.agreement_id
        info = call(self.context, self, lambda: scans.attach(agreement_id, paths))
        if info is not None:
            self.info = info
            self._show()
        return info

    def remove(self) -> bool:
        answer = QMessageBox.question(self, self.tr("Remove the scan?"), self.tr(
            "Packets generated from now on will carry only the printed copy. Packets "
            "already generated keep the scan."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        scans, agreement_id = self.context.services.scans, self.agreement_id
        done = call(self.context, self, lambda: scans.remove(agreement_id) or True)
        if done:
            self.info = None
            self._show()
        return bool(done)

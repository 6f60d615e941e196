"""Exporting the monthly report for the town (issue 8 item 5): pick the month and PDF or
Excel, then where to save it; the report is written off the GUI thread (ui.operations)
and a PDF is offered for preview. The report's ID numbers are masked by the service."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from microcourt.services.kernel.progress import Progress
from microcourt.services.reports.statistics_dto import Period
from ui.common.dialog import Dialog
from ui.common.inputs import keep_readable
from ui.context import PageContext
from ui.operations import Operation, run_job

PDF, XLSX = ".pdf", ".xlsx"
CONTEXT = "ReportExportDialog"




class ReportExportDialog(Dialog):
    def __init__(self, month: Period, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Monthly report"))
        keep_readable(self)
        self.month = QDateEdit(QDate(month.year, month.number, 1), self)
        self.month.setObjectName("report_month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.file_type = QComboBox(self)
        self.file_type.setObjectName("report_type")
        self.file_type.addItem(self.tr("PDF, for printing"), PDF)
        self.file_type.addItem(self.tr("Excel workbook (.xlsx)"), XLSX)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Month:"), self.month)
        form.addRow(self.tr("File type:"), self.file_type)
        form.addRow(buttons)

    def chosen_month(self) -> Period:
        day = self.month.date()
        return Period.month(day.year(), day.month())

    def suffix(self) -> str:
        return self.file_type.currentData()


def ask_target(parent: QWidget, month: Period, suffix: str, folder: Path) -> Path | None:
    """Where to save the report; the right suffix is added if the name lacks it."""
    name = QCoreApplication.translate(CONTEXT, "Monthly report {0}").format(
        f"{month.year}-{month.number:02d}") + suffix
    filters = (QCoreApplication.translate(CONTEXT, "PDF files (*.pdf)") if suffix == PDF
               else QCoreApplication.translate(CONTEXT, "Excel workbooks (*.xlsx)"))
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate(CONTEXT, "Save the monthly report"),
        str(folder / name), filters)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def export_monthly_report(parent: QWidget, context: PageContext,
                          month: Period) -> Operation | None:
    """Ask, then write; returns the running operation (None if the liaison cancelled)."""
    dialog = ReportExportDialog(month, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen, suffix = dialog.chosen_month(), dialog.suffix()
    target = ask_target(parent, chosen, suffix, context.services.ctx.paths.documents)
    if target is None:
        return None
    reports = context.services.reports

    def job():
        yield Progress(0, 0, "")
        return reports.write_monthly(chosen, target)

    def done(path: Path) -> None:
        message = QCoreApplication.translate(CONTEXT, "Saved the monthly report: {0}").format(path)
        context.events.status_message.emit(message)
        if suffix == PDF:
            offer_preview(parent, context, path, chosen)

    title = QCoreApplication.translate(CONTEXT, "Writing the monthly report…")
    return run_job(parent, job(), title, on_done=done, context=context)


def offer_preview(parent: QWidget, context: PageContext, path: Path, month: Period) -> None:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate(CONTEXT, "Monthly report"),
        QCoreApplication.translate(
            CONTEXT, "The report was saved as\n{0}\n\nOpen it now to read or print?")
        .format(path))
    if answer != QMessageBox.StandardButton.Yes:
        return
    from ui.common.pdf_preview import PdfPreviewDialog, record_prints  # noqa: PLC0415

    preview = PdfPreviewDialog(path, month.label, 1, parent)
    record_prints(preview, context)
    preview.open()

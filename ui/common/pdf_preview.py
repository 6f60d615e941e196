"""Preview, print and save a PDF the app has generated (consent notices, agreements,
filings): one dialog for the whole app.

    preview_document(self, lambda path: parties.write_consent_notice(path, name=name),
                     self.tr("Consent notice"), copies=2, context=self.context)

builds the PDF into a temporary folder on a worker thread (ui.operations), then opens
PdfPreviewDialog on it; the folder is removed when the dialog closes. Printing rasterises
each page with QtPdf at the printer's resolution (capped, see PRINT_DPI_CAP), so what
comes out of the printer is exactly what the preview shows, fonts included.
"""
from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.errors import UserError
from microcourt.paths import safe_file_name
from microcourt.services.kernel.progress import Progress
from ui import errors
from ui.common.dialog import Dialog
from ui.common.screen import fit_on_screen
from ui.operations import Operation, call, run_job

if TYPE_CHECKING:
    from ui.context import PageContext

log = logging.getLogger(__name__)

# A4 at 300 dpi is a 35 MB image per page; at a driver's 1200 dpi it would be 550 MB.
# 300 dpi prints text crisply on office laser printers and fits an old village PC.
PRINT_DPI_CAP = 300
ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


def paint_pdf(document: QPdfDocument, printer: QPrinter, copies: int = 1) -> int:
    """Paint every page of `document` onto `printer`, `copies` times over when the
    printer cannot make copies itself (the PDF writer, drivers without CUPS). Each
    page fills the paper at its own size (the PDF carries its margins). Returns the
    number of pages painted."""
    pages = document.pageCount()
    if pages <= 0:
        raise UserError(QCoreApplication.translate("PdfPreviewDialog",
                                                   "There is nothing to print."))
    rounds = 1 if printer.supportsMultipleCopies() else max(copies, 1)
    printer.setFullPage(True)
    _match_paper(printer, document.pagePointSize(0))
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(QCoreApplication.translate(
            "PdfPreviewDialog",
            "The printer could not be started. Please check that it is switched on and "
            "connected."))
    painted = 0
    try:
        for _round in range(rounds):
            for page in range(pages):
                if painted:
                    _match_paper(printer, document.pagePointSize(page))
                    printer.newPage()
                _paint_page(document, page, printer, painter)
                painted += 1
    finally:
        painter.end()
    return painted


def _match_paper(printer: QPrinter, points: QSizeF) -> None:
    size = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = (QPageLayout.Orientation.Landscape if points.width() > points.height()
                   else QPageLayout.Orientation.Portrait)
    printer.setPageSize(size)
    printer.setPageOrientation(orientation)


def _paint_page(document: QPdfDocument, page: int, printer: QPrinter,
                painter: QPainter) -> None:
    """Render the page at the printer's resolution (capped) and scale it onto the
    paper, centred, keeping its proportions."""
    target = QRectF(painter.viewport())
    points = document.pagePointSize(page)
    dpi = min(printer.resolution(), PRINT_DPI_CAP)
    pixels = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
    image = document.render(page, pixels)
    scale = min(target.width() / pixels.width(), target.height() / pixels.height())
    size = QSizeF(pixels.width() * scale, pixels.height() * scale)
    corner = QPointF(target.x() + (target.width() - size.width()) / 2,
                     target.y() + (target.height() - size.height()) / 2)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(QRectF(corner, size), image)


class PdfPreviewDialog(Dialog):
    """Shows a PDF (all pages, scrolling), with zoom, Print and Save as. `printed` and
    `saved` let the caller audit what left the program (issue 7: printing is audited)."""

    printed = Signal(str, int)  # title, copies
    saved = Signal(str)  # title

    def __init__(self, pdf_path: str | Path, title: str, copies: int = 1,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.copies = max(int(copies), 1)
        self.setWindowTitle(title)
        self.document = QPdfDocument(self)
        status = self.document.load(str(self.pdf_path))
        if status != QPdfDocument.Error.None_:
            log.warning("cannot open PDF %s: %s", self.pdf_path, status)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.page_label = QLabel(self.tr("{0} pages").format(self.page_count()), self)
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.view, 1)
        layout.addLayout(self._buttons())
        fit_on_screen(self, 860, 960)

    def _toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.zoom_out_button = self._button(self.tr("Zoom &out"), self.zoom_out)
        self.zoom_in_button = self._button(self.tr("Zoom &in"), self.zoom_in)
        self.fit_button = self._button(self.tr("&Fit width"), self.fit_width)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.page_label)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        if self.copies > 1:
            row.addWidget(QLabel(self.tr("Print {0} copies: one for each party and one "
                                         "to keep.").format(self.copies), self))
        row.addStretch(1)
        self.print_button = self._button(self.tr("&Print…"), self.print_document)
        self.save_button = self._button(self.tr("&Save as…"), self.save_as)
        self.close_button = self._button(self.tr("&Close"), self.reject)
        self.print_button.setDefault(True)
        for button in (self.print_button, self.save_button, self.close_button):
            row.addWidget(button)
        return row

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def page_count(self) -> int:
        return max(self.document.pageCount(), 0)

    # -- zoom ------------------------------------------------------------------------

    def zoom_in(self) -> None:
        self._set_zoom(self._current_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._current_zoom() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _current_zoom(self) -> float:
        # In fit-to-width mode the view computes its own factor; start from it.
        return self.view.zoomFactor() if self.view.zoomFactor() > 0 else 1.0

    def _set_zoom(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, low), high))

    # -- print and save --------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        """The printer the Print dialog starts from: copies preset."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setCopyCount(self.copies)
        printer.setDocName(self.windowTitle())
        return printer

    def print_document(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {0}").format(self.windowTitle()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Paint the document on `printer` (tests pass a PDF-file printer)."""
        pages = call(None, self, lambda: paint_pdf(self.document, printer,
                                                    printer.copyCount()))
        if pages:
            self.printed.emit(self.windowTitle(), printer.copyCount())
        return pages or 0

    def save_as(self) -> None:
        start = str(Path.home() / safe_file_name(self.windowTitle(), suffix=".pdf"))
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("Save PDF as"), start,
                                                      self.tr("PDF files (*.pdf)"))
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> bool:
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            errors.show_user_error(self, UserError(self.tr(
                "Could not save the PDF as {0}: {1}").format(target, exc.strerror or exc)))
            return False
        self.saved.emit(self.windowTitle())
        return True

    def done(self, result: int) -> None:
        self.document.close()  # releases the file, so a temporary folder can go
        super().done(result)


def record_prints(dialog: PdfPreviewDialog, context: PageContext) -> None:
    """Print and Save as go into the audit log (services.audit.record_document)."""
    record = context.services.audit.record_document
    dialog.printed.connect(lambda name, count: call(
        context, dialog, lambda: record("print", name, count)))
    dialog.saved.connect(lambda name: call(context, dialog, lambda: record("save", name, 1)))


def preview_document(parent: QWidget | None, build: Callable[[Path], object], title: str,
                     copies: int = 1, context: PageContext | None = None) -> Operation:
    """Run `build(pdf_path)` on a worker thread, then open the preview on the PDF it
    wrote. User errors from `build` (e.g. a character no font can print) are shown by
    the operation; the temporary folder is removed when the preview closes, or at once
    if building failed. With `context`, the build's audit entry is announced and the
    prints are recorded. Tests find the dialog as `parent.findChild(PdfPreviewDialog)`."""
    folder = Path(tempfile.mkdtemp(prefix="microcourt-pdf-"))
    pdf_path = folder / safe_file_name(title, suffix=".pdf")

    def job():
        yield Progress(0, 0, "")
        build(pdf_path)
        return pdf_path

    def show(path: Path) -> None:
        dialog = PdfPreviewDialog(path, title, copies, parent)
        if context is not None:
            record_prints(dialog, context)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: shutil.rmtree(folder, ignore_errors=True))
        _OPEN.add(dialog)
        dialog.destroyed.connect(lambda _obj=None: _OPEN.discard(dialog))
        dialog.open()

    label = QCoreApplication.translate("PdfPreviewDialog", "Preparing {0}…").format(title)
    operation = run_job(parent, job(), label, on_done=show, context=context)
    operation.failed.connect(lambda _error: shutil.rmtree(folder, ignore_errors=True))
    operation.cancelled.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
    return operation


# Keeps parentless previews alive until they close.
_OPEN: set[PdfPreviewDialog] = set()

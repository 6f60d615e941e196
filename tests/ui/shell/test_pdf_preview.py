"""The app-wide PDF preview: pages shown, zoom, printing (to a PDF-file printer, the print
dialog bypassed), copies, save as, and building a document off the GUI thread."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from microcourt.errors import UserError
from microcourt.paths import safe_file_name
from ui.common.pdf_preview import PdfPreviewDialog, preview_document


def write_pages(path: Path, pages: int) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 48)
        pdf.drawString(100, 700, f"Page {number}")
        pdf.showPage()
    pdf.save()
    return path


def pages_of(path: Path) -> int:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document.pageCount()


def pdf_printer(path: Path, copies: int = 1) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setCopyCount(copies)
    return printer


@pytest.fixture
def three_pages(tmp_path) -> Path:
    return write_pages(tmp_path / "three.pdf", 3)


def test_preview_shows_every_page_and_the_count(qtbot, three_pages):
    dialog = PdfPreviewDialog(three_pages, "Test document")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count() == 3
    assert "3" in dialog.page_label.text()
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.windowTitle() == "Test document"


def test_zoom_in_out_and_fit_width(qtbot, three_pages):
    dialog = PdfPreviewDialog(three_pages, "Zoom")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.view.setZoomMode(QPdfView.ZoomMode.Custom)
    dialog.view.setZoomFactor(1.0)
    dialog.zoom_in()
    assert dialog.view.zoomFactor() == pytest.approx(1.25)
    dialog.zoom_out()
    dialog.zoom_out()
    assert dialog.view.zoomFactor() == pytest.approx(0.8)
    dialog.fit_width()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_printing_to_a_pdf_file_gives_the_same_pages(qtbot, three_pages, tmp_path):
    dialog = PdfPreviewDialog(three_pages, "Print me")
    qtbot.addWidget(dialog)
    printed = tmp_path / "printed.pdf"
    assert dialog.print_to(pdf_printer(printed)) == 3
    assert pages_of(printed) == 3


def test_copies_are_preset_and_honoured(qtbot, three_pages, tmp_path):
    dialog = PdfPreviewDialog(three_pages, "Agreement", copies=3)
    qtbot.addWidget(dialog)
    assert dialog.make_printer().copyCount() == 3  # what the print dialog starts from
    printed = tmp_path / "copies.pdf"
    printer = pdf_printer(printed, copies=3)
    assert not printer.supportsMultipleCopies()  # the PDF writer: we repeat the pages
    dialog.print_to(printer)
    assert pages_of(printed) == 9


def test_print_dialog_cancelled_prints_nothing(qtbot, three_pages, monkeypatch):
    from ui.common import pdf_preview

    monkeypatch.setattr(pdf_preview.QPrintDialog, "exec", lambda self: 0)
    painted = []
    monkeypatch.setattr(pdf_preview, "paint_pdf", lambda *args: painted.append(args))
    dialog = PdfPreviewDialog(three_pages, "Cancelled")
    qtbot.addWidget(dialog)
    dialog.print_document()
    assert painted == []


def test_save_as_copies_the_file_and_adds_the_extension(qtbot, three_pages, tmp_path):
    dialog = PdfPreviewDialog(three_pages, "Save")
    qtbot.addWidget(dialog)
    assert dialog.save_to(tmp_path / "copy")
    assert (tmp_path / "copy.pdf").read_bytes() == three_pages.read_bytes()


def test_save_into_a_missing_folder_says_so(qtbot, three_pages, tmp_path, message_boxes):
    dialog = PdfPreviewDialog(three_pages, "Save")
    qtbot.addWidget(dialog)
    assert not dialog.save_to(tmp_path / "no-such-folder" / "x.pdf")
    assert "no-such-folder" in message_boxes.texts("warning")[0]


def test_file_names_from_titles_with_slashes():
    assert safe_file_name("上田微调〔2026〕第1号/协议: 𠮷祥", suffix=".pdf") == \
        "上田微调〔2026〕第1号_协议_ 𠮷祥.pdf"
    assert safe_file_name("..", suffix=".pdf") == "未命名.pdf"


def test_preview_document_builds_off_thread_and_cleans_up(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    built = []

    def build(path: Path) -> None:
        built.append(path)
        write_pages(path, 2)

    operation = preview_document(parent, build, "两页", copies=2)
    with qtbot.waitSignal(operation.finished, timeout=10000):
        pass
    dialog = parent.findChild(PdfPreviewDialog)
    assert dialog is not None and dialog.page_count() == 2 and dialog.copies == 2
    folder = built[0].parent
    assert folder.exists()
    dialog.reject()
    assert not folder.exists()


def test_preview_document_shows_a_build_error(qtbot, message_boxes):
    parent = QWidget()
    qtbot.addWidget(parent)
    made = []

    def build(path: Path) -> None:
        made.append(path)
        raise UserError("字体中没有“\U000F0000”这个字，无法打印。")

    operation = preview_document(parent, build, "坏")
    with qtbot.waitSignal(operation.finished, timeout=10000):
        pass
    assert message_boxes.texts("warning") == ["字体中没有“\U000F0000”这个字，无法打印。"]
    assert parent.findChild(PdfPreviewDialog) is None
    assert not made[0].parent.exists()


def test_printing_and_saving_are_reported_for_the_audit_log(qtbot, tmp_path, context):
    parent = QWidget()
    qtbot.addWidget(parent)
    announced = []
    context.events.changed.connect(lambda changes, _initiator: announced.append(changes))
    operation = preview_document(parent, lambda path: write_pages(path, 2), "调解协议书",
                                 copies=3, context=context)
    with qtbot.waitSignal(operation.finished, timeout=10000):
        pass
    dialog = parent.findChild(PdfPreviewDialog)
    dialog.print_to(pdf_printer(tmp_path / "printed.pdf", copies=3))
    dialog.save_to(tmp_path / "kept.pdf")
    rows = context.services.audit.query()
    assert [(r.action, r.details.get("title"), r.details.get("copies")) for r in rows[:2]] \
        == [("document.save", "调解协议书", 1), ("document.print", "调解协议书", 3)]
    assert [changes.kinds() for changes in announced] == [{"audit"}, {"audit"}]
    dialog.reject()

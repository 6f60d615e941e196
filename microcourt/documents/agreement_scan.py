"""The scanned signed agreement: checking a file the liaison attaches, and making the
document the packet binds from it.

The court confirms the agreement the parties signed and fingerprinted (人民调解法 29),
so the packet carries its scan, not only the text printed for signing. A scanner gives
a PDF or one JPEG/PNG per page. A PDF is rewritten by pypdf (no object streams, each
page with its inherited resources, annotations dropped) into the form the packet's
binder reads (documents.filing_combine); an image is placed on its own A4 page, as
large as the margins allow, with the page numbers of the other documents.
"""
from __future__ import annotations

import io

from microcourt.documents.filing_combine import ParsedPdf, UnsupportedPdf, merge, parse_pdf
from microcourt.documents.inputs.filing import ScanFile
from microcourt.errors import ValidationError

TITLE = "人民调解协议书（签署原件扫描件）"
PDF, JPEG, PNG = "application/pdf", "image/jpeg", "image/png"
MAX_BYTES = 50 * 1024 * 1024   # a 77-row agreement scanned at 300 dpi stays well below
_MAGIC = ((b"%PDF-", PDF), (b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG))


def inspect_scan(file_name: str, data: bytes) -> ScanFile:
    """The file as a ScanFile, or ValidationError (field "scan") saying in Chinese why
    it cannot be bound: not a PDF/JPEG/PNG, damaged, password-protected, empty, too big."""
    if not data:
        raise ValidationError("scan", f"扫描件“{file_name}”是空文件，请重新扫描。")
    if len(data) > MAX_BYTES:
        raise ValidationError("scan", f"扫描件“{file_name}”超过50MB，请用较低分辨率（如300dpi）"
                                      "重新扫描。")
    kind = next((media for magic, media in _MAGIC if data.startswith(magic)), None)
    if kind is None:
        raise ValidationError("scan", f"“{file_name}”不是PDF、JPEG或PNG文件：请用扫描仪导出"
                                      "为PDF或图片后再附上。")
    try:
        if kind == PDF:
            pages = len(_pdf_parts(data).pages)
        else:
            _image_size(data)  # readable, or refused
            pages = 1
    except UnsupportedPdf as exc:
        raise ValidationError("scan", f"扫描件“{file_name}”无法读取（{exc}），请重新扫描导出。"
                              ) from None
    return ScanFile(file_name, kind, data, pages)


def scan_document(files: tuple[ScanFile, ...]) -> ParsedPdf:
    """The scan's files as one document, pages in the order attached."""
    return merge([_pdf_parts(f.content) if f.media_type == PDF else _image_pdf(f)
                  for f in files])


def _pdf_parts(data: bytes) -> ParsedPdf:
    from pypdf import PdfReader, PdfWriter  # noqa: PLC0415 - only when a scan is bound
    from pypdf.errors import PdfReadError  # noqa: PLC0415
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise UnsupportedPdf("文件设有密码")
        writer = PdfWriter()
        for page in reader.pages:
            added = writer.add_page(page)
            added.pop("/Annots", None)   # links and notes point outside the pages
        out = io.BytesIO()
        writer.write(out)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise UnsupportedPdf("文件已损坏") from exc
    parsed = parse_pdf(out.getvalue())
    if not parsed.pages:
        raise UnsupportedPdf("没有页面")
    return parsed


def _image_size(data: bytes) -> tuple[int, int]:
    from PIL import Image, UnidentifiedImageError  # noqa: PLC0415

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
            return image.size
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError) as exc:
        raise UnsupportedPdf("图片已损坏") from exc


def _image_pdf(scan: ScanFile) -> ParsedPdf:
    """The image on one A4 page, scaled to fit within the margins."""
    from reportlab.platypus import Image  # noqa: PLC0415

    from microcourt.documents.builder import render_pdf  # noqa: PLC0415
    from microcourt.documents.styles import (  # noqa: PLC0415
        MARGIN_BOTTOM,
        MARGIN_LEFT,
        MARGIN_RIGHT,
        MARGIN_TOP,
        PAGE_SIZE,
        document_styles,
    )

    styles = document_styles(False)
    width, height = _image_size(scan.content)
    # the frame's own padding (6 pt each side) and a little slack, or reportlab
    # moves the picture to a page of its own
    room_w = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT - 14
    room_h = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM - 14
    scale = min(room_w / width, room_h / height)
    buffer = io.BytesIO()
    render_pdf(buffer, [Image(io.BytesIO(scan.content), width * scale, height * scale)],
               title=TITLE, styles=styles)
    return parse_pdf(buffer.getvalue())

"""Legal documents as PDF (reportlab), in Chinese, with the bundled CJK fonts.

One module per document (consent_notice, ...); shared pieces:
fonts (bundled fonts, per-character fallback, MissingGlyphError), text (escaped
Paragraph markup and canvas strings), styles (normal / large-print styles, page
geometry), builder (numbered A4 pages, atomic writes), signatures (signature lines,
dates and fingerprint boxes).
"""
from microcourt.documents.builder import build_pdf, heading, render_pdf, write_atomically
from microcourt.documents.fonts import MissingGlyphError, register_fonts
from microcourt.documents.signatures import SignatureBlock, SignatureRow
from microcourt.documents.styles import DocumentStyles, document_styles
from microcourt.documents.text import check_printable, draw_string, paragraph, paragraph_markup

__all__ = [
    "MissingGlyphError", "DocumentStyles", "SignatureBlock", "SignatureRow", "build_pdf",
    "check_printable", "document_styles", "draw_string", "heading", "paragraph",
    "paragraph_markup", "register_fonts", "render_pdf", "write_atomically",
]

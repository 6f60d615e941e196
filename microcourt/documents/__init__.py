"""Legal documents as PDF (reportlab), in Chinese, with the bundled CJK fonts, made from
plain data and never from the services (tests/core/test_layering.py).

inputs/   the plain dataclasses each document is made from (the services fill them)
parts/    the pieces every document shares: party particulars, signature blocks, tables
One module per document (agreement, filing_application, consent_notice, ...); shared
machinery: fonts (bundled fonts, per-character fallback, MissingGlyphError), text
(escaped Paragraph markup, canvas strings), linebreak (where a line may break), styles
(normal / large print, page geometry), builder (numbered A4 pages, the layout rules,
atomic writes), filing_combine (binding rendered PDFs into one).

This package imports nothing itself: the services import documents.inputs (plain data)
without loading reportlab, which only a document module pulls in when it is used.
"""

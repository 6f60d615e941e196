"""Bulk import of parties from .xlsx / .csv (preview, then an all-or-nothing job)."""
from microcourt.importers.party_import import (
                                               ConsentRequired,
                                               ImportPreview,
                                               MissingColumns,
                                               PreviewRow,
                                               import_parties,
                                               preview,
)
from microcourt.importers.report import ImportReport, Problem

__all__ = ["ConsentRequired", "ImportPreview", "ImportReport", "MissingColumns", "PreviewRow",
           "Problem", "import_parties", "preview"]

"""Plain data about the scanned signed agreement of a version (no file contents)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ScanFileInfo:
    file_name: str
    media_type: str       # application/pdf, image/jpeg, image/png
    pages: int
    size_bytes: int
    sha256: str


@dataclass(frozen=True)
class ScanInfo:
    """What the agreement page shows: the files in binding order, when and by whom."""

    agreement_id: int
    files: tuple[ScanFileInfo, ...]
    attached_at: datetime
    attached_by: str

    @property
    def pages(self) -> int:
        return sum(f.pages for f in self.files)

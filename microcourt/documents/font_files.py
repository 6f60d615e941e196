"""Reading a bundled font file, for the PDFs (documents.fonts) and the window (ui.fonts)
alike; light to import (no reportlab).

The two large rare-character faces are kept gzip-compressed in resources/fonts (37 MB
-> 18 MB of the installer's 220 MB budget) and unpacked in memory when first needed
(~0.2 s); the primary faces are read as they are, as every document needs them.
"""
from __future__ import annotations

import gzip
from pathlib import Path


def font_bytes(path: Path) -> bytes:
    """The TrueType data of a bundled font file, compressed or not."""
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data

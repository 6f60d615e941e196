"""packaging/ is not a package: its modules are imported the way the spec imports them."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))

import manifest  # noqa: E402
import trim  # noqa: E402
import version_info  # noqa: E402

__all__ = ["ROOT", "PACKAGING", "manifest", "trim", "version_info"]

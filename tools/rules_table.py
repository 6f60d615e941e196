#!/usr/bin/env python3
"""Print, or write into README.md, the permission review table generated from the rule
decorators on the service methods (microcourt/services/kernel/review.py).

    .venv/bin/python tools/rules_table.py           print the table
    .venv/bin/python tools/rules_table.py --write   replace the README's copy

tests/core/accounts/test_permissions.py fails while the README's copy is stale.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
sys.path.insert(0, str(ROOT))

from microcourt.services import open_services  # noqa: E402
from microcourt.services.kernel.review import markdown_table, with_table  # noqa: E402


def current_table() -> str:
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder) / "data")
        try:
            return markdown_table(services)
        finally:
            services.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update README.md in place")
    args = parser.parse_args(argv)
    table = current_table()
    if not args.write:
        print(table)
        return 0
    text = README.read_text(encoding="utf-8")
    updated = with_table(text, table)
    if updated != text:
        README.write_text(updated, encoding="utf-8")
        print(f"updated {README.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

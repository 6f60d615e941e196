"""Shared output helpers for CLI commands."""
from __future__ import annotations

import json
import sys
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal


def _default(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if is_dataclass(value):
        return asdict(value)
    raise TypeError(f"not JSON-serialisable: {type(value)!r}")


def print_json(payload) -> None:
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    print("\t".join(headers))
    for row in rows:
        print("\t".join("" if cell is None else str(cell) for cell in row))

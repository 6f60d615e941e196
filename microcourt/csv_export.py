"""CSV files the program writes for a spreadsheet to open: no cell may become a formula.

OWASP's rule (CSV injection): a text value beginning with = + - @, a tab or a carriage
return is prefixed with an apostrophe, which Excel, WPS and LibreOffice show as text and
do not evaluate; `=cmd|'/C calc'!A0` stays a string. Numbers are written as they are.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(rows: Iterable[Iterable]) -> str:
    """The rows as CSV text, every cell neutralised (quoted where csv needs it)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([neutralise(value) for value in row])
    return buffer.getvalue()

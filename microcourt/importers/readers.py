"""Read a party list from .xlsx or .csv into a header and numbered data rows.

Cells come back as text (or `date` for date cells of an .xlsx), `None` when blank.
Numbers that Excel stored as numbers are turned into the text the liaison sees; a number
of 16 or more digits held as a floating-point value has lost its last digits (Excel keeps
15 significant digits), so it comes back as `LostDigits` text and the importer refuses it
where an ID number is expected.
"""
from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from microcourt.errors import UserError

Cell = str | date | None

# Excel keeps 15 significant digits: a float at or above 10**15 cannot hold an
# 18-digit ID number (or anything else of 16+ digits) exactly.
_EXACT_FLOAT_LIMIT = 10 ** 15
_CSV_DELIMITERS = ",\t;"


class LostDigits(str):
    """Text of a cell that Excel stored as a float too large to keep every digit,
    e.g. `3.30185E+17` for an ID number typed into a column not formatted as text."""


@dataclass(frozen=True)
class DataRow:
    number: int  # the row number the spreadsheet shows (1-based)
    cells: tuple[Cell, ...]

    def cell(self, index: int) -> Cell:
        return self.cells[index] if index < len(self.cells) else None


@dataclass(frozen=True)
class Table:
    """The first non-blank row is the header; data rows keep their spreadsheet row
    numbers so a report can say 第N行. Rows are read lazily: `rows()` streams them."""

    path: Path
    header: tuple[str, ...]
    header_row: int
    _rows: Callable[[], Iterator[DataRow]]

    def rows(self) -> Iterator[DataRow]:
        return self._rows()


def open_table(path: str | Path) -> Table:
    """Read the header of `path` (.xlsx or .csv); data rows are read by `Table.rows()`.
    Raises UserError with a Chinese message for a missing, locked, empty or unreadable
    file, an old .xls file, or a CSV that is neither UTF-8 nor GBK/GB18030."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise UserError(f"“{path.name}”是旧版Excel（.xls）文件，暂不支持。"
                        "请在Excel中“另存为”Excel工作簿（.xlsx）或CSV后再导入。")
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise UserError(f"“{path.name}”不是Excel（.xlsx）或CSV文件，无法导入。")
    if not path.is_file():
        raise UserError(f"找不到文件“{path}”。")
    reader = _xlsx_rows if suffix in (".xlsx", ".xlsm") else _csv_rows
    numbered = lambda: _non_blank(reader(path))  # noqa: E731 - re-readable row source
    first = next(numbered(), None)
    if first is None:
        raise UserError(f"文件“{path.name}”是空的，没有表头也没有数据。")
    header = tuple(_header_text(cell) for cell in first.cells)
    return Table(path, header, first.number,
                 lambda: (row for row in numbered() if row.number > first.number))


def _non_blank(rows: Iterator[DataRow]) -> Iterator[DataRow]:
    for row in rows:
        if any(cell is not None for cell in row.cells):
            yield row


def _header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    return cell.isoformat() if isinstance(cell, date) else str(cell)


def cell_value(raw) -> Cell:
    """One spreadsheet value as the importer wants it (see the module docstring)."""
    if raw is None:
        return None
    if isinstance(raw, bool):  # before int: bool is an int
        return "是" if raw else "否"
    if isinstance(raw, datetime):
        return raw.date() if raw.time() == time(0, 0) else raw.strftime("%Y-%m-%d %H:%M")
    if isinstance(raw, date):
        return raw
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, float):
        return _float_text(raw)
    if isinstance(raw, time):
        return raw.strftime("%H:%M")
    text = str(raw).strip()
    return text or None


def _float_text(value: float) -> str:
    # 15 significant digits is what Excel displays; this also turns 0.1+0.2 into 0.3.
    text = format(value, ".15g").upper()
    if abs(value) >= _EXACT_FLOAT_LIMIT:
        return LostDigits(text)
    return text


def _xlsx_rows(path: Path) -> Iterator[DataRow]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as exc:
        raise _unreadable(path, exc) from None
    try:
        sheet = book.worksheets[0]
        # Some programs write a wrong <dimension>; without this, read-only mode would
        # stop at the row it names. Gaps still come back as empty rows, so numbers hold.
        sheet.reset_dimensions()
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield DataRow(number, tuple(cell_value(v) for v in values))
    finally:
        book.close()


def _csv_rows(path: Path) -> Iterator[DataRow]:
    text = decode_csv_bytes(_read_bytes(path), path.name)
    dialect = _sniff(text)
    lines = io.StringIO(text, newline="")
    # Numbered by record, not physical line: a quoted cell may span several lines, and
    # Excel shows each record as one row, which is the number the liaison looks for.
    for number, values in enumerate(csv.reader(lines, dialect), start=1):
        yield DataRow(number, tuple(cell_value(v) for v in values))


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except PermissionError:
        raise UserError(f"无法读取“{path.name}”：文件可能正被Excel等程序打开，"
                        "请先关闭后再导入。") from None
    except OSError as exc:
        raise _unreadable(path, exc) from None


def decode_csv_bytes(data: bytes, name: str) -> str:
    """UTF-8 (with or without the BOM Excel adds for “CSV UTF-8”), else GB18030, the
    superset of GBK that Excel on a Chinese Windows writes for plain “CSV”."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")  # Excel's “Unicode text” export
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise UserError(f"无法识别“{name}”的文字编码（既不是UTF-8也不是GBK）。"
                        "请在Excel中“另存为”“CSV UTF-8（逗号分隔）”后再导入。") from None


def _sniff(text: str) -> type[csv.Dialect] | csv.Dialect:
    sample = text[:4096]
    try:
        return csv.Sniffer().sniff(sample.split("\n", 1)[0] or sample,
                                   delimiters=_CSV_DELIMITERS)
    except csv.Error:
        return csv.excel


def _unreadable(path: Path, exc: Exception) -> UserError:
    return UserError(f"无法打开“{path.name}”：它不是有效的Excel（.xlsx）文件，"
                     f"或者已经损坏（{type(exc).__name__}）。")

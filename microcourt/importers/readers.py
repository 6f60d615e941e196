"""Read a party list from .xlsx or .csv into a header and numbered data rows.

Cells come back as text (or `date` for date cells of an .xlsx), `None` when blank.
Numbers that Excel stored as numbers are turned into the text the liaison sees; a number
of 16 or more digits held as a floating-point value has lost its last digits (Excel keeps
15 significant digits), so it comes back as `LostDigits` text and the importer refuses it
where an ID number is expected.

Every file is bounded before and while it is read (`Limits`): its size on disk, the
unpacked size of an .xlsx (a zip), the rows, the columns and the characters in one
cell; past a limit the whole file is refused with a Chinese message, never cut short.
Rows stream from disk (openpyxl's read-only mode, a CSV decoded as it is read), so
memory does not grow with the file.
"""
from __future__ import annotations

import csv
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from microcourt.errors import UserError
from microcourt.importers.encoding import UNREADABLE, detect_encoding
from microcourt.validation.text import visible

Cell = str | date | None

# Excel keeps 15 significant digits: a float at or above 10**15 cannot hold an
# 18-digit ID number (or anything else of 16+ digits) exactly.
_EXACT_FLOAT_LIMIT = 10 ** 15
_CSV_DELIMITERS = ",\t;"
_SNIFF_CHARS = 8192


@dataclass(frozen=True)
class Limits:
    """How big a party list may be: a town's register is well inside these."""

    file_bytes: int = 100 * 1024 * 1024
    unpacked_bytes: int = 1024 * 1024 * 1024  # an .xlsx's members, unpacked
    shared_strings_bytes: int = 128 * 1024 * 1024  # openpyxl holds this table in memory
    rows: int = 100_000  # data rows
    sheet_rows: int = 200_000  # rows including blank ones
    columns: int = 100
    cell_chars: int = 2000


LIMITS = Limits()


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


def open_table(path: str | Path, limits: Limits = LIMITS) -> Table:
    """Read the header of `path` (.xlsx or .csv); data rows are read by `Table.rows()`.
    Raises UserError with a Chinese message for a missing, locked, empty or unreadable
    file, an old .xls file, a file past `limits`, or a CSV in no encoding that reads it
    whole (see importers.encoding)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise UserError(f"“{path.name}”是旧版Excel（.xls）文件，暂不支持。"
                        "请在Excel中“另存为”Excel工作簿（.xlsx）或CSV后再导入。")
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise UserError(f"“{path.name}”不是Excel（.xlsx）或CSV文件，无法导入。")
    if not path.is_file():
        raise UserError(f"找不到文件“{path}”。")
    _check_size(path, limits)
    if suffix in (".xlsx", ".xlsm"):
        _check_unpacked(path, limits)
        reader = _xlsx_rows
    else:
        encoding = detect_encoding(path)
        reader = lambda p: _csv_rows(p, encoding)  # noqa: E731
    numbered = lambda: _bounded(reader(path), path.name, limits)  # noqa: E731 - re-readable
    first = next(numbered(), None)
    if first is None:
        raise UserError(f"文件“{path.name}”是空的，没有表头也没有数据。")
    header = tuple(_header_text(cell) for cell in first.cells)
    return Table(path, header, first.number,
                 lambda: (row for row in numbered() if row.number > first.number))


def _check_size(path: Path, limits: Limits) -> None:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _unreadable(path, exc) from None
    if size > limits.file_bytes:
        raise UserError(f"“{path.name}”有{_megabytes(size)}，超过了{_megabytes(limits.file_bytes)}"
                        f"的上限。一次最多导入{limits.rows:,}行：请把名单分成几个文件分别导入。")


def _check_unpacked(path: Path, limits: Limits) -> None:
    """An .xlsx is a zip: a few hundred KB can unpack to gigabytes (a "zip bomb")."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise _unreadable(path, exc) from None
    strings = sum(m.file_size for m in members if m.filename.endswith("sharedStrings.xml"))
    if sum(m.file_size for m in members) > limits.unpacked_bytes \
            or strings > limits.shared_strings_bytes:
        raise UserError(f"“{path.name}”解压后的内容异常庞大（{_megabytes(strings)}文字表），"
                        "不像是一份当事人名单，没有导入。请检查文件，或另存为CSV后再导入。")


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def _bounded(rows: Iterator[DataRow], name: str, limits: Limits) -> Iterator[DataRow]:
    """The non-blank rows, refusing the file at the first row past a limit."""
    data_rows = 0
    for row in rows:
        if row.number > limits.sheet_rows:
            raise UserError(f"“{name}”超过{limits.sheet_rows:,}行（含空行），超出了一次导入的"
                            "上限。请把名单分成几个文件分别导入。")
        if not any(cell is not None for cell in row.cells):
            continue
        data_rows += 1
        if data_rows > limits.rows + 1:  # the header is one of them
            raise UserError(f"“{name}”超过{limits.rows:,}行数据，超出了一次导入的上限。"
                            "请把名单分成几个文件分别导入。")
        _check_row(row, name, limits)
        yield row


def _check_row(row: DataRow, name: str, limits: Limits) -> None:
    width = len(row.cells)
    while width and row.cells[width - 1] is None:
        width -= 1
    if width > limits.columns:
        raise UserError(f"“{name}”第{row.number}行有{width}列，超过{limits.columns}列的上限，"
                        "不像是一份当事人名单。请删除多余的列后再导入。")
    for index, cell in enumerate(row.cells[:width]):
        if isinstance(cell, str) and len(cell) > limits.cell_chars:
            raise UserError(f"“{name}”第{row.number}行第{index + 1}列有{len(cell):,}个字，"
                            f"超过每格{limits.cell_chars:,}字的上限。请检查该格是否粘贴错了内容。")


def _header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    return cell.isoformat() if isinstance(cell, date) else visible(str(cell))


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


def _csv_rows(path: Path, encoding: str) -> Iterator[DataRow]:
    try:
        stream = path.open(encoding=encoding, newline="")
    except PermissionError:
        raise UserError(f"无法读取“{path.name}”：文件可能正被Excel等程序打开，"
                        "请先关闭后再导入。") from None
    except OSError as exc:
        raise _unreadable(path, exc) from None
    with stream:
        delimiter = _sniff_delimiter(stream.read(_SNIFF_CHARS))
        stream.seek(0)
        # Excel's dialect: a quote inside a quoted cell is doubled (`"他说""好"""`).
        reader = csv.reader(stream, csv.excel, delimiter=delimiter)
        # Numbered by record, not physical line: a quoted cell may span several lines,
        # and Excel shows each record as one row, the number the liaison looks for.
        try:
            for number, values in enumerate(reader, start=1):
                yield DataRow(number, tuple(cell_value(v) for v in values))
        except csv.Error as exc:  # a cell past csv's own limit: an unclosed quote
            raise UserError(f"“{path.name}”第{reader.line_num}行附近的格式不对（{exc}），"
                            "可能有一个引号没有配对。请在Excel中打开并重新另存为CSV。") from None
        except UnicodeDecodeError:
            raise UserError(UNREADABLE.format(name=path.name)) from None


def _sniff_delimiter(sample: str) -> str:
    """Only the delimiter is guessed (from the header line): the Sniffer's guess of the
    quoting rules, made from a line without quotes, would turn off doubled quotes."""
    try:
        return csv.Sniffer().sniff(sample.split("\n", 1)[0] or sample,
                                   delimiters=_CSV_DELIMITERS).delimiter
    except csv.Error:
        return ","


def _unreadable(path: Path, exc: Exception) -> UserError:
    return UserError(f"无法打开“{path.name}”：它不是有效的Excel（.xlsx）文件，"
                     f"或者已经损坏（{type(exc).__name__}）。")

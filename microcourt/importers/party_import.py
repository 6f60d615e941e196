"""Bulk import of parties from .xlsx / .csv: all or nothing, with a per-row report.

Typical use (the Qt dialog): `preview(path)` to show the column mapping and the first
rows, then run `import_parties(...)` as a job: it yields Progress and returns an
ImportReport. Every row is validated, and duplicates checked within the file and against
the database, inside the one transaction that writes them (`bulk_create`), so a refused
file or closing the generator (cancel) at any yield leaves the database untouched.
"""
from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from microcourt.errors import UserError
from microcourt.importers.columns import ColumnMapping, build_mapping
from microcourt.importers.party_rows import shown_text
from microcourt.importers.readers import DataRow, open_table
from microcourt.importers.report import ImportReport, Problem
from microcourt.importers.row_checks import ChunkChecks
from microcourt.services.kernel.progress import Progress
from microcourt.services.parties.dto import ConsentRecord
from microcourt.timeutil import today_local
from microcourt.validation.idcard import mask_id
from microcourt.validation.text import visible

PREVIEW_ROWS = 20
CHUNK = 1000  # rows validated, looked up and inserted together
_ID_KEYS = ("id_number", "credit_code")


class MissingColumns(UserError):
    """A required column is missing: raised before any data row is read."""

    def __init__(self, file_name: str, missing: tuple[str, ...]):
        super().__init__(f"“{file_name}”无法导入：" + "".join(missing))
        self.missing = missing


class ConsentRequired(UserError):
    pass


@dataclass(frozen=True)
class PreviewRow:
    number: int  # spreadsheet row number
    values: tuple[str, ...]  # one per header, ID numbers masked


@dataclass(frozen=True)
class ImportPreview:
    file_name: str
    header: tuple[str, ...]
    header_row: int
    mapping: ColumnMapping  # `mapping.missing` non-empty: the import will refuse
    rows: tuple[PreviewRow, ...]  # the first PREVIEW_ROWS data rows
    total_rows: int
    has_id_numbers: bool  # the import then needs the consent declaration

    @property
    def can_import(self) -> bool:
        return not self.mapping.missing and self.total_rows > 0


def preview(path: str | Path, sample_size: int = PREVIEW_ROWS,
            overrides: dict[int, str | None] | None = None) -> ImportPreview:
    """Read `path` for the preview dialog, streaming: only the sample is kept. Raises
    UserError if the file is unreadable or too big; missing required columns are shown
    in `mapping.missing`, not raised."""
    table = open_table(path)
    mapping = build_mapping(table.header, overrides)
    id_columns = {mapping.column(k).index for k in _ID_KEYS if mapping.has(k)}
    id_column = mapping.column("id_number")
    sample, total, has_ids = [], 0, False
    for row in table.rows():
        total += 1
        if len(sample) < sample_size:
            sample.append(PreviewRow(row.number,
                                     _preview_values(row, len(table.header), id_columns)))
        has_ids = has_ids or (id_column is not None and row.cell(id_column.index) is not None)
    return ImportPreview(table.path.name, table.header, table.header_row, mapping,
                         tuple(sample), total, has_ids)


def _preview_values(row: DataRow, width: int, id_columns: set[int]) -> tuple[str, ...]:
    values = [visible(shown_text(row.cell(i))) for i in range(width)]
    return tuple(mask_id(v) if i in id_columns else v for i, v in enumerate(values))


class _Refused(Exception):
    """Raised inside the write transaction to roll it back: the report has errors."""


def import_parties(services, path: str | Path, consent_on_file: bool,
                   today: date | None = None,
                   overrides: dict[int, str | None] | None = None,
                   ) -> Generator[Progress, None, ImportReport]:
    """Import every row of `path` as a party, or none. `consent_on_file` is the
    liaison's declaration that a signed consent form (个人信息保护法 art. 13-14) is on
    file for every person listed; a file with ID numbers is refused without it.
    Raises UserError for an unreadable file, missing columns or missing consent; row
    problems come back in the report, with nothing written.

    Rows stream from the file in chunks: each chunk is converted, validated, checked
    for duplicates (within the file and against the register) and, while no row has
    failed, written with one INSERT, all inside one transaction that commits only
    when the last row has passed. Progress has total 0 (the row count is not known
    before the end); closing the generator (cancel) rolls everything back."""
    today = today or today_local()
    table = open_table(path)
    mapping = build_mapping(table.header, overrides)
    if mapping.missing:
        raise MissingColumns(table.path.name, mapping.missing)
    report = ImportReport(table.path.name, warnings=_file_warnings(mapping))
    consent = ConsentRecord(on=today, form="paper") if consent_on_file else None
    try:
        with services.parties.bulk_create(consent) as writer:
            checks = ChunkChecks(writer, mapping, today, report)
            for chunk in _chunks(table.rows()):
                if not consent_on_file:
                    _refuse_without_consent(chunk, mapping, table.path.name)
                items = checks.run(chunk)
                if report.ok:
                    writer.insert([item.validated for item in items])
                yield Progress(report.rows_read, 0, f"已检查{report.rows_read}行…")
            if not report.rows_read:
                raise UserError(f"“{table.path.name}”只有表头，没有数据行。")
            if not report.ok:
                raise _Refused
            checks.finish()
            yield Progress(report.rows_read, report.rows_read,
                           f"正在保存{report.rows_read}位当事人…")
    except _Refused:
        report.errors.sort(key=lambda p: (p.row or 0))
        return report
    report.imported_ids = list(writer.ids)
    return report


def _chunks(rows: Iterable[DataRow]) -> Iterator[list[DataRow]]:
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _refuse_without_consent(chunk: list[DataRow], mapping: ColumnMapping,
                            file_name: str) -> None:
    column = mapping.column("id_number")
    if column is not None and any(row.cell(column.index) is not None for row in chunk):
        raise ConsentRequired(
            f"“{file_name}”中有身份证号码。依照个人信息保护法，保存身份证号码前须取得本人"
            "同意：请确认名单上每个人都已签署书面同意书并存档，然后勾选"
            "“已存档书面同意书”（命令行加 --consent-on-file）再导入。")


def _file_warnings(mapping: ColumnMapping) -> list[Problem]:
    warnings = [Problem(None, "", "", note) for note in mapping.notes]
    for column in mapping.ignored:
        if column.spec is None:
            warnings.append(Problem(None, column.title, "", f"不认识“{column.title}”列，"
                                                            "该列没有导入。"))
    return warnings



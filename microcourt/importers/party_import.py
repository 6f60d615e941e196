"""Bulk import of parties from .xlsx / .csv: all or nothing, with a per-row report.

Typical use (the Qt dialog): `preview(path)` to show the column mapping and the first
rows, then run `import_parties(...)` as a job: it yields Progress and returns an
ImportReport. Every row is validated, and duplicates checked within the file and against
the database, before anything is written; the write is one `create_many` transaction, so
closing the generator (cancel) at any yield leaves the database untouched.
"""
from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from microcourt.errors import UserError, ValidationError, ValidationErrors
from microcourt.importers.columns import FIELDS, ColumnMapping, build_mapping
from microcourt.importers.party_rows import RowDraft, convert_row, shown_text
from microcourt.importers.readers import DataRow, Table, open_table
from microcourt.importers.report import ImportReport, Problem
from microcourt.services.kernel.progress import Progress
from microcourt.services.parties.dto import ConsentRecord
from microcourt.services.parties.rules import validate_draft
from microcourt.timeutil import today_local
from microcourt.validation.idcard import mask_id

PREVIEW_ROWS = 20
_READ_STEP = 200  # rows between progress reports while reading
_CHECK_STEP = 10
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
    """Read `path` for the preview dialog. Raises UserError if the file is unreadable;
    missing required columns are shown in `mapping.missing`, not raised."""
    table = open_table(path)
    mapping = build_mapping(table.header, overrides)
    rows = list(table.rows())
    id_columns = {mapping.column(k).index for k in _ID_KEYS if mapping.has(k)}
    sample = tuple(PreviewRow(row.number, _preview_values(row, len(table.header), id_columns))
                   for row in rows[:sample_size])
    return ImportPreview(table.path.name, table.header, table.header_row, mapping, sample,
                         len(rows), _has_id_numbers(rows, mapping))


def _preview_values(row: DataRow, width: int, id_columns: set[int]) -> tuple[str, ...]:
    values = [shown_text(row.cell(i)) for i in range(width)]
    return tuple(mask_id(v) if i in id_columns else v for i, v in enumerate(values))


def import_parties(services, path: str | Path, consent_on_file: bool,
                   today: date | None = None,
                   overrides: dict[int, str | None] | None = None,
                   ) -> Generator[Progress, None, ImportReport]:
    """Import every row of `path` as a party, or none. `consent_on_file` is the
    liaison's declaration that a signed consent form (个人信息保护法 art. 13-14) is on
    file for every person listed; a file with ID numbers is refused without it.
    Raises UserError for an unreadable file, missing columns or missing consent; row
    problems come back in the report, with nothing written. While reading, Progress
    has total 0 (the row count is not known yet); then it counts the rows checked."""
    today = today or today_local()
    table = open_table(path)
    mapping = build_mapping(table.header, overrides)
    if mapping.missing:
        raise MissingColumns(table.path.name, mapping.missing)
    report = ImportReport(table.path.name, warnings=_file_warnings(mapping))
    rows = yield from _read_rows(table)
    report.rows_read = len(rows)
    if not rows:
        raise UserError(f"“{table.path.name}”只有表头，没有数据行。")
    consent = _consent(rows, mapping, consent_on_file, today, table.path.name)
    converted = yield from _validate(rows, mapping, today, report)
    _report_duplicates_in_file(converted, report)
    _report_already_registered(services, converted, report)
    if report.errors:
        report.errors.sort(key=lambda p: (p.row or 0))
        return report
    yield Progress(len(rows), len(rows), f"正在保存{len(rows)}位当事人…")
    try:
        report.imported_ids = list(services.parties.create_many(
            [item.draft for item in converted], consent))
    except ValidationErrors as exc:  # e.g. registered meanwhile from another window
        report.errors += [_write_problem(converted, e) for e in exc.errors]
    return report


def _write_problem(converted: list[RowDraft], error: ValidationError) -> Problem:
    """A refusal of `create_many`: a DraftError names the draft's index, i.e. the row."""
    index = getattr(error, "index", None)
    if index is None:
        return Problem(None, "", "", error.message)
    attribute = getattr(error, "attribute", error.field)
    return _problem(converted[index], ValidationError(attribute, error.detail))


def _file_warnings(mapping: ColumnMapping) -> list[Problem]:
    warnings = [Problem(None, "", "", note) for note in mapping.notes]
    for column in mapping.ignored:
        if column.spec is None:
            warnings.append(Problem(None, column.title, "", f"不认识“{column.title}”列，"
                                                            "该列没有导入。"))
    return warnings


def _read_rows(table: Table):
    rows = []
    for row in table.rows():
        rows.append(row)
        if len(rows) % _READ_STEP == 0:
            yield Progress(len(rows), 0, f"正在读取第{row.number}行…")
    return rows


def _has_id_numbers(rows: list[DataRow], mapping: ColumnMapping) -> bool:
    column = mapping.column("id_number")
    return column is not None and any(row.cell(column.index) is not None for row in rows)


def _consent(rows, mapping, consent_on_file: bool, today: date, file_name: str):
    if consent_on_file:
        return ConsentRecord(on=today, form="paper")
    if _has_id_numbers(rows, mapping):
        raise ConsentRequired(
            f"“{file_name}”中有身份证号码。依照个人信息保护法，保存身份证号码前须取得本人"
            "同意：请确认名单上每个人都已签署书面同意书并存档，然后勾选"
            "“已存档书面同意书”（命令行加 --consent-on-file）再导入。")
    return None


def _validate(rows: list[DataRow], mapping, today: date, report: ImportReport):
    converted, defaulted = [], 0
    for done, row in enumerate(rows, start=1):
        item = convert_row(row, mapping)
        problems = list(item.errors)
        try:
            item.validated = validate_draft(item.draft, today=today)
        except ValidationErrors as exc:
            problems += _new_problems(item, problems, exc.errors)
        else:
            report.warnings += [_problem(item, w) for w in item.validated.warnings]
            defaulted += item.validated.service_address_defaulted
        report.errors += [_problem(item, e) for e in problems]
        item.bad_fields = {e.field for e in problems}
        converted.append(item)
        if done % _CHECK_STEP == 0 or done == len(rows):
            yield Progress(done, len(rows), f"正在检查第{row.number}行…")
    if defaulted:  # one line, not one per row: most lists have no 送达地址 column
        report.warnings.append(Problem(None, "", "", f"{defaulted}行没有填写送达地址，"
                                                     "已按户籍地址（单位住所）填写。"))
    return converted


def _new_problems(item: RowDraft, found: list[ValidationError],
                  errors: list[ValidationError]) -> list[ValidationError]:
    """The rules' errors not already reported by the conversion of the same field. A
    bad ID number also makes the rules ask for the gender (which they would otherwise
    read from the number); when the file gave a gender, that request is noise."""
    seen = {e.field for e in found}
    bad_id = any(e.field == "id_number" for e in found + errors)
    return [e for e in errors if e.field not in seen
            and not (bad_id and e.field == "gender" and item.draft.gender)]


def _problem(item: RowDraft, error: ValidationError) -> Problem:
    """Report a draft-field error against the column of the file that fed the field."""
    column = item.sources.get(error.field)
    title = column.title if column else _field_title(error.field)
    return Problem(item.row.number, title, item.shown.get(error.field, ""), error.message)


def _field_title(draft_field: str) -> str:
    return next((s.cn for s in FIELDS if s.draft_field == draft_field), draft_field)


def _identity(item: RowDraft) -> tuple[str, str] | None:
    """(id_type, number) as the rules normalised them, or as typed when another field
    of the row failed; None when the number itself is bad or missing."""
    if item.validated is not None:
        return (item.validated.id_type, item.validated.id_number) \
            if item.validated.id_number else None
    if not item.draft.id_number or item.bad_fields & {"id_number", "id_type", "kind"}:
        return None
    return item.draft.id_type, "".join(item.draft.id_number.split()).upper()


def _usable_identities(converted: list[RowDraft], report: ImportReport):
    """(identity, item) for the rows whose ID number is valid."""
    for item in converted:
        identity = _identity(item)
        if identity and "id_number" in item.sources:
            yield identity, item


def _report_duplicates_in_file(converted: list[RowDraft], report: ImportReport) -> None:
    first_seen: dict[tuple[str, str], list[RowDraft]] = {}
    for identity, item in _usable_identities(converted, report):
        first_seen.setdefault(identity, []).append(item)
    for items in first_seen.values():
        if len(items) < 2:
            continue
        for item in items:
            others = "、".join(f"第{o.row.number}行" for o in items if o is not item)
            report.errors.append(_identity_problem(
                item, f"证件号码与{others}重复：同一个人只能登记一次，请删除重复的行。"))


def _report_already_registered(services, converted, report: ImportReport) -> None:
    pairs = dict(_usable_identities(converted, report))
    if not pairs:
        return
    existing = services.parties.existing_identities(list(pairs))
    for identity, party_id in existing.items():
        item = pairs.get(tuple(identity))
        if item is not None:
            report.errors.append(_identity_problem(
                item, f"此人已经登记过（当事人编号{party_id}），请从名单中删除该行，"
                      "立案时直接选用已登记的当事人。"))


def _identity_problem(item: RowDraft, reason: str) -> Problem:
    """The number itself is valid here, so the report shows it masked."""
    column = item.sources["id_number"]
    return Problem(item.row.number, column.title, mask_id(item.shown["id_number"]), reason)

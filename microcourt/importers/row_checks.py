"""The checks of one chunk of import rows: conversion, the party rules, the same
identity twice in the file, and identities registered already. Each problem goes to
the report against the row and the column of the liaison's own file."""
from __future__ import annotations

from datetime import date

from microcourt.errors import ValidationError, ValidationErrors
from microcourt.importers.columns import FIELDS, ColumnMapping
from microcourt.importers.party_rows import RowDraft, convert_row
from microcourt.importers.readers import DataRow
from microcourt.importers.report import ImportReport, Problem
from microcourt.validation.idcard import mask_id


class ChunkChecks:
    """Carries what spans chunks: the identities seen so far (first row of each) and
    the count of rows whose service address was defaulted."""

    def __init__(self, writer, mapping: ColumnMapping, today: date, report: ImportReport):
        self.writer, self.mapping, self.today, self.report = writer, mapping, today, report
        self.first_row: dict[tuple[str, str], int] = {}
        self.flagged: set[tuple[str, str]] = set()
        self.defaulted = 0

    def run(self, chunk: list[DataRow]) -> list[RowDraft]:
        items = [convert_row(row, self.mapping) for row in chunk]
        results = self.writer.validate([item.draft for item in items], self.today)
        for item, result in zip(items, results, strict=True):
            self._take(item, result)
        self._duplicates_in_file(items)
        self._already_registered(items)
        self.report.rows_read += len(chunk)
        return items

    def finish(self) -> None:
        if self.defaulted:  # one line, not one per row: most lists have no 送达地址 column
            self.report.warnings.append(Problem(None, "", "", f"{self.defaulted}行没有填写"
                                                "送达地址，已按户籍地址（单位住所）填写。"))

    def _take(self, item: RowDraft, result) -> None:
        problems = list(item.errors)
        if isinstance(result, ValidationErrors):
            problems += _new_problems(item, problems, result.errors)
        elif not problems:
            item.validated = result
            self.report.warnings += [_problem(item, w) for w in result.warnings]
            self.defaulted += result.service_address_defaulted
        for error in problems:
            self.report.add_error(_problem(item, error))
        item.bad_fields = {e.field for e in problems}

    def _duplicates_in_file(self, items: list[RowDraft]) -> None:
        for identity, item in _usable_identities(items):
            first = self.first_row.setdefault(identity, item.row.number)
            if first == item.row.number:
                continue
            self.report.add_error(_identity_problem(
                item, f"证件号码与第{first}行重复：同一个人只能登记一次，请删除重复的行。"))
            if identity not in self.flagged:
                self.flagged.add(identity)
                self.report.add_error(_identity_problem(
                    item, f"证件号码与第{item.row.number}行重复：同一个人只能登记一次，"
                          "请删除重复的行。", row=first))
            item.validated = None

    def _already_registered(self, items: list[RowDraft]) -> None:
        pairs = dict(_usable_identities(items))
        if not pairs:
            return
        for identity, (party_id, _name) in self.writer.registered(list(pairs)).items():
            item = pairs.get(tuple(identity))
            if item is not None:
                self.report.add_error(_identity_problem(
                    item, f"此人已经登记过（当事人编号{party_id}），请从名单中删除该行，"
                          "立案时直接选用已登记的当事人。"))
                item.validated = None


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


def _usable_identities(items: list[RowDraft]):
    """(identity, item) for the rows whose ID number is valid."""
    for item in items:
        identity = _identity(item)
        if identity and "id_number" in item.sources:
            yield identity, item


def _identity_problem(item: RowDraft, reason: str, row: int | None = None) -> Problem:
    """The number itself is valid here, so the report shows it masked."""
    column = item.sources["id_number"]
    return Problem(row or item.row.number, column.title, mask_id(item.shown["id_number"]),
                   reason)

"""One import row -> a PartyDraft, remembering which column gave each field so that a
validation error on a draft field can be reported against the file's own column title.

Only the spreadsheet-specific conversions live here (yes/no words, enum words, dates and
numbers that Excel stored as such); the party rules themselves are the service's
(`microcourt.services.parties.rules.validate_draft`)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from microcourt.domain import Gender, IdType, PartyKind, PartyNeed
from microcourt.errors import ValidationError
from microcourt.importers.columns import SPECS, ColumnMapping, MappedColumn
from microcourt.importers.readers import Cell, DataRow, LostDigits
from microcourt.services.parties.dto import PartyDraft, ValidatedParty
from microcourt.validation.dates import parse_date
from microcourt.validation.money import parse_amount
from microcourt.validation.text import check_safe_text, clean, visible

# What Excel shows for a long number in a General-format column: 3.30185E+17.
_SCIENTIFIC = re.compile(r"^\d(\.\d+)?E\+?\d+$", re.IGNORECASE)
_YES = {"是", "同意", "接受", "愿意", "y", "yes", "true", "1", "√", "✓", "✔", "对"}
_NO = {"否", "不同意", "不接受", "不愿意", "n", "no", "false", "0", "×", "✗", "无", "不"}
_KIND_WORDS = {"个人": PartyKind.PERSON, "公民": PartyKind.PERSON,
               **{w: PartyKind.ORGANIZATION for w in
                  ("单位", "公司", "企业", "法人", "组织", "其他组织", "个体工商户")}}
_ID_TYPE_WORDS = {"身份证": IdType.RESIDENT_ID, "二代身份证": IdType.RESIDENT_ID,
                  "信用代码": IdType.CREDIT_CODE, "营业执照": IdType.CREDIT_CODE}
_LIST_SEPARATORS = re.compile(r"[、,，;；/\s]+")


@dataclass
class RowDraft:
    """A converted row: the draft, the column behind each draft field, the cell text
    as the file shows it, and the conversion errors (by draft field)."""

    row: DataRow
    draft: PartyDraft
    sources: dict[str, MappedColumn] = field(default_factory=dict)
    shown: dict[str, str] = field(default_factory=dict)
    errors: list[ValidationError] = field(default_factory=list)
    validated: ValidatedParty | None = None  # set once the party rules accept the row
    bad_fields: set[str] = field(default_factory=set)  # draft fields with an error


def shown_text(cell: Cell) -> str:
    if cell is None:
        return ""
    return cell.isoformat() if isinstance(cell, date) else str(cell)


def _text(cell: Cell) -> str | None:
    text = clean(shown_text(cell))
    return text or None


def convert_row(row: DataRow, mapping: ColumnMapping) -> RowDraft:
    result = RowDraft(row, PartyDraft())
    cells = {key: (column, row.cell(column.index)) for key, column in mapping.mapped.items()}
    for key, (column, cell) in cells.items():
        if cell is None:
            continue
        spec = SPECS[key]
        if spec.draft_field in result.sources:  # 姓名 beats 单位名称, ID beats credit code
            continue
        result.sources[spec.draft_field] = column
        result.shown[spec.draft_field] = visible(shown_text(cell))
        try:
            if isinstance(cell, str):  # before any converter reads (or echoes) the text
                check_safe_text(cell, spec.draft_field, spec.cn, multiline=key == "notes")
            _CONVERTERS.get(key, _set_text)(result.draft, spec.draft_field, cell)
        except ValidationError as exc:
            result.errors.append(exc)
    _settle_kind_and_id_type(result, cells)
    return result


def _set_text(draft: PartyDraft, name: str, cell: Cell) -> None:
    setattr(draft, name, _text(cell) or ("" if name == "notes" else None))


def _set_gender(draft, name, cell) -> None:
    text = _text(cell)
    member = Gender.from_cn(text) or {"m": Gender.MALE, "f": Gender.FEMALE,
                                      "男性": Gender.MALE, "女性": Gender.FEMALE}.get(text.lower())
    if member is None:
        raise ValidationError(name, f"性别“{text}”看不懂，请填写“男”或“女”。")
    draft.gender = member.value


def _set_birth_date(draft, name, cell) -> None:
    if isinstance(cell, date):
        draft.birth_date = cell
        return
    draft.birth_date = parse_date(_text(cell), name, label="出生日期")


def _set_id_number(draft, name, cell) -> None:
    text = _text(cell)
    if isinstance(cell, LostDigits) or _SCIENTIFIC.match(text):
        raise ValidationError(name, f"证件号码显示为“{text}”：Excel把它当成了数字，"
                                    "后几位已经丢失。请把该列设置为“文本”格式，"
                                    "重新输入完整号码后再导入。")
    draft.id_number = text


def _set_yes_no(draft, name, cell) -> None:
    text = _text(cell).lower()
    if text not in _YES and text not in _NO:
        raise ValidationError(name, f"“{text}”看不懂，请填写“是”或“否”。")
    setattr(draft, name, text in _YES)


def _set_needs(draft, name, cell) -> None:
    needs = []
    for word in filter(None, _LIST_SEPARATORS.split(_text(cell))):
        member = PartyNeed.from_cn(word)
        if member is None:
            known = "、".join(n.cn for n in PartyNeed)
            raise ValidationError(name, f"特殊需要“{word}”看不懂，可填写：{known}。")
        needs.append(member.value)
    draft.needs = needs


def _set_amount(draft, name, cell) -> None:
    draft.imported_amount_fen = parse_amount(_text(cell), name, label="金额")


def _set_coded(words: dict, enum, what: str):
    def setter(draft, name, cell) -> None:
        text = _text(cell)
        member = enum.from_cn(text) or words.get(text)
        if member is None:
            known = "、".join(m.cn for m in enum)
            raise ValidationError(name, f"{what}“{text}”看不懂，可填写：{known}。")
        setattr(draft, name, member.value)
    return setter


_CONVERTERS = {
    "gender": _set_gender, "birth_date": _set_birth_date,
    "id_number": _set_id_number, "credit_code": _set_id_number,
    "accepts_e_service": _set_yes_no, "needs": _set_needs, "amount": _set_amount,
    "kind": _set_coded(_KIND_WORDS, PartyKind, "当事人类型"),
    "id_type": _set_coded(_ID_TYPE_WORDS, IdType, "证件类型"),
}


def _settle_kind_and_id_type(result: RowDraft, cells) -> None:
    """Without a type column, a row is an organization when its name came from 单位名称
    or its identity from 统一社会信用代码; a credit code implies its ID type."""
    draft, sources = result.draft, result.sources

    def came_from(draft_field: str, key: str) -> bool:
        column = cells.get(key, (None, None))[0]
        return column is not None and sources.get(draft_field) is column

    by_credit_code = came_from("id_number", "credit_code")
    if "kind" not in sources and (came_from("name", "org_name") or by_credit_code):
        draft.kind = PartyKind.ORGANIZATION.value
    if "id_type" not in sources:
        organization = draft.kind == PartyKind.ORGANIZATION.value
        draft.id_type = (IdType.CREDIT_CODE if by_credit_code or organization
                         else IdType.RESIDENT_ID).value

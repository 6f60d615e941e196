"""Which column of an import file feeds which party field.

Headers are matched after folding full-width characters, dropping spaces, required-marks
(`*`) and a trailing note in brackets (`金额（元）`), so `身份证号码`, ` 身份证号 ` and
`＊身份证号(必填)` all match. Each column source is one `ColumnField`; a few fields have
two sources (a person's 姓名 or an organization's 单位名称; an ID number or a credit code).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum

from microcourt.domain import QT_TRANSLATE_NOOP as _
from microcourt.validation.text import clean_code


@dataclass(frozen=True)
class FieldSpec:
    key: str  # column source; `draft_field` is the PartyDraft attribute it fills
    draft_field: str
    label: str  # English UI text (translated in the "Import" context)
    cn: str  # the Chinese column title the CLI and error reports use
    synonyms: tuple[str, ...]


def _spec(key, draft_field, label, cn, *synonyms) -> FieldSpec:
    return FieldSpec(key, draft_field, label, cn, (cn, *synonyms))


FIELDS: tuple[FieldSpec, ...] = (
    _spec("name", "name", _("Import", "Name"), "姓名", "名称", "当事人姓名", "当事人",
          "姓名/名称", "姓名或名称", "员工姓名", "工人姓名"),
    _spec("org_name", "name", _("Import", "Organization name"), "单位名称", "企业名称",
          "公司名称", "组织名称"),
    _spec("kind", "kind", _("Import", "Party type"), "当事人类型", "类型", "主体类型"),
    _spec("gender", "gender", _("Import", "Gender"), "性别"),
    _spec("ethnicity", "ethnicity", _("Import", "Ethnicity"), "民族"),
    _spec("birth_date", "birth_date", _("Import", "Date of birth"), "出生日期", "出生年月",
          "出生年月日", "生日"),
    _spec("id_type", "id_type", _("Import", "ID type"), "证件类型", "证件种类"),
    _spec("id_number", "id_number", _("Import", "ID number"), "身份证号", "身份证号码",
          "证件号码", "证件号", "公民身份号码", "身份证"),
    _spec("credit_code", "id_number", _("Import", "Unified social credit code"),
          "统一社会信用代码", "信用代码", "社会信用代码"),
    _spec("phone", "phone", _("Import", "Phone"), "电话", "手机", "联系电话", "手机号",
          "手机号码", "电话号码", "联系方式"),
    _spec("household_address", "household_address", _("Import", "Address"), "住址",
          "户籍地址", "家庭住址", "户籍所在地", "住所", "住所地", "地址", "居住地址"),
    _spec("service_address", "service_address", _("Import", "Service address"),
          "送达地址", "邮寄地址"),
    _spec("accepts_e_service", "accepts_e_service", _("Import", "Accepts e-service"),
          "接受电子送达", "同意电子送达", "电子送达"),
    _spec("wechat", "wechat", _("Import", "WeChat"), "微信", "微信号"),
    _spec("occupation", "occupation", _("Import", "Occupation"), "职业"),
    _spec("needs", "needs", _("Import", "Special needs"), "特殊需要", "特殊情况"),
    _spec("notes", "notes", _("Import", "Notes"), "备注", "说明"),
    _spec("legal_rep_name", "legal_rep_name", _("Import", "Legal representative"),
          "法定代表人", "法定代表人姓名", "负责人", "法人代表"),
    _spec("legal_rep_title", "legal_rep_title", _("Import", "Representative's title"),
          "职务", "法定代表人职务"),
    _spec("emergency_name", "emergency_name", _("Import", "Emergency contact"),
          "紧急联系人", "紧急联系人姓名"),
    _spec("emergency_relation", "emergency_relation",
          _("Import", "Emergency contact's relation"), "紧急联系人关系", "与紧急联系人关系",
          "紧急联系人与本人关系"),
    _spec("emergency_phone", "emergency_phone", _("Import", "Emergency contact's phone"),
          "紧急联系人电话", "紧急联系电话", "紧急联系人手机"),
    _spec("amount", "imported_amount_fen", _("Import", "Amount"), "金额", "欠薪金额",
          "工资", "欠款金额", "拖欠工资", "欠薪", "应付金额", "标的额"),
)
SPECS = {spec.key: spec for spec in FIELDS}

_DROP = re.compile(r"[\s*＊:：]")
_TRAILING_NOTE = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]$")


def normalize_header(text: str | None) -> str:
    """`＊身份证号码（必填）` -> `身份证号码`: the form compared against synonyms."""
    folded = _DROP.sub("", clean_code(text))
    stripped = _TRAILING_NOTE.sub("", folded)
    return (stripped or folded).lower()


_BY_HEADER = {normalize_header(s): spec for spec in FIELDS for s in spec.synonyms}


def match_header(header: str | None) -> FieldSpec | None:
    return _BY_HEADER.get(normalize_header(header))


class ColumnStatus(Enum):
    MAPPED = "mapped"
    UNKNOWN = "unknown"  # no field has this title: ignored
    DUPLICATE = "duplicate"  # a second column for a field already taken: ignored
    BLANK = "blank"  # no title


@dataclass(frozen=True)
class MappedColumn:
    index: int  # 0-based position in the file
    header: str  # as written in the file
    spec: FieldSpec | None
    status: ColumnStatus

    @property
    def title(self) -> str:
        """How reports name the column: its header, or 第N列 when it has none."""
        return self.header.strip() or f"第{self.index + 1}列"


@dataclass(frozen=True)
class ColumnMapping:
    """What the preview shows: each header and the field it feeds, the columns that
    will be ignored, and the required columns that are missing."""

    columns: tuple[MappedColumn, ...]
    missing: tuple[str, ...] = ()  # Chinese explanations, one per missing requirement
    notes: tuple[str, ...] = field(default=())  # Chinese, e.g. duplicate columns

    @property
    def mapped(self) -> dict[str, MappedColumn]:
        return {c.spec.key: c for c in self.columns if c.status is ColumnStatus.MAPPED}

    @property
    def ignored(self) -> list[MappedColumn]:
        return [c for c in self.columns if c.status in
                (ColumnStatus.UNKNOWN, ColumnStatus.DUPLICATE)]

    def column(self, key: str) -> MappedColumn | None:
        return self.mapped.get(key)

    def has(self, key: str) -> bool:
        return key in self.mapped


def build_mapping(header: tuple[str, ...] | list[str],
                  overrides: dict[int, str | None] | None = None) -> ColumnMapping:
    """Map each header to a field. `overrides` (column index -> field key, or None to
    ignore the column) lets the preview dialog correct a guess."""
    overrides = overrides or {}
    taken: dict[str, MappedColumn] = {}
    columns, notes = [], []
    for index, header_text in enumerate(header):
        if index in overrides:
            key = overrides[index]
            spec = SPECS[key] if key else None
        else:
            spec = match_header(header_text)
        column = _place(index, header_text, spec, taken, notes)
        columns.append(column)
    return ColumnMapping(tuple(columns), tuple(_missing(taken)), tuple(notes))


def _place(index, header_text, spec, taken, notes) -> MappedColumn:
    header_text = header_text or ""
    if spec is None:
        status = ColumnStatus.UNKNOWN if header_text.strip() else ColumnStatus.BLANK
        return MappedColumn(index, header_text, None, status)
    if spec.key in taken:
        first = taken[spec.key]
        column = MappedColumn(index, header_text, spec, ColumnStatus.DUPLICATE)
        notes.append(f"“{column.title}”列与“{first.title}”列都是{spec.cn}，"
                     f"只导入“{first.title}”列。")
        return column
    column = MappedColumn(index, header_text, spec, ColumnStatus.MAPPED)
    taken[spec.key] = column
    return column


def _alternatives(key: str) -> str:
    return "、".join(SPECS[key].synonyms[1:4])


def _missing(taken: dict[str, MappedColumn]) -> list[str]:
    """Required columns: a name and an identity (ID number or credit code); for persons a
    phone and an address; a list of organizations only needs the address (住所) and the
    legal representative with title instead of the phone (the party rules require them)."""
    missing = []
    if "name" not in taken and "org_name" not in taken:
        missing.append(f"缺少“姓名”列（也可写作：{_alternatives('name')}、单位名称）。")
    if "id_number" not in taken and "credit_code" not in taken:
        missing.append(f"缺少“身份证号”列（也可写作：{_alternatives('id_number')}；"
                       "单位写“统一社会信用代码”）。")
    organizations_only = "credit_code" in taken and "id_number" not in taken
    required = (("household_address", "住所"), ("legal_rep_name", "法定代表人"),
                ("legal_rep_title", "职务")) if organizations_only else (
                ("phone", "电话"), ("household_address", "住址"))
    for key, title in required:
        if key not in taken:
            missing.append(f"缺少“{title}”列（也可写作：{_alternatives(key)}）。")
    return missing

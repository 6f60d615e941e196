"""A person's identity document, checked together with the birth date and gender typed
beside it: what the number encodes is never silently overwritten by, or overwrites,
what the liaison typed; a disagreement is an error naming both values."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from microcourt.domain import Gender, IdType
from microcourt.errors import ValidationError, ValidationErrors
from microcourt.timeutil import age_on, today_local
from microcourt.validation.dates import EARLIEST_PLAUSIBLE, optional_date
from microcourt.validation.idcard import RESIDENT_ID_NAME, parse_resident_id
from microcourt.validation.regions import region_warning
from microcourt.validation.text import clean_code

ELDERLY_AGE = 60  # 老年人权益保障法 art. 2: 老年人是指六十周岁以上的公民
_PASSPORT = re.compile(r"^[A-Z0-9]{5,17}$")

# Residence permits for residents of Hong Kong, Macao and Taiwan follow GB 11643 with a
# fixed region part (《港澳台居民居住证申领发放办法》, 2018).
_PERMIT_PREFIXES = {
    IdType.HK_MACAO_PERMIT: ("810000", "820000"),
    IdType.TAIWAN_PERMIT: ("830000",),
}
_PERMIT_PREFIX_HINT = {
    IdType.HK_MACAO_PERMIT: "810000（香港居民）或820000（澳门居民）",
    IdType.TAIWAN_PERMIT: "830000",
}


@dataclass(frozen=True)
class IdentityResult:
    id_number: str  # normalised: upper-case, no spaces
    birth_date: date | None  # typed or derived from the number; None if neither
    gender: Gender | None
    warnings: list[str] = field(default_factory=list)  # Chinese, shown but not blocking


def is_elderly(birth_date: date | None, today: date | None = None) -> bool:
    """Sixty or older on `today` (default: today in Asia/Shanghai)."""
    if birth_date is None:
        return False
    return age_on(birth_date, today or today_local()) >= ELDERLY_AGE


def check_person_identity(id_type: IdType | str, id_number: str | None,
                          birth_date: object, gender: Gender | str | None,
                          today: date | None = None) -> IdentityResult:
    """Validate a person's document number with the typed birth date and gender.

    For resident IDs and residence permits, an empty birth date or gender is derived
    from the number, and a typed one that disagrees raises ValidationError naming both.
    Several bad fields raise ValidationErrors with one error per field."""
    errors: list[ValidationError] = []
    kind = _collect(errors, _id_type, id_type)
    typed_birth = _collect(errors, optional_date, birth_date, "birth_date", label="出生日期",
                           not_future=True, today=today, not_before=EARLIEST_PLAUSIBLE)
    typed_gender = _collect(errors, _gender, gender)
    if kind is None:
        _raise(errors)
    if kind is IdType.PASSPORT:
        number = _collect(errors, _passport, id_number)
        _raise(errors)
        return IdentityResult(number, typed_birth, typed_gender, [])
    what = RESIDENT_ID_NAME if kind is IdType.RESIDENT_ID else f"{kind.cn}号码"
    encoded = _collect(errors, parse_resident_id, id_number, "id_number", today, what=what)
    if encoded is not None and kind in _PERMIT_PREFIXES:
        _collect(errors, _check_permit_prefix, kind, encoded.number, what)
    _raise(errors)
    derived_gender = Gender(encoded.gender)
    _compare(errors, "birth_date", "出生日期", typed_birth, encoded.birth_date, what,
             str(typed_birth), str(encoded.birth_date))
    _compare(errors, "gender", "性别", typed_gender, derived_gender, what,
             typed_gender.cn if typed_gender else "", derived_gender.cn)
    _raise(errors)
    warnings = _region_warnings(kind, encoded.number, what)
    return IdentityResult(encoded.number, encoded.birth_date, derived_gender, warnings)


def _collect(errors: list[ValidationError], check, *args, **kwargs):
    """Run one check; keep its ValidationError so a form can show every bad field."""
    try:
        return check(*args, **kwargs)
    except ValidationError as error:
        errors.append(error)
        return None


_FIELD_ORDER = ("id_type", "id_number", "birth_date", "gender")  # as the form shows them


def _raise(errors: list[ValidationError]) -> None:
    errors.sort(key=lambda error: _FIELD_ORDER.index(error.field))
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ValidationErrors(errors)


def _compare(errors, field_name, label, typed, derived, what, typed_text, derived_text):
    if typed is not None and typed != derived:
        errors.append(ValidationError(field_name, f"{label} {typed_text} 与{what}中的 "
                                                  f"{derived_text} 不一致，请对照证件核对。"))


def _id_type(value: IdType | str) -> IdType:
    kind = value if isinstance(value, IdType) else IdType.from_cn(clean_code(value or ""))
    if kind is None:
        raise ValidationError("id_type", f"证件类型“{value}”不对，请选择身份证、"
                                         "居住证或护照。")
    if kind is IdType.CREDIT_CODE:
        raise ValidationError("id_type", "统一社会信用代码是单位的证件，个人请选择身份证、"
                                         "居住证或护照。")
    return kind


def _gender(value: Gender | str | None) -> Gender | None:
    if value is None or isinstance(value, Gender):
        return value
    text = clean_code(value)
    if not text:
        return None
    found = Gender.from_cn(text) or Gender.from_cn(text.lower())
    if found is None:
        raise ValidationError("gender", f"性别“{text}”不对，请填写男或女。")
    return found


def _passport(raw: str | None) -> str:
    number = "".join(clean_code(raw).split()).upper()
    if not number:
        raise ValidationError("id_number", "请填写护照号码。")
    if not _PASSPORT.match(number):
        raise ValidationError("id_number", f"护照号码“{number}”应为5到17位字母或数字。")
    return number


def _check_permit_prefix(kind: IdType, number: str, what: str) -> None:
    if not number.startswith(_PERMIT_PREFIXES[kind]):
        raise ValidationError("id_number", f"{what}“{number}”应以"
                                           f"{_PERMIT_PREFIX_HINT[kind]}开头。")


def _region_warnings(kind: IdType, number: str, what: str) -> list[str]:
    if kind is not IdType.RESIDENT_ID:
        return []
    for permit, prefixes in _PERMIT_PREFIXES.items():
        if number.startswith(prefixes):
            return [f"号码“{number}”以{number[:6]}开头，是{permit.cn}的号码，"
                    "请核对证件类型。"]
    warning = region_warning(number[:6], what)
    return [warning] if warning else []

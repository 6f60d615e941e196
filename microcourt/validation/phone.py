"""Mainland phone numbers: mobile (11 digits, 1[3-9]...) or landline with area code."""
from __future__ import annotations

import re

from microcourt.errors import ValidationError
from microcourt.validation.text import clean_code

# re.ASCII: \d alone also matches other scripts' digits (١٣٨, ১২৩), which no court
# system or phone can use.
_MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
# Area codes are 010, 02x (3 digits) or 0xxx (4 digits); local numbers 7-8 digits;
# an optional extension after a second dash or 转.
_LANDLINE = re.compile(r"^(0(?:10|2\d|[3-9]\d{2}))(\d{7,8})$", re.ASCII)


def normalize_phone(raw: str | None, field: str = "phone") -> str:
    """Return the phone in a canonical form (`13812345678`, `0571-88776655`) or raise
    ValidationError with a Chinese message. Spaces, dashes and full-width digits are
    accepted, as are `+86` and `86` before a mobile number."""
    text = clean_code(raw)
    if not text:
        raise ValidationError(field, "请填写电话号码。")
    compact = re.sub(r"[\s()（）]", "", text)
    if compact.startswith("+86"):
        compact = compact[3:]
    elif compact.startswith("86") and len(compact) == 13:
        compact = compact[2:]
    number, _, extension = compact.partition("转")
    parts = number.split("-")
    if not extension and len(parts) == 3:  # 0571-88776655-123: the last part is an extension
        extension = parts.pop()
    digits = "".join(parts)
    if not extension and _MOBILE.match(digits):
        return digits
    match = _LANDLINE.match(digits)
    if match and (not extension or (extension.isascii() and extension.isdigit()
                                       and len(extension) <= 6)):
        area, local = match.groups()
        return f"{area}-{local}-{extension}" if extension else f"{area}-{local}"
    if digits.isdigit() and digits.startswith("1"):
        raise ValidationError(field, f"手机号码“{text}”不对：应为11位，以13至19开头。")
    raise ValidationError(field, f"电话号码“{text}”不对：请填写11位手机号，"
                                 "或带区号的固定电话（如0571-88776655）。")


def optional_phone(raw: str | None, field: str = "phone") -> str | None:
    return normalize_phone(raw, field) if clean_code(raw) else None


def is_mobile(phone: str | None) -> bool:
    """A normalised phone that can receive text messages (a landline cannot)."""
    return bool(phone and _MOBILE.match(phone))

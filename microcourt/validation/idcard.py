"""居民身份证号码 per GB 11643-1999, and masking of any ID number for display.

18 characters: 6-digit region code, 8-digit birth date, 3-digit sequence (odd = male),
and a check character: sum(digit_i * weight_i) mod 11 mapped onto "10X98765432".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from microcourt.errors import ValidationError
from microcourt.timeutil import today_local
from microcourt.validation.dates import EARLIEST_PLAUSIBLE
from microcourt.validation.text import clean_code

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
_SHAPE = re.compile(r"^[0-9]{17}[0-9X]$")  # ASCII digits only, not \d (any script)
RESIDENT_ID_NAME = "身份证号码"


def check_char(first17: str) -> str:
    """The check character for the first 17 digits."""
    total = sum(int(digit) * weight for digit, weight in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


@dataclass(frozen=True)
class ResidentId:
    number: str  # upper-case, 18 characters
    birth_date: date
    gender: str  # "male" / "female"
    region_code: str


def parse_resident_id(raw: str | None, field: str = "id_number",
                      today: date | None = None, *, what: str = RESIDENT_ID_NAME) -> ResidentId:
    """Validate a resident ID number and return what it encodes, or raise
    ValidationError with a Chinese message. Lowercase x is accepted and stored upper.
    `what` names the document in messages: residence permits of Hong Kong, Macao and
    Taiwan residents use the same 18-character scheme."""
    number = clean_code(raw).replace(" ", "").upper()
    if not number:
        raise ValidationError(field, f"请填写{what}。")
    if len(number) == 15 and number.isdigit() and what == RESIDENT_ID_NAME:
        # First-generation cards (15 digits, no check character) ceased to be valid on
        # 1 January 2013 (居民身份证法 2011 amendment); every holder now has 18 digits.
        raise ValidationError(field, f"身份证号码“{number}”是15位的旧号码，已停止使用，"
                                     "请填写现在身份证上的18位号码。")
    if len(number) != 18:
        raise ValidationError(field, f"{what}“{number}”应为18位，现在是{len(number)}位。")
    if not _SHAPE.match(number):
        raise ValidationError(field, f"{what}“{number}”只能是数字，最后一位可以是X。")
    try:
        birth = date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        raise ValidationError(field, f"{what}“{number}”中的出生日期"
                                     f"“{number[6:14]}”不是真实的日期。") from None
    if birth > (today or today_local()) or birth < EARLIEST_PLAUSIBLE:
        raise ValidationError(field, f"{what}“{number}”中的出生日期"
                                     f"“{number[6:14]}”不可能。")
    expected = check_char(number[:17])
    if number[17] != expected:
        raise ValidationError(field, f"{what}“{number}”的校验位不对，可能有一位输错了，"
                                     "请对照证件逐位核对。")
    gender = "male" if int(number[16]) % 2 == 1 else "female"
    return ResidentId(number, birth, gender, number[:6])


def compose_resident_id(region_code: str, birth: date, sequence: int) -> str:
    """The 18-character number for a region code, birth date and 3-digit sequence number
    (odd = male), with its check character: for demo data and tests."""
    if len(region_code) != 6 or not region_code.isdigit() or not 0 <= sequence <= 999:
        raise ValueError(f"bad parts: {region_code!r}, {sequence!r}")
    first17 = f"{region_code}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_char(first17)


def mask_id(number: str | None) -> str:
    """`330112********123X`: the first 6 and last 4 characters stay, the rest are hidden.
    Short numbers (passports) keep their first 2 and last 2."""
    if not number:
        return ""
    if len(number) >= 15:
        return number[:6] + "*" * (len(number) - 10) + number[-4:]
    if len(number) > 4:
        return number[:2] + "*" * (len(number) - 4) + number[-2:]
    return "*" * len(number)


_RESIDENT_ID = re.compile(r"(?<![0-9])[0-9]{17}[0-9Xx](?![0-9A-Za-z])")


def redact_id_numbers(text: str) -> str:
    """Mask every valid resident ID number in `text` (check character verified, so other
    long numbers stay as they are): for the audit log and the application log."""
    def mask(found: re.Match) -> str:
        number = found.group(0).upper()
        return mask_id(number) if check_char(number[:17]) == number[17] else found.group(0)
    return _RESIDENT_ID.sub(mask, text)


def redact_id_like(text: str) -> str:
    """Mask every token shaped like an 18-character ID number, valid or not: for the log
    file, where a mistyped number quoted by a validation message is personal data too."""
    return _RESIDENT_ID.sub(lambda found: mask_id(found.group(0).upper()), text)

"""统一社会信用代码 per GB 32100-2015: 18 characters from a 31-character alphabet
(digits and capitals without I, O, Z, S, V); the last is a mod-31 check character."""
from __future__ import annotations

from microcourt.errors import ValidationError
from microcourt.validation.text import clean_code

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
_VALUE = {ch: i for i, ch in enumerate(ALPHABET)}


def check_char(first17: str) -> str:
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, WEIGHTS, strict=True))
    return ALPHABET[(31 - total % 31) % 31]


def normalize_credit_code(raw: str | None, field: str = "id_number") -> str:
    code = clean_code(raw).replace(" ", "").upper()
    if not code:
        raise ValidationError(field, "请填写统一社会信用代码。")
    if len(code) != 18:
        raise ValidationError(field, f"统一社会信用代码“{code}”应为18位，现在是{len(code)}位。")
    bad = [ch for ch in code if ch not in _VALUE]
    if bad:
        raise ValidationError(field, f"统一社会信用代码“{code}”含有不允许的字符“{bad[0]}”"
                                     "（不使用字母 I、O、Z、S、V）。")
    if code[17] != check_char(code[:17]):
        raise ValidationError(field, f"统一社会信用代码“{code}”的校验位不对，"
                                     "请对照营业执照逐位核对。")
    return code

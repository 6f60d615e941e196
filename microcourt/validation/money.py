"""Money: amounts as typed or read from spreadsheets, to integer fen (分) and back.

Storage is integer fen, code uses Decimal yuan, floats never carry money (DESIGN.md).
`to_chinese_upper` writes the RMB uppercase form printed on legal documents, following
中国人民银行《支付结算办法》附件一《正确填写票据和结算凭证的基本规定》.
"""
from __future__ import annotations

import re
from decimal import Decimal

from microcourt.errors import ValidationError
from microcourt.validation.text import clean_code

FEN_PER_YUAN = 100
# Far above any village dispute; a bigger figure is a typing slip (an extra group of zeros).
MAX_YUAN = 10**12
MAX_FEN = MAX_YUAN * FEN_PER_YUAN

_CURRENCY_PREFIXES = ("人民币", "RMB", "CNY", "¥", "￥")
_CURRENCY_SUFFIXES = ("元整", "圆整", "元", "圆", "块")
_MULTIPLIERS = {"万": 10**4, "亿": 10**8}
_MINUS_SIGNS = "-−"
# Digits grouped by thousands with commas, or plain digits; a fraction after the point.
_NUMBER = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?$")


def parse_amount(raw: object, field: str = "amount", *, allow_negative: bool = False,
                 label: str = "金额") -> int:
    """Integer fen for a typed amount: `400000`, `400,000.5`, `¥1,234.56`, `1234.56元`,
    `12万`, `１２３４`; or for a number read from a spreadsheet (int, Decimal, float).
    Raises ValidationError naming the value when it is empty, not a number, negative
    (unless allowed), finer than a fen, or above MAX_YUAN."""
    if isinstance(raw, bool):
        raise ValidationError(field, f"{label}“{raw}”不是数字。")
    if isinstance(raw, int | Decimal):
        return _to_fen(Decimal(raw), str(raw), field, allow_negative, label)
    if isinstance(raw, float):  # openpyxl's numbers; repr gives the shortest exact text
        return _to_fen(Decimal(repr(raw)), repr(raw), field, allow_negative, label)
    text = clean_code(None if raw is None else str(raw))
    if not text:
        raise ValidationError(field, f"请填写{label}。")
    return _to_fen(_read_text(text, field, label), text, field, allow_negative, label)


def optional_amount(raw: object, field: str = "amount", *, allow_negative: bool = False,
                    label: str = "金额") -> int | None:
    """Like parse_amount, but an empty value gives None."""
    if raw is None or (isinstance(raw, str) and not clean_code(raw)):
        return None
    return parse_amount(raw, field, allow_negative=allow_negative, label=label)


def _read_text(text: str, field: str, label: str) -> Decimal:
    body = "".join(text.split())
    negative = body[:1] in _MINUS_SIGNS  # -¥100
    body = body[1:] if negative else body
    body = _strip_affixes(body, _CURRENCY_PREFIXES, str.startswith, lambda b, a: b[len(a):])
    if not negative and body[:1] in _MINUS_SIGNS:  # ¥-100
        negative, body = True, body[1:]
    body = _strip_affixes(body, _CURRENCY_SUFFIXES, str.endswith, lambda b, a: b[:-len(a)])
    multiplier = _MULTIPLIERS.get(body[-1:], 1)
    if multiplier != 1:
        body = body[:-1]
    match = _NUMBER.match(body)
    if not body or not match or not (match.group(1) or match.group(2)):
        raise ValidationError(field, f"{label}“{text}”不是有效的数字，"
                                     "请只填写数字，如 400000 或 1,234.56。")
    value = Decimal(body.replace(",", "") or "0") * multiplier
    return -value if negative else value


def _strip_affixes(body: str, affixes, has, strip) -> str:
    for affix in affixes:
        if has(body, affix):
            return strip(body, affix)
    return body


def _to_fen(yuan: Decimal, shown: str, field: str, allow_negative: bool, label: str) -> int:
    if not yuan.is_finite():
        raise ValidationError(field, f"{label}“{shown}”不是有效的数字。")
    if abs(yuan) > MAX_YUAN:
        raise ValidationError(field, f"{label}“{shown}”过大（超过一万亿元），请核对是否多打了零。")
    fen = yuan * FEN_PER_YUAN
    if fen != fen.to_integral_value():
        raise ValidationError(field, f"{label}“{shown}”最多只能有两位小数（到分）。")
    if fen < 0 and not allow_negative:
        raise ValidationError(field, f"{label}“{shown}”不能是负数。")
    return int(fen)


def fen_to_yuan(fen: int) -> Decimal:
    """Decimal yuan with exactly two places: 40000000 -> Decimal('400000.00')."""
    return (Decimal(fen) / FEN_PER_YUAN).quantize(Decimal("0.01"))


def yuan_to_fen(yuan: Decimal | int) -> int:
    """Integer fen for an exact Decimal amount; ValueError if it has a fraction of a fen
    (code must round deliberately before, never by accident here)."""
    fen = Decimal(yuan) * FEN_PER_YUAN
    if fen != fen.to_integral_value():
        raise ValueError(f"{yuan} yuan is not a whole number of fen")
    return int(fen)


def format_amount(fen: int, unit: bool = False) -> str:
    """`400,000.00`, or `400,000.00元` with the unit."""
    text = f"{fen_to_yuan(fen):,.2f}"
    return text + "元" if unit else text


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("", "拾", "佰", "仟")
_WAN, _YI = 10**4, 10**8
UPPER_LIMIT_YUAN = 10**16  # 万亿 is the largest unit used; beyond it the form is not standard


def to_chinese_upper(fen: int) -> str:
    """The RMB uppercase amount: 肆拾万元整, 壹仟零伍元叁角, 伍分, 零元整.

    Conventions (all allowed by the 基本规定): 整 only when there is neither 角 nor 分;
    元 is followed by 零 when 角 is 0 and 分 is not (壹拾元零伍分, required); no 零 between
    元 and a non-zero 角 (壹仟陆佰捌拾元叁角贰分); 拾 at the head is written 壹拾; in the
    integer part, zeros read as in ordinary Chinese numbers: one 零 for a run of zeros
    inside the number, none for zeros that end a 4-digit section (壹仟万壹仟), but one
    when a whole section is zero between non-zero ones (壹亿零壹仟)."""
    if not 0 <= fen < UPPER_LIMIT_YUAN * FEN_PER_YUAN:
        raise ValueError(f"amount out of range for the uppercase form: {fen} fen")
    if fen == 0:
        return "零元整"
    yuan, rest = divmod(fen, FEN_PER_YUAN)
    jiao, fen_digit = divmod(rest, 10)
    text = _integer_upper(yuan) + "元" if yuan else ""
    if jiao:
        text += _DIGITS[jiao] + "角"
    elif fen_digit and yuan:
        text += "零"
    if fen_digit:
        text += _DIGITS[fen_digit] + "分"
    return text + "整" if rest == 0 else text


def _integer_upper(number: int) -> str:
    """Uppercase digits and units of a positive whole number below 10^16."""
    if number >= _YI:
        high, low = divmod(number, _YI)
        return _integer_upper(high) + "亿" + _lower_part(low, _YI)
    if number >= _WAN:
        high, low = divmod(number, _WAN)
        return _section_upper(high) + "万" + _lower_part(low, _WAN)
    return _section_upper(number)


def _lower_part(low: int, unit: int) -> str:
    """What follows a 亿 or 万: 零 when its leading digit is 0 (壹万零伍佰, 壹亿零壹仟)."""
    if low == 0:
        return ""
    leading_zero = low < unit // 10
    return ("零" if leading_zero else "") + _integer_upper(low)


def _section_upper(number: int) -> str:
    """1 to 9999: 壹仟零伍, 壹拾贰, 壹佰壹拾."""
    digits = f"{number:04d}"
    parts: list[str] = []
    pending_zero = False
    for index, char in enumerate(digits):
        digit = int(char)
        if digit == 0:
            pending_zero = bool(parts)
            continue
        if pending_zero:
            parts.append("零")
            pending_zero = False
        parts.append(_DIGITS[digit] + _PLACES[3 - index])
    return "".join(parts)

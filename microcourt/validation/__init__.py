"""Pure validators: each turns what a user typed (or a spreadsheet held) into a clean value,
or raises `microcourt.errors.ValidationError(field, Chinese message naming the value)`.
No database, no Qt. The names below are the public API; import from the modules freely."""
from microcourt.validation.credit_code import normalize_credit_code
from microcourt.validation.dates import optional_date, parse_date
from microcourt.validation.idcard import mask_id, parse_resident_id
from microcourt.validation.identity import IdentityResult, check_person_identity, is_elderly
from microcourt.validation.money import (
    fen_to_yuan,
    format_amount,
    optional_amount,
    parse_amount,
    to_chinese_upper,
    yuan_to_fen,
)
from microcourt.validation.phone import normalize_phone, optional_phone
from microcourt.validation.regions import region_name, region_warning

__all__ = [
    "IdentityResult", "check_person_identity", "fen_to_yuan", "format_amount", "is_elderly",
    "mask_id", "normalize_credit_code", "normalize_phone", "optional_amount", "optional_date",
    "optional_phone", "parse_amount", "parse_date", "parse_resident_id", "region_name",
    "region_warning", "to_chinese_upper", "yuan_to_fen",
]

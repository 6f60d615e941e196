"""Parts of a postal or electronic address: the six-digit postcode (邮政编码) of a
mainland address, and an e-mail address for electronic service (民事诉讼法 art. 90)."""
from __future__ import annotations

import re

from microcourt.errors import ValidationError
from microcourt.validation.text import clean_code

_POSTCODE = re.compile(r"^\d{6}$", re.ASCII)
# what a court's system will send to: one @, a dotted domain, no spaces or markup
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)+$", re.ASCII)


def optional_postcode(raw: str | None, field: str = "postcode") -> str | None:
    text = re.sub(r"\s", "", clean_code(raw))
    if not text:
        return None
    if not _POSTCODE.match(text):
        raise ValidationError(field, f"邮政编码“{text}”不对：应为6位数字，如311300。")
    return text


def optional_email(raw: str | None, field: str = "e_service_address") -> str | None:
    text = clean_code(raw).strip()
    if not text:
        return None
    if not _EMAIL.match(text) or len(text) > 120:
        raise ValidationError(field, f"电子邮箱“{text}”不对：应如 name@example.com。")
    return text

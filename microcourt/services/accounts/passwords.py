"""Passwords and the lockout delay for operator accounts (issue 7, item 1).

Hashes are argon2id (argon2-cffi's PasswordHasher default), never stored or logged in
clear. After `FREE_ATTEMPTS` wrong passwords in a row the account waits before the next
try, the wait doubling with each further mistake (30 s, 60 s, 120 s ...) up to
`MAX_DELAY`: guessing becomes hopeless, yet a liaison who mistyped is never shut out
for longer than a quarter of an hour.
"""
from __future__ import annotations

import math
import secrets
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from microcourt.errors import ValidationError

MIN_LENGTH = 8
MAX_LENGTH = 256
FREE_ATTEMPTS = 5
FIRST_DELAY = timedelta(seconds=30)
MAX_DELAY = timedelta(minutes=15)

_hasher = PasswordHasher()  # argon2id, RFC 9106 low-memory profile


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@cache
def dummy_hash() -> str:
    """A hash of a random password with the same parameters as a real one: checked
    for an unknown user so that the answer takes as long as for a wrong password."""
    return _hasher.hash(secrets.token_urlsafe(16))


def check_password_or_dummy(stored_hash: str | None, password: str) -> bool:
    """`password_matches` for an existing account; for none (`stored_hash` None) the
    same work against `dummy_hash()`, always False. Made once per process (the first
    login of any kind), so it does not tell the two apart either."""
    dummy = dummy_hash()
    if stored_hash is None:
        password_matches(dummy, password)
        return False
    return password_matches(stored_hash, password)


def needs_rehash(stored_hash: str) -> bool:
    return _hasher.check_needs_rehash(stored_hash)


def check_new_password(password: str, again: str | None = None,
                       field: str = "password") -> str:
    """The strength rule (at least 8 characters) and, when given, the repetition."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(field, f"密码至少要 {MIN_LENGTH} 个字符（现在 {len(password)} 个）。")
    if len(password) > MAX_LENGTH:
        raise ValidationError(field, f"密码不能超过 {MAX_LENGTH} 个字符。")
    if password.strip() == "":
        raise ValidationError(field, "密码不能全是空格。")
    if again is not None and again != password:
        raise ValidationError(f"{field}_again", "两次输入的密码不一样，请重新输入。")
    return password


def lockout_delay(failed_attempts: int) -> timedelta | None:
    """How long to wait after `failed_attempts` wrong passwords in a row (None: no wait)."""
    if failed_attempts < FREE_ATTEMPTS:
        return None
    doublings = min(failed_attempts - FREE_ATTEMPTS, 16)
    return min(FIRST_DELAY * (2 ** doublings), MAX_DELAY)


def wait_text(locked_until: datetime, now: datetime) -> str:
    """"30 秒" / "2 分钟": how long is left, rounded up."""
    seconds = max(1, math.ceil((locked_until - now).total_seconds()))
    if seconds < 60:
        return f"{seconds} 秒"
    return f"{math.ceil(seconds / 60)} 分钟"

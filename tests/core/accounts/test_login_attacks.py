"""Guessing passwords (issue 12 item 7): parallel wrong guesses on one SQLite file cannot
slip past the lockout, and an unknown user name costs the same work as a wrong password."""
from __future__ import annotations

import threading

import pytest
from argon2 import PasswordHasher, extract_parameters
from sqlalchemy import select

from microcourt.db.models import Operator
from microcourt.errors import UserError
from microcourt.services import open_services
from microcourt.services.accounts import passwords
from microcourt.services.accounts.passwords import FREE_ATTEMPTS

PASSWORD = "correct horse 1"
GUESSES = 24


@pytest.fixture
def admin_dir(tmp_path):
    folder = tmp_path / "data"
    services = open_services(folder)
    services.accounts.create_admin("yuxy", "俞晓燕", PASSWORD, PASSWORD)
    services.close()
    return folder


def _guess_in_parallel(folder, count: int) -> list[str]:
    """`count` wrong logins at once, each through its own connection (as from separate
    windows or processes), released together by a barrier."""
    opened = [open_services(folder) for _ in range(count)]
    start, answers = threading.Barrier(count), [None] * count

    def guess(index: int) -> None:
        start.wait()
        try:
            opened[index].accounts.login("yuxy", f"wrong guess {index}")
            answers[index] = "logged in"
        except UserError as exc:
            answers[index] = exc.message

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for services in opened:
        services.close()
    return answers


def test_parallel_wrong_guesses_cannot_slip_past_the_lockout(admin_dir):
    answers = _guess_in_parallel(admin_dir, GUESSES)
    checked = [a for a in answers if a.startswith("用户名或密码不正确")]
    locked = [a for a in answers if a.startswith("密码输错次数太多")]
    assert len(checked) == FREE_ATTEMPTS, answers   # was 47 of 50 before the atomic count
    assert len(locked) == GUESSES - FREE_ATTEMPTS
    assert sum("连续输错 5 次" in a for a in checked) == 1
    services = open_services(admin_dir)
    try:
        with services.ctx.db.reading() as session:
            assert session.scalar(select(Operator.failed_attempts)) == FREE_ATTEMPTS
        with pytest.raises(UserError, match="暂时锁定"):  # the right password waits too
            services.accounts.login("yuxy", PASSWORD)
    finally:
        services.close()


class CountingHasher(PasswordHasher):
    """The project's hasher, counting what it verifies."""

    def __init__(self):
        super().__init__()
        self.verified: list[str] = []

    def verify(self, hash, password):  # noqa: A002 - argon2's own parameter name
        self.verified.append(hash)
        return super().verify(hash, password)


@pytest.fixture
def counting(monkeypatch) -> CountingHasher:
    hasher = CountingHasher()
    monkeypatch.setattr(passwords, "_hasher", hasher)
    return hasher


def test_an_unknown_user_costs_one_hash_like_a_wrong_password(admin_dir, counting):
    services = open_services(admin_dir)
    try:
        with pytest.raises(UserError, match="^用户名或密码不正确。$"):
            services.accounts.login("yuxy", "wrong password")
        [real] = counting.verified
        counting.verified.clear()
        with pytest.raises(UserError, match="^用户名或密码不正确。$"):
            services.accounts.login("nobody", "wrong password")
        [dummy] = counting.verified
    finally:
        services.close()
    assert dummy != real
    # Same algorithm, memory, time and parallelism: the same work either way.
    assert extract_parameters(dummy) == extract_parameters(real)


def test_a_good_login_after_wrong_tries_resets_the_count(admin_dir):
    services = open_services(admin_dir)
    try:
        for _ in range(FREE_ATTEMPTS - 1):
            with pytest.raises(UserError):
                services.accounts.login("yuxy", "wrong password")
        assert services.accounts.login("yuxy", PASSWORD).name == "俞晓燕"
        with services.ctx.db.reading() as session:
            row = session.scalar(select(Operator))
            assert (row.failed_attempts, row.locked_until) == (0, None)
    finally:
        services.close()

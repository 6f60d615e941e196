"""Operator accounts: the first administrator, logins with argon2id hashes, the growing
wait after five wrong passwords, account management and its audit entries."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from microcourt.db.models import AuditEntry, Operator
from microcourt.errors import UserError, ValidationError, ValidationErrors
from microcourt.services import open_services
from microcourt.services.accounts.passwords import lockout_delay, wait_text
from microcourt.services.accounts.service import OperatorDraft
from microcourt.services.kernel.guard import PermissionDenied
from microcourt.services.mediators.service import MediatorDraft
from microcourt.timeutil import now_utc

PASSWORD = "上田村&<调解>2026"


@pytest.fixture
def services(tmp_path):
    services = open_services(tmp_path / "data")
    yield services
    services.close()


@pytest.fixture
def admin(services):
    services.accounts.create_admin("yuxy", "俞晓燕", PASSWORD, PASSWORD)
    actor = services.accounts.login("yuxy", PASSWORD)
    services.act_as(actor)
    return actor


def audit_actions(services) -> list[tuple[str, str, str]]:
    with services.ctx.db.reading() as session:
        return [(e.actor, e.action, e.details) for e in
                session.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_first_start_creates_the_administrator_once(services):
    assert not services.accounts.has_operators()
    info = services.accounts.create_admin(" yuxy ", "俞晓燕", PASSWORD, PASSWORD)
    assert (info.username, info.display_name, info.role) == ("yuxy", "俞晓燕", "admin")
    assert services.accounts.has_operators()
    with pytest.raises(UserError, match="已经建立"):
        services.accounts.create_admin("other", "别人", PASSWORD, PASSWORD)
    with services.ctx.db.reading() as session:
        stored = session.scalar(select(Operator.password_hash))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_first_administrator_form_lists_every_bad_field(services):
    with pytest.raises(ValidationErrors) as caught:
        services.accounts.create_admin("has space", "", "short", "shorter")
    fields = caught.value.by_field()
    assert set(fields) == {"username", "display_name", "password"}
    assert "8" in fields["password"] and "5" in fields["password"]
    with pytest.raises(ValidationErrors) as caught:
        services.accounts.create_admin("yuxy", "俞晓燕", PASSWORD, PASSWORD + "x")
    assert "两次输入的密码不一样" in caught.value.by_field()["password_again"]
    assert not services.accounts.has_operators()


def test_login_returns_the_actor_and_is_audited(services, admin):
    assert (admin.name, admin.role, admin.source) == ("俞晓燕", "admin", "gui")
    assert services.accounts.login("YUXY", PASSWORD).operator_id == admin.operator_id
    assert ("俞晓燕", "account.login", "{}") in audit_actions(services)


def test_wrong_passwords_then_a_growing_wait(services, admin):
    now = now_utc()
    for _attempt in range(1, 5):
        with pytest.raises(UserError, match="^用户名或密码不正确。$"):
            services.accounts.login("yuxy", "wrong-password", now)
    with pytest.raises(UserError, match="连续输错 5 次，请等 30 秒后再试"):
        services.accounts.login("yuxy", "wrong-password", now)
    # While waiting even the right password is not tried.
    with pytest.raises(UserError, match="请等 20 秒后再试"):
        services.accounts.login("yuxy", PASSWORD, now + timedelta(seconds=10))
    later = now + timedelta(seconds=31)
    with pytest.raises(UserError, match="连续输错 6 次，请等 1 分钟后再试"):
        services.accounts.login("yuxy", "wrong-again", later)
    actor = services.accounts.login("yuxy", PASSWORD, later + timedelta(seconds=61))
    assert actor.operator_id == admin.operator_id
    # Counting starts again after a good login.
    with pytest.raises(UserError, match="^用户名或密码不正确。$"):
        services.accounts.login("yuxy", "wrong-password", later + timedelta(seconds=62))
    failed = [d for _a, action, d in audit_actions(services) if action == "account.login_failed"]
    assert len(failed) == 7 and all("wrong" not in d for d in failed)


def test_lockout_delay_doubles_and_is_capped():
    assert [lockout_delay(n) for n in range(5)] == [None] * 5
    assert [lockout_delay(n).total_seconds() for n in (5, 6, 7, 8)] == [30, 60, 120, 240]
    assert lockout_delay(50) == timedelta(minutes=15)
    now = now_utc()
    assert wait_text(now + timedelta(seconds=90), now) == "2 分钟"


def test_unknown_user_gets_the_same_words_as_a_wrong_password(services, admin):
    with pytest.raises(UserError, match="^用户名或密码不正确。$"):
        services.accounts.login("nobody", PASSWORD)


def test_administrator_manages_accounts_and_each_change_is_audited(services, admin):
    mediator_id = services.mediators.create(MediatorDraft(name="俞国强", phone="13905718801")).id
    with pytest.raises(ValidationErrors, match="选择对应的调解员"):
        services.accounts.create(OperatorDraft("yugq", "俞国强", "mediator", None, "password-1"))
    info = services.accounts.create(OperatorDraft("yugq", "俞国强", "mediator", mediator_id,
                                                  "password-1", "password-1"))
    assert (info.role_cn, info.mediator_name) == ("调解员", "俞国强")
    with pytest.raises(ValidationErrors, match="已经有人用了"):
        services.accounts.create(OperatorDraft("YUGQ", "又一个", "read_only", None, "password-1"))
    services.accounts.update(info.id, OperatorDraft("yugq", "俞国强", "read_only", mediator_id))
    assert services.accounts.get(info.id).mediator_id is None
    services.accounts.deactivate(info.id)
    with pytest.raises(UserError, match="已经停用"):
        services.accounts.login("yugq", "password-1")
    services.accounts.reset_password(info.id, "new-password-2", "new-password-2")
    assert services.accounts.login("yugq", "new-password-2").role == "read_only"
    actions = [a for _n, a, _d in audit_actions(services)]
    for action in ("account.create_admin", "account.create", "account.update",
                   "account.deactivate", "account.reset_password"):
        assert action in actions
    assert all(PASSWORD not in d and "password-1" not in d for *_x, d in audit_actions(services))


def test_the_last_administrator_cannot_be_deactivated_or_demoted(services, admin):
    with pytest.raises(UserError, match="唯一的管理员"):
        services.accounts.deactivate(admin.operator_id)
    with pytest.raises(UserError, match="唯一的管理员"):
        services.accounts.update(admin.operator_id, OperatorDraft("yuxy", "俞晓燕", "read_only"))


def test_change_own_password_needs_the_old_one(services, admin):
    with pytest.raises(ValidationError, match="原密码不正确"):
        services.accounts.change_password("not-it-at-all", "another-pass-3", "another-pass-3")
    services.accounts.change_password(PASSWORD, "another-pass-3", "another-pass-3")
    services.accounts.check_password("another-pass-3")
    with pytest.raises(UserError):
        services.accounts.check_password(PASSWORD)


def test_non_administrators_cannot_manage_accounts(services, admin):
    services.accounts.create(OperatorDraft("zhang", "张堃", "read_only", None, "password-1"))
    services.act_as(services.accounts.login("zhang", "password-1"))
    with pytest.raises(PermissionDenied, match="只读.*不能管理操作员账户"):
        services.accounts.list()
    with pytest.raises(PermissionDenied):
        services.accounts.reset_password(admin.operator_id, "taken-over-1")
    services.accounts.change_password("password-1", "password-2", "password-2")
    services.accounts.logout()
    assert audit_actions(services)[-1][:2] == ("张堃", "account.logout")

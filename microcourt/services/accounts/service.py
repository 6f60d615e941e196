"""Operator accounts (issue 7, item 1): the liaison's administrator account made on the
first start, then a login for everyone; accounts managed by the administrator.

`login` returns the `Actor` the facade then acts as (`Services.act_as`); what each role
may do is enforced by the rules on the methods (kernel/rules.py, kernel/guard.py).
Every try is counted atomically before its password is checked and, after five wrong
ones, the account waits before the next try (passwords.py); count and wait are
committed in their own transaction, so they hold even though the login raises. Every login, failed login, logout and account change is audited
(never a password, nor its hash).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from microcourt.db.models import Mediator, Operator
from microcourt.domain import OperatorRole
from microcourt.errors import NotFound, UserError, ValidationError, ValidationErrors
from microcourt.services.accounts.passwords import (
    check_new_password,
    check_password_or_dummy,
    hash_password,
    lockout_delay,
    needs_rehash,
    password_matches,
    wait_text,
)
from microcourt.services.audit import chain as audit
from microcourt.services.kernel.context import Actor, AppContext
from microcourt.services.kernel.rules import ACCOUNTS, ADMIN, EVERYONE, allowed
from microcourt.timeutil import now_utc
from microcourt.validation.text import clean, clean_name

USERNAME_MAX = 64
DISPLAY_NAME_MAX = 100
WRONG_LOGIN = "用户名或密码不正确。"


@dataclass(frozen=True)
class OperatorInfo:
    id: int
    username: str
    display_name: str
    role: str  # OperatorRole value
    mediator_id: int | None
    mediator_name: str | None
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None

    @property
    def role_cn(self) -> str:
        return OperatorRole(self.role).cn


@dataclass
class OperatorDraft:
    username: str = ""
    display_name: str = ""
    role: str = OperatorRole.ADMIN.value
    mediator_id: int | None = None
    password: str = ""          # new accounts only
    password_again: str | None = None


def _info(operator: Operator, session: Session) -> OperatorInfo:
    mediator = session.get(Mediator, operator.mediator_id) if operator.mediator_id else None
    return OperatorInfo(operator.id, operator.username, operator.display_name, operator.role,
                        operator.mediator_id, mediator.name if mediator else None,
                        operator.active, operator.locked_until, operator.last_login_at)


@dataclass(frozen=True)
class _Attempt:
    """One counted login try of an existing account."""

    operator_id: int
    password_hash: str
    attempts: int                 # wrong tries in a row, this one included
    locked_until: datetime | None  # the wait this try started, if it turns out wrong


def actor_for(operator: Operator) -> Actor:
    return Actor(name=operator.display_name, source="gui", role=operator.role,
                 operator_id=operator.id, mediator_id=operator.mediator_id)


def _check_username(session: Session, username: str, own_id: int | None) -> list[ValidationError]:
    if not username:
        return [ValidationError("username", "请填写用户名。")]
    if len(username) > USERNAME_MAX or any(ch.isspace() for ch in username):
        return [ValidationError("username", f"用户名“{username}”不能有空格，且不超过 {USERNAME_MAX} 个字符。")]
    taken = session.scalar(select(Operator.id).where(
        func.lower(Operator.username) == username.lower()))
    if taken is not None and taken != own_id:
        return [ValidationError("username", f"用户名“{username}”已经有人用了，请换一个。")]
    return []


def _check_profile(session: Session, draft: OperatorDraft, own_id: int | None) -> OperatorDraft:
    """The cleaned draft, or ValidationErrors naming every bad field."""
    username, name = clean(draft.username), clean_name(draft.display_name)
    errors = _check_username(session, username, own_id)
    if not name:
        errors.append(ValidationError("display_name", "请填写姓名（显示名）。"))
    elif len(name) > DISPLAY_NAME_MAX:
        errors.append(ValidationError("display_name", f"姓名不能超过 {DISPLAY_NAME_MAX} 个字符。"))
    try:
        role = OperatorRole(draft.role)
    except ValueError:
        errors.append(ValidationError("role", f"没有“{draft.role}”这种角色。"))
        role = None
    mediator_id = draft.mediator_id if role is OperatorRole.MEDIATOR else None
    if role is OperatorRole.MEDIATOR and (
            mediator_id is None or session.get(Mediator, mediator_id) is None):
        errors.append(ValidationError("mediator_id", "调解员账户要选择对应的调解员。"))
    if errors:
        raise ValidationErrors(errors)
    return OperatorDraft(username, name, role.value, mediator_id, draft.password,
                         draft.password_again)


def _load(session: Session, operator_id: int) -> Operator:
    operator = session.get(Operator, operator_id)
    if operator is None:
        raise NotFound(f"找不到编号为 {operator_id} 的操作员账户。")
    return operator


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count(Operator.id)).where(
        Operator.role == OperatorRole.ADMIN.value, Operator.active.is_(True))) or 0


def _keep_an_admin(session: Session, operator: Operator, still_admin: bool) -> None:
    """Someone must always be able to manage the accounts."""
    if (operator.role == OperatorRole.ADMIN.value and operator.active and not still_admin
            and _active_admins(session) <= 1):
        raise UserError(f"“{operator.display_name}”是唯一的管理员，不能停用或改为其他角色。"
                        "请先给另一位操作员管理员角色。")


class AccountsService:
    """The facade's `accounts`."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @allowed(EVERYONE, what="查看账户")
    def has_operators(self) -> bool:
        with self.ctx.db.reading() as session:
            return session.scalar(select(func.count(Operator.id))) > 0

    @allowed(EVERYONE, what="创建管理员")
    def create_admin(self, username: str, display_name: str, password: str,
                     password_again: str | None = None) -> OperatorInfo:
        """The first start: the liaison's own administrator account; refused once any
        account exists (then only an administrator adds accounts)."""
        draft = OperatorDraft(username, display_name, OperatorRole.ADMIN.value, None,
                              password, password_again)
        with self.ctx.db.transaction() as session:
            if session.scalar(select(func.count(Operator.id))):
                raise UserError("管理员账户已经建立，请登录。")
            operator = self._insert(session, draft)
            audit.record(session, self.ctx.actor, "account.create_admin", "operator",
                         operator.id, username=operator.username)
            return _info(operator, session)

    def _insert(self, session: Session, draft: OperatorDraft) -> Operator:
        errors = []
        try:
            draft = _check_profile(session, draft, None)
        except ValidationErrors as exc:
            errors = list(exc.errors)
        try:
            check_new_password(draft.password, draft.password_again)
        except ValidationError as exc:
            errors.append(exc)
        if errors:
            raise ValidationErrors(errors)
        operator = Operator(username=draft.username, display_name=draft.display_name,
                            role=draft.role, mediator_id=draft.mediator_id,
                            password_hash=hash_password(draft.password), active=True,
                            failed_attempts=0)
        session.add(operator)
        session.flush()
        return operator

    @allowed(EVERYONE, what="登录")
    def login(self, username: str, password: str, now: datetime | None = None) -> Actor:
        """The Actor for this operator, or UserError: wrong name or password (the same
        words for both, so names cannot be guessed), deactivated, or waiting.

        The try is counted before the password is checked, by one atomic UPDATE that
        also refuses a locked account (`_claim_attempt`), so parallel guesses cannot
        slip past the lockout: at most FREE_ATTEMPTS of them are ever checked. The hash
        is checked once whether the user exists or not (`check_password_or_dummy`), so
        an unknown name takes as long as a wrong password."""
        now = now or now_utc()
        name = clean(username)
        claim = self._claim_attempt(name, now)
        if isinstance(claim, str):
            raise UserError(claim)
        if check_password_or_dummy(claim.password_hash if claim else None, password):
            return self._logged_in(claim.operator_id, password, now)
        failure = self._record_failure(claim, name, now)
        raise UserError(failure)

    def _claim_attempt(self, name: str, now: datetime) -> _Attempt | str | None:
        """Count one more try for `name` (committed before the password is checked):
        the try's count and the account's hash, a refusal (locked or deactivated), or
        None for an unknown user."""
        with self.ctx.db.transaction() as session:
            found = session.execute(select(Operator.id, Operator.active, Operator.password_hash)
                                    .where(func.lower(Operator.username) == name.lower())).first()
            if found is None:
                return None
            if not found.active:
                return "这个账户已经停用，请找联络员（管理员）。"
            attempts = session.scalar(
                update(Operator)
                .where(Operator.id == found.id,
                       or_(Operator.locked_until.is_(None), Operator.locked_until <= now))
                .values(failed_attempts=func.coalesce(Operator.failed_attempts, 0) + 1)
                .returning(Operator.failed_attempts)
                .execution_options(synchronize_session=False))
            if attempts is None:  # still waiting: this try is neither counted nor checked
                locked_until = session.scalar(select(Operator.locked_until)
                                              .where(Operator.id == found.id))
                return (f"密码输错次数太多，账户暂时锁定。请等 {wait_text(locked_until, now)}"
                        "后再试。")
            delay = lockout_delay(attempts)
            locked_until = now + delay if delay else None
            if delay:  # the wait holds already while this try's password is checked
                session.execute(update(Operator).where(Operator.id == found.id)
                                .values(locked_until=locked_until)
                                .execution_options(synchronize_session=False))
            return _Attempt(found.id, found.password_hash, attempts, locked_until)

    def _logged_in(self, operator_id: int, password: str, now: datetime) -> Actor:
        with self.ctx.db.transaction() as session:
            operator = _load(session, operator_id)
            operator.failed_attempts, operator.locked_until = 0, None
            operator.last_login_at = now
            if needs_rehash(operator.password_hash):
                operator.password_hash = hash_password(password)
            actor = actor_for(operator)
            audit.record(session, actor, "account.login", "operator", operator.id)
            return actor

    def _record_failure(self, claim: _Attempt | None, name: str, now: datetime) -> str:
        """Audit the failed try (in its own transaction, the count is already kept) and
        say why; the unknown user takes the same path."""
        with self.ctx.db.transaction() as session:
            if claim is None:
                audit.record(session, self.ctx.actor, "account.login_failed", "operator", None,
                             username=name[:USERNAME_MAX], reason="unknown user")
                return WRONG_LOGIN
            audit.record(session, self.ctx.actor, "account.login_failed", "operator",
                         claim.operator_id, username=name[:USERNAME_MAX],
                         attempts=claim.attempts)
        if claim.locked_until is None:
            return WRONG_LOGIN
        return (f"{WRONG_LOGIN}已经连续输错 {claim.attempts} 次，"
                f"请等 {wait_text(claim.locked_until, now)}后再试。")

    @allowed(EVERYONE, what="解锁")
    def check_password(self, password: str, now: datetime | None = None) -> None:
        """Unlocking the idle-locked window: the logged-in operator's own password,
        with the same counting and waiting as a login."""
        actor = self.ctx.actor
        if actor.operator_id is None:
            return
        with self.ctx.db.reading() as session:
            username = _load(session, actor.operator_id).username
        self.login(username, password, now)

    @allowed(EVERYONE, what="退出登录")
    def logout(self) -> None:
        actor = self.ctx.actor
        if actor.operator_id is None:
            return
        with self.ctx.db.transaction() as session:
            audit.record(session, actor, "account.logout", "operator", actor.operator_id)

    @allowed(EVERYONE, what="修改密码")
    def change_password(self, old: str, new: str, again: str | None = None) -> None:
        """The logged-in operator changes their own password."""
        actor = self.ctx.actor
        if actor.operator_id is None:
            raise UserError("命令行没有登录账户；请用 accounts reset-password 修改密码。")
        check_new_password(new, again)
        with self.ctx.db.transaction() as session:
            operator = _load(session, actor.operator_id)
            if not password_matches(operator.password_hash, old):
                raise ValidationError("old_password", "原密码不正确。")
            operator.password_hash = hash_password(new)
            audit.record(session, actor, "account.change_password", "operator", operator.id)

    @allowed(ADMIN, what=ACCOUNTS)
    def list(self) -> list[OperatorInfo]:
        with self.ctx.db.reading() as session:
            return [_info(o, session) for o in session.scalars(
                select(Operator).order_by(Operator.active.desc(), Operator.username))]

    @allowed(ADMIN, what=ACCOUNTS)
    def get(self, operator_id: int) -> OperatorInfo:
        with self.ctx.db.reading() as session:
            return _info(_load(session, operator_id), session)

    @allowed(ADMIN, what=ACCOUNTS)
    def create(self, draft: OperatorDraft) -> OperatorInfo:
        with self.ctx.db.transaction() as session:
            operator = self._insert(session, draft)
            audit.record(session, self.ctx.actor, "account.create", "operator", operator.id,
                         username=operator.username, role=operator.role)
            return _info(operator, session)

    @allowed(ADMIN, what=ACCOUNTS)
    def update(self, operator_id: int, draft: OperatorDraft) -> OperatorInfo:
        """Name, display name, role and mediator; the password is not changed here."""
        with self.ctx.db.transaction() as session:
            operator = _load(session, operator_id)
            cleaned = _check_profile(session, draft, operator_id)
            _keep_an_admin(session, operator, cleaned.role == OperatorRole.ADMIN.value)
            operator.username, operator.display_name = cleaned.username, cleaned.display_name
            operator.role, operator.mediator_id = cleaned.role, cleaned.mediator_id
            audit.record(session, self.ctx.actor, "account.update", "operator", operator.id,
                         username=operator.username, role=operator.role)
            return _info(operator, session)

    @allowed(ADMIN, what=ACCOUNTS)
    def deactivate(self, operator_id: int) -> OperatorInfo:
        """Accounts are never deleted (the audit log names them): they stop working."""
        with self.ctx.db.transaction() as session:
            operator = _load(session, operator_id)
            _keep_an_admin(session, operator, still_admin=False)
            operator.active = False
            audit.record(session, self.ctx.actor, "account.deactivate", "operator",
                         operator.id, username=operator.username)
            return _info(operator, session)

    @allowed(ADMIN, what=ACCOUNTS)
    def reset_password(self, operator_id: int, password: str,
                       again: str | None = None) -> OperatorInfo:
        """The administrator sets a new password (a forgotten one), which also lifts a
        lockout and reactivates the account."""
        check_new_password(password, again)
        with self.ctx.db.transaction() as session:
            operator = _load(session, operator_id)
            operator.password_hash = hash_password(password)
            operator.failed_attempts, operator.locked_until = 0, None
            operator.active = True
            audit.record(session, self.ctx.actor, "account.reset_password", "operator",
                         operator.id, username=operator.username)
            return _info(operator, session)

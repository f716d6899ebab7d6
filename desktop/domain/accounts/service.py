"""Accounts: first-run setup, log-in with lock-out, and the administrator's user management.

Every change is written with an audit record in the same transaction; log-ins and failed log-ins
are audited too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import func, select

from desktop.domain.concurrency import check_version
from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.entities import UnionProfile, User
from desktop.domain.accounts.inputs import ProfileInput
from desktop.domain.accounts.passwords import (
    check_while, hash_password, needs_upgrade, password_problem, verify_password, verify_unknown,
)
from desktop.domain.accounts.permissions import Permission, Role
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.errors import FieldError, NotFoundError, ValidationError
from desktop.domain.service_base import ServiceBase
from desktop.messages import QT_TRANSLATE_NOOP, UserError
from desktop.store.database import Database

MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 5


class LoginFailed(UserError):
    """Wrong user name or password, or the account is locked or switched off."""


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    version: int = 1   # handed back by an edit, so a save over a newer one is refused


def needs_setup(db: Database) -> bool:
    """A new database: no account exists yet, so the first start asks for the union and an administrator."""
    with db.session() as session:
        return session.scalar(select(func.count(User.id))) == 0


def union_profile(db: Database) -> ProfileInput | None:
    with db.session() as session:
        profile = session.get(UnionProfile, 1)
        if profile is None:
            return None
        return ProfileInput(profile.union_name, profile.unit_name, profile.credit_code, profile.address,
                            profile.chair)


def union_name(db: Database) -> str:
    with db.session() as session:
        profile = session.scalar(select(UnionProfile).limit(1))
        return profile.union_name if profile is not None else ""


def is_demo(db: Database) -> bool:
    with db.session() as session:
        profile = session.get(UnionProfile, 1)
        return bool(profile and profile.is_demo)


def _check_username(username: str) -> None:
    if not username or len(username) > 60 or any(c.isspace() for c in username):
        raise ValidationError([FieldError("username", QT_TRANSLATE_NOOP(
            "Accounts", "Enter a user name without spaces (at most 60 characters)."))])


def _check_password(password: str) -> None:
    problem = password_problem(password)
    if problem is not None:
        raise ValidationError([FieldError("password", problem)])


def _check_profile(profile: ProfileInput) -> None:
    errors = []
    if not profile.union_name.strip():
        errors.append(FieldError("union_name", QT_TRANSLATE_NOOP("Accounts", "Enter the union's name.")))
    if not profile.unit_name.strip():
        errors.append(FieldError("unit_name", QT_TRANSLATE_NOOP("Accounts", "Enter the name of the unit (employer).")))
    code = profile.credit_code.strip().upper()
    if code and (len(code) != 18 or not code.isalnum()):
        errors.append(FieldError("credit_code", QT_TRANSLATE_NOOP(
            "Accounts", "A unified social credit code has 18 letters and digits.")))
    if errors:
        raise ValidationError(errors)


def set_up_union(db: Database, profile: ProfileInput, username: str, display_name: str, password: str,
                 demo: bool = False, cheap_hash: bool = False) -> Actor:
    """First start: the union's profile and its first administrator. Refused once accounts exist."""
    _check_profile(profile)
    _check_username(username)
    _check_password(password)
    actor = Actor(username, display_name or username, Role.ADMIN)
    with db.transaction() as session:
        if session.scalar(select(func.count(User.id))):
            raise UserError(QT_TRANSLATE_NOOP("Accounts", "This database has been set up already; log in."))
        session.merge(UnionProfile(id=1, union_name=profile.union_name.strip(), unit_name=profile.unit_name.strip(),
                                   credit_code=profile.credit_code.strip().upper(), address=profile.address.strip(),
                                   chair=profile.chair.strip(), is_demo=demo, created_at=utc_now()))
        session.add(User(username=username, display_name=actor.display_name, role=str(Role.ADMIN),
                         password_hash=hash_password(password, cheap=cheap_hash), active=True,
                         failed_attempts=0, password_changed_at=utc_now()))
        recorder.record(session, actor, "setup", "union_profile", 1,
                        recorder.diff({}, {"union_name": profile.union_name, "administrator": username}))
    return actor


def authenticate(db: Database, username: str, password: str, now: dt.datetime | None = None,
                 meanwhile: Callable[[], None] | None = None) -> Actor:
    """The Actor for a correct user name and password. Five wrong passwords lock the account for
    five minutes; every attempt is audited, attempts on a locked or switched-off account too.

    Every attempt costs one password check, an unknown name included (against a dummy hash), so
    the time of the answer does not tell which names exist. A correct password whose hash was made
    with cheaper parameters (the demo's) is re-hashed with today's. `meanwhile` runs while the
    password is checked (passwords.check_while); it must not use the database."""
    now = now or utc_now()
    wrong = QT_TRANSLATE_NOOP("Accounts", "The user name or the password is wrong.")
    with db.transaction() as session:
        user = session.scalar(select(User).where(User.username == username))
        stored = user.password_hash if user is not None else None
        correct = check_while(lambda: verify_password(stored, password) if stored is not None
                              else verify_unknown(password), meanwhile)
        if user is None:
            recorder.record(session, Actor(username or "?", role=Role.READONLY), "failed_login", "user", None)
            failure = LoginFailed(wrong)
        elif user.locked_until is not None and user.locked_until > now:
            minutes = max(1, int((user.locked_until - now).total_seconds() // 60) + 1)
            recorder.record(session, _actor_of(user), "failed_login", "user", user.id,
                            {"reason": [None, "locked"]})
            failure = LoginFailed(QT_TRANSLATE_NOOP(
                "Accounts", "Too many wrong passwords: this account is locked for {minutes} more minute(s)."
            ).format(minutes=minutes))
        elif not user.active:
            recorder.record(session, _actor_of(user), "failed_login", "user", user.id,
                            {"reason": [None, "switched_off"]})
            failure = LoginFailed(QT_TRANSLATE_NOOP(
                "Accounts", "This account has been switched off. Ask the union chair."))
        elif not correct:
            user.failed_attempts += 1
            if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
                user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
                user.failed_attempts = 0
            recorder.record(session, _actor_of(user), "failed_login", "user", user.id)
            failure = LoginFailed(wrong)
        else:
            user.failed_attempts = 0
            user.locked_until = None
            user.last_login_at = now
            actor = _actor_of(user)
            upgraded = needs_upgrade(user.password_hash)
            if upgraded:
                user.password_hash = hash_password(password)
            recorder.record(session, actor, "login", "user", user.id,
                            {"password_hash_upgraded": [None, True]} if upgraded else None)
            return actor
    raise failure


def _actor_of(user: User) -> Actor:
    return Actor(user.username, user.display_name or user.username, Role(user.role))


def _row(user: User) -> UserRow:
    return UserRow(user.id, user.username, user.display_name, Role(user.role), user.active, user.locked_until,
                   user.last_login_at, version=user.version)


class AccountService(ServiceBase):
    """What a logged-in user may do with accounts: their own password, and (administrators) others'."""

    def users(self) -> list[UserRow]:
        self._actor.require(Permission.ACCOUNTS_MANAGE)
        with self._db.session() as session:
            return [_row(u) for u in session.scalars(select(User).order_by(User.username))]

    def create_user(self, username: str, display_name: str, role: Role, password: str) -> int:
        self._actor.require(Permission.ACCOUNTS_MANAGE)
        _check_username(username)
        _check_password(password)
        with self._db.transaction() as session:
            if session.scalar(select(User.id).where(User.username == username)) is not None:
                raise ValidationError([FieldError("username", QT_TRANSLATE_NOOP(
                    "Accounts", "The user name {name} is taken; choose another.").format(name=username))])
            user = User(username=username, display_name=display_name or username, role=str(role),
                        password_hash=hash_password(password), active=True, failed_attempts=0,
                        password_changed_at=utc_now())
            session.add(user)
            session.flush()
            recorder.record(session, self._actor, "create", "user", user.id,
                            recorder.diff({}, {"username": username, "role": str(role)}))
            return user.id

    def update_user(self, user_id: int, display_name: str, role: Role, active: bool,
                    loaded_version: int | None = None) -> None:
        self._actor.require(Permission.ACCOUNTS_MANAGE)
        with self._db.transaction() as session:
            user = self._get(session, user_id)
            check_version(session, user, loaded_version, "user", user_id)  # someone else saved meanwhile?
            if user.username == self._actor.username and (role != Role.ADMIN or not active):
                raise UserError(QT_TRANSLATE_NOOP(
                    "Accounts", "You cannot take away your own administrator rights; another "
                    "administrator must do it."))
            old = {"display_name": user.display_name, "role": user.role, "active": user.active}
            user.display_name, user.role, user.active = display_name, str(role), active
            changes = recorder.diff(old, {"display_name": display_name, "role": str(role), "active": active})
            if changes:
                recorder.record(session, self._actor, "update", "user", user_id, changes)

    def reset_password(self, user_id: int, new_password: str) -> None:
        """The administrator sets a new password for someone who forgot theirs (and unlocks them)."""
        self._actor.require(Permission.ACCOUNTS_MANAGE)
        _check_password(new_password)
        with self._db.transaction() as session:
            user = self._get(session, user_id)
            user.password_hash = hash_password(new_password)
            user.password_changed_at = utc_now()
            user.failed_attempts, user.locked_until = 0, None
            recorder.record(session, self._actor, "reset_password", "user", user_id)

    def change_own_password(self, old_password: str, new_password: str) -> None:
        _check_password(new_password)
        with self._db.transaction() as session:
            user = session.scalar(select(User).where(User.username == self._actor.username))
            if user is None or not verify_password(user.password_hash, old_password):
                raise ValidationError([FieldError("old_password", QT_TRANSLATE_NOOP(
                    "Accounts", "The current password is wrong."))])
            user.password_hash = hash_password(new_password)
            user.password_changed_at = utc_now()
            recorder.record(session, self._actor, "change_password", "user", user.id)

    def update_profile(self, profile: ProfileInput) -> None:
        self._actor.require(Permission.SETTINGS_MANAGE)
        _check_profile(profile)
        with self._db.transaction() as session:
            row = session.get(UnionProfile, 1)
            old = {} if row is None else {k: getattr(row, k) for k in profile.__dataclass_fields__}
            if row is None:
                row = UnionProfile(id=1, is_demo=False, created_at=utc_now(), **profile.__dict__)
                session.add(row)
            else:
                for key, value in profile.__dict__.items():
                    setattr(row, key, value.strip())
            recorder.record(session, self._actor, "update", "union_profile", 1, recorder.diff(old, profile.__dict__))

    def _get(self, session, user_id: int) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Accounts", "This account no longer exists."))
        return user

"""Accounts: first-run setup, log-in and lock-out, roles bound in the services, masking."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desktop.domain.accounts.actor import Actor, PermissionDenied
from desktop.domain.accounts.permissions import Permission, Role
from desktop.domain.accounts.inputs import ProfileInput
from desktop.domain.accounts.service import AccountService, LoginFailed, authenticate, needs_setup, set_up_union
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.errors import ValidationError
from desktop.domain.members.queries import MemberQueries
from desktop.domain.members.service import MemberService

PROFILE = ProfileInput("测试工会", "测试公司")


@pytest.fixture
def chair(db):
    return set_up_union(db, PROFILE, "chair", "张主席", "correct-horse")


def _actions(db):
    with db.session() as session:
        return [(r.actor, r.action) for r in session.scalars(select(AuditRecord).order_by(AuditRecord.id))]


def test_a_new_database_needs_setup_until_the_first_administrator_exists(db):
    assert needs_setup(db)
    actor = set_up_union(db, PROFILE, "chair", "张主席", "correct-horse")
    assert actor.role == Role.ADMIN and not needs_setup(db)
    with pytest.raises(Exception):
        set_up_union(db, PROFILE, "other", "", "another-pass")


def test_setup_refuses_a_short_password(db):
    with pytest.raises(ValidationError) as caught:
        set_up_union(db, PROFILE, "chair", "", "short")
    assert caught.value.errors[0].field == "password"
    assert needs_setup(db)


def test_log_in_is_audited_and_a_wrong_password_too(db, chair):
    assert authenticate(db, "chair", "correct-horse").username == "chair"
    with pytest.raises(LoginFailed):
        authenticate(db, "chair", "wrong")
    assert ("chair", "login") in _actions(db) and ("chair", "failed_login") in _actions(db)


def test_work_done_while_the_password_is_checked_changes_no_answer(db, chair):
    """The start loads the window's code while the password is checked on a second thread: a wrong
    password is still refused and audited, an unknown name too, a right one lets the user in."""
    done = []
    with pytest.raises(LoginFailed):
        authenticate(db, "chair", "wrong-horse", meanwhile=lambda: done.append("wrong"))
    with pytest.raises(LoginFailed):
        authenticate(db, "nobody", "correct-horse", meanwhile=lambda: done.append("unknown"))
    assert authenticate(db, "chair", "correct-horse", meanwhile=lambda: done.append("right")).username == "chair"
    assert done == ["wrong", "unknown", "right"]
    assert _actions(db)[-3:] == [("chair", "failed_login"), ("nobody", "failed_login"), ("chair", "login")]


def test_a_failure_of_the_password_check_reaches_the_caller_and_nobody_is_let_in(db, chair, monkeypatch):
    from desktop.domain.accounts import service

    def broken(*_args):
        raise MemoryError("argon2 could not allocate its memory")

    monkeypatch.setattr(service, "verify_password", broken)
    with pytest.raises(MemoryError):
        authenticate(db, "chair", "correct-horse", meanwhile=lambda: None)
    assert ("chair", "login") not in _actions(db)


def test_five_wrong_passwords_lock_the_account_for_five_minutes(db, chair):
    now = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.timezone.utc)
    for _ in range(5):
        with pytest.raises(LoginFailed):
            authenticate(db, "chair", "wrong", now=now)
    with pytest.raises(LoginFailed) as caught:
        authenticate(db, "chair", "correct-horse", now=now + dt.timedelta(minutes=1))
    assert "locked" in str(caught.value)
    assert authenticate(db, "chair", "correct-horse", now=now + dt.timedelta(minutes=6)).username == "chair"


def test_administrator_creates_accounts_and_resets_a_password(db, chair):
    accounts = AccountService(db, chair)
    user_id = accounts.create_user("clerk", "李干事", Role.OFFICER, "first-pass-1")
    accounts.reset_password(user_id, "second-pass-2")
    assert authenticate(db, "clerk", "second-pass-2").role == Role.OFFICER
    with pytest.raises(LoginFailed):
        authenticate(db, "clerk", "first-pass-1")


def test_only_an_administrator_manages_accounts(db, chair):
    AccountService(db, chair).create_user("viewer", "", Role.READONLY, "viewer-pass")
    viewer = authenticate(db, "viewer", "viewer-pass")
    with pytest.raises(PermissionDenied):
        AccountService(db, viewer).create_user("x", "", Role.ADMIN, "whatever-1")
    AccountService(db, viewer).change_own_password("viewer-pass", "new-viewer-pass")
    assert authenticate(db, "viewer", "new-viewer-pass")


@pytest.mark.parametrize("role", [Role.READONLY, Role.FINANCE, Role.AID, Role.TELLER])
def test_roles_without_member_rights_cannot_write_members_through_the_service(db, make_member, role):
    service = MemberService(db, Actor("someone", role=role))
    with pytest.raises(PermissionDenied):
        service.create(make_member())
    with db.session() as session:
        assert session.scalar(select(AuditRecord.id).where(AuditRecord.action == "create")) is None


@pytest.mark.parametrize("role,masked", [(Role.ADMIN, False), (Role.OFFICER, False), (Role.READONLY, True),
                                         (Role.FINANCE, True), (Role.AID, True)])
def test_id_numbers_and_phones_are_masked_for_roles_without_the_permission(db, make_member, role, masked):
    member_id = MemberService(db, Actor("chair", role=Role.ADMIN)).create(make_member(mobile="13812345678"))
    queries = MemberQueries(db, Actor("someone", role=role))
    row = queries.rows([member_id])[member_id]
    detail = queries.detail(member_id)
    assert ("*" in row.id_number) is masked and ("*" in detail.data.id_number) is masked
    assert (row.mobile == "138****5678") is masked


def test_revealing_a_masked_value_is_audited(db, make_member):
    full = make_member(mobile="13812345678")
    member_id = MemberService(db, Actor("chair", role=Role.ADMIN)).create(full)
    finance = Actor("cashier", role=Role.FINANCE)
    assert MemberQueries(db, finance).reveal(member_id, "mobile") == "13812345678"
    with db.session() as session:
        record = session.scalars(select(AuditRecord).where(AuditRecord.action == "reveal")).one()
    assert record.actor == "cashier" and json.loads(record.changes) == {"field": [None, "mobile"]}


def test_a_read_only_user_may_not_reveal(db, make_member):
    member_id = MemberService(db, Actor("chair", role=Role.ADMIN)).create(make_member())
    with pytest.raises(PermissionDenied):
        MemberQueries(db, Actor("viewer", role=Role.READONLY)).reveal(member_id, "id_number")


def test_every_role_reads_the_register_except_nobody():
    for role in Role:
        assert Actor("x", role=role).can(Permission.MEMBERS_READ)

"""Smaller holes of the second trust pass: log-in answers unknown names after the same password
check as real ones, attempts on a locked account are recorded, cheap (demo) hashes are upgraded at
log-in, text fields have length limits with a clear message, and the aid case page masks the phone."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal as D

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from desktop.domain.accounts import passwords
from desktop.domain.accounts.actor import LOCAL_ADMIN, Actor
from desktop.domain.accounts.entities import User
from desktop.domain.accounts.permissions import Role
from desktop.domain.accounts.inputs import ProfileInput
from desktop.domain.accounts.service import AccountService, LoginFailed, authenticate, set_up_union
from desktop.domain.aid.inputs import CaseInput
from desktop.domain.aid.queries import AidQueries
from desktop.domain.aid.service import AidService
from desktop.domain.aid.settings import AidSettingsService
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.errors import ValidationError
from desktop.domain.members.entities import Member
from desktop.domain.members.service import MemberService
from tests.domain.conftest import TODAY

PASSWORD = "correct-horse-7"


class CountingHasher(PasswordHasher):
    def __init__(self, **params):
        super().__init__(**params)
        self.checks = 0

    def verify(self, stored, password):
        self.checks += 1
        return super().verify(stored, password)


@pytest.fixture
def hasher(monkeypatch):
    counting = CountingHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(passwords, "HASHER", counting)
    return counting


@pytest.fixture
def union(db, hasher):
    set_up_union(db, ProfileInput("测试工会", "测试单位"), "chair", "王主席", PASSWORD)
    return db


def _audit(db, action):
    with db.session() as session:
        return session.scalars(select(AuditRecord).where(AuditRecord.action == action)
                               .order_by(AuditRecord.id)).all()


def test_an_unknown_name_costs_the_same_password_check_as_a_real_one(union, hasher):
    for name in ("chair", "nobody-here"):
        hasher.checks = 0
        with pytest.raises(LoginFailed) as failed:
            authenticate(union, name, "wrong-password")
        assert hasher.checks == 1, name
        assert "wrong" in str(failed.value.message)  # the same words for both


def test_attempts_on_a_locked_account_are_recorded(union, hasher):
    for _ in range(5):
        with pytest.raises(LoginFailed):
            authenticate(union, "chair", "wrong-password")
    before = len(_audit(union, "failed_login"))
    hasher.checks = 0
    with pytest.raises(LoginFailed) as refused:
        authenticate(union, "chair", PASSWORD)  # right password, but locked
    assert "locked" in str(refused.value.message)
    assert hasher.checks == 1
    failed = _audit(union, "failed_login")
    assert len(failed) == before + 1
    assert json.loads(failed[-1].changes)["reason"] == [None, "locked"]
    assert failed[-1].actor == "chair"


def test_a_cheap_hash_is_upgraded_at_log_in(db, monkeypatch):
    monkeypatch.setattr(passwords, "HASHER", passwords.CHEAP_HASHER)
    set_up_union(db, ProfileInput("演示工会", "演示单位"), "admin", "管理员", PASSWORD, demo=True, cheap_hash=True)
    stronger = PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1)
    monkeypatch.setattr(passwords, "HASHER", stronger)
    with db.session() as session:
        old = session.scalar(select(User.password_hash))
    assert stronger.check_needs_rehash(old)
    authenticate(db, "admin", PASSWORD)
    with db.session() as session:
        new = session.scalar(select(User.password_hash))
    assert new != old and not stronger.check_needs_rehash(new)
    assert json.loads(_audit(db, "login")[-1].changes) == {"password_hash_upgraded": [None, True]}
    authenticate(db, "admin", PASSWORD)  # the upgraded hash still lets the owner in
    assert "password_hash_upgraded" not in _audit(db, "login")[-1].changes


def test_a_too_long_field_is_refused_with_its_name_and_limit(db, make_member):
    service = MemberService(db, LOCAL_ADMIN, today=TODAY)
    with pytest.raises(ValidationError) as refused:
        service.create(make_member(department="一" * 61))
    error = refused.value.errors[0]
    assert error.field == "department"
    text = error.message.render()
    assert "Department" in text and "60" in text and "61" in text
    with pytest.raises(ValidationError):
        service.create(make_member(remarks="很长的备注" * 1000))
    # Areas without a check of their own are stopped when their rows are written.
    with pytest.raises(ValidationError) as refused:
        AccountService(db, LOCAL_ADMIN).create_user("clerk", "王" * 61, Role.READONLY, PASSWORD)
    assert refused.value.errors[0].field == "display_name" and "60" in refused.value.message.render()
    with db.session() as session:
        assert session.scalar(select(func.count(User.id))) == 0
    with db.session() as session:
        assert session.scalar(select(func.count(Member.id))) == 0
    # Within the limits everything is saved as typed.
    member_id = service.create(make_member(department="一" * 60))
    with db.session() as session:
        assert session.get(Member, member_id).department == "一" * 60


def test_the_aid_case_page_masks_the_applicants_phone(db, make_member):
    member_id = MemberService(db, LOCAL_ADMIN, TODAY).create(make_member(name="王建国", mobile="13912345678"))
    AidSettingsService(db, LOCAL_ADMIN).add_line(dt.date(2023, 1, 1), D("800"))
    aid = Actor("aid", "陈帮扶", Role.AID)
    case_id = AidService(db, aid, TODAY).create_case(CaseInput(
        member_id=member_id, opened_on=dt.date(2024, 3, 1), household_size=1, yearly_income=D("6000"),
        rigid_spending=D("0"), main_cause="1", health="1", aid_requested=("living",),
        consent_on=dt.date(2024, 3, 1), consent_scope="同意工会收集收入信息用于帮扶"))
    assert AidQueries(db, aid).detail(case_id).mobile == "139****5678"
    assert AidQueries(db, LOCAL_ADMIN).detail(case_id).mobile == "13912345678"


def test_an_administrator_resetting_a_password_is_unaffected(union):
    accounts = AccountService(union, Actor("chair", "王主席", Role.ADMIN))
    user_id = accounts.create_user("viewer", "吴查看", Role.READONLY, "viewer-pass-1")
    accounts.reset_password(user_id, "viewer-pass-2")
    assert authenticate(union, "viewer", "viewer-pass-2").role == Role.READONLY

"""Reading the audit trail: newest first, filtered by user, kind of record, action and dates, each
row with a readable account of what changed; only for roles allowed to read it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from desktop.domain.accounts.actor import LOCAL_ADMIN, Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.audit.queries import AuditFilter, AuditQueries
from desktop.domain.members.service import MemberService
from tests.domain.conftest import TODAY


@pytest.fixture
def trail(db, service, make_member):
    """Two officers at work: 王 adds two members, 李 moves one to another department and deletes
    the other. Returns the member ids."""
    wang = service.create(make_member(name="王芳", sequence=2, gender="2", department="工会办"))
    zhang = service.create(make_member(name="张海生", department="工会办"))
    li = MemberService(db, Actor("li", "李干事", Role.OFFICER), today=TODAY)
    li.update(wang, replace(service_input(db, wang), department="财务部"))
    li.delete([zhang])
    return wang, zhang


def service_input(db, member_id):
    from desktop.domain.members.queries import MemberQueries

    return MemberQueries(db, LOCAL_ADMIN).detail(member_id).data


@pytest.fixture
def audit(db) -> AuditQueries:
    return AuditQueries(db, LOCAL_ADMIN)


def test_newest_record_comes_first(audit, trail):
    rows = audit.rows(audit.ids())
    actions = [rows[i].action for i in audit.ids()]
    assert actions == ["delete", "update", "create", "create"]


def test_filter_by_user_action_and_kind(audit, trail):
    wang, zhang = trail
    assert [audit.rows([i])[i].actor for i in audit.ids(AuditFilter(user="li"))] == ["li", "li"]
    [deleted] = audit.ids(AuditFilter(action="delete"))
    assert audit.rows([deleted])[deleted].entity_id == zhang
    assert len(audit.ids(AuditFilter(entity="member", user="admin"))) == 2
    assert audit.ids(AuditFilter(entity="user")) == []
    assert audit.count(AuditFilter(user="li")) == 2


def test_filter_by_dates_on_the_local_calendar(audit, trail):
    today = dt.date.today()
    assert len(audit.ids(AuditFilter(date_from=today, date_to=today))) == 4
    assert audit.ids(AuditFilter(date_to=today - dt.timedelta(days=1))) == []
    assert audit.ids(AuditFilter(date_from=today + dt.timedelta(days=1))) == []


def test_the_filter_combos_offer_what_occurs(audit, trail):
    assert audit.users() == ["admin", "li"]
    assert audit.entities() == ["member"]
    assert audit.actions() == ["create", "delete", "update"]


def test_an_edit_reads_as_field_old_and_new(audit, trail):
    [update] = audit.ids(AuditFilter(action="update"))
    assert audit.rows([update])[update].summary() == "Department: 工会办 → 财务部"


def test_codes_read_as_their_labels_and_phones_stay_masked(audit, trail):
    wang, _ = trail
    [created] = [i for i in audit.ids(AuditFilter(action="create")) if audit.rows([i])[i].entity_id == wang]
    summary = audit.rows([created])[created].summary(language="zh_CN")
    assert "Name: 王芳" in summary
    assert "Gender: 女" in summary           # the code table's label, not the code "2"
    assert "Mobile: 138****5678" in summary  # masked as the trail stores it
    assert "13812345678" not in summary


def test_rows_are_plain_values(audit, trail):
    row = audit.rows(audit.ids())[audit.ids()[0]]
    with pytest.raises(AttributeError):
        row.actor = "someone"  # frozen: a view cannot change what it was given
    assert row.at.tzinfo is not None


@pytest.mark.parametrize("role", [Role.OFFICER, Role.FINANCE, Role.READONLY, Role.TELLER])
def test_only_roles_allowed_to_read_the_trail_may(db, role):
    with pytest.raises(PermissionDenied):
        AuditQueries(db, Actor("x", role=role))


def test_an_export_is_recorded_with_its_file_and_count(db, audit, trail):
    record_id = audit.record_export("/tmp/审计.xlsx", 4, AuditFilter(user="li"))
    assert audit.ids()[0] == record_id
    row = audit.rows([record_id])[record_id]
    assert (row.actor, row.action, row.entity) == ("admin", "export", "audit_trail")
    assert "File: /tmp/审计.xlsx" in row.summary() and "Records: 4" in row.summary()
    assert "Filter: User: li" in row.summary()  # in words, not JSON


def test_codes_money_dates_and_lists_read_as_words():
    from desktop.domain.audit.queries import FieldChange, change_text

    assert change_text(FieldChange("method", None, "payroll")) == "Payment method: Payroll deduction" or \
        change_text(FieldChange("method", None, "payroll")).endswith("Payroll deduction")
    assert change_text(FieldChange("total", None, "61279.20"), language="zh_CN").endswith("61,279.20 元")
    assert change_text(FieldChange("status", "setup", "open")).endswith("Setting up → Voting")
    assert change_text(FieldChange("kind", None, "motion")).endswith("Motion")
    assert change_text(FieldChange("candidates", [], ["仇宇", "向凯"])).endswith("仇宇、向凯")
    assert change_text(FieldChange("paid_on", None, "2025-05-13"), language="zh_CN").endswith("2025年5月13日")


def test_vote_settings_and_fund_categories_read_as_words():
    from desktop.domain.audit.queries import FieldChange, change_text

    assert change_text(FieldChange("electorate_kind", None, "list")).endswith("a named list")
    assert change_text(FieldChange("entry_mode", None, "totals")).endswith("totals counted by hand")
    assert change_text(FieldChange("candidate_order", None, "entered")).endswith("as entered")
    assert change_text(FieldChange("category_code", None, "50102"), language="zh_CN").endswith("50102 文体活动支出")
    assert change_text(FieldChange("kind", None, "batch")).endswith("batch")


def test_a_dues_payment_is_named_by_its_member(db, make_member):
    import datetime as dt
    from decimal import Decimal

    from desktop.domain.accounts.actor import LOCAL_ADMIN
    from desktop.domain.audit.queries import AuditFilter, AuditQueries
    from desktop.domain.audit import recorder
    from desktop.domain.members.service import MemberService

    member_id = MemberService(db, LOCAL_ADMIN).create(make_member("张海生"))
    with db.transaction() as session:   # as the dues service records a payment
        recorder.record(session, LOCAL_ADMIN, "dues_pay", "dues_payment", 99,
                        {"member_id": [None, member_id], "amount": [None, str(Decimal("28.35"))],
                         "paid_on": [None, dt.date(2026, 5, 4).isoformat()]})
    audit = AuditQueries(db, LOCAL_ADMIN)
    [record_id] = audit.ids(AuditFilter(action="dues_pay"))
    assert audit.rows([record_id])[record_id].object_name == "张海生"

"""Members on paper: IDs masked unless full ones are asked for, which needs the right and is
audited; registration forms carry the labels, not the codes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.documents.members.contents import RosterRequest, build_registration, build_roster, build_signin
from desktop.domain.accounts.actor import LOCAL_ADMIN, Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.members.queries import MemberFilter

FINANCE = Actor("finance", "财务", Role.FINANCE)


def audit(db) -> list[AuditRecord]:
    with db.session() as session:
        return list(session.scalars(select(AuditRecord).order_by(AuditRecord.id)))


def test_roster_masks_id_numbers_even_for_the_chair(db):
    roster = build_roster(db, LOCAL_ADMIN, RosterRequest(columns=("name", "id_number")))
    assert roster.rows and all("*" in row[1] for row in roster.rows if row[1])
    assert roster.masked_ids


def test_full_id_numbers_are_audited_once(db):
    before = len(audit(db))
    roster = build_roster(db, LOCAL_ADMIN, RosterRequest(columns=("name", "id_number"), full_ids=True))
    assert all("*" not in row[1] for row in roster.rows)
    records = audit(db)[before:]
    assert [r.action for r in records] == ["print"]
    assert '"roster"' in records[0].changes


def test_full_id_numbers_need_the_export_right(db):
    with pytest.raises(PermissionDenied):
        build_roster(db, FINANCE, RosterRequest(columns=("name", "id_number"), full_ids=True))


def test_selection_keeps_its_order_and_signin_lists_departments(db):
    roster = build_roster(db, LOCAL_ADMIN, RosterRequest(ids=(5, 3, 9), columns=("name",)))
    assert len(roster.rows) == 3
    sheet = build_signin(db, LOCAL_ADMIN, MemberFilter(department="销售部"), title="签到表")
    assert sheet.entries and {e.department for e in sheet.entries} == {"销售部"}


def test_registration_form_shows_labels(db):
    forms = build_registration(db, LOCAL_ADMIN, [1])
    record = forms.records[0]
    assert record.gender in ("男", "女")
    assert record.history and record.history[0].event in ("入会", "转入")
    assert "*" in record.id_number

"""The audit trail exported to .xlsx for the funds review committee: a header in the chosen
language, one row per record with the time as text, the changes as "field: old → new", and the
export itself written to the trail."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import openpyxl
import pytest

from desktop.domain.accounts.actor import LOCAL_ADMIN, Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.audit.queries import AuditFilter, AuditQueries
from desktop.domain.members.queries import MemberQueries
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import MemberInput
from desktop.exchange.audit.export import COLUMNS, export_audit
from desktop.i18n.catalog import render
from desktop.store.database import open_database
from desktop.store.integrity import verify_database

TODAY = dt.date(2024, 6, 1)
ENGLISH_HEADER = ["Record no.", "Time", "User", "Action", "Item", "Name", "Item id", "Changes"]


@pytest.fixture
def db(migrated_db_location):
    database = open_database(migrated_db_location)
    yield database
    database.close()


@pytest.fixture
def moved(db):
    """王芳 joins in 工会办 and moves to 财务部; returns (member id, the move's record id)."""
    service = MemberService(db, LOCAL_ADMIN, today=TODAY)
    data = MemberInput(name="王芳", id_number="11010519491231002X", mobile="13812345678", department="工会办",
                       join_date=dt.date(1980, 3, 1))
    member_id = service.create(data)
    stored = MemberQueries(db, LOCAL_ADMIN).detail(member_id).data
    service.update(member_id, replace(stored, department="财务部"))
    [update] = AuditQueries(db, LOCAL_ADMIN).ids(AuditFilter(action="update"))
    return member_id, update


def sheet_rows(path) -> list[tuple]:
    book = openpyxl.load_workbook(path)
    return list(book.active.iter_rows(values_only=True))


def test_header_and_a_known_record(db, moved, tmp_path):
    member_id, update = moved
    path = tmp_path / "审计记录.xlsx"
    result = export_audit(db, LOCAL_ADMIN, AuditFilter(), path, "en")
    rows = sheet_rows(path)
    assert list(rows[0]) == ENGLISH_HEADER
    assert result.records == len(rows) - 1 == 2
    by_id = {row[0]: row for row in rows[1:]}
    number, when, user, action, kind, name, record_id, changes = by_id[update]
    assert (user, action, kind, record_id) == ("admin", "Changed", "Member", member_id)
    assert name == MemberQueries(db, LOCAL_ADMIN).detail(member_id).data.name  # the member by name
    assert changes == "Department: 工会办 → 财务部"
    assert isinstance(when, str)  # text, so Excel neither reformats nor shifts it
    assert dt.datetime.strptime(when, "%Y-%m-%d %H:%M:%S").date() == dt.date.today()


def test_rows_are_newest_first_and_follow_the_filter(db, moved, tmp_path):
    path = tmp_path / "a.xlsx"
    export_audit(db, LOCAL_ADMIN, AuditFilter(), path, "en")
    numbers = [row[0] for row in sheet_rows(path)[1:]]
    assert numbers == sorted(numbers, reverse=True)
    export_audit(db, LOCAL_ADMIN, AuditFilter(action="create"), path, "en")
    assert [row[3] for row in sheet_rows(path)[1:]] == ["Created"]


def test_the_chinese_header_comes_from_the_catalogue(db, moved, tmp_path):
    path = tmp_path / "zh.xlsx"
    export_audit(db, LOCAL_ADMIN, AuditFilter(), path, "zh_CN")
    assert list(sheet_rows(path)[0]) == [render(title, "zh_CN") for title, _ in COLUMNS]


def test_phone_and_id_numbers_stay_masked(db, moved, tmp_path):
    path = tmp_path / "a.xlsx"
    export_audit(db, LOCAL_ADMIN, AuditFilter(), path, "en")
    text = "\n".join(str(cell) for row in sheet_rows(path) for cell in row)
    assert "13812345678" not in text and "11010519491231002X" not in text
    assert "138****5678" in text


def test_the_export_is_written_to_the_trail(db, moved, tmp_path):
    path = tmp_path / "a.xlsx"
    result = export_audit(db, LOCAL_ADMIN, AuditFilter(user="admin"), path, "en")
    audit = AuditQueries(db, LOCAL_ADMIN)
    newest = audit.rows([audit.ids()[0]])[audit.ids()[0]]
    assert newest.id == result.audit_record_id
    assert (newest.action, newest.entity) == ("export", "audit_trail")
    assert str(path) in newest.summary() and "Records: 2" in newest.summary()
    assert verify_database(db).ok


def test_a_cancelled_export_leaves_no_file_and_no_record(db, moved, tmp_path):
    path = tmp_path / "a.xlsx"
    before = AuditQueries(db, LOCAL_ADMIN).count()
    assert export_audit(db, LOCAL_ADMIN, AuditFilter(), path, "en", progress=lambda done, total: False) is None
    assert not path.exists() and list(tmp_path.glob("*.part")) == []
    assert AuditQueries(db, LOCAL_ADMIN).count() == before


def test_a_role_without_the_audit_permission_cannot_export(db, moved, tmp_path):
    with pytest.raises(PermissionDenied):
        export_audit(db, Actor("li", role=Role.OFFICER), AuditFilter(), tmp_path / "a.xlsx", "en")
    assert not (tmp_path / "a.xlsx").exists()

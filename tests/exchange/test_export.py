"""Exports reopened with openpyxl: the parent-union template's layout, the readable register, CSV
with a BOM; IDs typed as text; no cell can run as a formula; full IDs need the permission and are
audited; the round trip export → import gives the same members; changes since the last submission."""

from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from desktop.domain.accounts.actor import LOCAL_ADMIN, Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.members.queries import MemberFilter, MemberQueries, SortOrder
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import MemberInput
from desktop.exchange.members import importing
from desktop.exchange.members.export import ExportRequest, export_members
from desktop.exchange.members.import_plan import ImportOptions
from desktop.messages import UserError
from desktop.store.database import open_database
from tests.exchange.conftest import TODAY
from tests.exchange.rosters import LI, ZHANG, ZHAO

BY_JOIN_DATE = SortOrder("join_date")


@pytest.fixture
def members(db):
    service = MemberService(db, LOCAL_ADMIN, TODAY)
    ids = [
        service.create(MemberInput(name="张海生", id_number=ZHANG, mobile="13812345678", department="工会办",
                                   join_date=dt.date(2010, 9, 1), education="20", political_status="01",
                                   household_type="1", is_migrant_worker=True, remarks="=HYPERLINK(\"x\")")),
        service.create(MemberInput(name="李娜", id_number=LI, mobile="13912345678", department="-财务部",
                                   join_date=dt.date(2012, 1, 5), ethnicity="03", card_no="4600123412341234")),
        service.create(MemberInput(name="赵磊", id_number=ZHAO, join_date=dt.date(2015, 6, 1), team="@甲班")),
    ]
    return ids


def audit_exports(db) -> list[dict]:
    with db.session() as session:
        return [json.loads(r.changes) for r in session.scalars(select(AuditRecord).where(AuditRecord.action == "export"))]


def test_parent_union_template_layout(db, members, tmp_path):
    out = tmp_path / "上报.xlsx"
    outcome = export_members(db, LOCAL_ADMIN, ExportRequest("parent-union", out, order=BY_JOIN_DATE))
    assert outcome.count == 3 and outcome.full_ids
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[4]]
    assert len(header) == 20 and header[1] == "*姓名" and header[7] == "*证件号码" and header[19] == "*是否农民工"
    first = [c.value for c in sheet[5]]
    assert first[0] == 1 and first[1] == "张海生" and first[2] == "1" and first[3] == "19850312"
    assert first[4] == "01" and first[8] == "20" and first[13] == "1" and first[14] == "20100901"
    assert sheet["H5"].value == ZHANG and sheet["H5"].data_type == "s"
    assert sheet["K5"].data_type == "s"
    assert str(sheet.cell(sheet.max_row, 1).value).startswith("填表说明")
    assert sheet.max_row == 5 + 3


def test_roster_is_readable_and_typed(db, members, tmp_path):
    out = tmp_path / "roster.xlsx"
    export_members(db, LOCAL_ADMIN, ExportRequest("roster", out, full_ids=True, order=BY_JOIN_DATE))
    sheet = load_workbook(out).active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:AA4"
    assert sheet["B1"].value == "姓名" and sheet["B2"].value == "张海生"
    assert sheet["K2"].value == ZHANG and sheet["K2"].data_type == "s"
    assert sheet["D2"].is_date and sheet["L2"].value.date() == dt.date(2010, 9, 1)
    assert sheet.column_dimensions["K"].width >= 18
    remarks = sheet["AA2"]
    assert remarks.value == '=HYPERLINK("x")' and remarks.data_type == "s"   # text, not a formula


def test_masked_unless_full_ids_are_asked_for_and_allowed(db, members, tmp_path):
    export_members(db, LOCAL_ADMIN, ExportRequest("roster", tmp_path / "m.xlsx", order=BY_JOIN_DATE))
    assert load_workbook(tmp_path / "m.xlsx").active["K2"].value == ZHANG[:6] + "********" + ZHANG[-4:]
    masked_row = [c.value for c in load_workbook(tmp_path / "m.xlsx").active[2]]
    assert "13812345678" not in masked_row and "138****5678" in masked_row       # the phone masked too
    assert "1985" in masked_row and not any(str(v).startswith("1985-") for v in masked_row)  # birth: year only
    finance = Actor("cashier", role=Role.FINANCE)
    with pytest.raises(UserError):
        export_members(db, finance, ExportRequest("roster", tmp_path / "f.xlsx", full_ids=True))
    with pytest.raises(UserError):
        export_members(db, finance, ExportRequest("parent-union", tmp_path / "p.xlsx"))
    assert not (tmp_path / "p.xlsx").exists()
    export_members(db, LOCAL_ADMIN, ExportRequest("roster", tmp_path / "full.xlsx", full_ids=True))
    assert [a["full_id_numbers"][1] for a in audit_exports(db)] == [False, True]


def test_csv_has_a_bom_and_guards_formulas(db, members, tmp_path):
    out = tmp_path / "r.csv"
    export_members(db, LOCAL_ADMIN, ExportRequest("csv", out, full_ids=True, order=BY_JOIN_DATE))
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))
    assert rows[0][1] == "姓名" and rows[1][10] == ZHANG
    assert rows[1][-1] == "'=HYPERLINK(\"x\")" and rows[2][5] == "'-财务部" and rows[3][6] == "'@甲班"


def test_export_what_i_see(db, members, tmp_path):
    out = tmp_path / "seen.xlsx"
    outcome = export_members(db, LOCAL_ADMIN, ExportRequest("roster", out, MemberFilter(search="zhs")))
    assert outcome.count == 1 and load_workbook(out).active["B2"].value == "张海生"


@pytest.mark.parametrize("profile,suffix", [("roster", "xlsx"), ("csv", "csv")])
def test_round_trip_export_then_import_gives_the_same_members(db, members, tmp_path, profile, suffix):
    out = tmp_path / f"all.{suffix}"
    export_members(db, LOCAL_ADMIN, ExportRequest(profile, out, full_ids=True))
    before = MemberQueries(db, LOCAL_ADMIN)
    original = {before.detail(i).data.id_number: before.detail(i).data for i in members}
    other = open_database(str(tmp_path / "other.sqlite3"))
    try:
        loaded = importing.load(out)
        plan = importing.plan(other, LOCAL_ADMIN, loaded, importing.mapping_for(loaded.headers, None),
                              ImportOptions(), TODAY)
        assert not plan.rejected, plan.rejected
        importing.run(other, LOCAL_ADMIN, plan, today=TODAY)
        after = MemberQueries(other, LOCAL_ADMIN)
        copied = {after.detail(i).data.id_number: after.detail(i).data for i in after.ids(MemberFilter())}
        assert copied == original
    finally:
        other.close()


def test_changes_since_the_last_submission(db, members, tmp_path):
    first = export_members(db, LOCAL_ADMIN, ExportRequest("parent-union", tmp_path / "1.xlsx"))
    assert first.count == 3 and first.submission_id
    assert export_members(db, LOCAL_ADMIN, ExportRequest("parent-union", tmp_path / "2.xlsx", since_last=True)).count == 0
    service = MemberService(db, LOCAL_ADMIN, TODAY)
    queries = MemberQueries(db, LOCAL_ADMIN)
    service.update(members[1], replace(queries.detail(members[1]).data, mobile="13700000000"))
    from desktop.domain.members.lifecycle import EventType
    from desktop.domain.members.inputs import EventInput
    service.record_event(members[2], EventInput(EventType.RETAIN, dt.date(2024, 1, 1), reason="1"))
    service.create(MemberInput(name="新人", id_number="11010519491231002X", join_date=dt.date(2024, 5, 1)))
    out = tmp_path / "3.xlsx"
    assert export_members(db, LOCAL_ADMIN, ExportRequest("parent-union", out, since_last=True)).count == 3
    names = [r[1] for r in load_workbook(out).active.iter_rows(min_row=5, max_row=7, values_only=True)]
    assert sorted(names) == sorted(["李娜", "赵磊", "新人"])
    changed = {r[1]: r[13] for r in load_workbook(out).active.iter_rows(min_row=5, max_row=7, values_only=True)}
    assert changed["赵磊"] == "3"                                   # 保留 (retained)


def test_an_unknown_profile_names_the_known_ones(db, tmp_path):
    with pytest.raises(UserError) as error:
        export_members(db, LOCAL_ADMIN, ExportRequest("hainan", tmp_path / "x.xlsx"))
    assert "parent-union" in str(error.value)


@pytest.mark.parametrize("profile", ["parent-union", "roster"])
def test_libreoffice_reads_the_id_numbers_back_whole(db, members, tmp_path, profile):
    """What the parent union's office suite sees: converted to CSV by LibreOffice, every ID number
    is still all 18 characters, not 1.10105E+17."""
    import subprocess

    out = tmp_path / f"{profile}.xlsx"
    export_members(db, LOCAL_ADMIN, ExportRequest(profile, out, full_ids=True, order=BY_JOIN_DATE))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=180)
    text = (tmp_path / f"{profile}.csv").read_text(encoding="utf-8")
    for number in (ZHANG, LI, ZHAO):
        assert number in text
    assert "E+17" not in text

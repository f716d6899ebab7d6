"""Importing real, messy rosters: the header is found under titles, values are normalized, damaged
ID numbers are never stored, every rejected row says row/column/fix, duplicates are never merged
silently, and an import is one transaction that can be rolled back as a whole."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.accounts.actor import LOCAL_ADMIN, Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.imports.mappings import MappingMemory
from desktop.domain.members.bulk import DuplicatePolicy
from desktop.domain.members.entities import Member
from desktop.domain.members.imports import ImportCancelled, MemberImportService
from desktop.domain.members.queries import MemberQueries
from desktop.exchange.members import importing
from desktop.exchange.members.import_plan import ImportOptions
from desktop.exchange.shared.reading import UnreadableFile, open_spreadsheet
from tests.exchange.conftest import TODAY
from tests.exchange.rosters import LI, WANG, ZHANG, ZHAO, ZHOU, gbk_csv, messy_roster_xlsx

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "rosters"


def member_count(db) -> int:
    with db.engine.connect() as connection:
        return connection.execute(select(func.count(Member.id))).scalar_one()


def plan_for(db, path, options=ImportOptions(), sheet=None):
    loaded = importing.load(path, sheet)
    return loaded, importing.plan(db, LOCAL_ADMIN, loaded, importing.mapping_for(loaded.headers, None), options, TODAY)


def test_the_header_under_a_merged_title_is_found_on_the_likely_sheet(tmp_path):
    loaded = importing.load(messy_roster_xlsx(tmp_path / "r.xlsx"))
    assert loaded.sheet == "会员名册" and loaded.sheets[0] == "会员名册" and "说明" in loaded.sheets
    assert loaded.header_index + 1 == 3
    assert loaded.headers[1] == "姓 名"


def test_messy_rows_are_normalized_and_every_problem_is_reported_by_row_and_column(db, tmp_path):
    _, plan = plan_for(db, messy_roster_xlsx(tmp_path / "r.xlsx"))
    by_row = {p.row: p for p in plan.rejected}
    assert set(by_row) == {6, 9}
    assert by_row[6].column == "公民身份号码" and "format the ID column as text" in by_row[6].reason.source
    assert by_row[9].column == "公民身份号码" and by_row[9].kind == "bad_id"
    assert plan.new == 4 and plan.header_row == 3
    assert 12 in plan.skipped_rows and 13 in plan.skipped_rows     # 合计 and the note
    # Row 8 repeats row 4's person (not imported twice); row 10 has row 4's name and birth date under
    # another ID; the join dates written as a month are stored as the 1st.
    assert [(w.row, w.kind) for w in plan.warnings] == [
        (4, "month_only"), (8, "repeated_row"), (10, "month_only"), (10, "same_person")]
    assert "as row 4" in plan.warnings[1].reason.render()
    rows = {r.data.id_number: r.data for r in plan.rows}
    li = rows[LI]                                                   # full-width digits, 李  娜
    assert li.name == "李娜" and li.mobile == "13912345678" and li.gender == "2"
    assert li.birth_date == dt.date(1990, 7, 1) and li.join_date == dt.date(2010, 1, 1)  # Excel serial 40179
    zhang = rows[ZHANG]
    assert zhang.ethnicity == "01" and zhang.education == "20" and zhang.political_status == "01"
    assert zhang.join_date == dt.date(2010, 9, 1)                   # "2010.09"
    assert rows[ZHAO].join_date == dt.date(2015, 6, 1) and rows[ZHAO].education == "20"
    assert rows[ZHOU].birth_date == dt.date(1985, 3, 12)


def test_a_float_id_is_never_stored_even_if_it_passes_the_checksum(db, tmp_path):
    _, plan = plan_for(db, messy_roster_xlsx(tmp_path / "r.xlsx"))
    importing.run(db, LOCAL_ADMIN, plan, today=TODAY)
    assert MemberQueries(db, LOCAL_ADMIN).find_by_id_number(WANG) is None
    assert not any(str(WANG)[:15] in (r.data.id_number or "") for r in plan.rows)


def test_gbk_csv_is_detected_and_imported(db, tmp_path):
    path = gbk_csv(tmp_path / "r.csv")
    loaded, plan = plan_for(db, path)
    assert loaded.headers[0] == "姓 名"
    assert plan.new == 2 and not plan.rejected
    assert {r.data.name for r in plan.rows} == {"张海生", "李娜"}


def test_utf8_and_bom_csv_read_alike(tmp_path):
    for encoding in ("utf-8", "utf-8-sig", "gb18030"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes("姓名,身份证号\n䶮明,11010519491231002X\n".encode(encoding))
        book = open_spreadsheet(path)
        assert list(book.rows(book.sheet_names()[0]))[1] == ("䶮明", "11010519491231002X")


def test_a_damaged_legacy_xls_gets_a_message_not_a_traceback(tmp_path):
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(UnreadableFile):
        open_spreadsheet(xls)


def test_wps_and_encrypted_files_get_a_message_saying_how_to_save_as_xlsx(tmp_path):
    et = tmp_path / "名册.et"
    et.write_bytes(b"\x01\x02garbage")
    with pytest.raises(UnreadableFile) as error:
        open_spreadsheet(et)
    assert "Save As" in error.value.message.source and "xlsx" in error.value.message.source
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100 + "EncryptedPackage".encode("utf-16-le"))
    with pytest.raises(UnreadableFile) as error:
        open_spreadsheet(locked)
    assert "password" in error.value.message.source


def test_import_is_recorded_and_rolled_back_as_a_whole(db, tmp_path):
    _, plan = plan_for(db, messy_roster_xlsx(tmp_path / "r.xlsx"))
    outcome = importing.run(db, LOCAL_ADMIN, plan, today=TODAY)
    assert outcome.created == 4 and member_count(db) == 4
    undone = MemberImportService(db, LOCAL_ADMIN, TODAY).rollback(outcome.batch_id)
    assert undone.deleted == 4 and member_count(db) == 0
    with pytest.raises(Exception):
        MemberImportService(db, LOCAL_ADMIN, TODAY).rollback(outcome.batch_id)


def test_duplicates_against_the_register_follow_the_chosen_policy(db, tmp_path):
    path = messy_roster_xlsx(tmp_path / "r.xlsx")
    _, first = plan_for(db, path)
    importing.run(db, LOCAL_ADMIN, first, today=TODAY)
    service = MemberImportService(db, LOCAL_ADMIN, TODAY)
    queries = MemberQueries(db, LOCAL_ADMIN)
    zhang_id = queries.find_by_id_number(ZHANG)
    from desktop.domain.members.service import MemberService
    from dataclasses import replace
    member_service = MemberService(db, LOCAL_ADMIN, TODAY)
    member_service.update(zhang_id, replace(queries.detail(zhang_id).data, department="", mobile=""))

    _, skip = plan_for(db, path)
    assert skip.new == 0 and skip.unchanged == 4 and not skip.rows
    _, fill = plan_for(db, path, ImportOptions(DuplicatePolicy.FILL))
    assert fill.updates == 1                                 # only 张海生 had empty fields
    outcome = importing.run(db, LOCAL_ADMIN, fill, today=TODAY)
    assert outcome.updated == 1
    assert queries.detail(zhang_id).data.department == "工会办"
    service.rollback(outcome.batch_id)                       # the old (empty) values come back
    assert queries.detail(zhang_id).data.department == ""


def test_cancelling_rolls_everything_back(db, tmp_path):
    _, plan = plan_for(db, messy_roster_xlsx(tmp_path / "r.xlsx"))
    with pytest.raises(ImportCancelled):
        importing.run(db, LOCAL_ADMIN, plan, cancelled=lambda: True, today=TODAY)
    assert member_count(db) == 0


def test_a_role_without_write_permission_cannot_import(db, tmp_path):
    _, plan = plan_for(db, messy_roster_xlsx(tmp_path / "r.xlsx"))
    with pytest.raises(Exception, match="may not"):
        importing.run(db, Actor("reader", role=Role.READONLY), plan, today=TODAY)


def test_a_corrected_mapping_is_remembered_for_the_same_header(db, tmp_path):
    loaded = importing.load(messy_roster_xlsx(tmp_path / "r.xlsx"))
    memory = MappingMemory(db, LOCAL_ADMIN)
    mapping = importing.mapping_for(loaded.headers, memory)
    del mapping[9]                     # 部门 ignored by hand
    mapping[0] = "member_no"           # 序号 used as member no.
    importing.remember_mapping(loaded.headers, mapping, memory)
    assert importing.mapping_for(loaded.headers, memory) == mapping


def test_rejected_rows_are_saved_with_their_reason(db, tmp_path):
    from openpyxl import load_workbook

    _, plan = plan_for(db, messy_roster_xlsx(tmp_path / "r.xlsx"))
    assert importing.write_rejects(plan, tmp_path / "rejects.xlsx") == 2
    book = load_workbook(tmp_path / "rejects.xlsx")
    sheet = book.worksheets[0]
    warnings = list(book["Warnings"].iter_rows(values_only=True))
    assert warnings[0] == ("Row", "Column", "Value in the file", "What was done")
    assert warnings[1][:3] == (4, "入会时间", "2010.09") and "stored as the 1st (2010-09-01)" in warnings[1][3]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][1] == "姓 名" and rows[0][-1] == "Why the row was not imported"
    assert rows[1][1] == "王芳" and "format the ID column as text" in rows[1][-1]


def test_row_numbers_stay_those_excel_shows_when_the_table_starts_lower_right(db, tmp_path):
    """The fast reader starts at A1 even when the first cells are empty, so a rejected row is
    reported under the number the user sees in Excel."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["C4"], sheet["D4"], sheet["E4"] = "姓名", "身份证号码", "入会时间"
    sheet["C5"], sheet["D5"], sheet["E5"] = "张海生", ZHANG, "2010-09"
    sheet["C6"], sheet["D6"], sheet["E6"] = "李娜", "110105199007011234", "2010-09"  # wrong check digit
    book.save(tmp_path / "r.xlsx")
    loaded, plan = plan_for(db, tmp_path / "r.xlsx")
    assert loaded.header_index + 1 == 4
    assert plan.new == 1 and {p.row for p in plan.rejected} == {6}
    assert "身份证号码" in {p.column for p in plan.rejected}


def test_an_exact_integer_id_written_by_a_program_is_accepted(db, tmp_path):
    """A program (not Excel) can store an 18-digit ID as a number with all its digits: kept, not
    taken for a damaged float, while the float ID in the same sheet is still rejected."""
    import re
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "身份证号码", "入会时间"])
    sheet.append(["张海生", float(ZHANG), "2010-09"])
    sheet.append(["王芳", float(WANG), "2010-09"])
    book.save(tmp_path / "float.xlsx")
    # openpyxl writes every large number in float notation; put the 18 digits in, as such a program does.
    with zipfile.ZipFile(tmp_path / "float.xlsx") as source, zipfile.ZipFile(tmp_path / "r.xlsx", "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'(<c r="B2"[^>]*><v>)[^<]*(</v>)', rb"\g<1>" + ZHANG.encode() + rb"\g<2>", data)
            target.writestr(item, data)
    _, plan = plan_for(db, tmp_path / "r.xlsx")
    assert [r.data.id_number for r in plan.rows] == [ZHANG]
    assert [p.row for p in plan.rejected] == [3]


def test_undoing_an_import_is_refused_once_another_area_holds_records_of_its_members(db, tmp_path):
    """A wage base entered for an imported member would vanish with the member: the undo says so
    and changes nothing."""
    from decimal import Decimal

    from desktop.domain.dues.service import DuesService
    from desktop.domain.errors import UserError

    _, plan = plan_for(db, messy_roster_xlsx(tmp_path / "r.xlsx"))
    outcome = importing.run(db, LOCAL_ADMIN, plan, today=TODAY)
    zhang_id = MemberQueries(db, LOCAL_ADMIN).find_by_id_number(ZHANG)
    DuesService(db, LOCAL_ADMIN).set_wage(zhang_id, dt.date(2024, 1, 1), Decimal("5678.90"))
    with pytest.raises(UserError) as refused:
        MemberImportService(db, LOCAL_ADMIN, TODAY).rollback(outcome.batch_id)
    assert "张海生" in refused.value.message.render() and "nothing was undone" in refused.value.message.source
    assert member_count(db) == 4


def test_the_empty_template_is_read_back_with_every_column_recognised(tmp_path):
    headers = importing.write_template(tmp_path / "template.xlsx")
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "template.xlsx").active
    from openpyxl.utils import get_column_letter

    id_column = get_column_letter(headers.index("身份证号") + 1)
    assert sheet.column_dimensions[id_column].number_format == "@"   # typed IDs keep every digit
    loaded_headers = [c.value for c in sheet[1]]
    assert loaded_headers == headers
    mapping = importing.mapping_for(headers, None)
    assert set(mapping.values()) == set(importing.TEMPLATE_FIELDS)


def test_a_year_month_birth_roster_imports_every_member(db, tmp_path):
    """The issue's six rows: 出生年月 as unions write it, each agreeing with the ID to the month."""
    _, plan = plan_for(db, CORPUS / "year_month_birth.xlsx")
    assert plan.new == 6 and plan.rejected == [] and plan.warnings == []


def test_a_passport_holders_year_month_birth_date_is_the_1st_with_a_warning(db, tmp_path):
    """Without a resident ID number nothing tells the day: the 1st is stored and said so."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["姓名", "性别", "出生年月", "证件类型", "证件号码", "入会时间"])
    book.active.append(["Anna Schmidt", "女", "1980.04", "护照", "C01234567", "2020-01-01"])
    book.save(tmp_path / "p.xlsx")
    _, plan = plan_for(db, tmp_path / "p.xlsx")
    assert plan.new == 1 and plan.rows[0].data.birth_date == dt.date(1980, 4, 1)
    assert [(w.column, w.value, w.kind) for w in plan.warnings] == [("出生年月", "1980.04", "month_only")]


def test_a_roster_without_join_dates_imports_them_unknown_and_they_can_be_filled_in(db, tmp_path):
    """The parent-union template has no 入会时间: the members come in, listed as to be filled in, owe
    no dues until the date is known, and the date filled in later dates their first history entry."""
    from openpyxl import Workbook

    from desktop.domain.dues.queries import DuesQueries
    from desktop.domain.members.queries import MemberFilter
    from desktop.domain.members.service import MemberService

    book = Workbook()
    book.active.append(["姓名", "身份证号码", "手机"])
    book.active.append(["张海生", ZHANG, "13812345678"])
    book.save(tmp_path / "no-join.xlsx")
    _, plan = plan_for(db, tmp_path / "no-join.xlsx")
    assert plan.new == 1 and plan.rejected == []
    assert [(w.column, w.kind) for w in plan.warnings] == [("入会时间", "join_date_unknown")]
    importing.run(db, LOCAL_ADMIN, plan, today=TODAY)
    queries = MemberQueries(db, LOCAL_ADMIN)
    member_id = queries.find_by_id_number(ZHANG)
    assert queries.ids(MemberFilter(join_date_unknown=True)) == [member_id]
    assert DuesQueries(db, LOCAL_ADMIN).account(member_id) is not None      # no dues counted, no error
    detail = queries.detail(member_id)
    assert detail.data.join_date is None and detail.history[0].event_date is None
    MemberService(db, LOCAL_ADMIN, TODAY).update(member_id, replace(detail.data, join_date=dt.date(2010, 9, 1)))
    detail = queries.detail(member_id)
    assert detail.history[0].event_date == dt.date(2010, 9, 1)
    assert queries.ids(MemberFilter(join_date_unknown=True)) == []

"""The import's bulk write (MemberImportService.import_members) against the one-member path: what it
writes for each member — dues rows, audit record, search terms, row seals — is what the member
dialog's path writes, only gathered into fewer statements."""

from __future__ import annotations

import datetime as dt
import gc
import json
from dataclasses import replace
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from desktop.domain import gc_pause
from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.dues import kept
from desktop.domain.dues.entities import DuesOwed
from desktop.domain.dues.service import DuesService
from desktop.domain.id_numbers import mask_id_number
from desktop.domain.members.bulk import DuplicatePolicy, ImportRow
from desktop.domain.members.entities import Member, MemberSearchTerm
from desktop.domain.members import imports as member_imports
from desktop.domain.members.imports import ImportCancelled, ImportSource, MemberImportService
from desktop.domain.members.lifecycle import EventType
from desktop.domain.members.queries import MemberQueries
from desktop.domain.members.service import MemberService
from desktop.domain.members.writes import checked, insert_members
from desktop.store.database import open_database
from desktop.store.integrity import verify_database
from tests.db_backend import migrated_location

TODAY = dt.date(2024, 6, 1)
GIVEN = frozenset({"name", "id_number", "join_date", "department", "mobile"})


def _dues_table(db) -> list[tuple]:
    with db.session() as session:
        return [tuple(getattr(row, c) for c in kept.COLUMNS)
                for row in session.scalars(select(DuesOwed).order_by(DuesOwed.member_id, DuesOwed.month))]


def test_an_import_keeps_the_dues_of_new_members_and_of_a_join_date_it_fills_in(db, make_member, monkeypatch):
    # New members written two at a time, so that some are in before the join date is filled in (a
    # big file's members go in by the 500).
    monkeypatch.setattr(member_imports, "_WRITE_EVERY", 2)
    dues = DuesService(db, LOCAL_ADMIN, today=TODAY)
    dues.set_rate(dt.date(2020, 1, 1), D("0.5"))
    # A member registered earlier with the join date unknown (as an import without that column writes it).
    undated = checked(make_member(name="补登", join_date=None, sequence=901), TODAY, join_date_required=False)
    with db.transaction() as session:
        (undated_id,) = insert_members(session, LOCAL_ADMIN, [undated], EventType.JOIN)
    dues.set_wage(undated_id, dt.date(2023, 1, 1), D("5000"))
    new = [make_member(name=f"新会员{n}", join_date=dt.date(2024, 1 + n % 5, 1), sequence=2 * n + 1)
           for n in range(7)]
    rows = [ImportRow(n + 2, data, GIVEN) for n, data in enumerate(new)]
    # The same person again in the file, now with a join date: the import fills it in.
    rows.insert(3, ImportRow(5, replace(undated, join_date=dt.date(2023, 9, 1)), GIVEN))

    outcome = MemberImportService(db, LOCAL_ADMIN, TODAY).import_members(
        rows, DuplicatePolicy.FILL, ImportSource("花名册.xlsx"))

    assert (outcome.created, outcome.updated) == (7, 1)
    with db.session() as session:
        assert kept.is_current(session)
    incremental = _dues_table(db)
    with db.transaction() as session:
        kept.rebuild(session)
    assert _dues_table(db) == incremental          # row for row what a rebuild from the facts writes
    owing = {row[0] for row in incremental}
    assert undated_id in owing                     # owes from September 2023 now
    assert set(outcome.member_ids) <= owing | {undated_id}


def _created_record(db, member_id: int) -> dict:
    with db.session() as session:
        text = session.scalar(select(AuditRecord.changes).where(
            AuditRecord.entity == "member", AuditRecord.entity_id == member_id, AuditRecord.action == "create"))
    return json.loads(text)


def _terms(db, member_id: int) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(MemberSearchTerm.term).where(MemberSearchTerm.member_id == member_id)))


def _stored(db, member_id: int) -> dict:
    with db.session() as session:
        row = session.execute(select(Member.__table__).where(Member.id == member_id)).one()._asdict()
    return {k: v for k, v in row.items() if k not in ("id", "created_at", "updated_at")}


def test_an_imported_member_is_written_as_the_member_dialog_writes_it(db, tmp_path, make_member):
    # 单 is read "shan" as a surname: the name's terms come from the cached per-name work.
    data = checked(make_member(name="单田芳", mobile="13912345678", card_no="A778899", birth=dt.date(1964, 2, 29)),
                   TODAY)
    twin = checked(make_member(name="单田芳", birth=dt.date(1970, 5, 6)), TODAY)   # the same name again
    outcome = MemberImportService(db, LOCAL_ADMIN, TODAY).import_members(
        [ImportRow(2, data, GIVEN), ImportRow(3, twin, GIVEN)], DuplicatePolicy.SKIP, ImportSource("花名册.xlsx"))
    imported_id, twin_id = outcome.member_ids
    typed_db = open_database(migrated_location(tmp_path, "typed.sqlite3"))
    try:
        typed_id = MemberService(typed_db, LOCAL_ADMIN, today=TODAY).create(data)
        typed_record, typed_terms, typed_row = (_created_record(typed_db, typed_id), _terms(typed_db, typed_id),
                                                _stored(typed_db, typed_id))
    finally:
        typed_db.close()

    record = _created_record(db, imported_id)
    assert record.pop("import_batch") == [None, outcome.batch_id]
    assert record == typed_record and record["id_number"] == [None, mask_id_number(data.id_number)]
    assert _terms(db, imported_id) == typed_terms
    assert _stored(db, imported_id) == typed_row
    search = MemberQueries(db, LOCAL_ADMIN)
    for typed in ("shantianfang", "stf", "单田芳", "tianfang", "tf", "5678", "778899"):
        assert imported_id in search.matching(typed), typed
    assert {imported_id, twin_id} <= search.matching("stf")
    if db.engine.dialect.name == "sqlite":     # row seals are SQLite's
        report = verify_database(db)
        assert report.ok and report.rows_checked, report.lines()


def _counts(db) -> dict[str, int]:
    with db.engine.connect() as connection:
        return {table: connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one()
                for table in ("members", "membership_events", "member_search_terms", "audit_records", "dues_owed",
                              "import_batches", "row_seals")}


def test_a_cancel_after_some_members_are_written_leaves_nothing_and_the_collector_running(db, make_member,
                                                                                         monkeypatch):
    monkeypatch.setattr(member_imports, "_WRITE_EVERY", 2)    # members written two at a time …
    monkeypatch.setattr(member_imports, "_CHECK_EVERY", 1)    # … and the cancel asked at every row
    DuesService(db, LOCAL_ADMIN, today=TODAY).set_rate(dt.date(2020, 1, 1), D("0.5"))
    before = _counts(db)
    # on (automatic) unless a GUI test before moved collection to the GUI thread: as it was, unpaused
    collector_before = gc.isenabled()
    asked = []
    rows = [ImportRow(n + 2, make_member(name=f"会员{n}", sequence=2 * n + 1), GIVEN) for n in range(9)]

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 6    # after three batches of two went in

    with pytest.raises(ImportCancelled):
        MemberImportService(db, LOCAL_ADMIN, TODAY).import_members(
            rows, DuplicatePolicy.SKIP, ImportSource("花名册.xlsx"), cancelled=cancelled)
    assert _counts(db) == before
    assert gc.isenabled() == collector_before and not gc_pause.paused()


def test_registered_members_updated_by_an_import_get_one_save_each_with_its_record(db, make_member):
    service = MemberService(db, LOCAL_ADMIN, today=TODAY)
    people = [checked(make_member(name=f"老会员{n}", sequence=2 * n + 1, mobile=f"1381234{n:04d}"), TODAY)
              for n in range(6)]
    ids = [service.create(p) for p in people]
    service.update(ids[2], replace(people[2], department="财务部"))        # saved twice before the import
    rows = [ImportRow(n + 2, replace(p, department="二车间", mobile=f"1399876{n:04d}"), GIVEN)
            for n, p in enumerate(people)]

    outcome = MemberImportService(db, LOCAL_ADMIN, TODAY).import_members(
        rows, DuplicatePolicy.OVERWRITE, ImportSource("花名册.xlsx"))

    assert (outcome.created, outcome.updated) == (0, 6)
    with db.session() as session:
        stored = {m.id: m for m in session.scalars(select(Member).where(Member.id.in_(ids)))}
        updates = session.scalars(select(AuditRecord.changes).where(
            AuditRecord.entity == "member", AuditRecord.action == "update").order_by(AuditRecord.id)).all()
    assert {stored[i].department for i in ids} == {"二车间"}
    assert [stored[i].version for i in ids] == [2, 2, 3, 2, 2, 2]     # one save more each
    assert len(updates) == 1 + 6
    assert json.loads(updates[1])["mobile"] == ["138****0000", "139****0000"]
    search = MemberQueries(db, LOCAL_ADMIN)
    assert search.matching("98760003") == {ids[3]} and not search.matching("12340003")
    if db.engine.dialect.name == "sqlite":
        assert verify_database(db).ok
    MemberImportService(db, LOCAL_ADMIN, TODAY).rollback(outcome.batch_id)
    with db.session() as session:
        back = {m.id: (m.department, m.mobile) for m in session.scalars(select(Member).where(Member.id.in_(ids)))}
    assert back[ids[2]] == ("财务部", "13812340002") and back[ids[0]] == ("工会办", "13812340000")

"""The audit trail is tamper-evident: every record is chained to the one before it by a hash, and
`verify_database` names the first record where someone changed or removed the history."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time

import pytest
from sqlalchemy import text

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.audit import recorder
from desktop.domain.members.lifecycle import EventType
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import EventInput, MemberInput
from desktop.store.anchor import Anchor
from desktop.store.audit_chain import at_text, canonical_text, chain_hash, record_hash
from desktop.store.database import Database, open_database
from desktop.store.paths import safe_url
from tests.store.conftest import file_at_revision_0001
from desktop.store.integrity import BreakKind, verify_database

TODAY = dt.date(2024, 6, 1)
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_number(sequence: int) -> str:
    first17 = f"11010519850312{sequence:03d}"
    return first17 + "10X98765432"[sum(int(d) * w for d, w in zip(first17, _WEIGHTS)) % 11]


def busy_office(db, members: int = 12) -> None:
    """A month of ordinary work through the services: joins, edits, a retention, trash and back."""
    service = MemberService(db, LOCAL_ADMIN, today=TODAY)
    ids = [service.create(MemberInput(name=f"王芳{i}", id_number=id_number(i + 1), mobile="13812345678",
                                      department="工会办", join_date=dt.date(2010, 9, 1)))
           for i in range(members)]
    for i, member_id in enumerate(ids[::2]):
        service.update(member_id, MemberInput(name=f"王芳{i * 2}", id_number=id_number(i * 2 + 1),
                                              mobile="13900001111", department="财务部",
                                              join_date=dt.date(2010, 9, 1)))
    service.record_event(ids[1], EventInput(EventType.RETAIN, dt.date(2020, 1, 1), reason="1"))
    service.delete(ids[-3:])
    service.restore(ids[-2:])


def audit_rows(db) -> list[tuple]:
    with db.engine.connect() as connection:
        return connection.execute(text("SELECT id, prev_hash, hash FROM audit_records ORDER BY id")).all()


def tamper(target, sql: str, *params) -> None:
    """What someone with a SQLite browser (or psql) could do to the database behind the program's
    back: plain SQL on a connection of its own, none of the program's hooks. `target` is an open
    Database, or the path of a file."""
    if not isinstance(target, Database):
        connection = sqlite3.connect(target)
        with connection:
            connection.execute(sql, params)
        connection.close()
        return
    connection = target.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute(driver_sql(target, sql), params)
        connection.commit()
    finally:
        connection.close()


def driver_sql(db, sql: str) -> str:
    """`?` placeholders in the spelling of the database's driver."""
    return sql.replace("?", "%s") if db.engine.dialect.paramstyle != "qmark" else sql


# -- a healthy trail -------------------------------------------------------------------------------

def test_a_database_after_ordinary_work_verifies(db):
    busy_office(db)
    report = verify_database(db)
    assert report.ok
    assert report.records_checked == len(audit_rows(db)) > 20
    assert report.breaks == ()
    assert report.lines()[-1].render() == "All checks passed."


def test_records_are_numbered_without_gaps_and_each_links_to_the_one_before(db):
    busy_office(db, members=4)
    rows = audit_rows(db)
    assert [r.id for r in rows] == list(range(1, len(rows) + 1))
    assert rows[0].prev_hash == ""
    assert all(later.prev_hash == earlier.hash for earlier, later in zip(rows, rows[1:]))
    assert len({r.hash for r in rows}) == len(rows)


def test_a_rolled_back_change_leaves_no_record_and_no_gap(db):
    busy_office(db, members=4)
    with pytest.raises(RuntimeError):
        with db.transaction() as session:
            recorder.record(session, LOCAL_ADMIN, "update", "member", 1, {"department": ["a", "b"]})
            raise RuntimeError("power cut before commit")
    MemberService(db, LOCAL_ADMIN, today=TODAY).delete([1])
    assert verify_database(db).ok


def test_records_written_in_one_transaction_chain_in_order(db):
    busy_office(db, members=4)
    with db.transaction() as session:
        first = recorder.record(session, LOCAL_ADMIN, "delete", "member", 1)
        second = recorder.record(session, LOCAL_ADMIN, "restore", "member", 1)
    assert second.id == first.id + 1 and second.prev_hash == first.hash
    assert verify_database(db).ok


def test_sensitive_values_stay_masked_in_the_chained_record(db):
    busy_office(db, members=4)
    with db.engine.connect() as connection:
        changes = connection.execute(text("SELECT changes FROM audit_records WHERE id = 1")).scalar()
    assert "13812345678" not in changes and "138****5678" in changes
    assert id_number(1) not in changes


# -- tampering -------------------------------------------------------------------------------------

def test_a_changed_past_record_is_named(db, db_path):
    busy_office(db)
    tamper(db, "UPDATE audit_records SET changes = ? WHERE id = 5",
           json.dumps({"department": ["工会办", "财务部"]}, ensure_ascii=False))
    report = verify_database(db)
    assert not report.ok
    assert report.first_break.record_id == 5
    assert report.first_break.kind == BreakKind.EDITED
    assert "Record 5 was changed after it was written" in report.first_break.message.render()
    assert "the chain breaks at record 5" in "\n".join(line.render() for line in report.lines())


@pytest.mark.parametrize("column, value", [("actor", "someone_else"), ("at", "2020-01-01 00:00:00.000000"),
                                           ("action", "restore"), ("entity_id", 999)])
def test_any_changed_column_breaks_the_chain(db, db_path, column, value):
    busy_office(db, members=3)
    tamper(db, f"UPDATE audit_records SET {column} = ? WHERE id = 2", value)
    report = verify_database(db)
    assert [b.record_id for b in report.breaks] == [2]


def test_one_changed_record_is_one_break_not_a_break_at_every_later_record(db, db_path):
    busy_office(db)
    tamper(db, "UPDATE audit_records SET actor = 'x' WHERE id = 5")
    assert [b.record_id for b in verify_database(db).breaks] == [5]


def test_a_record_deleted_in_the_middle_is_named(db, db_path):
    busy_office(db)
    tamper(db, "DELETE FROM audit_records WHERE id = 7")
    report = verify_database(db)
    assert not report.ok
    assert report.first_break.record_id == 8
    assert report.first_break.kind == BreakKind.GAP
    assert report.first_break.message.render() == "Record 7 is missing (deleted) before record 8."


def test_several_deleted_records_are_named_as_a_range(db, db_path):
    busy_office(db)
    tamper(db, "DELETE FROM audit_records WHERE id BETWEEN 3 AND 6")
    assert verify_database(db).first_break.message.render() == \
        "Records 3 to 6 are missing (deleted) before record 7."


def test_the_first_record_deleted_is_noticed(db, db_path):
    busy_office(db, members=3)
    tamper(db, "DELETE FROM audit_records WHERE id = 1")
    assert verify_database(db).first_break.record_id == 2


def test_a_record_deleted_and_the_rest_renumbered_is_named(db, db_path):
    busy_office(db)
    tamper(db, "DELETE FROM audit_records WHERE id = 7")
    tamper(db, "UPDATE audit_records SET id = id - 1 WHERE id > 7")
    assert verify_database(db).first_break.record_id == 7


def test_an_edit_with_a_recomputed_hash_shows_at_the_next_record(db):
    busy_office(db)
    with db.engine.connect() as connection:
        row = connection.exec_driver_sql("SELECT prev_hash, id, at, actor, action, entity, entity_id "
                                         "FROM audit_records WHERE id = 5").one()
        rows_hash = connection.exec_driver_sql("SELECT rows_hash FROM audit_records WHERE id = 5").scalar()
    forged = json.dumps({"department": ["工会办", "财务部"]}, ensure_ascii=False)
    tamper(db, "UPDATE audit_records SET changes = ?, hash = ? WHERE id = 5",
           forged, record_hash(*row, forged, rows_hash))
    report = verify_database(db)
    assert report.first_break.record_id == 6
    assert report.first_break.kind == BreakKind.RELINKED


# -- the database file itself ----------------------------------------------------------------------

@pytest.mark.sqlite_file  # SQLite's foreign_key_check; a server refuses such a row in the first place
def test_a_row_pointing_to_nothing_is_reported(db, db_path):
    busy_office(db, members=4)
    connection = sqlite3.connect(db_path)  # foreign keys are off in a plain sqlite3 connection
    with connection:
        connection.execute("INSERT INTO membership_events (member_id, event_type, event_date, recorded_at,"
                           " recorded_by) VALUES (999, 'join', '2020-01-01', '2020-01-01 00:00:00', 'x')")
    connection.close()
    report = verify_database(db)
    assert not report.ok
    assert len(report.foreign_key_problems) == 1 and "membership_events" in report.foreign_key_problems[0]
    assert report.breaks == ()


def test_the_report_says_what_was_checked(db):
    busy_office(db, members=4)
    lines = [line.render() for line in verify_database(db).lines()]
    assert lines[0] == f"Database: {safe_url(db.location)}"
    if db.engine.dialect.name == "sqlite":
        assert "SQLite integrity check: ok." in lines
        assert "Links between tables: ok." in lines
    else:  # the server keeps its own pages and foreign keys; the report says what it left out
        assert any(line.startswith("File checks skipped") for line in lines)
    assert any(line.startswith("Audit trail: ") and "unbroken" in line for line in lines)


# -- the hash itself -------------------------------------------------------------------------------

def test_the_chain_hash_never_changes():
    # Records written by every release must keep verifying: this text and value are fixed for good.
    values = ("", 1, "2025-01-01 08:30:00.000000", "admin", "create", "member", 1, '{"name": [null, "王芳"]}')
    assert canonical_text(*values) == \
        r'["",1,"2025-01-01T08:30:00.000000Z","admin","create","member",1,"{\"name\": [null, \"王芳\"]}"]'
    assert chain_hash(*values) == "2cacdb6e3af11a57642dbaed07443513c87d26a57992dd7cf3ab0bdaf90d6afa"


def test_one_moment_gives_one_text_however_the_driver_returns_it():
    aware = dt.datetime(2025, 1, 1, 16, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert at_text("2025-01-01 08:30:00") == at_text("2025-01-01 08:30:00.000000") == \
        at_text(dt.datetime(2025, 1, 1, 8, 30)) == at_text(aware) == "2025-01-01T08:30:00.000000Z"


def test_a_missing_entity_id_and_the_text_none_hash_differently():
    values = ("", 1, "2025-01-01 08:30:00", "admin", "create", "database")
    assert chain_hash(*values, None, "{}") != chain_hash(*values, 0, "{}")


# -- files from before the chain -------------------------------------------------------------------

@pytest.mark.sqlite_file  # a file written by release 0001
def test_records_of_the_first_release_are_chained_when_the_file_is_upgraded(db_path):
    file_at_revision_0001(db_path, records=25)
    db = open_database(str(db_path))
    try:
        rows = audit_rows(db)
        # the 25 old records, then the upgrade's own record sealing the rows already there (0009)
        assert [r.id for r in rows] == list(range(1, 27))
        assert rows[0].prev_hash == "" and all(len(r.hash) == 64 for r in rows)
        assert all(later.prev_hash == earlier.hash for earlier, later in zip(rows, rows[1:]))
        report = verify_database(db)
        assert report.ok and report.records_checked == 26
    finally:
        db.close()


@pytest.mark.sqlite_file  # a file written by release 0001
def test_new_records_continue_the_chain_of_an_upgraded_file(db_path):
    file_at_revision_0001(db_path, records=3)
    db = open_database(str(db_path))
    try:
        MemberService(db, LOCAL_ADMIN, today=TODAY).delete([1])
        rows = audit_rows(db)  # 3 old records, the upgrade's seal record, the deletion
        assert rows[-1].id == 5 and rows[-1].prev_hash == rows[3].hash
        assert verify_database(db).ok
    finally:
        db.close()


@pytest.mark.sqlite_file  # a file written by release 0001
def test_tampering_with_an_upgraded_record_is_named(db_path):
    file_at_revision_0001(db_path, records=5)
    open_database(str(db_path)).close()
    tamper(db_path, "UPDATE audit_records SET changes = '{}' WHERE id = 2")
    db = open_database(str(db_path))
    try:
        assert verify_database(db).first_break.record_id == 2
    finally:
        db.close()


# -- a long trail ----------------------------------------------------------------------------------

def test_a_trail_of_100000_records_verifies_in_seconds(db):
    rows, prev = [], ""
    start = dt.datetime(2024, 1, 1)
    changes = json.dumps({"department": ["工会办", "财务部"]}, ensure_ascii=False)
    for i in range(1, 100_001):
        at = (start + dt.timedelta(seconds=i)).isoformat(" ", timespec="microseconds")
        digest = chain_hash(prev, i, at, "admin", "update", "member", i % 997, changes)
        rows.append((i, at, "admin", "update", "member", i % 997, changes, prev, digest))
        prev = digest
    with db.engine.begin() as connection:
        connection.exec_driver_sql(driver_sql(db,
            "INSERT INTO audit_records (id, at, actor, action, entity, entity_id, changes, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"), rows)
    started = time.perf_counter()
    # written behind the program's back, so the anchor beside the file knows nothing of them
    report = verify_database(db, anchor=Anchor(100_000, prev))
    seconds = time.perf_counter() - started
    assert report.ok and report.records_checked == 100_000
    assert seconds < 20, f"verify took {seconds:.1f} s"  # ~2 s on the reference machine

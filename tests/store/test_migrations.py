"""Opening a database file: new files get the schema, old files keep every row, wrong files give a
plain message (StoreError) instead of a traceback, and SQLite runs with the settings we rely on."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.entities import Base
from desktop.domain.members.lifecycle import EventType
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import EventInput, MemberInput
from desktop.store import database as database_module
from desktop.store.database import open_database
from desktop.store.errors import StoreError
from desktop.store.migrations_runner import current_revision, head_revision
from tests.store.conftest import file_at_revision_0001

TABLES = {"members", "membership_events", "member_search_terms", "audit_records"}
TODAY = dt.date(2024, 6, 1)


def add_members(db) -> None:
    """Two members, one retained and one in the trash, as an office would leave them."""
    service = MemberService(db, LOCAL_ADMIN, today=TODAY)
    wang = service.create(MemberInput(name="王芳", id_number="11010519491231002X", mobile="13812345678",
                                      department="工会办", join_date=dt.date(1980, 3, 1)))
    service.record_event(wang, EventInput(EventType.RETAIN, dt.date(2009, 12, 31), reason="1"))
    zhang = service.create(MemberInput(name="张海生", id_number="34052419800101001X",
                                       join_date=dt.date(2005, 7, 1)))
    service.delete([zhang])


def row_counts(path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in sorted(TABLES)}
    finally:
        connection.close()


def stamp(path, revision: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


def row_counts_in(db, table: str) -> int:
    with db.engine.connect() as connection:
        return connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()


# -- new files -------------------------------------------------------------------------------------

def test_new_file_gets_every_table(db):
    assert TABLES <= set(inspect(db.engine).get_table_names())


def test_new_file_is_stamped_with_the_head_revision(db):
    assert current_revision(db) == head_revision()


@pytest.mark.sqlite_file  # about the file on disk
def test_zero_byte_file_is_migrated_like_a_new_one(db_path):
    db_path.touch()
    db = open_database(str(db_path))
    try:
        assert TABLES <= set(inspect(db.engine).get_table_names())
        assert current_revision(db) == head_revision()
    finally:
        db.close()


@pytest.mark.sqlite_file  # about the file on disk
def test_new_file_in_a_missing_folder_is_created(tmp_path):
    path = tmp_path / "新建文件夹" / "工会.sqlite3"
    db = open_database(str(path))
    try:
        assert path.exists()
    finally:
        db.close()


@pytest.mark.sqlite_file  # about the file on disk
def test_new_file_makes_no_backup(db, db_path):
    assert db.backups == []
    assert not (db_path.parent / "backups").exists()


@pytest.mark.sqlite_file  # about the file on disk
def test_missing_file_without_create_gives_store_error(tmp_path):
    with pytest.raises(StoreError) as caught:
        open_database(str(tmp_path / "nowhere.sqlite3"), create=False)
    assert "nowhere.sqlite3" in caught.value.message.render()


# -- reopening, and files from older releases ------------------------------------------------------

@pytest.mark.sqlite_file  # about the file on disk
def test_reopening_makes_no_backup(db_path):
    open_database(str(db_path)).close()
    db = open_database(str(db_path))
    try:
        assert db.backups == []
        assert not (db_path.parent / "backups").exists()
    finally:
        db.close()


@pytest.mark.sqlite_file  # about the file on disk
def test_database_from_an_older_release_keeps_every_row(db_path):
    old = open_database(str(db_path))  # written at revision 0001, as a release shipped it
    add_members(old)
    old.close()
    before = row_counts(db_path)

    db = open_database(str(db_path))
    try:
        assert row_counts(db_path) == before
        with db.engine.connect() as connection:
            members = connection.execute(text(
                "SELECT name, status, deleted_at IS NOT NULL FROM members ORDER BY id")).all()
        assert members == [("王芳", "retained", 0), ("张海生", "active", 1)]
        assert current_revision(db) == head_revision()
    finally:
        db.close()


@pytest.mark.sqlite_file  # about the file on disk
def test_pending_migration_copies_the_file_aside_first(db_path):
    file_at_revision_0001(db_path, records=1)
    db = open_database(str(db_path))
    db.close()
    [backup] = db.backups
    assert backup.parent == db_path.parent / "backups"
    assert "before-upgrade-0001" in backup.name
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name FROM members").fetchall() == [("王芳",)]


@pytest.mark.sqlite_file  # about the file on disk
def test_a_database_of_the_first_release_opens_with_every_row(db_path):
    file_at_revision_0001(db_path, records=1)
    db = open_database(str(db_path))
    try:
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM members")).scalars().all() == ["王芳"]
            # the old record, and the one the upgrade to 0009 wrote when it sealed the existing rows
            actions = connection.execute(text("SELECT action FROM audit_records ORDER BY id")).scalars().all()
            assert len(actions) == 2 and actions[-1] == "seal"
        assert current_revision(db) == head_revision()
    finally:
        db.close()


# -- files that cannot be opened -------------------------------------------------------------------

@pytest.mark.parametrize("content", [
    b"Minutes of the union committee meeting, not a database. " * 50,
    b"PK\x03\x04" + bytes(4000),           # a spreadsheet (.xlsx is a zip file)
    b"hello",
], ids=["text", "xlsx", "tiny"])
@pytest.mark.sqlite_file  # about the file on disk
def test_file_that_is_not_a_database_gives_store_error(db_path, content):
    db_path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        open_database(str(db_path))
    assert "is not a UnionDesk database" in caught.value.message.render()
    assert str(db_path.name) in caught.value.message.render()


@pytest.mark.sqlite_file  # about the file on disk
def test_file_that_is_not_a_database_is_left_untouched(db_path):
    content = b"PK\x03\x04" + bytes(4000)
    db_path.write_bytes(content)
    with pytest.raises(StoreError):
        open_database(str(db_path))
    assert db_path.read_bytes() == content


@pytest.mark.sqlite_file  # about the file on disk
def test_database_from_a_newer_release_gives_store_error(db_path):
    open_database(str(db_path)).close()
    stamp(db_path, "9999")
    with pytest.raises(StoreError) as caught:
        open_database(str(db_path))
    assert "newer UnionDesk" in caught.value.message.render()


@pytest.mark.sqlite_file  # about the file on disk
@pytest.mark.parametrize("other_table", ["members", "songs"])
def test_sqlite_file_of_another_program_gives_store_error_and_is_left_alone(db_path, other_table):
    connection = sqlite3.connect(db_path)
    with connection:
        connection.execute(f"CREATE TABLE {other_table} (id INTEGER PRIMARY KEY, title TEXT)")
        connection.execute(f"INSERT INTO {other_table} VALUES (1, 'keep me')")
    connection.close()
    with pytest.raises(StoreError):
        open_database(str(db_path))
    connection = sqlite3.connect(db_path)
    tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    connection.close()
    assert tables == {other_table}


@pytest.mark.sqlite_file  # about the file on disk
def test_database_locked_by_another_program_gives_store_error(db, db_path, monkeypatch):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 50)
    impatient = open_database(str(db_path))
    other = sqlite3.connect(db_path)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        with pytest.raises(StoreError) as caught:
            MemberService(impatient, LOCAL_ADMIN, today=TODAY).create(
                MemberInput(name="王芳", id_number="11010519491231002X", join_date=dt.date(1980, 3, 1)))
        assert "in use by another program" in caught.value.message.render()
    finally:
        other.rollback()
        other.close()
        impatient.close()
    assert row_counts(db_path)["members"] == 0


# -- the schema ------------------------------------------------------------------------------------

def test_migrated_schema_matches_the_entities(db):
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


# -- SQLite settings -------------------------------------------------------------------------------

@pytest.mark.sqlite_file  # a PRAGMA of the SQLite connection
def test_journal_mode_is_wal(db):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


@pytest.mark.sqlite_file  # a PRAGMA of the SQLite connection
def test_foreign_keys_are_enforced_in_sessions(db):
    with db.session() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1


@pytest.mark.sqlite_file  # a PRAGMA of the SQLite connection
def test_busy_timeout_is_set(db):
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == database_module.BUSY_TIMEOUT_MS


def test_event_of_a_member_that_does_not_exist_is_refused(db):
    with pytest.raises(IntegrityError):
        with db.engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO membership_events (member_id, event_type, event_date, recorded_at, recorded_by)"
                " VALUES (999, 'join', '2020-01-01', '2020-01-01 00:00:00', 'admin')"))
    assert row_counts_in(db, "membership_events") == 0


def test_head_revision_constant_matches_the_migration_scripts():
    # Opening skips Alembic when the stamp equals HEAD_REVISION: a new migration must update it.
    from desktop.store.migrations_runner import HEAD_REVISION, head_revision

    assert HEAD_REVISION == head_revision()


@pytest.mark.sqlite_file  # the row seals' check around an upgrade is made on SQLite files
def test_an_upgrade_that_changes_no_sealed_row_does_not_hash_them_and_verify_stays_intact(db_path, monkeypatch):
    from alembic import command

    from desktop.store import row_seals
    from desktop.store.integrity import verify_database
    from desktop.store.migrations_runner import alembic_config

    db = open_database(str(db_path))
    add_members(db)
    command.downgrade(alembic_config(db), "0021")   # as a file of the release before 0022 is
    db.close()

    def hashed_every_row(_connection):
        raise AssertionError("0022 changes no sealed row: nothing to check or seal again")

    monkeypatch.setattr(row_seals, "intact_rows", hashed_every_row)
    db = open_database(str(db_path))
    try:
        assert current_revision(db) == head_revision()
        report = verify_database(db)
        assert report.ok, report
        assert row_counts_in(db, "members") == 2
    finally:
        db.close()

"""`uniondesk verify` as a script or an auditor would run it: exit status 0 when all is well, 1 when
anything is wrong, and the output names the record where the audit trail breaks."""

from __future__ import annotations

import sqlite3

import pytest

from desktop import cli
from desktop.cli import main
from tests import db_backend


@pytest.fixture(autouse=True)
def verify_command(monkeypatch):
    """The command as listed in COMMAND_MODULES (in case it is not listed yet)."""
    if "verify" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "verify"))


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = db_backend.new_location(tmp_path, "demo.sqlite3")
    assert main(["--db", str(path), "demo", "--members", "30", "--seed", "3"]) == 0
    capsys.readouterr()
    return path


def test_a_sound_database_exits_0_and_says_what_was_checked(demo_db, capsys):
    assert main(["--db", str(demo_db), "--lang", "en", "verify"]) == 0
    out = capsys.readouterr().out
    if db_backend.on_postgresql():  # the server keeps its own pages and foreign keys
        assert "File checks skipped: this is not an SQLite file" in out
    else:
        assert "SQLite integrity check: ok." in out
        assert "Links between tables: ok." in out
    assert "the hash chain is unbroken" in out
    assert out.strip().endswith("All checks passed.")


def test_an_edited_audit_record_exits_1_and_is_named(demo_db, capsys):
    db_backend.run_sql(demo_db, "UPDATE audit_records SET actor = 'nobody' WHERE id = 2")
    assert main(["--db", str(demo_db), "--lang", "en", "verify"]) == 1
    out = capsys.readouterr().out
    assert "the chain breaks at record 2" in out
    assert "Record 2 was changed after it was written" in out


def test_a_deleted_audit_record_exits_1_and_names_the_place(demo_db, capsys):
    db_backend.run_sql(demo_db, "DELETE FROM audit_records WHERE id = 2")
    assert main(["--db", str(demo_db), "--lang", "en", "verify"]) == 1
    assert "Record 2 is missing (deleted) before record 3." in capsys.readouterr().out


def test_verify_needs_no_account(demo_db, capsys, monkeypatch):
    monkeypatch.delenv("UNIONDESK_USER", raising=False)
    monkeypatch.delenv("UNIONDESK_PASSWORD", raising=False)
    monkeypatch.setattr("builtins.input", lambda *_: pytest.fail("verify asked for a log-in"))
    monkeypatch.setattr("getpass.getpass", lambda *_: pytest.fail("verify asked for a password"))
    assert main(["--db", str(demo_db), "verify"]) == 0


def test_a_missing_database_is_a_plain_error_not_a_new_file(tmp_path, capsys):
    missing = tmp_path / "none.sqlite3"
    assert main(["--db", str(missing), "--lang", "en", "verify"]) == cli.EXIT_USER_ERROR
    assert "There is no database" in capsys.readouterr().err
    assert not missing.exists()


# -- verify only reads: not a byte of the file changes, whatever the file is ------------------------

def file_digest(path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def files_beside(path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def test_an_empty_file_is_refused_and_left_empty(tmp_path, capsys):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert main(["--db", str(empty), "--lang", "en", "verify"]) == cli.EXIT_USER_ERROR
    assert "is empty (0 bytes)" in capsys.readouterr().err
    assert empty.stat().st_size == 0
    assert files_beside(empty) == {"empty.sqlite3"}


def test_another_programs_sqlite_file_is_refused_unchanged(tmp_path, capsys):
    foreign = tmp_path / "other.db"
    connection = sqlite3.connect(foreign)
    with connection:
        connection.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)")
        connection.execute("INSERT INTO accounts (owner) VALUES ('x')")
    connection.close()
    before = file_digest(foreign)
    assert main(["--db", str(foreign), "--lang", "en", "verify"]) == cli.EXIT_USER_ERROR
    assert "belongs to another program" in capsys.readouterr().err
    assert file_digest(foreign) == before
    assert files_beside(foreign) == {"other.db"}   # no journal mode switched, no -wal left


def test_a_file_that_is_not_sqlite_is_refused_unchanged(tmp_path, capsys):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all " * 100)
    before = file_digest(junk)
    assert main(["--db", str(junk), "--lang", "en", "verify"]) == cli.EXIT_USER_ERROR
    assert "is not a UnionDesk database" in capsys.readouterr().err
    assert file_digest(junk) == before


def test_an_older_release_file_is_neither_migrated_nor_backed_up(tmp_path, capsys):
    from tests.store.conftest import file_at_revision_0001

    old = tmp_path / "old.sqlite3"
    file_at_revision_0001(old, records=3)
    before, names = file_digest(old), files_beside(old)
    assert main(["--db", str(old), "--lang", "en", "verify"]) == cli.EXIT_USER_ERROR
    assert "layout of an older release (0001)" in capsys.readouterr().err
    assert file_digest(old) == before
    assert files_beside(old) == names            # no "backups" folder, no anchor


@pytest.mark.sqlite_file  # compares the file's bytes
def test_a_sound_database_is_checked_without_changing_a_byte(demo_db, capsys):
    before, names = file_digest(demo_db), files_beside(demo_db)
    assert main(["--db", str(demo_db), "--lang", "en", "verify"]) == 0
    assert file_digest(demo_db) == before
    assert files_beside(demo_db) == names


@pytest.mark.sqlite_file  # the -wal file of a file another program writes
def test_a_database_another_program_is_writing_is_checked_with_its_latest_commit(demo_db, capsys):
    holder = sqlite3.connect(demo_db)   # the window, with committed pages still in the -wal file
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("UPDATE members SET name = '改名' WHERE id = 2")
    holder.commit()
    try:
        assert main(["--db", str(demo_db), "--lang", "en", "verify"]) == 1
        assert "members row 2: changed outside the program" in capsys.readouterr().out
    finally:
        holder.close()

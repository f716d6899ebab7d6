"""`uniondesk verify` as a script or an auditor would run it: exit status 0 when all is well, 1 when
anything is wrong, and the output names the record where the audit trail breaks."""

from __future__ import annotations

import sqlite3

import pytest

from desktop import cli
from desktop.cli import main


@pytest.fixture(autouse=True)
def verify_command(monkeypatch):
    """The command as listed in COMMAND_MODULES (in case it is not listed yet)."""
    if "verify" not in cli.COMMAND_MODULES:
        monkeypatch.setattr(cli, "COMMAND_MODULES", (*cli.COMMAND_MODULES, "verify"))


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--members", "30", "--seed", "3"]) == 0
    capsys.readouterr()
    return path


def test_a_sound_database_exits_0_and_says_what_was_checked(demo_db, capsys):
    assert main(["--db", str(demo_db), "--lang", "en", "verify"]) == 0
    out = capsys.readouterr().out
    assert "SQLite integrity check: ok." in out
    assert "Links between tables: ok." in out
    assert "the hash chain is unbroken" in out
    assert out.strip().endswith("All checks passed.")


def test_an_edited_audit_record_exits_1_and_is_named(demo_db, capsys):
    connection = sqlite3.connect(demo_db)
    with connection:
        connection.execute("UPDATE audit_records SET actor = 'nobody' WHERE id = 2")
    connection.close()
    assert main(["--db", str(demo_db), "--lang", "en", "verify"]) == 1
    out = capsys.readouterr().out
    assert "the chain breaks at record 2" in out
    assert "Record 2 was changed after it was written" in out


def test_a_deleted_audit_record_exits_1_and_names_the_place(demo_db, capsys):
    connection = sqlite3.connect(demo_db)
    with connection:
        connection.execute("DELETE FROM audit_records WHERE id = 2")
    connection.close()
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

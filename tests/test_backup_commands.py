"""`uniondesk backup / restore / export-encrypted / import-encrypted` as an office would run them.

Each command module's run() is called with a CommandContext, as desktop/cli.py does; the acting
user is the local administrator (or a read-only account where refusal is the point)."""

from __future__ import annotations

import argparse
import io
import sqlite3
from pathlib import Path

import pytest

from desktop.commands import CommandContext
from desktop.commands import backup as backup_command
from desktop.commands import export_encrypted as export_command
from desktop.commands import import_encrypted as import_command
from desktop.commands import restore as restore_command
from desktop.domain.accounts.actor import LOCAL_ADMIN, Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.messages import UserError
from desktop.store import encrypted_export
from desktop.store.backups import list_backups
from desktop.store.errors import StoreError
from desktop.store.instance_lock import InstanceLock
from tests.demo_files import build_template, fresh_copy

PASSWORD = "换届交接-2026"


def run(module, argv: list[str], location: Path) -> int:
    parser = argparse.ArgumentParser()
    module.add_arguments(parser)
    context = CommandContext("en", str(location), module.NAME)
    try:
        return module.run(parser.parse_args(argv), context)
    finally:
        context.close()


def member_count(path: Path) -> int:
    with sqlite3.connect(path) as c:
        return c.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL").fetchone()[0]


def delete_some_members(path: Path, count: int) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE members SET deleted_at = '2026-01-01 00:00:00' WHERE id <= ?", (count,))
    connection.close()


@pytest.fixture(autouse=True)
def acting_admin(monkeypatch):
    monkeypatch.setattr(CommandContext, "actor", lambda self, db: LOCAL_ADMIN)
    monkeypatch.setattr(encrypted_export, "SCRYPT_LOG2_N", 14)  # the real cost is tested in tests/store


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return build_template(tmp_path_factory.mktemp("template"), members=60, seed=4)


@pytest.fixture
def union(tmp_path, template) -> Path:
    return fresh_copy(template, tmp_path)


def test_backup_says_where_and_how_many_members(union, capsys):
    assert run(backup_command, [], union) == 0
    out = capsys.readouterr().out
    [info] = list_backups(union.parent / "backups")
    assert str(info.path) in out and "60 members" in out
    assert info.reason == "manual"


def test_backup_to_another_folder(union, tmp_path, capsys):
    stick = tmp_path / "U盘"
    assert run(backup_command, ["--to", str(stick)], union) == 0
    [info] = list_backups(stick)
    assert str(info.path) in capsys.readouterr().out


def test_backup_needs_the_backup_permission(union, monkeypatch):
    monkeypatch.setattr(CommandContext, "actor", lambda self, db: Actor("reader", "", Role.READONLY))
    with pytest.raises(PermissionDenied):
        run(backup_command, [], union)
    assert not (union.parent / "backups").exists()


def test_restore_shows_the_backup_and_backs_up_the_current_state_first(union, capsys):
    run(backup_command, [], union)
    [backup] = list_backups(union.parent / "backups")
    delete_some_members(union, 20)
    capsys.readouterr()

    assert run(restore_command, [str(backup.path), "--yes"], union) == 0

    out = capsys.readouterr().out
    assert "Members: 60" in out                         # what the backup holds
    assert "now holds 40 members" in out                # what would be replaced
    assert member_count(union) == 60
    safety = next(b for b in list_backups(union.parent / "backups") if b.reason == "before-restore")
    assert safety.members == 40 and str(safety.path) in out


def test_restore_asks_first_and_a_no_changes_nothing(union, monkeypatch, capsys):
    run(backup_command, [], union)
    [backup] = list_backups(union.parent / "backups")
    delete_some_members(union, 5)
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    assert run(restore_command, [str(backup.path)], union) == 1
    assert "Nothing was changed" in capsys.readouterr().out
    assert member_count(union) == 55
    assert [b.reason for b in list_backups(union.parent / "backups")] == ["manual"]


def test_restore_without_a_terminal_needs_yes(union, monkeypatch):
    run(backup_command, [], union)
    [backup] = list_backups(union.parent / "backups")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with pytest.raises(UserError) as caught:
        run(restore_command, [str(backup.path)], union)
    assert "--yes" in caught.value.message.render()


def test_restore_is_refused_while_the_program_has_the_database_open(union):
    run(backup_command, [], union)
    [backup] = list_backups(union.parent / "backups")
    delete_some_members(union, 5)
    with InstanceLock(union):   # the window holds it
        with pytest.raises(StoreError) as caught:
            run(restore_command, [str(backup.path), "--yes"], union)
    assert "already open" in caught.value.message.render()
    assert member_count(union) == 55


def test_export_and_import_encrypted_hand_over_the_whole_database(union, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(export_command.PASSWORD_VAR, PASSWORD)
    handover = tmp_path / "换届.udx"
    assert run(export_command, [str(handover)], union) == 0
    out = capsys.readouterr().out
    assert "60 members" in out and str(handover) in out and "separately" in out

    new_pc = tmp_path / "new-pc" / "union.sqlite3"
    assert run(import_command, [str(handover)], new_pc) == 0
    assert "60 members" in capsys.readouterr().out
    assert member_count(new_pc) == 60

    with pytest.raises(StoreError) as caught:  # a second import never replaces the first
        run(import_command, [str(handover)], new_pc)
    assert "never overwrites" in caught.value.message.render()


def test_export_asks_the_password_twice(union, tmp_path, monkeypatch):
    monkeypatch.delenv(export_command.PASSWORD_VAR, raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    answers = iter([PASSWORD, PASSWORD + "x"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    with pytest.raises(UserError) as caught:
        run(export_command, [str(tmp_path / "x.udx")], union)
    assert "differ" in caught.value.message.render()
    assert not (tmp_path / "x.udx").exists()


def test_import_with_the_wrong_password_says_so(union, tmp_path, monkeypatch):
    monkeypatch.setenv(export_command.PASSWORD_VAR, PASSWORD)
    handover = tmp_path / "h.udx"
    run(export_command, [str(handover)], union)
    monkeypatch.setenv(export_command.PASSWORD_VAR, "wrong password")
    with pytest.raises(StoreError) as caught:
        run(import_command, [str(handover)], tmp_path / "new.sqlite3")
    assert "the password is wrong or the file is damaged" in caught.value.message.render()
    assert not (tmp_path / "new.sqlite3").exists()

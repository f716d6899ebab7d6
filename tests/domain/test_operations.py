"""Backups, restore and the hand-over export inside the role model (issue 14, items 1, 7 and 9):
the chair's alone (backup-only may be granted), each one recorded; restore checks the backup's own
trail and row seals, with or without its sidecar, and records itself in the restored database;
`--db NEW restore FILE` creates the database on a new PC; leftovers of killed copies are cleaned."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from desktop.commands import CommandContext
from desktop.commands import backup as backup_command
from desktop.commands import restore as restore_command
from desktop.domain.accounts.actor import LOCAL_ADMIN, Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.audit import recorder
from desktop.domain.operations.service import OperationsService
from desktop.store import encrypted_export
from desktop.store.backups import LEFTOVER_AGE_S, list_backups, prune
from desktop.store.database import open_database, open_read_only
from desktop.store.errors import StoreError
from desktop.store.integrity import verify_database
from tests.demo_files import build_template

# Backups, restores and hand-over files are copies of the SQLite file; a server is backed up with
# pg_dump (the backup part of issue 22).
pytestmark = pytest.mark.sqlite_file
PASSWORD = "换届交接-2026"
ROLES = [Role.ADMIN, Role.OFFICER, Role.FINANCE, Role.AID, Role.TELLER, Role.READONLY]


def actor(role: Role) -> Actor:
    return Actor(f"user-{role}", "", role)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return build_template(tmp_path_factory.mktemp("template"), members=40, seed=6)


@pytest.fixture
def union(tmp_path, template) -> Path:
    path = tmp_path / "office" / template.name
    path.parent.mkdir()
    shutil.copyfile(template, path)
    shutil.copyfile(template.with_name(template.name + ".anchor"), path.with_name(path.name + ".anchor"))
    return path


@pytest.fixture
def db(union):
    database = open_database(str(union))
    yield database
    database.close()


@pytest.fixture(autouse=True)
def cheap_key(monkeypatch):
    monkeypatch.setattr(encrypted_export, "SCRYPT_LOG2_N", 14)  # the real cost is tested in tests/store


def last_record(path: Path) -> dict:
    connection = sqlite3.connect(path)
    connection.row_factory = sqlite3.Row
    try:
        row = connection.execute("SELECT * FROM audit_records ORDER BY id DESC LIMIT 1").fetchone()
        return {**dict(row), "changes": json.loads(row["changes"])}
    finally:
        connection.close()


def run_cli(module, argv: list[str], location: Path, who: Actor | None = LOCAL_ADMIN) -> int:
    parser = argparse.ArgumentParser()
    module.add_arguments(parser)
    context = CommandContext("en", str(location))
    context.actor = lambda db: who  # the signed-in user, as desktop.commands.login would give
    try:
        return module.run(parser.parse_args(argv), context)
    finally:
        context.close()


def make_backup(db, folder: Path) -> Path:
    [info] = OperationsService(db, LOCAL_ADMIN).back_up([folder]).made
    return info.path


def sql(path: Path, statement: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(statement)
    connection.close()


# -- who may -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("role", ROLES)
def test_only_the_chair_backs_up_restores_and_exports(db, union, tmp_path, role):
    operations = OperationsService(db, actor(role))
    folder = tmp_path / "stick"
    backup = make_backup(db, tmp_path / "made-by-chair")
    if role is Role.ADMIN:
        assert operations.back_up([folder]).made
        assert operations.check_backup(backup).members == 40
        assert operations.export_encrypted(PASSWORD, tmp_path / "h.udx").members == 40
        return
    with pytest.raises(PermissionDenied):
        operations.back_up([folder])
    with pytest.raises(PermissionDenied):
        operations.check_backup(backup)
    with pytest.raises(PermissionDenied):
        operations.restore(backup)
    with pytest.raises(PermissionDenied):
        operations.export_encrypted(PASSWORD, tmp_path / "h.udx")
    assert not folder.exists() and not (tmp_path / "h.udx").exists()


@pytest.mark.parametrize("role", [Role.OFFICER, Role.FINANCE])
def test_the_cli_refuses_a_backup_to_officer_and_finance(union, role):
    with pytest.raises(PermissionDenied):
        run_cli(backup_command, [], union, actor(role))
    assert not (union.parent / "backups").exists() or not list_backups(union.parent / "backups")


def test_the_chair_may_grant_backup_only_to_finance(db, union, tmp_path):
    OperationsService(db, LOCAL_ADMIN).set_backup_roles([Role.FINANCE])
    finance = OperationsService(db, actor(Role.FINANCE))
    assert finance.back_up([tmp_path / "stick"]).made
    with pytest.raises(PermissionDenied):            # restore and the hand-over stay the chair's
        finance.restore(make_backup(db, tmp_path / "chair"))
    with pytest.raises(PermissionDenied):
        finance.export_encrypted(PASSWORD, tmp_path / "h.udx")
    with pytest.raises(PermissionDenied):            # nor may finance grant it on
        finance.set_backup_roles([Role.OFFICER])
    with pytest.raises(PermissionDenied):
        OperationsService(db, actor(Role.OFFICER)).back_up([tmp_path / "o"])
    assert last_record(union)["action"] == "backup"  # the chair's own backup above was recorded last


# -- each recorded -----------------------------------------------------------------------------------

def test_a_backup_is_recorded_with_who_the_file_and_the_member_count(db, union, tmp_path):
    backup = make_backup(db, tmp_path / "stick")
    record = last_record(union)
    assert (record["actor"], record["action"]) == ("admin", "backup")
    assert record["changes"] == {"file": [None, str(backup)], "members": [None, 40]}


def test_a_backup_that_cannot_be_recorded_is_not_kept(db, tmp_path, monkeypatch):
    def failing(*_args, **_kwargs):
        raise StoreError(None)
    monkeypatch.setattr(recorder, "record_many", failing)
    with pytest.raises(StoreError):
        OperationsService(db, LOCAL_ADMIN).back_up([tmp_path / "stick"])
    assert list_backups(tmp_path / "stick") == []


def test_the_encrypted_export_is_recorded_before_the_file_appears(db, union, tmp_path, monkeypatch):
    out = tmp_path / "换届.udx"
    seen_when_recorded = []
    real = recorder.record

    def watching(session, who, action, *rest):
        seen_when_recorded.append(out.exists())
        return real(session, who, action, *rest)
    monkeypatch.setattr(recorder, "record", watching)
    OperationsService(db, LOCAL_ADMIN).export_encrypted(PASSWORD, out)
    assert seen_when_recorded == [False] and out.exists()
    record = last_record(union)
    assert record["action"] == "export_encrypted" and record["changes"]["members"] == [None, 40]


def test_an_export_whose_record_fails_leaves_no_file(db, tmp_path, monkeypatch):
    def failing(*_args, **_kwargs):
        raise StoreError(None)
    monkeypatch.setattr(recorder, "record", failing)
    with pytest.raises(StoreError):
        OperationsService(db, LOCAL_ADMIN).export_encrypted(PASSWORD, tmp_path / "h.udx")
    assert list(tmp_path.glob("h.udx*")) == []


def test_verify_from_the_window_is_recorded_with_its_verdict(db, union):
    report = OperationsService(db, LOCAL_ADMIN).verify()
    assert report.ok
    record = last_record(union)
    assert record["action"] == "verify" and record["changes"] == {"result": [None, "ok"]}


# -- restore -----------------------------------------------------------------------------------------

def test_a_restore_is_recorded_in_the_restored_database_and_verifies(db, union, tmp_path):
    backup = make_backup(db, tmp_path / "stick")
    sql(union, "UPDATE members SET deleted_at = '2026-01-01 00:00:00' WHERE id <= 5")
    OperationsService(db, LOCAL_ADMIN).restore(backup)
    db.close()
    record = last_record(union)
    assert (record["actor"], record["action"]) == ("admin", "restore_backup")
    assert record["changes"] == {"file": [None, str(backup)], "members": [None, 40]}
    checked = open_read_only(str(union))
    try:
        report = verify_database(checked)
    finally:
        checked.close()
    assert report.ok, [line.render() for line in report.lines()]


def tampered_backup(db, tmp_path, statement: str, *, keep_sidecar: bool) -> Path:
    backup = make_backup(db, tmp_path / "stick")
    sql(backup, statement)
    sidecar = backup.with_name(backup.name + ".json")
    if keep_sidecar:  # a forger who also fixed the checksum in the sidecar
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        import hashlib
        data["sha256"] = hashlib.sha256(backup.read_bytes()).hexdigest()
        data["size"] = backup.stat().st_size
        sidecar.write_text(json.dumps(data), encoding="utf-8")
    else:
        sidecar.unlink()
    return backup


@pytest.mark.parametrize("keep_sidecar", [False, True], ids=["no sidecar", "forged sidecar"])
@pytest.mark.parametrize("statement, named", [
    ("UPDATE users SET role = 'admin' WHERE username = 'finance'", "users row"),
    ("UPDATE dues_payments SET amount = amount * 100 WHERE id = 1", "dues_payments row 1"),
    ("UPDATE members SET name = '冒名' WHERE id = 3", "members row 3"),
])
def test_a_tampered_backup_is_refused_before_anything_is_replaced(db, union, tmp_path, statement, named,
                                                                 keep_sidecar):
    backup = tampered_backup(db, tmp_path, statement, keep_sidecar=keep_sidecar)
    before = union.read_bytes()
    with pytest.raises(StoreError) as caught:
        OperationsService(db, LOCAL_ADMIN).restore(backup)
    text = caught.value.message.render()
    assert "was changed after it was written, so it is not restored" in text and named in text
    assert union.read_bytes() == before


def test_a_backup_cut_at_the_end_is_refused_by_the_anchor_in_its_sidecar(db, union, tmp_path):
    """Records cut from the end leave no break in the chain; the sidecar's anchor shows them (even
    when the forger also fixed the checksum). Without a sidecar this is the one thing that cannot
    be seen, unless the cut records carried row seals (README)."""
    backup = tampered_backup(db, tmp_path, "DELETE FROM audit_records WHERE id = (SELECT max(id) FROM "
                                           "audit_records)", keep_sidecar=True)
    with pytest.raises(StoreError) as caught:
        OperationsService(db, LOCAL_ADMIN).restore(backup)
    assert "records were removed from the end" in caught.value.message.render()


def test_bytes_flipped_in_member_data_of_a_backup_without_sidecar_are_refused(db, union, tmp_path):
    """What a failing USB stick does to a copied backup: one byte changed in a member's name, ID
    number or mobile, wherever it is stored (the row, an index, the search terms). Each copy must be
    refused, whether SQLite's own check notices (an index) or only the row seals do (the row)."""
    backup = make_backup(db, tmp_path / "stick")
    backup.with_name(backup.name + ".json").unlink()
    connection = sqlite3.connect(backup)
    values = [v for row in connection.execute("SELECT name, id_number, mobile FROM members ORDER BY id LIMIT 5")
              for v in row if v]
    connection.close()
    raw = backup.read_bytes()
    flipped, by_seals = 0, 0
    for value in values:
        encoded = value.encode("utf-8")
        at = raw.find(encoded)
        while at >= 0:
            copy = bytearray(raw)
            copy[at + len(encoded) - 1] ^= 0x01
            damaged = tmp_path / f"flipped-{flipped}.sqlite3"
            damaged.write_bytes(bytes(copy))
            with pytest.raises(StoreError) as caught:
                OperationsService(db, LOCAL_ADMIN).check_backup(damaged)
            by_seals += "members row" in caught.value.message.render()
            flipped += 1
            at = raw.find(encoded, at + 1)
    assert flipped >= 15 and by_seals >= 5, (flipped, by_seals)


def test_restore_on_a_new_pc_creates_the_database_from_a_backup(db, tmp_path, capsys):
    backup = make_backup(db, tmp_path / "stick")
    new_pc = tmp_path / "new-pc" / "union.sqlite3"
    assert run_cli(restore_command, [str(backup)], new_pc, who=None) == 0
    assert "Created the database" in capsys.readouterr().out
    record = last_record(new_pc)
    assert (record["actor"], record["action"]) == ("system", "restore_backup")
    checked = open_read_only(str(new_pc))
    try:
        report = verify_database(checked)
    finally:
        checked.close()
    assert report.ok and report.anchor is not None, [line.render() for line in report.lines()]


def test_restore_over_an_existing_database_still_needs_the_chair(db, union, tmp_path):
    backup = make_backup(db, tmp_path / "stick")
    with pytest.raises(PermissionDenied):
        run_cli(restore_command, [str(backup), "--yes"], union, actor(Role.FINANCE))


# -- leftovers and the hand-over file's header ------------------------------------------------------

def old(path: Path) -> Path:
    stale = time.time() - LEFTOVER_AGE_S - 60
    os.utime(path, (stale, stale))
    return path


def test_leftovers_of_killed_copies_are_removed_at_start_and_fresh_ones_kept(union, tmp_path):
    folder = union.parent / "backups"
    folder.mkdir()
    killed_backup = folder / "union_2026-12-01_101010_manual.sqlite3.partial"
    killed_backup.write_bytes(b"x" * 1000)
    old(killed_backup)
    killed_restore = union.with_name(union.name + ".partial")
    killed_restore.write_bytes(b"y")
    old(killed_restore)
    running = folder / "union_2026-12-05_101010_daily.sqlite3.partial"   # a backup being written now
    running.write_bytes(b"z")
    other = union.parent / "someone-elses.partial"
    other.write_bytes(b"w")
    old(other)
    open_database(str(union)).close()
    assert not killed_backup.exists() and not killed_restore.exists()
    assert running.exists() and other.exists()


def test_pruning_removes_leftovers_too(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    left = folder / "union_2026-12-01_101010_daily.sqlite3.partial"
    left.write_bytes(b"x")
    old(left)
    assert left in prune(folder)
    assert not left.exists()


def test_a_crafted_export_header_is_refused_without_deriving_a_key(db, tmp_path, monkeypatch):
    out = tmp_path / "h.udx"
    OperationsService(db, LOCAL_ADMIN).export_encrypted(PASSWORD, out)
    raw = bytearray(out.read_bytes())
    raw[9:12] = bytes([17, 32, 16])   # log2 n, r, p: 4 GB and minutes of work for whoever opens it
    out.write_bytes(bytes(raw))
    monkeypatch.setattr(encrypted_export, "_key", lambda *a: pytest.fail("a key was derived"))
    with pytest.raises(StoreError) as caught:
        encrypted_export.import_encrypted(out, PASSWORD, tmp_path / "new.sqlite3")
    assert "the password is wrong or the file is damaged" in caught.value.message.render()

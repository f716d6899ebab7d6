"""The tampering table of issue 14: what someone with a SQLite browser (and the knowledge of how the
hashes are made: they have no secret) could do to the file behind the program's back. Each case
must make `uniondesk verify` fail, and name the row or the records that were touched.

One demo database is made per module; every case works on its own copy (with its anchor file)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from desktop.cli import main
from desktop.store.anchor import anchor_path
from desktop.store.audit_chain import record_hash
from desktop.store.row_seals import row_hash, seals_digest

pytestmark = pytest.mark.sqlite_file  # edits made to the SQLite file with sqlite3


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("tamper") / "union.sqlite3"
    assert main(["--db", str(path), "demo", "--members", "120", "--seed", "5"]) == 0
    return path


@pytest.fixture
def copy(demo_file, tmp_path) -> Path:
    target = tmp_path / demo_file.name
    shutil.copyfile(demo_file, target)
    shutil.copyfile(anchor_path(demo_file), anchor_path(target))
    return target


def run_verify(path: Path, capsys) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["--db", str(path), "--lang", "en", "verify"])
    return status, capsys.readouterr().out


def sql(path: Path, *statements: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()


def one(path: Path, query: str):
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchone()
    finally:
        connection.close()


def rehash_chain_from(path: Path, first_id: int) -> None:
    """Recompute every record's hash from `first_id` on, as a tamperer who read the source would."""
    connection = sqlite3.connect(path)
    with connection:
        prev = connection.execute("SELECT hash FROM audit_records WHERE id = ?", (first_id - 1,)).fetchone()
        prev_hash = prev[0] if prev else ""
        rows = connection.execute(
            "SELECT id, at, actor, action, entity, entity_id, changes, rows_hash FROM audit_records "
            "WHERE id >= ? ORDER BY id", (first_id,)).fetchall()
        for record_id, at, actor, action, entity, entity_id, changes, rows_hash in rows:
            digest = record_hash(prev_hash, record_id, at, actor, action, entity, entity_id, changes, rows_hash)
            connection.execute("UPDATE audit_records SET prev_hash = ?, hash = ? WHERE id = ?",
                               (prev_hash, digest, record_id))
            prev_hash = digest
    connection.close()


def reseal(path: Path, table: str, key: int) -> int:
    """Give a tampered row a fresh seal and its record a fresh seal digest; returns the record's id."""
    connection = sqlite3.connect(path)
    with connection:
        cursor = connection.execute(f"SELECT * FROM {table} WHERE id = ?", (key,))
        columns = [d[0] for d in cursor.description]
        new_hash = row_hash(table, columns, cursor.fetchone())
        seal_id, record_id = connection.execute(
            "SELECT id, record_id FROM row_seals WHERE tbl = ? AND row_key = ? ORDER BY id DESC LIMIT 1",
            (table, str(key))).fetchone()
        connection.execute("UPDATE row_seals SET hash = ? WHERE id = ?", (new_hash, seal_id))
        seals = connection.execute("SELECT tbl, row_key, hash FROM row_seals WHERE record_id = ? ORDER BY id",
                                   (record_id,)).fetchall()
        connection.execute("UPDATE audit_records SET rows_hash = ? WHERE id = ?", (seals_digest(seals), record_id))
    connection.close()
    return record_id


def last_id(path: Path) -> int:
    return one(path, "SELECT max(id) FROM audit_records")[0]


@dataclass(frozen=True)
class Case:
    name: str
    tamper: Callable[[Path], None]
    expect: Callable[[Path], list[str]]   # texts the report must contain (computed before tampering)


def _forge_appended(path: Path) -> None:
    record_id, prev_hash = one(path, "SELECT id, hash FROM audit_records ORDER BY id DESC LIMIT 1")
    at, changes = "2026-12-01 08:00:00.000000", json.dumps({"role": ["finance", "admin"]})
    digest = record_hash(prev_hash, record_id + 1, at, "admin", "update", "user", 4, changes)
    sql(path, f"INSERT INTO audit_records (id, at, actor, action, entity, entity_id, changes, prev_hash, hash, "
              f"rows_hash) VALUES ({record_id + 1}, '{at}', 'admin', 'update', 'user', 4, '{changes}', "
              f"'{prev_hash}', '{digest}', '')")


def _rehash_after_edit(path: Path) -> None:
    sql(path, "UPDATE audit_records SET changes = '{}' WHERE id = 5")
    rehash_chain_from(path, 5)


def _edit_member_and_reseal(path: Path) -> None:
    sql(path, "UPDATE members SET name = '冒名' WHERE id = 7")
    reseal(path, "members", 7)


def _edit_member_reseal_and_rehash(path: Path) -> None:
    sql(path, "UPDATE members SET name = '冒名' WHERE id = 7")
    record_id = reseal(path, "members", 7)
    rehash_chain_from(path, record_id)


def _payment_ids(path: Path) -> list[int]:
    connection = sqlite3.connect(path)
    try:
        return [r[0] for r in connection.execute("SELECT id FROM dues_payments ORDER BY id LIMIT 3")]
    finally:
        connection.close()


def _first(path: Path, table: str) -> int:
    return one(path, f"SELECT min(id) FROM {table}")[0]


def _add_member(path: Path) -> None:
    connection = sqlite3.connect(path)
    columns = [r[1] for r in connection.execute("PRAGMA table_info(members)") if r[1] not in ("id", "id_number")]
    connection.close()
    sql(path, f"INSERT INTO members ({', '.join(columns)}, id_number) SELECT {', '.join(columns)}, "
              "'110105199001019999' FROM members WHERE id = 1")


def _seal_record(path: Path, table: str, key: int) -> int:
    return one(path, f"SELECT record_id FROM row_seals WHERE tbl = '{table}' AND row_key = '{key}' "
                     "ORDER BY id DESC LIMIT 1")[0]


def rows(table: str, *keys) -> list[str]:
    return [f"{table} row {key}:" for key in keys]


CASES = [
    Case("delete the last audit record",
         lambda p: sql(p, f"DELETE FROM audit_records WHERE id = {last_id(p)}"),
         lambda p: [f"the trail ends at record {last_id(p) - 1}", "records were removed from the end"]),
    Case("delete the last ten audit records",
         lambda p: sql(p, f"DELETE FROM audit_records WHERE id > {last_id(p) - 10}"),
         lambda p: [f"the trail ends at record {last_id(p) - 10}", "records were removed from the end"]),
    Case("delete every audit record",
         lambda p: sql(p, "DELETE FROM audit_records"),
         lambda p: ["Audit trail: 0 record(s)", "records were removed from the end", "which has none"]),
    Case("append a forged record with a correct hash", _forge_appended,
         lambda p: [f"records {last_id(p) + 1} to {last_id(p) + 1} were added after the last record"]),
    Case("edit a record and re-hash the chain after it", _rehash_after_edit,
         lambda p: [f"record {last_id(p)} is not the one the program wrote", "the trail was rewritten"]),
    Case("rename a member", lambda p: sql(p, "UPDATE members SET name = '冒名' WHERE id = 3"),
         lambda p: rows("members", 3)),
    Case("change a member's ID number",
         lambda p: sql(p, "UPDATE members SET id_number = '110105199001011234' WHERE id = 4"),
         lambda p: rows("members", 4)),
    Case("clear a member's mobile", lambda p: sql(p, "UPDATE members SET mobile = NULL WHERE id = 5"),
         lambda p: rows("members", 5)),
    Case("delete a member", lambda p: sql(p, "PRAGMA foreign_keys=OFF", "DELETE FROM members WHERE id = 6"),
         lambda p: ["members row 6: deleted outside the program"]),
    Case("add a member", _add_member,
         lambda p: [f"members row {one(p, 'SELECT max(id) FROM members')[0] + 1}: not in the audit trail"]),
    Case("multiply payment amounts by 100",
         lambda p: sql(p, "UPDATE dues_payments SET amount = amount * 100 WHERE id IN "
                          "(SELECT id FROM dues_payments ORDER BY id LIMIT 3)"),
         lambda p: rows("dues_payments", *_payment_ids(p))),
    Case("make the finance account an administrator",
         lambda p: sql(p, "UPDATE users SET role = 'admin' WHERE username = 'finance'"),
         lambda p: rows("users", one(p, "SELECT id FROM users WHERE username = 'finance'")[0])),
    Case("put a known password hash on the chair's account",
         lambda p: sql(p, "UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE "
                          "username = 'viewer') WHERE username = 'admin'"),
         lambda p: rows("users", one(p, "SELECT id FROM users WHERE username = 'admin'")[0])),
    Case("back-date a membership event",
         lambda p: sql(p, "UPDATE membership_events SET event_date = '2001-01-01' WHERE id = 2"),
         lambda p: rows("membership_events", 2)),
    Case("change a ledger amount",
         lambda p: sql(p, f"UPDATE fund_entries SET amount = amount + 1 WHERE id = {_first(p, 'fund_entries')}"),
         lambda p: rows("fund_entries", _first(p, "fund_entries"))),
    Case("change an aid case's bank card",
         lambda p: sql(p, f"UPDATE aid_cases SET bank_card_no = '6222000000000000' WHERE id = {_first(p, 'aid_cases')}"),
         lambda p: rows("aid_cases", _first(p, "aid_cases"))),
    Case("raise an aid payment",
         lambda p: sql(p, f"UPDATE aid_payments SET amount = amount * 10 WHERE id = {_first(p, 'aid_payments')}"),
         lambda p: rows("aid_payments", _first(p, "aid_payments"))),
    Case("change a vote's totals",
         lambda p: sql(p, "UPDATE vote_totals SET yes = yes + 5 WHERE rowid = (SELECT min(rowid) FROM vote_totals)"),
         lambda p: rows("vote_totals", "{}:{}".format(*one(
             p, "SELECT vote_id, candidate_id FROM vote_totals WHERE rowid = (SELECT min(rowid) FROM vote_totals)")))),
    Case("void a receipt", lambda p: sql(p, f"UPDATE dues_receipts SET void = 1 WHERE id = {_first(p, 'dues_receipts')}"),
         lambda p: rows("dues_receipts", _first(p, "dues_receipts"))),
    Case("edit a member and give the row a fresh seal", _edit_member_and_reseal,
         lambda p: [f"Record {_seal_record(p, 'members', 7)} was changed after it was written"]),
    Case("edit a member, re-seal it and re-hash the chain", _edit_member_reseal_and_rehash,
         lambda p: ["the trail was rewritten"]),
]


def test_the_table_has_the_21_cases_of_the_issue():
    assert len(CASES) == 21 and len({c.name for c in CASES}) == 21


def test_the_untouched_demo_passes(copy, capsys):
    status, out = run_verify(copy, capsys)
    assert status == 0, out
    assert "End of the trail: matches the anchor" in out and "All checks passed." in out


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_each_tampering_is_caught_and_named(case, copy, capsys):
    expected = case.expect(copy)
    case.tamper(copy)
    status, out = run_verify(copy, capsys)
    assert status == 1, out
    for text in expected:
        assert text in out, (text, out)


# -- not tampering: a program killed between its commit and the anchor's update ----------------------

def write_anchor_file(path: Path, data: dict) -> None:
    anchor_path(path).write_text(json.dumps(data), encoding="utf-8")


def test_an_anchor_left_mid_commit_accepts_the_trail_with_or_without_that_commit(copy, capsys):
    last = one(copy, "SELECT id, hash FROM audit_records ORDER BY id DESC LIMIT 1")
    before = one(copy, f"SELECT id, hash FROM audit_records WHERE id = {last[0] - 1}")
    # killed after the commit: the anchor still names the old end as settled, the new one as pending
    write_anchor_file(copy, {"records": before[0], "head": before[1],
                             "pending": {"records": last[0], "head": last[1]}})
    assert run_verify(copy, capsys)[0] == 0
    # killed before the commit: the pending end never came
    write_anchor_file(copy, {"records": last[0], "head": last[1],
                             "pending": {"records": last[0] + 1, "head": "0" * 64}})
    assert run_verify(copy, capsys)[0] == 0
    # but a trail matching neither end is still caught
    sql(copy, f"DELETE FROM audit_records WHERE id >= {last[0] - 1}")
    status, out = run_verify(copy, capsys)
    assert status == 1 and "records were removed from the end" in out


# -- not tampering: a later release's migration changes rows' hashes --------------------------------

def test_a_column_added_with_an_empty_default_leaves_every_seal_valid(copy, capsys):
    sql(copy, "ALTER TABLE votes ADD COLUMN teller_3 VARCHAR(60) NOT NULL DEFAULT ''")
    assert run_verify(copy, capsys)[0] == 0


def test_an_upgrade_reseals_the_rows_it_changed_but_not_rows_tampered_before_it(copy, capsys):
    from desktop.store.row_seals import intact_rows, reseal_after_upgrade
    from sqlalchemy import create_engine

    sql(copy, "UPDATE members SET name = '冒名' WHERE id = 3")              # behind the program's back
    engine = create_engine(f"sqlite:///{copy}")
    with engine.connect() as connection:
        intact = intact_rows(connection)
    sql(copy, "ALTER TABLE votes ADD COLUMN counted_twice BOOLEAN NOT NULL DEFAULT 1")   # "the migration"
    with engine.begin() as connection:
        resealed = reseal_after_upgrade(connection, intact, ("0009", "0010"))
        tail = connection.exec_driver_sql("SELECT id, hash FROM audit_records ORDER BY id DESC LIMIT 1").one()
    engine.dispose()
    assert resealed == one(copy, "SELECT count(*) FROM votes")[0]
    write_anchor_file(copy, {"records": tail[0], "head": tail[1]})   # as upgrade_to_head does
    status, out = run_verify(copy, capsys)
    assert status == 1 and "members row 3: changed outside the program" in out
    assert "votes row" not in out

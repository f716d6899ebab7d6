"""A process killed in the middle of an import leaves the register as it was; the command line's
JSON summary has the promised shape and exit codes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.commands import CommandContext
from desktop.domain.members.entities import Member
from desktop.store.database import open_database
from tests.exchange.rosters import messy_roster_xlsx
from tests import db_backend

REPO = Path(__file__).resolve().parents[2]

IMPORTER = textwrap.dedent("""
    import datetime as dt, sys, time
    from desktop.domain.accounts.actor import LOCAL_ADMIN
    from desktop.domain.members.bulk import DuplicatePolicy, ImportRow
    from desktop.domain.members.imports import ImportSource, MemberImportService
    from desktop.domain.members.inputs import MemberInput
    from desktop.store.database import open_database
    from tests.exchange.rosters import id_number_for

    db = open_database(sys.argv[1])
    rows = [ImportRow(i + 2, MemberInput(name=f"职工{i}", id_number=id_number_for(dt.date(1970, 1, 1) + dt.timedelta(days=i), 1),
                                         join_date=dt.date(2020, 1, 1)), frozenset({"name", "id_number"}))
            for i in range(2000)]

    def progress(done, total):
        if done >= 1000:
            print("HALFWAY", flush=True)
            time.sleep(120)   # killed here, inside the open transaction

    MemberImportService(db, LOCAL_ADMIN).import_members(rows, DuplicatePolicy.SKIP, ImportSource("big.xlsx"), progress)
    print("FINISHED", flush=True)
""")


def count(path) -> int:
    db = open_database(str(path))
    try:
        with db.engine.connect() as connection:
            return connection.execute(select(func.count(Member.id))).scalar_one()
    finally:
        db.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_killing_the_process_mid_import_leaves_the_member_count_unchanged(tmp_path):
    path = db_backend.new_location(tmp_path, "t.sqlite3")
    from desktop.demo.generator import create_demo_database

    create_demo_database(str(path), members=30, seed=2)
    before = count(path)
    process = subprocess.Popen([sys.executable, "-c", IMPORTER, str(path)], cwd=REPO, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.strip() == "HALFWAY", process.stderr.read()
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == -signal.SIGKILL
    assert count(path) == before


@pytest.fixture
def context(tmp_path, monkeypatch):
    monkeypatch.setenv("UNIONDESK_USER", "admin")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "demo-admin")
    from desktop.demo.generator import create_demo_database

    location = str(db_backend.new_location(tmp_path, "d.sqlite3"))
    create_demo_database(location, members=20, seed=4)
    ctx = CommandContext("en", location)
    yield ctx
    ctx.close()


def _args(module, argv):
    import argparse

    parser = argparse.ArgumentParser()
    module.add_arguments(parser)
    return parser.parse_args(argv)


def test_cli_import_prints_the_json_summary(context, tmp_path, capsys):
    from desktop.commands import import_

    roster = messy_roster_xlsx(tmp_path / "r.xlsx")
    assert import_.run(_args(import_, ["members", str(roster), "--json", "--rejects", str(tmp_path / "x.xlsx")]),
                       context) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["imported"] == 4 and summary["updated"] == 0 and summary["skipped_duplicates"] == 0
    assert {r["row"] for r in summary["rejected"]} == {6, 9}
    assert set(summary["rejected"][0]) >= {"row", "column", "value", "reason", "kind"}
    assert (4, "入会时间", "2010.09", "month_only") in {
        (w["row"], w["column"], w["value"], w["kind"]) for w in summary["warnings"]}
    assert [(s["row"], s["kind"]) for s in summary["skipped"]] == [(11, "blank"), (12, "total"), (13, "total")]
    assert (tmp_path / "x.xlsx").exists()
    context.close()
    assert import_.run(_args(import_, ["members", str(roster), "--json"]), context) == 0
    again = json.loads(capsys.readouterr().out)
    assert again["imported"] == 0 and again["skipped_duplicates"] == 4


def test_cli_dry_run_changes_nothing(context, tmp_path, capsys):
    from desktop.commands import import_

    roster = messy_roster_xlsx(tmp_path / "r.xlsx")
    assert import_.run(_args(import_, ["members", str(roster), "--dry-run", "--json"]), context) == 0
    assert json.loads(capsys.readouterr().out)["dry_run"] is True
    context.close()
    assert count(context.location) == 20


def test_cli_commands_through_main(tmp_path, monkeypatch, capsys, context):
    """With the modules listed, `uniondesk import members` and `uniondesk export members` work end to end."""
    from desktop import cli
    assert {"import_", "export"} <= set(cli.COMMAND_MODULES)

    db = context.location
    assert cli.main(["--db", db, "--lang", "en", "export", "members", "--profile", "parent-union",
                     str(tmp_path / "p.xlsx")]) == 0
    assert "members written" in capsys.readouterr().out
    assert cli.main(["--db", db, "--lang", "en", "import", "members", str(tmp_path / "missing.xlsx")]) == 2
    assert "cannot be opened" in capsys.readouterr().err


def test_cli_imports_every_sheet_of_a_workbook_kept_per_department(context, capsys):
    from pathlib import Path

    from desktop.commands import import_

    workbook = Path(__file__).resolve().parents[1] / "fixtures" / "rosters" / "sheet_per_department.xlsx"
    assert import_.run(_args(import_, ["members", str(workbook), "--sheet", "all", "--json"]), context) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["imported"] == 4 and summary["rejected_rows"] == 0
    assert {(w["sheet"], w["row"], w["kind"]) for w in summary["warnings"]} == {
        ("二车间", 3, "repeated_row"), ("二车间", 4, "month_only")}


def test_cli_lists_possible_duplicates_and_can_skip_them(context, tmp_path, capsys):
    from desktop.commands import import_

    roster = messy_roster_xlsx(tmp_path / "r.xlsx")
    assert import_.run(_args(import_, ["members", str(roster), "--json", "--dry-run"]), context) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(d["row"], d["name"], d["other"]) for d in listed["possible_duplicates"]] == [(10, "张海生", "4")]
    assert import_.run(_args(import_, ["members", str(roster), "--json", "--possible-duplicates", "skip"]),
                       context) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["imported"] == 3 and (10, "same_member") in {(s["row"], s["kind"]) for s in summary["skipped"]}

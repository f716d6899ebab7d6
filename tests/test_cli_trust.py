"""Writes the command line may not make behind the window's back, and money written once:
the window's lock stops every command, `demo --force` replaces only a demo, a batch planned before
another batch was recorded is refused inside its transaction, a payroll sheet imported twice is
refused naming the first import, and a full-ID export whose record fails leaves no file."""

from __future__ import annotations

import datetime as dt
import json
import socket

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop.cli import main
from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.dues.entities import DuesBatch, DuesPayment
from desktop.domain.dues.queries import DuesQueries
from desktop.domain.dues.rules import Period
from desktop.domain.dues.service import DuesService, PaymentLine
from desktop.domain.errors import RuleViolation
from desktop.exchange.members.export import ExportRequest, export_members
from desktop.store.database import open_database
from desktop.store.instance_lock import InstanceLock
from tests.demo_files import all_rows, build_template, fresh_copy

OCTOBER = Period(2026, 10)
PAID_ON = dt.date(2026, 10, 31)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("trust-demo"), members=150, seed=7)


@pytest.fixture
def demo_db(template, tmp_path, demo_admin_env):
    return fresh_copy(template, tmp_path)


def _count(path, column) -> int:
    db = open_database(str(path), create=False)
    try:
        with db.session() as session:
            return session.scalar(select(func.count(column)))
    finally:
        db.close()


WRITES = [
    ["dues", "batch", "--month", "2026-10", "--date", "2026-10-31", "--yes"],
    ["dues", "pay", "--member", "1", "--month", "2026-10", "--method", "cash", "--amount", "20"],
    ["members", "list"],
    ["export", "members", "OUT"],
    ["demo", "--force", "--members", "5"],
]


@pytest.mark.sqlite_file  # the lock file of the SQLite file
@pytest.mark.parametrize("argv", WRITES, ids=lambda a: " ".join(a[:2]))
def test_a_command_is_refused_while_the_window_holds_the_database(demo_db, tmp_path, capsys, argv):
    argv = [str(tmp_path / "out.xlsx") if a == "OUT" else a for a in argv]
    before = all_rows(demo_db)
    with InstanceLock(demo_db):  # what the window holds while it runs
        assert main(["--db", str(demo_db), *argv]) == 2
    error = capsys.readouterr().err.strip()
    assert len(error.splitlines()) == 1 and "Traceback" not in error
    assert "another UnionDesk window on this PC" in error and "user " in error
    assert all_rows(demo_db) == before
    assert not (tmp_path / "out.xlsx").exists()
    # Once the window is closed the same command goes through.
    assert main(["--db", str(demo_db), *argv]) == 0


@pytest.mark.sqlite_file  # the lock file of the SQLite file
def test_the_lock_message_names_the_other_pc_and_user(demo_db, capsys):
    lock = InstanceLock(demo_db)
    lock.acquire()
    try:
        # Another PC on a shared folder: what its lock file says is what the refusal names.
        text = lock.path.read_text(encoding="utf-8").replace(socket.gethostname(), "财务室电脑")
        lock.path.write_text(text.replace('"user": "', '"user": "zhaokj'), encoding="utf-8")
        assert main(["--db", str(demo_db), "dues", "batch", "--month", "2026-10", "--yes"]) == 2
    finally:
        lock.release()
    error = capsys.readouterr().err
    assert "财务室电脑" in error and "zhaokj" in error


@pytest.mark.sqlite_file  # --force replaces a demo file; a server database is never replaced (test_cli.py)
def test_demo_force_replaces_only_a_demo(tmp_path, demo_db, capsys):
    real = tmp_path / "real.sqlite3"
    real.write_bytes(demo_db.read_bytes())
    db = open_database(str(real), create=False)
    with db.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE union_profile SET is_demo = 0")
    db.close()
    before = all_rows(real)
    assert main(["--db", str(real), "demo", "--force", "--members", "5"]) == 2
    assert "not a demo" in capsys.readouterr().err
    assert all_rows(real) == before
    other = tmp_path / "notes.txt"
    other.write_text("not a database at all", encoding="utf-8")
    assert main(["--db", str(other), "demo", "--force", "--members", "5"]) == 2
    assert other.read_text(encoding="utf-8") == "not a database at all"
    assert main(["--db", str(demo_db), "demo", "--force", "--members", "5"]) == 0  # a demo is replaced
    assert _count(demo_db, DuesPayment.id) >= 0


def test_a_batch_planned_before_another_batch_was_recorded_is_refused(demo_db):
    db = open_database(str(demo_db), create=False)
    try:
        plan = DuesQueries(db, LOCAL_ADMIN).plan_batch(OCTOBER, None)
        lines = [PaymentLine(line.member_id, line.amount) for line in plan.lines]
        assert len(lines) > 20
        service = DuesService(db, LOCAL_ADMIN)
        service.record_batch(OCTOBER, PAID_ON, "payroll", lines[:10], "第一批")  # meanwhile
        with db.session() as session:
            payments = session.scalar(select(func.count(DuesPayment.id)))
        with pytest.raises(RuleViolation) as refused:
            service.record_batch(OCTOBER, PAID_ON, "payroll", lines, "按旧名单")
        text = str(refused.value.message)
        assert "10 of the" in text and "第一批" in text
        with db.session() as session:
            assert session.scalar(select(func.count(DuesPayment.id))) == payments
        # The refreshed plan leaves those ten out and goes through.
        fresh = DuesQueries(db, LOCAL_ADMIN).plan_batch(OCTOBER, None)
        service.record_batch(OCTOBER, PAID_ON, "payroll",
                             [PaymentLine(line.member_id, line.amount) for line in fresh.lines], "刷新后")
    finally:
        db.close()


def _payroll_sheet(path, members, note=""):
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "部门", "身份证号", "代扣会费", "备注"])
    for name, department, id_number in members:
        sheet.append([name, department, id_number, "12.50", note])
    book.save(path)
    return path


def test_a_payroll_sheet_imported_twice_is_refused_naming_the_first_import(demo_db, tmp_path, capsys):
    from desktop.domain.members.entities import Member

    db = open_database(str(demo_db), create=False)
    with db.session() as session:
        members = session.execute(select(Member.name, Member.department, Member.id_number)
                                  .where(Member.status == "active").order_by(Member.id).limit(50)).all()
    db.close()
    sheet = _payroll_sheet(tmp_path / "十月工资.xlsx", members)
    argv = ["--db", str(demo_db), "dues", "import-payroll", str(sheet), "--month", "2026-11", "--date",
            "2026-11-30", "--yes"]
    assert main(argv) == 0
    paid = _count(demo_db, DuesPayment.id)
    batches = _count(demo_db, DuesBatch.id)
    capsys.readouterr()
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert "十月工资.xlsx" in error and "imported already" in error and "batch" in error
    # The same month and members in another file (re-saved, a note added): refused as well.
    other = _payroll_sheet(tmp_path / "十月工资（改）.xlsx", members, note="复核")
    assert main([*argv[:4], str(other), *argv[5:]]) == 2
    assert "50 of the 50 members in this list have paid 2026-11 already" in capsys.readouterr().err
    assert (_count(demo_db, DuesPayment.id), _count(demo_db, DuesBatch.id)) == (paid, batches)


def test_a_full_id_export_whose_record_fails_leaves_no_file(demo_db, tmp_path, monkeypatch):
    from desktop.domain.exports.submissions import ExportRecords

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ExportRecords, "record", fail)
    out = tmp_path / "上报.xlsx"
    db = open_database(str(demo_db), create=False)
    try:
        with pytest.raises(OSError):
            export_members(db, LOCAL_ADMIN, ExportRequest("parent-union", out))
    finally:
        db.close()
    assert not out.exists() and not list(tmp_path.glob("*.part*"))


def test_members_list_json_of_the_viewer_is_masked(demo_db, monkeypatch, capsys):
    monkeypatch.setenv("UNIONDESK_USER", "viewer")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "demo-viewer")
    assert main(["--db", str(demo_db), "members", "list", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing and all("********" in m["id_number"] for m in listing)

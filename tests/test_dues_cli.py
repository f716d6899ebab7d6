"""`uniondesk dues …` and the dues papers as a script would use them: arrears as JSON, the month's
list whose totals balance to the cent, a receipt and a yearly statement as PDF, a batch, and a
read-only account refused."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.cli import main
from tests.demo_files import build_template, fresh_copy
from tests.pdf_reading import pdf_text


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("dues-demo"), members=120, seed=5)


@pytest.fixture
def demo_db(template, tmp_path, demo_admin_env):
    return fresh_copy(template, tmp_path)


def _query(path, statement):
    from desktop.store.database import open_database

    db = open_database(str(path))
    try:
        with db.session() as session:
            return session.execute(statement).all()
    finally:
        db.close()


def test_arrears_json(demo_db, capsys):
    assert main(["--db", str(demo_db), "dues", "arrears", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows, "the demo has members in arrears"
    for row in rows:
        owed, paid, balance = (Decimal(row[k]) for k in ("owed", "paid", "balance"))
        assert balance == owed - paid > 0
        assert row["owed"].count(".") == 1 and len(row["owed"].split(".")[1]) == 2
        assert row["warning"] == (row["consecutive_unpaid_months"] >= 6)
        assert row["unpaid_months"] >= 1 and row["name"]
    streaks = [r["consecutive_unpaid_months"] for r in rows]
    assert streaks == sorted(streaks, reverse=True)
    assert main(["--db", str(demo_db), "dues", "arrears"]) == 0
    assert "deemed-withdrawal" in capsys.readouterr().out


def test_month_list_totals_balance_to_the_cent(demo_db, capsys):
    assert main(["--db", str(demo_db), "dues", "list", "--month", "2026-09", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    owed = sum(Decimal(r["owed"]) for r in data["rows"])
    paid = sum(Decimal(r["paid"]) for r in data["rows"])
    assert Decimal(data["totals"]["owed"]) == owed and Decimal(data["totals"]["paid"]) == paid
    assert Decimal(data["totals"]["balance"]) == owed - paid
    assert paid > 0


def test_print_receipt_and_statement(demo_db, tmp_path, capsys):
    from desktop.domain.dues.entities import DuesPayment, DuesReceipt

    payment_id, number, void = _query(demo_db, select(DuesPayment.id, DuesReceipt.number, DuesReceipt.void)
                                      .join(DuesReceipt, DuesReceipt.number == DuesPayment.receipt_no)
                                      .order_by(DuesPayment.id).limit(1))[0]
    out = tmp_path / "receipt.pdf"
    assert main(["--db", str(demo_db), "print", "receipt", "--payment", str(payment_id), str(out)]) == 0
    text = pdf_text(out, layout=False)
    assert "工会会费收据" in text and number in text and "人民币" in text and "元" in text
    assert text.count(number) == 2  # the payer's copy and the counterfoil
    member_id = _query(demo_db, select(DuesPayment.member_id).where(DuesPayment.id == payment_id))[0][0]
    statement = tmp_path / "statement.pdf"
    assert main(["--db", str(demo_db), "print", "dues-statement", "--member", str(member_id), "--year", "2026",
                 str(statement)]) == 0
    text = pdf_text(statement)
    assert "工会会费缴纳明细（2026年度）" in text and "合计" in text and "2026年1月" in text
    from desktop.domain.members.entities import Member
    member_no = _query(demo_db, select(Member.member_no).where(Member.id == member_id))[0][0]
    assert member_no and member_no in text  # the statement names the member's number
    # a payroll payment has no receipt: one plain line, no PDF
    payroll = _query(demo_db, select(DuesPayment.id).where(DuesPayment.receipt_no.is_(None)).limit(1))[0][0]
    capsys.readouterr()
    assert main(["--db", str(demo_db), "print", "receipt", "--payment", str(payroll), str(tmp_path / "n.pdf")]) != 0
    assert "no receipt" in capsys.readouterr().err
    assert not (tmp_path / "n.pdf").exists()


def test_batch_shows_then_records(demo_db, capsys):
    from desktop.domain.dues.entities import DuesBatch

    before = len(_query(demo_db, select(DuesBatch.id)))
    assert main(["--db", str(demo_db), "dues", "batch", "--month", "2026-10", "--date", "2026-10-31"]) == 0
    assert "Nothing recorded" in capsys.readouterr().out
    assert len(_query(demo_db, select(DuesBatch.id))) == before
    assert main(["--db", str(demo_db), "dues", "batch", "--month", "2026-10", "--date", "2026-10-31", "--yes"]) == 0
    assert len(_query(demo_db, select(DuesBatch.id))) == before + 1
    capsys.readouterr()
    assert main(["--db", str(demo_db), "dues", "list", "--month", "2026-10", "--state", "owing", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    # everyone with a wage base who was active in October is settled now (the batch paid the balances)
    assert data["rows"] == [r for r in data["rows"] if r["no_wage_months"]]


def test_read_only_account_is_refused(demo_db, monkeypatch, capsys):
    from desktop.domain.dues.entities import DuesPayment

    before = len(_query(demo_db, select(DuesPayment.id)))
    monkeypatch.setenv("UNIONDESK_USER", "viewer")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "demo-viewer")
    assert main(["--db", str(demo_db), "dues", "pay", "--member", "1", "--month", "2026-10", "--method", "cash",
                 "--amount", "20"]) != 0
    assert "may not" in capsys.readouterr().err
    assert len(_query(demo_db, select(DuesPayment.id))) == before
    assert main(["--db", str(demo_db), "dues", "arrears", "--json"]) == 0  # reading is allowed


def test_export_month_list_xlsx(demo_db, tmp_path, capsys):
    from openpyxl import load_workbook

    out = tmp_path / "dues.xlsx"
    assert main(["--lang", "zh_CN", "--db", str(demo_db), "dues", "export", "--month", "2026-09", str(out)]) == 0
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    header, body, total = rows[0], rows[1:-1], rows[-1]
    assert len(header) == 11 and len(body) == total[1] > 0
    owed = sum(Decimal(str(r[6])) for r in body)
    assert Decimal(str(total[6])).quantize(Decimal("0.01")) == owed.quantize(Decimal("0.01"))
    assert all(r[1] for r in body)  # every line names its member
    from desktop.domain.audit.entities import AuditRecord
    changes = _query(demo_db, select(AuditRecord.changes).where(AuditRecord.action == "dues_export"))
    assert len(changes) == 1  # the export is in the audit trail, with its period, size and totals
    recorded = {k: v[1] for k, v in json.loads(changes[0][0]).items()}
    assert (recorded["period"], recorded["members"], recorded["file"]) == ("2026-09", len(body), str(out))
    assert Decimal(recorded["owed"]) == owed and Decimal(recorded["paid"]) == Decimal(str(total[7])).quantize(
        Decimal("0.01"))

"""`uniondesk export ledger --year Y OUT.xlsx` and `uniondesk print funds-notice --year Y [--quarter Q]
OUT.pdf` as a treasurer's script would use them: the workbook has the ledger's columns, every line
and totals that add up; the notice names the categories and the totals; a read-only account may
read the books (and export them) but the export is written to the audit trail."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import openpyxl
import pytest
from sqlalchemy import select

import desktop.cli
from desktop.cli import main
from desktop.demo.generator import add_demo_accounts
from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.funds.inputs import EntryInput
from desktop.domain.funds.service import FundsService
from desktop.store.database import open_database
from tests.pdf_reading import pdf_text
from tests import db_backend

D = Decimal

@pytest.fixture(autouse=True)
def print_command(monkeypatch):
    if "paper" not in desktop.cli.COMMAND_MODULES:
        monkeypatch.setattr(desktop.cli, "COMMAND_MODULES", desktop.cli.COMMAND_MODULES + ("paper",))


@pytest.fixture
def books(tmp_path, demo_admin_env):
    path = db_backend.new_location(tmp_path, "books.sqlite3")
    db = open_database(str(path))
    try:
        add_demo_accounts(db)
        funds = FundsService(db, LOCAL_ADMIN, today=dt.date(2024, 12, 31))
        funds.set_opening(2024, D("10000.00"))
        funds.record_allocation(2024, 1, D("250000.00"), D("5000.00"), dt.date(2024, 2, 5), voucher_no="收-1")
        funds.add_entry(EntryInput(dt.date(2024, 3, 8), "50102", D("1234.56"), "文化馆", "付-1", "三八节活动"))
        funds.add_entry(EntryInput(dt.date(2024, 5, 1), "50205", D("800.10"), "超市", "付-2", "慰问品"))
        funds.add_entry(EntryInput(dt.date(2024, 11, 2), "504", D("0.34"), "", "付-3", "=1+1"))
    finally:
        db.close()
    return path


def test_export_ledger_writes_every_line_with_totals_that_add_up(books, tmp_path, capsys):
    out = tmp_path / "ledger.xlsx"
    assert main(["--db", str(books), "export", "ledger", "--year", "2024", str(out)]) == 0
    assert "ledger.xlsx" in capsys.readouterr().out
    book = openpyxl.load_workbook(out)
    sheet = book["2024年明细账"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("日期", "凭证号", "科目编码", "科目名称", "来源", "对方", "摘要", "收入", "支出", "余额", "关联", "状态")
    assert rows[1][6] == "期初结余" and D(str(rows[1][9])) == D("10000.00")
    lines = rows[2:-1]
    assert [r[2] for r in lines] == ["402", "50102", "50205", "504"]
    assert lines[0][4] == "拨缴经费" and lines[1][3] == "文体活动支出"
    assert lines[3][6] == "=1+1" and sheet.cell(row=6, column=7).data_type == "s"  # text, not a formula
    income = sum(D(str(r[7])) for r in lines if r[7] is not None)
    spending = sum(D(str(r[8])) for r in lines if r[8] is not None)
    total = rows[-1]
    assert total[6] == "本年合计"
    assert D(str(total[7])) == income == D("5000.00")
    assert D(str(total[8])) == spending == D("2035.00")
    assert D(str(total[9])) == D("10000.00") + income - spending == D(str(lines[-1][9]))
    summary = {r[0]: r for r in book["分类汇总"].iter_rows(min_row=2, values_only=True)}
    assert D(str(summary["501"][4])) == D("1234.56") and summary["501"][1] == "职工活动支出"
    db = open_database(str(books))
    try:
        with db.session() as session:
            assert "export_ledger" in session.scalars(select(AuditRecord.action)).all()
    finally:
        db.close()


def test_funds_notice_names_the_categories_and_totals(books, tmp_path):
    out = tmp_path / "notice.pdf"
    assert main(["--db", str(books), "print", "funds-notice", "--year", "2024", "--quarter", "1",
                 "--date", "2024-04-03", str(out)]) == 0
    text = pdf_text(out, layout=False)
    flat = "".join(text.split())
    assert "2024年第一季度经费收支情况公示" in flat
    assert "拨缴经费收入" in flat and "文体活动支出" in flat and "职工活动支出" in flat
    assert "5,000.00" in flat and "1,234.56" in flat
    assert "送温暖费" not in flat  # May is not in the first quarter
    assert "期末结余13,765.44元" in flat
    year = tmp_path / "year.pdf"
    assert main(["--db", str(books), "print", "funds-notice", "--year", "2024", str(year)]) == 0
    flat = "".join(pdf_text(year, layout=False).split())
    assert "2024年度" in flat and "送温暖费" in flat and "支出合计" in flat and "2,035.00" in flat


def test_a_teller_may_not_read_the_books(books, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UNIONDESK_USER", "teller")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "demo-teller")
    out = tmp_path / "ledger.xlsx"
    assert main(["--db", str(books), "export", "ledger", "--year", "2024", str(out)]) != 0
    assert not out.exists()

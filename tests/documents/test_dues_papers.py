"""The dues papers: the receipt carries its number twice (payer's copy and counterfoil), the amount
in capital figures and in numerals, and 作废 when voided; the yearly statement lists each month with
totals that add up to the fen."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D


from desktop.documents.dues.receipt import Receipt, receipt_pdf
from desktop.documents.dues.statement import Statement, StatementLine, statement_pdf

from tests.documents.conftest import text_of


def test_receipt(tmp_path):
    receipt = Receipt("某某公司工会委员会", "2026-00012", dt.date(2026, 4, 2), "张海生", "生产一车间",
                      "缴纳工会会费（2026年1月—3月）", D("85.05"), "现金", "李会计")
    text = text_of(receipt_pdf(receipt), tmp_path)
    assert text.count("2026-00012") == 2 and "交款人联" in text and "存根联" in text
    assert "捌拾伍元零伍分" in text and "85.05" in text
    assert "张海生（生产一车间）" in text and "2026年4月2日" in text and "作 废" not in text
    void = text_of(receipt_pdf(Receipt(**{**receipt.__dict__, "void": True, "void_reason": "金额写错"})), tmp_path)
    assert "作 废" in void and "作废原因：金额写错" in void


def test_statement(tmp_path):
    lines = tuple(StatementLine(m, D("5670"), "0.5%", D("28.35"), D("28.35") if m != 3 else D("0"),
                                "工资代扣" if m != 3 else "") for m in range(1, 7))
    text = text_of(statement_pdf(Statement("某某公司工会委员会", 2026, "张海生", "生产一车间", "M000001", lines)),
                   tmp_path)
    assert "工会会费缴纳明细（2026年度）" in text and "张海生" in text
    total = next(line for line in text.splitlines() if "合计" in line)
    assert "170.10" in total and "141.75" in total and "28.35" in total
    assert "2026年6月" in text and "2026年7月" not in text

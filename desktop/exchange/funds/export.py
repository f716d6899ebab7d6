"""The detailed ledger of a year as an .xlsx workbook for the 经费审查委员会 (funds review committee).

Sheet 明细账: the opening balance, every line of the year in date order (recorded here, or taken from
dues, activity expenses and aid payments, with the source named), the running balance, and the
year's totals. Sheet 分类汇总: each category with its budget, the actual figure and what is left
(classes include their sub-items). Amounts are written as exact numbers with two decimals; text a
person typed is written as text, never as a formula (formula_guard). The export is written to the
audit trail; the file is built under a temporary name and moved into place with that record.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.accounts.actor import Actor
from desktop.domain.funds.categories import INCOME, category_label
from desktop.domain.funds.queries import FundsQueries, LedgerLine, year_span
from desktop.domain.funds.service import record_ledger_export
from desktop.exchange.shared.xlsx_writer import XlsxBook, export_file

if TYPE_CHECKING:  # the open database is handed through to the domain, never used here
    from desktop.store.database import Database

ZH = "zh_CN"
LEDGER_COLUMNS = (("日期", 11), ("凭证号", 10), ("科目编码", 9), ("科目名称", 16), ("来源", 8),
                  ("对方", 22), ("摘要", 36), ("收入", 13), ("支出", 13), ("余额", 14), ("关联", 18),
                  ("状态", 8))
SUMMARY_COLUMNS = (("科目编码", 9), ("科目名称", 20), ("收支", 6), ("预算", 14), ("实际", 14), ("预算余额", 14),
                   ("执行率%", 9))
SOURCE_ZH = {"manual": "手工录入", "allocation": "拨缴经费", "dues": "会费记录", "activity": "活动支出",
             "aid": "帮扶发放"}


@dataclass(frozen=True)
class LedgerExport:
    path: Path
    lines: int
    income: Decimal
    spending: Decimal
    closing: Decimal


def _links(line: LedgerLine) -> str:
    parts = []
    if line.activity_id:
        parts.append(f"活动 {line.activity_id}")
    if line.aid_case_id and line.source != "aid":
        parts.append(f"帮扶档案 {line.aid_case_id}")
    if line.reverses_id:
        parts.append(f"冲销第{line.reverses_id}号")
    if line.reversed_by:
        parts.append(f"已被第{line.reversed_by}号冲销")
    return "；".join(parts)


def export_ledger(db: Database, actor: Actor, year: int, path: str | os.PathLike) -> LedgerExport:
    queries = FundsQueries(db, actor)  # FUNDS_READ
    start, end = year_span(year)
    lines = queries.ledger(start, end)
    totals = queries.totals(start, end)
    budget = queries.budget(year)

    def write(partial: Path) -> int:
        with XlsxBook(partial) as book:
            sheet = book.sheet(f"{year}年明细账", [width for _title, width in LEDGER_COLUMNS])
            sheet.freeze_rows(1)
            sheet.append([title for title, _width in LEDGER_COLUMNS], bold=True)
            sheet.append([f"{year}-01-01", None, None, None, None, None, "期初结余", None, None,
                          totals.opening, None, None])
            for line in lines:
                sheet.append([
                    line.day.isoformat(), line.voucher_no, line.category_code,
                    category_label(line.category_code, ZH), SOURCE_ZH.get(line.source, line.source),
                    line.counterparty, line.note, line.income, line.spending, line.balance,
                    _links(line), "已结账" if line.closed else None])
            sheet.append([None, None, None, None, None, None, "本年合计", totals.income, totals.spending,
                          totals.closing, None, None], bold=True)

            summary = book.sheet("分类汇总", [width for _title, width in SUMMARY_COLUMNS])
            summary.freeze_rows(1)
            summary.append([title for title, _width in SUMMARY_COLUMNS], bold=True)
            for b in budget:
                indent = "" if b.parent is None else "　"
                summary.append([b.code, indent + b.label_zh, "收入" if b.kind == INCOME else "支出",
                                b.budget, b.actual, b.remaining, b.used_percent])
        return len(lines)

    export_file(path, write, lambda move: record_ledger_export(db, actor, str(Path(path)), year, len(lines),
                                                               finish=move))
    return LedgerExport(Path(path), len(lines), totals.income, totals.spending, totals.closing)

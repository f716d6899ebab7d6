"""What the funds pane shows for a period, read in one go on the background helper, and the two
category trees (budget against actual, the category list) filled from it on the GUI thread.

At 100 000 members a year's ledger includes every dues payment line; reading it with the totals
and the budget is work for a worker thread, not for the GUI thread."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from desktop.domain.funds.categories import INCOME, SPENDING
from desktop.domain.funds.categories import Category
from desktop.domain.funds.queries import BudgetLine, FundsQueries, LedgerLine, Totals, year_span
from desktop.domain.money import format_yuan

CODE_ROLE = Qt.UserRole + 1


@dataclass(frozen=True)
class Books:
    """One period's ledger and figures, as plain values for the GUI thread."""

    lines: list[LedgerLine]
    totals: Totals
    category_amount: Decimal | None     # the chosen category's total in the period, if one is chosen
    closed: list[tuple[int, int]]
    budget: list[BudgetLine]
    opening_set: Decimal | None
    year_opening: Decimal
    categories: list[Category]


def read_books(queries: FundsQueries, start: dt.date, end: dt.date, category: str | None, year: int) -> Books:
    """Everything the pane shows for the period (runs on a worker thread: no Qt here). The ledger
    (a year's dues lines grouped by month: most of the time at 100 000 members) is read on a second
    connection meanwhile; SQLite works without holding Python's lock."""
    with ThreadPoolExecutor(max_workers=1) as helper:
        ledger = helper.submit(queries.ledger, start, end, category)
        amount = None
        if category:
            amount = next((c.amount for c in queries.by_category(start, end) if c.code == category), None)
        totals = queries.totals(start, end)
        year_opening = totals.opening if (start, end) == year_span(year) else queries.totals(*year_span(year)).opening
        figures = (totals, amount, queries.closed_months(year), queries.budget(year), queries.opening_set(year),
                   year_opening, queries.categories())
        return Books(ledger.result(), *figures)


def _heads(tree: QTreeWidget) -> dict[str, QTreeWidgetItem]:
    tree.clear()
    heads = {INCOME: QTreeWidgetItem([QCoreApplication.translate("FundsPane", "Income")]),
             SPENDING: QTreeWidgetItem([QCoreApplication.translate("FundsPane", "Spending")])}
    for head in heads.values():
        tree.addTopLevelItem(head)
    return heads


def fill_budget(tree: QTreeWidget, budget: list[BudgetLine], language: str) -> None:
    """Budget against actual per category, classes with their sub-items, and a total per kind."""
    heads = _heads(tree)
    parents: dict[str, QTreeWidgetItem] = {}
    for line in budget:
        used = f"{line.used_percent}%" if line.used_percent is not None else ""
        item = QTreeWidgetItem([f"{line.code} {line.label(language)}", format_yuan(line.budget) if line.budget else "",
                                format_yuan(line.actual), format_yuan(line.remaining) if line.budget else "", used])
        item.setData(0, CODE_ROLE, line.code)
        for column in (1, 2, 3, 4):
            item.setTextAlignment(column, Qt.AlignRight | Qt.AlignVCenter)
        if line.budget and line.actual > line.budget and line.kind == SPENDING:
            item.setForeground(3, Qt.red)
        (parents.get(line.parent) or heads[line.kind]).addChild(item)
        if line.parent is None:
            parents[line.code] = item
    for kind, head in heads.items():
        lines = [line for line in budget if line.kind == kind and line.parent is None]
        total_budget = sum((line.budget for line in lines), Decimal("0.00"))
        total_actual = sum((line.actual for line in lines), Decimal("0.00"))
        head.setText(1, format_yuan(total_budget) if total_budget else "")
        head.setText(2, format_yuan(total_actual))
        for column in (1, 2):
            head.setTextAlignment(column, Qt.AlignRight | Qt.AlignVCenter)
        font = head.font(0)
        font.setBold(True)
        for column in range(5):
            head.setFont(column, font)
    tree.expandAll()


def fill_categories(tree: QTreeWidget, categories: list[Category]) -> None:
    """The category list: standard, renamed and added items under their classes."""
    heads = _heads(tree)
    parents: dict[str, QTreeWidgetItem] = {}
    for c in categories:
        if c.renamed:
            origin = QCoreApplication.translate("FundsPane", "Renamed")
        elif c.seeded:
            origin = QCoreApplication.translate("FundsPane", "Standard")
        else:
            origin = QCoreApplication.translate("FundsPane", "Added")
        item = QTreeWidgetItem([c.code, c.zh, c.en, origin])
        item.setData(0, CODE_ROLE, c.code)
        (parents.get(c.parent) or heads[c.kind]).addChild(item)
        if c.parent is None:
            parents[c.code] = item
    tree.expandAll()

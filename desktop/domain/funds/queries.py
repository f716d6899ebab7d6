"""Reading the books: the ledger of a year (manual lines and the lines derived from dues, activities
and aid, each marked with its source), totals by category, budget against actual with parents
rolled up, and the balance. Rows cross to the views as plain frozen values.

Sums are taken in SQL over integer fen (per source and category) and added up as Decimals, so every
total is exact to the fen.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.funds import sources
from desktop.domain.funds.categories import INCOME, SPENDING, Category, all_categories, kind_of
from desktop.domain.funds.entities import FundBudget, FundEntry, FundOpening
from desktop.domain.funds.periods import closed_periods
from desktop.store.database import Database

ZERO = Decimal("0.00")
MANUAL = "manual"
ALLOCATION = "allocation"


def year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_span(year: int, quarter: int) -> tuple[dt.date, dt.date]:
    first = 3 * (quarter - 1) + 1
    return dt.date(year, first, 1), month_span(year, first + 2)[1]


@dataclass(frozen=True)
class LedgerLine:
    key: str                       # unique in the ledger: "e12" (an entry), "dues:2024-03", "activity:7", "aid:p3"
    source: str                    # MANUAL, ALLOCATION, or sources.DUES / ACTIVITY / AID
    entry_id: int | None           # the fund_entries id of a line recorded here
    day: dt.date
    category_code: str
    kind: str                      # INCOME or SPENDING
    amount: Decimal                # signed as recorded: a reversing line is negative
    counterparty: str
    voucher_no: str
    note: str
    activity_id: int | None = None
    aid_case_id: int | None = None
    reverses_id: int | None = None
    reversed_by: int | None = None
    closed: bool = False           # dated in a closed month: not changed in place
    balance: Decimal = ZERO        # running balance after this line

    @property
    def income(self) -> Decimal | None:
        return self.amount if self.kind == INCOME else None

    @property
    def spending(self) -> Decimal | None:
        return self.amount if self.kind == SPENDING else None

    @property
    def editable(self) -> bool:
        """Changed or deleted in place: a line of this ledger, in an open month, not part of a reversal."""
        return (self.entry_id is not None and not self.closed and self.reverses_id is None
                and self.reversed_by is None)


@dataclass(frozen=True)
class EntryDetail:
    id: int
    entry_date: dt.date
    category_code: str
    amount: Decimal
    counterparty: str
    voucher_no: str
    note: str
    activity_id: int | None
    aid_case_id: int | None
    reverses_id: int | None
    allocation_year: int | None
    allocation_month: int | None
    payroll_total: Decimal | None
    version: int = 1   # handed back by an edit, so a save over a newer one is refused


@dataclass(frozen=True)
class Totals:
    opening: Decimal
    income: Decimal
    spending: Decimal

    @property
    def closing(self) -> Decimal:
        return self.opening + self.income - self.spending


@dataclass(frozen=True)
class CategoryTotal:
    code: str
    label_zh: str
    label_en: str
    kind: str
    parent: str | None
    amount: Decimal          # own lines plus sub-items' for a parent


@dataclass(frozen=True)
class BudgetLine:
    code: str
    label_zh: str
    label_en: str
    kind: str
    parent: str | None
    budget: Decimal          # own budget plus the sub-items' for a parent
    actual: Decimal          # own lines plus the sub-items'
    own_budget: Decimal | None   # the figure set on this very category (None: not set)

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.actual

    @property
    def used_percent(self) -> Decimal | None:
        if not self.budget:
            return None
        return (self.actual * 100 / self.budget).quantize(Decimal("0.1"))

    def label(self, language: str) -> str:
        return self.label_zh if language.startswith("zh") or not self.label_en else self.label_en


def entry_totals(session: Session, start: dt.date, end: dt.date) -> dict[str, Decimal]:
    query = (select(FundEntry.category_code, func.sum(FundEntry.amount).label("total"))
             .where(FundEntry.entry_date >= start, FundEntry.entry_date <= end)
             .group_by(FundEntry.category_code))
    return {r.category_code: Decimal(r.total) for r in session.execute(query)}


def totals_by_code(session: Session, start: dt.date, end: dt.date) -> dict[str, Decimal]:
    """Every line (recorded and derived) summed per category code."""
    totals = entry_totals(session, start, end)
    for code, amount in sources.totals_by_category(session, start, end).items():
        totals[code] = totals.get(code, ZERO) + amount
    return totals


def income_and_spending(totals: dict[str, Decimal]) -> tuple[Decimal, Decimal]:
    income = sum((v for c, v in totals.items() if kind_of(c) == INCOME), ZERO)
    spending = sum((v for c, v in totals.items() if kind_of(c) == SPENDING), ZERO)
    return income, spending


def opening_balance(session: Session, year: int) -> Decimal:
    """The balance on 1 January: the opening the union set for that year, or else the latest
    opening set before it carried forward with the years in between, or else everything before."""
    set_year = session.execute(select(FundOpening.year, FundOpening.amount).where(FundOpening.year <= year)
                               .order_by(FundOpening.year.desc()).limit(1)).first()
    if set_year is not None and set_year.year == year:
        return set_year.amount
    start = dt.date(set_year.year, 1, 1) if set_year else dt.date(1900, 1, 1)
    income, spending = income_and_spending(totals_by_code(session, start, dt.date(year - 1, 12, 31)))
    return (set_year.amount if set_year else ZERO) + income - spending


def rolled_up(categories: list[Category], amounts: dict[str, Decimal]) -> dict[str, Decimal]:
    """Each category's amount plus its sub-items' (parents are three-digit classes)."""
    result = {c.code: amounts.get(c.code, ZERO) for c in categories}
    for code, value in amounts.items():
        if code not in result:  # a code no longer in the tree still counts under its class
            result[code] = value
    for c in categories:
        if c.parent is None:
            result[c.code] = amounts.get(c.code, ZERO) + sum(
                (v for k, v in amounts.items() if len(k) > 3 and k[:3] == c.code), ZERO)
    return result


class FundsQueries:
    def __init__(self, db: Database, actor: Actor):
        actor.require(Permission.FUNDS_READ)
        self._db = db
        self._actor = actor

    # -- the ledger ------------------------------------------------------------------------------

    def ledger(self, start: dt.date, end: dt.date, category: str | None = None) -> list[LedgerLine]:
        """Lines dated from start to end, oldest first, with the running balance from the opening of
        start's year (a category filter shows that category and its sub-items)."""
        with self._db.session() as session:
            closed = set(closed_periods(session))
            lines = self._entry_lines(session, start, end, closed)
            for d in sources.derived_lines(session, start, end):
                lines.append(LedgerLine(
                    f"{d.source}:{d.ref}", d.source, None, d.day, d.category_code, kind_of(d.category_code),
                    d.amount, d.counterparty, d.voucher_no, d.note, d.activity_id, d.aid_case_id,
                    closed=(d.day.year, d.day.month) in closed))
            order = {MANUAL: 0, ALLOCATION: 0, sources.DUES: 1, sources.ACTIVITY: 2, sources.AID: 3}
            lines.sort(key=lambda l: (l.day, order[l.source], l.entry_id or 0, l.key))
            balance = opening_balance(session, start.year)
            if start != dt.date(start.year, 1, 1):
                income, spending = income_and_spending(
                    totals_by_code(session, dt.date(start.year, 1, 1), start - dt.timedelta(days=1)))
                balance += income - spending
        result = []
        for line in lines:
            balance += line.amount if line.kind == INCOME else -line.amount
            result.append(_with_balance(line, balance))
        if category:
            result = [l for l in result if l.category_code == category or l.category_code[:3] == category]
        return result

    def _entry_lines(self, session: Session, start: dt.date, end: dt.date, closed: set) -> list[LedgerLine]:
        reversal = select(FundEntry.reverses_id, func.min(FundEntry.id).label("by")).where(
            FundEntry.reverses_id.is_not(None)).group_by(FundEntry.reverses_id).subquery()
        query = (select(FundEntry, reversal.c.by).outerjoin(reversal, reversal.c.reverses_id == FundEntry.id)
                 .where(FundEntry.entry_date >= start, FundEntry.entry_date <= end))
        lines = []
        for entry, reversed_by in session.execute(query):
            source = ALLOCATION if entry.allocation_month else MANUAL
            lines.append(LedgerLine(
                f"e{entry.id}", source, entry.id, entry.entry_date, entry.category_code,
                kind_of(entry.category_code), entry.amount, entry.counterparty, entry.voucher_no, entry.note,
                entry.activity_id, entry.aid_case_id, entry.reverses_id, reversed_by,
                (entry.entry_date.year, entry.entry_date.month) in closed))
        return lines

    def entry(self, entry_id: int) -> EntryDetail | None:
        with self._db.session() as session:
            e = session.get(FundEntry, entry_id)
            if e is None:
                return None
            return EntryDetail(e.id, e.entry_date, e.category_code, e.amount, e.counterparty, e.voucher_no,
                               e.note, e.activity_id, e.aid_case_id, e.reverses_id, e.allocation_year,
                               e.allocation_month, e.payroll_total, version=e.version)

    # -- totals ----------------------------------------------------------------------------------

    def totals(self, start: dt.date, end: dt.date) -> Totals:
        """Opening balance on `start`, income and spending from start to end."""
        with self._db.session() as session:
            opening = opening_balance(session, start.year)
            if start != dt.date(start.year, 1, 1):
                before_in, before_out = income_and_spending(
                    totals_by_code(session, dt.date(start.year, 1, 1), start - dt.timedelta(days=1)))
                opening += before_in - before_out
            income, spending = income_and_spending(totals_by_code(session, start, end))
        return Totals(opening, income, spending)

    def by_category(self, start: dt.date, end: dt.date) -> list[CategoryTotal]:
        """Every category with its total (parents include their sub-items), in code order."""
        with self._db.session() as session:
            categories = all_categories(session)
            amounts = rolled_up(categories, totals_by_code(session, start, end))
        return [CategoryTotal(c.code, c.zh, c.en, c.kind, c.parent, amounts.get(c.code, ZERO)) for c in categories]

    def budget(self, year: int) -> list[BudgetLine]:
        """Budget against actual for every category of the year, parents rolled up."""
        start, end = year_span(year)
        with self._db.session() as session:
            categories = all_categories(session)
            own = {r.category_code: r.amount for r in session.execute(
                select(FundBudget.category_code, FundBudget.amount).where(FundBudget.year == year))}
            budgets = rolled_up(categories, own)
            actuals = rolled_up(categories, totals_by_code(session, start, end))
        return [BudgetLine(c.code, c.zh, c.en, c.kind, c.parent, budgets.get(c.code, ZERO),
                           actuals.get(c.code, ZERO), own.get(c.code)) for c in categories]

    def opening_set(self, year: int) -> Decimal | None:
        """The opening balance the union set for `year` (None: carried forward)."""
        with self._db.session() as session:
            return session.scalar(select(FundOpening.amount).where(FundOpening.year == year))

    def categories(self) -> list[Category]:
        with self._db.session() as session:
            return all_categories(session)

    def closed_months(self, year: int | None = None) -> list[tuple[int, int]]:
        with self._db.session() as session:
            return closed_periods(session, year)

    def years(self, today: dt.date) -> list[int]:
        """Years that have lines, and the current one, newest first."""
        with self._db.session() as session:
            first = session.scalar(select(func.min(FundEntry.entry_date)))
            days = [first] if first else []
            for name, col in (("dues_payments", sources.dues_payments.c.paid_on),
                              ("activity_expenses", sources.activity_expenses.c.spent_on),
                              ("aid_payments", sources.aid_payments.c.paid_on)):
                if sources.present(session, name):
                    day = session.scalar(select(func.min(col)))
                    if day:
                        days.append(day)
        first_year = min((d.year for d in days), default=today.year)
        return list(range(today.year, min(first_year, today.year) - 1, -1))

    def activity_choices(self) -> list[tuple[int, str]]:
        """(id, title) of the activities a line may be linked to, newest first."""
        with self._db.session() as session:
            if not sources.present(session, "activities"):
                return []
            a = sources.activities
            return [(r.id, r.title) for r in session.execute(select(a.c.id, a.c.title).order_by(a.c.id.desc()))]

    def aid_case_id(self, text: str) -> int | None:
        """The id of the aid case a person names by its file number (BF2025-003) or its id; None
        when there is no such case. Only the number is looked at, nothing of the file."""
        text = (text or "").strip()
        with self._db.session() as session:
            if not text or not sources.present(session, "aid_cases"):
                return None
            cases = sources.aid_cases
            if text.isdigit():
                found = session.scalar(select(cases.c.id).where(cases.c.id == int(text)))
                if found is not None:
                    return found
            return session.scalar(select(cases.c.id).where(func.upper(cases.c.case_no) == text.upper()))

    def allocation_exists(self, year: int, month: int) -> bool:
        with self._db.session() as session:
            return _allocation_of(session, year, month) is not None


def _allocation_of(session: Session, year: int, month: int) -> int | None:
    """The id of the month's allocation that stands (not reversed), if any."""
    reversed_ids = select(FundEntry.reverses_id).where(FundEntry.reverses_id.is_not(None))
    return session.scalar(select(FundEntry.id).where(
        FundEntry.allocation_year == year, FundEntry.allocation_month == month,
        FundEntry.reverses_id.is_(None), FundEntry.id.not_in(reversed_ids)).limit(1))


def _with_balance(line: LedgerLine, balance: Decimal) -> LedgerLine:
    from dataclasses import replace

    return replace(line, balance=balance)

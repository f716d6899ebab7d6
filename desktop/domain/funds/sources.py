"""Money lines the ledger takes from other areas, read-only, by table contract: the other areas'
tables and columns are named here with sqlalchemy.table()/column(), so the ledger depends on those
names (the table() definitions below: dues payments, activities and their expenses, aid cases and
payments) and not on another area's classes:

- dues income (401): one line per month of payment (by the day paid), with the number of people
  who paid; corrections (negative rows) are in the sum;
- activity expenses: one line per expense, under its own category, with the activity's title;
- aid payments: one line per payment under its category, the recipient shown only as the case
  number (帮扶对象（档案 N）) — a payment made in a batch (送温暖, 节日慰问) is one line per batch
  and category with the number of people. The funds role needs the amounts to keep the books, not
  who received them: names, households and per-person reasons stay behind the aid area's own
  permission (PIPL art. 28), and the case number lets someone with that permission find the file.

A table that does not exist (an older database, an area not yet installed) simply gives no lines.
Every sum is taken in SQL over integer fen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Date, case, column, func, inspect, literal, select, table
from sqlalchemy.sql import Select

from desktop.domain.funds.categories import DUES_INCOME
from desktop.domain.money import Money

DUES = "dues"
ACTIVITY = "activity"
AID = "aid"

dues_payments = table("dues_payments", column("id"), column("member_id"), column("amount", Money()),
                      column("paid_on", Date()))
activities = table("activities", column("id"), column("title"))
activity_expenses = table(
    "activity_expenses", column("id"), column("activity_id"), column("category_code"),
    column("amount", Money()), column("spent_on", Date()), column("invoice_no"), column("payee"), column("note"))
aid_cases = table("aid_cases", column("id"), column("case_no"))
aid_payments = table("aid_payments", column("id"), column("case_id"), column("amount", Money()),
                     column("paid_on", Date()), column("category_code"), column("batch_id"))


@dataclass(frozen=True)
class DerivedLine:
    source: str                # DUES, ACTIVITY or AID
    ref: str                   # what it comes from: "2024-03" (dues month), expense id, "p12"/"b3" (aid)
    day: dt.date
    category_code: str
    amount: Decimal
    counterparty: str
    voucher_no: str
    note: str
    activity_id: int | None = None
    aid_case_id: int | None = None
    people: int = 0            # dues: members who paid; aid batches: recipients


def present(session, name: str) -> bool:
    tables = session.info.get("funds_tables")
    if tables is None:
        tables = session.info["funds_tables"] = set(inspect(session.connection()).get_table_names())
    return name in tables


def _columns_of(session, name: str) -> set[str]:
    return {c["name"] for c in inspect(session.connection()).get_columns(name)}


def _between(query: Select, col, start: dt.date, end: dt.date) -> Select:
    return query.where(col >= start, col <= end)


def derived_lines(session, start: dt.date, end: dt.date) -> list[DerivedLine]:
    """Every line of the three areas dated from start to end inclusive."""
    return [*dues_lines(session, start, end), *activity_lines(session, start, end), *aid_lines(session, start, end)]


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    """The first day of every month from start's month to end's."""
    firsts, day = [], start.replace(day=1)
    while day <= end:
        firsts.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return firsts


def dues_lines(session, start: dt.date, end: dt.date) -> list[DerivedLine]:
    if not present(session, "dues_payments"):
        return []
    p = dues_payments
    firsts = _month_starts(start, end)
    # The month of each payment by comparing dates with the months' first days: plain comparisons
    # on any database, and twice as fast on SQLite as taking the date apart (strftime) per row.
    month = case(*[(p.c.paid_on < first, index) for index, first in enumerate(firsts[1:])],
                 else_=len(firsts) - 1) if len(firsts) > 1 else literal(0)
    query = _between(select(month.label("k"), func.sum(p.c.amount).label("total"),
                            func.count(func.distinct(p.c.member_id)).label("people"),
                            func.max(p.c.paid_on).label("last_day"))
                     .group_by(month).order_by(month), p.c.paid_on, start, end)
    lines = []
    for row in session.execute(query):
        last_day = row.last_day if isinstance(row.last_day, dt.date) else dt.date.fromisoformat(str(row.last_day))
        y, m = last_day.year, last_day.month
        lines.append(DerivedLine(DUES, f"{y}-{m:02d}", last_day, DUES_INCOME, Decimal(row.total), "",
                                 "", f"{y}年{m}月会费（{row.people}人）", people=int(row.people)))
    return lines


def activity_lines(session, start: dt.date, end: dt.date) -> list[DerivedLine]:
    if not present(session, "activity_expenses"):
        return []
    e, a = activity_expenses, activities
    title = a.c.title if present(session, "activities") else literal("")
    query = select(e.c.id, e.c.activity_id, e.c.category_code, e.c.amount, e.c.spent_on, e.c.invoice_no,
                   e.c.payee, e.c.note, title.label("title"))
    if present(session, "activities"):
        query = query.select_from(e.outerjoin(a, a.c.id == e.c.activity_id))
    query = _between(query, e.c.spent_on, start, end).order_by(e.c.spent_on, e.c.id)
    return [DerivedLine(ACTIVITY, str(r.id), r.spent_on, r.category_code, r.amount, r.payee or "",
                        r.invoice_no or "", "：".join(t for t in (r.title or "", r.note or "") if t),
                        activity_id=r.activity_id) for r in session.execute(query)]


def aid_lines(session, start: dt.date, end: dt.date) -> list[DerivedLine]:
    if not present(session, "aid_payments"):
        return []
    p = aid_payments
    batched = "batch_id" in _columns_of(session, "aid_payments")
    case_no = literal(None)
    single = select(p.c.id, p.c.case_id, p.c.amount, p.c.paid_on, p.c.category_code)
    if present(session, "aid_cases") and "case_no" in _columns_of(session, "aid_cases"):
        case_no = aid_cases.c.case_no  # the file number people know (BF2025-003), nothing else
        single = single.select_from(p.outerjoin(aid_cases, aid_cases.c.id == p.c.case_id))
    single = single.add_columns(case_no.label("case_no"))
    if batched:
        single = single.where(p.c.batch_id.is_(None))
    single = _between(single, p.c.paid_on, start, end).order_by(p.c.paid_on, p.c.id)
    lines = [DerivedLine(AID, f"p{r.id}", r.paid_on, r.category_code, r.amount,
                         f"帮扶对象（档案 {r.case_no or r.case_id}）", "", "", aid_case_id=r.case_id, people=1)
             for r in session.execute(single)]
    if batched:
        grouped = _between(select(p.c.batch_id, p.c.category_code, func.sum(p.c.amount).label("total"),
                                  func.count(func.distinct(p.c.case_id)).label("people"),
                                  func.max(p.c.paid_on).label("last_day"))
                           .where(p.c.batch_id.is_not(None)).group_by(p.c.batch_id, p.c.category_code)
                           .order_by(p.c.batch_id, p.c.category_code), p.c.paid_on, start, end)
        for r in session.execute(grouped):
            last_day = r.last_day if isinstance(r.last_day, dt.date) else dt.date.fromisoformat(str(r.last_day))
            lines.append(DerivedLine(AID, f"b{r.batch_id}-{r.category_code}", last_day, r.category_code,
                                     Decimal(r.total), f"帮扶对象（{r.people}人，批次 {r.batch_id}）", "",
                                     "", people=int(r.people)))
    return lines


def totals_by_category(session, start: dt.date, end: dt.date) -> dict[str, Decimal]:
    """Sum of the derived lines per category code, each sum taken in SQL."""
    totals: dict[str, Decimal] = {}

    def add(code: str, amount) -> None:
        if amount is not None:
            totals[code] = totals.get(code, Decimal("0.00")) + Decimal(amount)

    if present(session, "dues_payments"):
        add(DUES_INCOME, session.scalar(_between(select(func.sum(dues_payments.c.amount)),
                                                 dues_payments.c.paid_on, start, end)))
    for tbl, day in ((activity_expenses, activity_expenses.c.spent_on), (aid_payments, aid_payments.c.paid_on)):
        if present(session, tbl.name):
            query = _between(select(tbl.c.category_code, func.sum(tbl.c.amount).label("total"))
                             .group_by(tbl.c.category_code), day, start, end)
            for r in session.execute(query):
                add(r.category_code, r.total)
    return totals

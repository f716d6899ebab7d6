"""Use cases that change the books. Each checks the permission (FUNDS_WRITE), validates, writes and
records the audit trail in one transaction, then announces the change ("fund_entry", "fund_budget",
"fund_category", "fund_period").

The rules of a closed month: a line dated in it is never changed or deleted; a correction is a new
reversing line (the negative of the original, linked to it) dated in an open month. Before a month
is closed, lines may be changed and deleted, and every change is in the audit trail.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.concurrency import check_version
from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.errors import FieldError, NotFoundError, RuleViolation, ValidationError
from desktop.domain.funds import sources
from desktop.domain.funds.categories import (
    DUES_INCOME, EMPLOYER_ALLOCATION, _load_custom, all_categories, has_children,
)
from desktop.domain.funds.entities import FundBudget, FundCategory, FundClosedPeriod, FundEntry, FundOpening
from desktop.domain.funds.inputs import EntryInput
from desktop.domain.funds.periods import closed_periods, ensure_period_open, period_name
from desktop.domain.funds.queries import _allocation_of, month_span
from desktop.domain.money import LIMIT, cents
from desktop.domain.service_base import ServiceBase
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.database import Database

ENTRY = "fund_entry"
BUDGET = "fund_budget"
CATEGORY = "fund_category"
PERIOD = "fund_period"
OPENING = "fund_opening"
ALLOCATION_RATE = Decimal("0.02")  # the employer pays 2% of the month's total payroll


def proposed_allocation(payroll_total: Decimal) -> Decimal:
    """2% of the month's payroll, to the fen (half up)."""
    return cents(payroll_total * ALLOCATION_RATE)


class FundsService(ServiceBase):
    # -- ledger lines ----------------------------------------------------------------------------

    def add_entry(self, data: EntryInput) -> int:
        self._actor.require(Permission.FUNDS_WRITE)
        with self._db.transaction() as session:
            data = self._checked(session, data)
            ensure_period_open(session, data.entry_date)
            entry_id = self._insert(session, data)
            recorder.record(session, self._actor, "create", ENTRY, entry_id, recorder.diff({}, _audited(data)))
        self._publish({entry_id}, "create", kind=ENTRY)
        return entry_id

    def update_entry(self, entry_id: int, data: EntryInput,
                     loaded_version: int | None = None) -> None:
        """Change a line of an open month (audited field by field)."""
        self._actor.require(Permission.FUNDS_WRITE)
        with self._db.transaction() as session:
            entry = self._get(session, entry_id)
            check_version(session, entry, loaded_version, ENTRY, entry_id)  # someone else saved meanwhile?
            self._check_changeable(session, entry)
            if entry.allocation_month:
                data = EntryInput(data.entry_date, EMPLOYER_ALLOCATION, data.amount, data.counterparty,
                                  data.voucher_no, data.note)
            data = self._checked(session, data, allocation=bool(entry.allocation_month))
            ensure_period_open(session, data.entry_date)
            changes = recorder.diff(_audited(_input_of(entry)), _audited(data))
            if not changes:
                return
            for name, value in asdict(data).items():
                setattr(entry, name, value)
            entry.updated_at = utc_now()
            recorder.record(session, self._actor, "update", ENTRY, entry_id, changes)
        self._publish({entry_id}, "update", kind=ENTRY)

    def delete_entry(self, entry_id: int) -> None:
        """Remove a line of an open month (the audit trail keeps what it was)."""
        self._actor.require(Permission.FUNDS_WRITE)
        with self._db.transaction() as session:
            entry = self._get(session, entry_id)
            if entry.reverses_id is None:
                self._check_changeable(session, entry)
            else:  # taking back a reversal made by mistake: only while its own month is open
                ensure_period_open(session, entry.entry_date)
            was = _audited(_input_of(entry))
            if entry.allocation_month:
                was.update(allocation=f"{entry.allocation_year}-{entry.allocation_month:02d}")
            session.delete(entry)
            recorder.record(session, self._actor, "delete", ENTRY, entry_id,
                            {k: [v, None] for k, v in was.items() if v not in (None, "")})
        self._publish({entry_id}, "delete", kind=ENTRY)

    def reverse_entry(self, entry_id: int, day: dt.date, reason: str, voucher_no: str = "") -> int:
        """A new line with the negative amount of `entry_id`, dated `day` (in an open month), linked
        to it: how a line of a closed month is corrected."""
        self._actor.require(Permission.FUNDS_WRITE)
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError([FieldError("reason", QT_TRANSLATE_NOOP(
                "FundsRules", "Say why the entry is reversed (it is printed in the ledger)."))])
        with self._db.transaction() as session:
            entry = self._get(session, entry_id)
            if entry.reverses_id is not None:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "FundsRules", "Entry {id} is itself a reversal; it cannot be reversed again. Record the "
                    "line anew instead.").format(id=entry_id))
            done = session.scalar(select(FundEntry.id).where(FundEntry.reverses_id == entry_id))
            if done is not None:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "FundsRules", "Entry {id} was already reversed by entry {by}.").format(id=entry_id, by=done))
            if day > self.today:
                raise ValidationError([FieldError("entry_date", QT_TRANSLATE_NOOP(
                    "FundsRules", "The date lies in the future; enter the day the correction is made."))])
            ensure_period_open(session, day)
            row = FundEntry(entry_date=day, category_code=entry.category_code, amount=-entry.amount,
                            counterparty=entry.counterparty, voucher_no=voucher_no.strip(),
                            note=f"冲销第{entry_id}号：{reason}", reverses_id=entry_id,
                            created_by=self._actor.username)
            session.add(row)
            session.flush()
            recorder.record(session, self._actor, "reverse", ENTRY, row.id, {
                "reverses_id": [None, entry_id], "entry_date": [None, day.isoformat()],
                "amount": [None, str(row.amount)], "category_code": [None, entry.category_code],
                "note": [None, row.note]})
            new_id = row.id
        self._publish({entry_id, new_id}, "create", kind=ENTRY)
        return new_id

    def record_allocation(self, year: int, month: int, payroll_total: Decimal | None, amount: Decimal | None,
                          entry_date: dt.date | None, voucher_no: str = "", note: str = "",
                          counterparty: str = "") -> int:
        """The employer's 2% allocation (拨缴经费, 402) of one month: the payroll it is worked
        from and the amount received (2% proposed, editable). One allocation per month."""
        self._actor.require(Permission.FUNDS_WRITE)
        errors = []
        if payroll_total is not None and payroll_total <= 0:
            errors.append(FieldError("payroll_total", QT_TRANSLATE_NOOP(
                "FundsRules", "The month's total payroll must be more than zero.")))
        if not 1 <= month <= 12:
            errors.append(FieldError("month", QT_TRANSLATE_NOOP("FundsRules", "Choose a month from 1 to 12.")))
        elif dt.date(year, month, 1) > self.today:
            errors.append(FieldError("month", QT_TRANSLATE_NOOP(
                "FundsRules", "{period} has not begun yet; the allocation is recorded for a month that has "
                "begun.").format(period=period_name(year, month))))
        if errors:
            raise ValidationError(errors)
        data = EntryInput(entry_date, EMPLOYER_ALLOCATION, amount, counterparty.strip(), voucher_no, note)
        with self._db.transaction() as session:
            data = self._checked(session, data, allocation=True)
            ensure_period_open(session, data.entry_date)
            existing = _allocation_of(session, year, month)
            if existing is not None:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "FundsRules", "The allocation for {period} is recorded already (entry {id}). Change that "
                    "entry, or reverse it first.").format(period=period_name(year, month), id=existing))
            entry_id = self._insert(session, data, allocation_year=year, allocation_month=month,
                                    payroll_total=payroll_total)
            recorder.record(session, self._actor, "allocation", ENTRY, entry_id, recorder.diff({}, {
                **_audited(data), "allocation": period_name(year, month),
                "payroll_total": str(payroll_total) if payroll_total is not None else None}))
        self._publish({entry_id}, "create", kind=ENTRY)
        return entry_id

    # -- closing ---------------------------------------------------------------------------------

    def close_month(self, year: int, month: int) -> list[tuple[int, int]]:
        """Close a month that is over (结账), and with it every earlier month of the books still
        open — books are closed in order. Lines dated in them are from now on corrected only by
        reversals. Returns the months closed, oldest first; one audit record per month."""
        self._actor.require(Permission.FUNDS_WRITE)
        start, end = month_span(year, month)
        if end >= self.today:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "FundsRules", "{period} is not over yet; a month is closed after its last day.")
                .format(period=period_name(year, month)))
        with self._db.transaction() as session:
            if session.get(FundClosedPeriod, (year, month)) is not None:
                raise RuleViolation(QT_TRANSLATE_NOOP("FundsRules", "{period} is closed already.")
                                    .format(period=period_name(year, month)))
            first = min((d for d in (_first_day_of_books(session), start) if d is not None))
            closed = set(closed_periods(session))
            months = [m for m in _months_between(first, start) if m not in closed]
            now = utc_now()
            records = []
            for y, m in months:
                session.add(FundClosedPeriod(year=y, month=m, closed_at=now, closed_by=self._actor.username))
                first_day, last_day = month_span(y, m)
                count = session.scalar(select(func.count()).select_from(FundEntry).where(
                    FundEntry.entry_date >= first_day, FundEntry.entry_date <= last_day))
                records.append(("close_period", PERIOD, y * 100 + m,
                                {"period": [None, period_name(y, m)], "entries": [None, count]}))
            session.flush()
            recorder.record_many(session, self._actor, records)
        self._publish({y * 100 + m for y, m in months}, "create", kind=PERIOD)
        return months

    # -- budget and opening balance --------------------------------------------------------------

    def set_budget(self, year: int, category_code: str, amount: Decimal | None) -> None:
        """The budget of one category for a year; None or 0 removes it."""
        self._actor.require(Permission.FUNDS_WRITE)
        if amount is not None and (amount < 0 or abs(amount) >= LIMIT):
            raise ValidationError([FieldError("amount", QT_TRANSLATE_NOOP(
                "FundsRules", "A budget is an amount from 0 up; clear it to remove the budget."))])
        with self._db.transaction() as session:
            if category_code not in {c.code for c in all_categories(session)}:
                raise ValidationError([FieldError("category_code", QT_TRANSLATE_NOOP(
                    "FundsRules", "Choose a category from the list."))])
            row = session.get(FundBudget, (year, category_code))
            old = row.amount if row else None
            new = amount if amount else None
            if old == new:
                return
            if row is not None and new is None:
                session.delete(row)
            elif row is not None:
                row.amount = new
            else:
                session.add(FundBudget(year=year, category_code=category_code, amount=new))
            recorder.record(session, self._actor, "budget", BUDGET, year, {
                "category_code": [category_code, category_code],
                "amount": [None if old is None else str(old), None if new is None else str(new)]})
        self._publish({year}, "update", kind=BUDGET)

    def set_opening(self, year: int, amount: Decimal | None) -> None:
        """The balance `year` starts with; None: carried forward from the year before."""
        self._actor.require(Permission.FUNDS_WRITE)
        with self._db.transaction() as session:
            row = session.get(FundOpening, year)
            old = row.amount if row else None
            if old == amount:
                return
            if amount is None:
                session.delete(row)
            elif row is not None:
                row.amount = amount
            else:
                session.add(FundOpening(year=year, amount=amount))
            recorder.record(session, self._actor, "opening", OPENING, year, {
                "amount": [None if old is None else str(old), None if amount is None else str(amount)]})
        self._publish({year}, "update", kind=BUDGET)

    # -- categories ------------------------------------------------------------------------------

    def add_category(self, parent: str, label_zh: str, label_en: str = "") -> str:
        """A sub-item under one of the classes (401 … 505); its code is the next free one
        (e.g. 50107). Returns the code."""
        self._actor.require(Permission.FUNDS_WRITE)
        label_zh, label_en = _label(label_zh, label_en)
        with self._db.transaction() as session:
            categories = all_categories(session)
            if parent not in {c.code for c in categories if c.parent is None}:
                raise ValidationError([FieldError("parent", QT_TRANSLATE_NOOP(
                    "FundsRules", "Sub-items go under one of the classes (for example 501 or 502)."))])
            self._check_unique_label(categories, label_zh, None)
            taken = {c.code for c in categories}
            code = next((f"{parent}{n:02d}" for n in range(1, 100) if f"{parent}{n:02d}" not in taken), None)
            if code is None:
                raise RuleViolation(QT_TRANSLATE_NOOP("FundsRules", "Class {code} has 99 sub-items already.")
                                    .format(code=parent))
            session.add(FundCategory(code=code, label_zh=label_zh, label_en=label_en, created_at=utc_now()))
            session.flush()
            recorder.record(session, self._actor, "create", CATEGORY, int(code),
                            {"code": [None, code], "label_zh": [None, label_zh], "label_en": [None, label_en]})
            _load_custom(session)
        self._publish({int(code)}, "create", kind=CATEGORY)
        return code

    def rename_category(self, code: str, label_zh: str, label_en: str = "") -> None:
        """A new label for any category (seeded or added); lines keep their code."""
        self._actor.require(Permission.FUNDS_WRITE)
        label_zh, label_en = _label(label_zh, label_en)
        with self._db.transaction() as session:
            categories = all_categories(session)
            current = next((c for c in categories if c.code == code), None)
            if current is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("FundsRules", "There is no category {code}.").format(code=code))
            self._check_unique_label(categories, label_zh, code)
            if (current.zh, current.en) == (label_zh, label_en or current.en):
                return
            row = session.get(FundCategory, code)
            if row is None:
                row = FundCategory(code=code, created_at=utc_now())
                session.add(row)
            row.label_zh, row.label_en = label_zh, label_en or current.en
            session.flush()
            recorder.record(session, self._actor, "update", CATEGORY, int(code), {
                "label_zh": [current.zh, label_zh], "label_en": [current.en, row.label_en]})
            _load_custom(session)
        self._publish({int(code)}, "update", kind=CATEGORY)

    def remove_category(self, code: str) -> None:
        """Remove a sub-item the union added, as long as no line or budget uses it."""
        self._actor.require(Permission.FUNDS_WRITE)
        with self._db.transaction() as session:
            categories = all_categories(session)
            current = next((c for c in categories if c.code == code), None)
            if current is None or current.seeded:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "FundsRules", "Only sub-items the union added can be removed; rename a category instead."))
            used = session.scalar(select(func.count()).select_from(FundEntry).where(FundEntry.category_code == code))
            used += session.scalar(select(func.count()).select_from(FundBudget).where(FundBudget.category_code == code))
            if code in sources.totals_by_category(session, dt.date(1900, 1, 1), dt.date(9999, 12, 31)):
                used += 1
            if used:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "FundsRules", "Category {label} is used by lines or budgets; it stays. Rename it if the "
                    "label is wrong.").format(label=current.zh))
            session.delete(session.get(FundCategory, code))
            recorder.record(session, self._actor, "delete", CATEGORY, int(code),
                            {"code": [code, None], "label_zh": [current.zh, None]})
            _load_custom(session)
        self._publish({int(code)}, "delete", kind=CATEGORY)

    # -- helpers ---------------------------------------------------------------------------------

    def _checked(self, session: Session, data: EntryInput, allocation: bool = False) -> EntryInput:
        errors: list[FieldError] = []
        categories = all_categories(session)
        codes = {c.code for c in categories}
        code = (data.category_code or "").strip()
        if data.entry_date is None:
            errors.append(FieldError("entry_date", QT_TRANSLATE_NOOP("FundsRules", "Enter the date of the entry.")))
        elif data.entry_date > self.today:
            errors.append(FieldError("entry_date", QT_TRANSLATE_NOOP(
                "FundsRules", "The date lies in the future; record money when it has moved.")))
        if code not in codes:
            errors.append(FieldError("category_code", QT_TRANSLATE_NOOP("FundsRules", "Choose a category.")))
        elif code == DUES_INCOME:
            errors.append(FieldError("category_code", QT_TRANSLATE_NOOP(
                "FundsRules", "Dues income is posted from the dues records; record the payment under Dues, "
                "not here.")))
        elif code == EMPLOYER_ALLOCATION and not allocation:
            errors.append(FieldError("category_code", QT_TRANSLATE_NOOP(
                "FundsRules", "The employer's 2% allocation is recorded month by month with 2% allocation…")))
        elif has_children(categories, code):
            errors.append(FieldError("category_code", QT_TRANSLATE_NOOP(
                "FundsRules", "Choose one of the sub-items of this class.")))
        if data.amount is None:
            errors.append(FieldError("amount", QT_TRANSLATE_NOOP("FundsRules", "Enter the amount.")))
        elif data.amount <= 0:
            errors.append(FieldError("amount", QT_TRANSLATE_NOOP(
                "FundsRules", "The amount must be more than zero; a correction is a reversing entry.")))
        elif abs(data.amount) >= LIMIT or data.amount != data.amount.quantize(Decimal("0.01")):
            errors.append(FieldError("amount", QT_TRANSLATE_NOOP(
                "FundsRules", "The amount is kept to the fen (0.01 yuan) and under one hundred million.")))
        counterparty = (data.counterparty or "").strip()
        voucher = (data.voucher_no or "").strip()
        if len(counterparty) > 100:
            errors.append(FieldError("counterparty", QT_TRANSLATE_NOOP(
                "FundsRules", "The counterparty is at most 100 characters.")))
        if len(voucher) > 30:
            errors.append(FieldError("voucher_no", QT_TRANSLATE_NOOP(
                "FundsRules", "The voucher number is at most 30 characters.")))
        if data.activity_id is not None and sources.present(session, "activities") and session.scalar(
                select(sources.activities.c.id).where(sources.activities.c.id == data.activity_id)) is None:
            errors.append(FieldError("activity_id", QT_TRANSLATE_NOOP(
                "FundsRules", "There is no activity {id}.").format(id=data.activity_id)))
        if data.aid_case_id is not None and sources.present(session, "aid_cases"):
            from sqlalchemy import column, table

            cases = table("aid_cases", column("id"))
            if session.scalar(select(cases.c.id).where(cases.c.id == data.aid_case_id)) is None:
                errors.append(FieldError("aid_case_id", QT_TRANSLATE_NOOP(
                    "FundsRules", "There is no aid case {id}.").format(id=data.aid_case_id)))
        if errors:
            raise ValidationError(errors)
        return EntryInput(data.entry_date, code, data.amount, counterparty, voucher, (data.note or "").strip(),
                          data.activity_id, data.aid_case_id)

    def _insert(self, session: Session, data: EntryInput, **extra) -> int:
        now = utc_now()
        row = FundEntry(**asdict(data), **extra, created_at=now, updated_at=now, created_by=self._actor.username)
        session.add(row)
        session.flush()
        return row.id

    def _get(self, session: Session, entry_id: int) -> FundEntry:
        entry = session.get(FundEntry, entry_id)
        if entry is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "FundsRules", "Entry {id} no longer exists. Refresh the ledger.").format(id=entry_id))
        return entry

    def _check_changeable(self, session: Session, entry: FundEntry) -> None:
        ensure_period_open(session, entry.entry_date)
        if entry.reverses_id is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "FundsRules", "Entry {id} reverses entry {other}; it is not changed. Delete it while its "
                "month is open, or record the line anew.").format(id=entry.id, other=entry.reverses_id))
        by = session.scalar(select(FundEntry.id).where(FundEntry.reverses_id == entry.id))
        if by is not None:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "FundsRules", "Entry {id} was reversed by entry {by}; it is no longer changed. Delete the "
                "reversal first if it was a mistake.").format(id=entry.id, by=by))

    def _check_unique_label(self, categories, label_zh: str, code: str | None) -> None:
        if any(c.zh == label_zh and c.code != code for c in categories):
            raise ValidationError([FieldError("label_zh", QT_TRANSLATE_NOOP(
                "FundsRules", "Another category is called {label} already.").format(label=label_zh))])


def _first_day_of_books(session: Session) -> dt.date | None:
    """The date of the oldest line, recorded here or taken from the other areas."""
    days = [session.scalar(select(func.min(FundEntry.entry_date)))]
    for name, col in (("dues_payments", sources.dues_payments.c.paid_on),
                      ("activity_expenses", sources.activity_expenses.c.spent_on),
                      ("aid_payments", sources.aid_payments.c.paid_on)):
        if sources.present(session, name):
            days.append(session.scalar(select(func.min(col))))
    days = [d for d in days if d is not None]
    return min(days).replace(day=1) if days else None


def _months_between(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _label(label_zh: str, label_en: str) -> tuple[str, str]:
    label_zh, label_en = (label_zh or "").strip(), (label_en or "").strip()
    if not label_zh:
        raise ValidationError([FieldError("label_zh", QT_TRANSLATE_NOOP(
            "FundsRules", "Enter the category's name in Chinese."))])
    if len(label_zh) > 60 or len(label_en) > 60:
        raise ValidationError([FieldError("label_zh", QT_TRANSLATE_NOOP(
            "FundsRules", "A category's name is at most 60 characters."))])
    return label_zh, label_en


def _input_of(entry: FundEntry) -> EntryInput:
    return EntryInput(entry.entry_date, entry.category_code, entry.amount, entry.counterparty, entry.voucher_no,
                      entry.note, entry.activity_id, entry.aid_case_id)


def _audited(data: EntryInput) -> dict:
    values = asdict(data)
    values["amount"] = None if data.amount is None else str(data.amount)
    return values


def record_ledger_export(db: Database, actor: Actor, path: str, year: int, lines: int,
                         finish=None) -> int:
    """Write to the trail that the ledger of `year` left the program (file, number of lines).
    `finish` (moving the finished file into place) runs inside the same transaction, so the trail
    never claims an export that did not happen. Reading the books is enough to export them."""
    actor.require(Permission.FUNDS_READ)
    with db.transaction() as session:
        record = recorder.record(session, actor, "export_ledger", ENTRY, None,
                                 {"file": [None, path], "year": [None, year], "entries": [None, lines]})
        if finish is not None:
            finish()
    return record.id

"""Reading dues: the month or year list (who paid, who owes, totals), arrears, one member's account,
wage and rate history, receipts. Lists are computed, filtered and sorted in SQL (owed.py); what
crosses to the views are frozen plain values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple, Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.dues.entities import DuesBatch, DuesPayment, DuesRate, DuesReceipt, WageBase
from desktop.domain.dues.kept import ensure_current, range_sums, stoppable, streaks_since_start, summary_query
from desktop.domain.dues.owed import MonthLine, member_months, rate_intervals
from desktop.domain.dues.rules import WARNING_MONTHS, Period, base_of
from desktop.domain.members.entities import Member, MembershipEvent
from desktop.domain.members.lifecycle import Status
from desktop.domain.money import ZERO, from_fen
from desktop.domain.members.search_keys import pinyin_sorted
from desktop.store.database import Database


RECENT_MONTHS = 12   # lists ending this recently read the kept rows by range (kept.summary_query)


class State:
    """What the list filters on."""

    ALL = "all"
    OWING = "owing"            # something owed for the range is unpaid
    SETTLED = "settled"        # owed and paid in full (or more)
    NO_WAGE = "no_wage"        # active months without a wage base on record
    WARNING = "warning"        # six or more owed months in a row with nothing paid


@dataclass(frozen=True)
class DuesFilter:
    first: Period
    last: Period
    search: str = ""
    department: str | None = None
    state: str = State.ALL


class DuesRow(NamedTuple):
    """One member's line of the list. A named tuple with amounts in whole fen: a list of 100 000
    is built in a fraction of the time frozen dataclasses with Decimals take; the Decimal
    properties are computed for the rows actually shown or summed."""

    member_id: int
    name: str
    department: str
    status: str
    wage_fen: int | None
    owed_fen: int
    paid_fen: int
    owed_months: int
    unsettled_months: int
    no_wage_months: int
    streak: int

    @property
    def wage(self) -> Decimal | None:
        return None if self.wage_fen is None else from_fen(self.wage_fen)

    @property
    def base(self) -> Decimal | None:
        return None if self.wage_fen is None else from_fen(self.wage_fen // 1000 * 1000)

    @property
    def owed(self) -> Decimal:
        return from_fen(self.owed_fen)

    @property
    def paid(self) -> Decimal:
        return from_fen(self.paid_fen)

    @property
    def balance_fen(self) -> int:
        return self.owed_fen - self.paid_fen

    @property
    def balance(self) -> Decimal:
        return from_fen(self.owed_fen - self.paid_fen)

    @property
    def warning(self) -> bool:
        return self.streak >= WARNING_MONTHS


@dataclass(frozen=True)
class Totals:
    members: int = 0
    owed: Decimal = ZERO
    paid: Decimal = ZERO
    owing_members: int = 0
    settled_members: int = 0
    no_wage_members: int = 0
    warnings: int = 0

    @property
    def balance(self) -> Decimal:
        return self.owed - self.paid


SORT_KEYS = ("name", "department", "wage", "owed", "paid", "balance", "unsettled_months", "streak")


@dataclass(frozen=True)
class WageLine:
    id: int
    effective_from: dt.date
    wage: Decimal
    note: str
    recorded_by: str

    @property
    def base(self) -> Decimal:
        return base_of(self.wage)


@dataclass(frozen=True)
class RateLine:
    id: int
    effective_from: dt.date
    rate_ppm: int
    note: str


@dataclass(frozen=True)
class PaymentLineView:
    id: int
    member_id: int
    period: Period
    amount: Decimal
    paid_on: dt.date
    method: str
    receipt_no: str | None
    reverses_id: int | None
    reversed: bool
    note: str
    recorded_by: str


@dataclass(frozen=True)
class Account:
    """One member's dues account month by month, from their first owed or paid month to now."""

    member_id: int
    name: str
    department: str
    months: tuple[MonthLine, ...]
    payments: tuple[PaymentLineView, ...]
    wages: tuple[WageLine, ...]
    member_no: str = ""            # the register's member number, for the yearly statement

    @property
    def owed(self) -> Decimal:
        return sum((m.owed for m in self.months), ZERO)

    @property
    def paid(self) -> Decimal:
        return sum((m.paid for m in self.months), ZERO)

    @property
    def balance(self) -> Decimal:
        return self.owed - self.paid


@dataclass(frozen=True)
class ReceiptView:
    number: str
    member_id: int
    payer_name: str
    department: str
    amount: Decimal
    issued_on: dt.date
    method: str
    periods: str
    void: bool
    void_reason: str
    issued_by: str
    lines: tuple[tuple[Period, Decimal], ...] = field(default=())


@dataclass(frozen=True)
class BatchLinePlan:
    member_id: int
    name: str
    department: str
    amount: Decimal


@dataclass(frozen=True)
class BatchPlan:
    period: Period
    lines: tuple[BatchLinePlan, ...]
    no_wage: tuple[str, ...]          # names of members skipped for lack of a wage base
    already_paid: int                 # members whose month is settled already

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), ZERO)


class Behind(NamedTuple):
    """A member who has paid nothing for `streak` owed months in a row."""

    member_id: int
    name: str
    streak: int


def totals_of(rows: Sequence[DuesRow]) -> Totals:
    """The totals line of a list (exact: sums of whole fen)."""
    owed = sum(r.owed_fen for r in rows)
    paid = sum(r.paid_fen for r in rows)
    return Totals(len(rows), from_fen(owed), from_fen(paid), sum(1 for r in rows if r.owed_fen > r.paid_fen),
                  sum(1 for r in rows if r.owed_fen > 0 and r.owed_fen <= r.paid_fen),
                  sum(1 for r in rows if r.no_wage_months), sum(1 for r in rows if r.warning))


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class DuesQueries:
    def __init__(self, db: Database, actor: Actor, today: dt.date | None = None):
        actor.require(Permission.FUNDS_READ)
        self._db = db
        self._actor = actor
        self._today = today

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def current(self) -> Period:
        return Period.of(self.today)

    # -- the list -------------------------------------------------------------------------------

    def _statement(self, session: Session, flt: DuesFilter, whole: bool = True):
        last = min(flt.last, self.current) if flt.first <= self.current else flt.last
        # a whole list ending in the last year reads the rows in force at its end as one index
        # range; a first screen streams from the name index instead (kept.summary_query)
        by_range = whole and last.index >= self.current.index - RECENT_MONTHS
        summary = summary_query(session, flt.first, last, by_range)
        balance = summary.c.owed_fen - summary.c.paid_fen
        statement = (select(summary, Member.name, Member.department, Member.status, Member.name_sort,
                            balance.label("balance_fen"))
                     .join(Member, Member.id == summary.c.member_id))
        if flt.department:
            statement = statement.where(Member.department == flt.department)
        if flt.search.strip():
            text = flt.search.strip()
            pattern = f"%{_escape_like(text)}%"
            matches = [Member.name.like(pattern, escape="\\"), Member.card_no == text, Member.member_no == text]
            if self._actor.can(Permission.SENSITIVE_READ):  # a masked reader could test guessed IDs
                matches.append(Member.id_number == text.upper())   # (docs/domain.md, Masking)
            statement = statement.where(or_(*matches))
        if flt.state == State.OWING:
            statement = statement.where(balance > 0)
        elif flt.state == State.SETTLED:
            statement = statement.where(summary.c.owed_fen > 0, balance <= 0)
        elif flt.state == State.NO_WAGE:
            statement = statement.where(summary.c.no_wage_months > 0)
        elif flt.state == State.WARNING:
            statement = statement.where(summary.c.streak >= WARNING_MONTHS)
        return statement, summary, balance

    def rows(self, flt: DuesFilter, sort: str = "name", descending: bool = False, progress=None,
             limit: int | None = None) -> list[DuesRow]:
        """Every listed member's row for the filter, sorted in SQL (or the first `limit` of them: in
        name order they stream from the name index, so a first screen costs milliseconds where the
        whole list of 100 000 costs about a second). `progress`: a progress handle
        (report(done, total), `cancelled`); on cancel the read stops with kept.ListStopped."""
        ensure_current(self._db, progress)
        with self._db.session() as session, stoppable(session, progress):
            # a first screen in name or department order streams from an index; in any other order
            # every member's figures are needed first, as for the whole list
            streams = limit is not None and sort in ("name", "department")
            statement, summary, balance = self._statement(session, flt, whole=not streams)
            keys = {"name": Member.name_sort, "department": Member.department, "wage": summary.c.wage_fen,
                    "owed": summary.c.owed_fen, "paid": summary.c.paid_fen, "balance": balance,
                    "unsettled_months": summary.c.unsettled_months, "streak": summary.c.streak}
            key = keys.get(sort, Member.name_sort)
            order = [key.desc() if descending else key.asc()]
            if sort != "name":
                order.append(Member.name_sort)
            statement = statement.order_by(*order, Member.id)
            columns = (summary.c.member_id, Member.name, func.coalesce(Member.department, ""), Member.status,
                       summary.c.wage_fen, summary.c.owed_fen, summary.c.paid_fen, summary.c.owed_months,
                       summary.c.unsettled_months, summary.c.no_wage_months, summary.c.streak)
            statement = statement.with_only_columns(*columns)
            if limit is not None:
                statement = statement.limit(limit)
            result = session.connection().execute(statement)
            try:
                # departments and statuses repeat: one string object each, not one per row
                # (11 MiB less for a list of 85 000 members)
                keep = {}.setdefault
                return [DuesRow(r[0], r[1], keep(r[2], r[2]), keep(r[3], r[3]), *r[4:]) for r in result.cursor]
            finally:
                result.close()

    def totals(self, flt: DuesFilter) -> Totals:
        return totals_of(self.rows(flt))

    def sums(self, first: Period, last: Period) -> tuple[Decimal, Decimal]:
        """(owed, paid) of every member over [first, last]: the owed and paid of `totals` for a filter
        on nothing but the range, from one range of an index instead of every member's line."""
        ensure_current(self._db)
        with self._db.session() as session:
            return self._sums(session, first, last)

    def behind(self, last: Period) -> list[Behind]:
        """The members with WARNING_MONTHS or more owed months unpaid in a row up to `last`, longest
        run first: the list `rows` gives for State.WARNING from first_period() to `last`, read from one
        range of an index."""
        ensure_current(self._db)
        with self._db.session() as session:
            return self._behind(session, last)

    def month_figures(self, month: Period) -> tuple[Decimal, Decimal, list[Behind]]:
        """The home pane's dues: the month's owed and paid, and the members behind (`sums` and
        `behind` with one check that the kept table is current)."""
        ensure_current(self._db)
        with self._db.session() as session:
            owed, paid = self._sums(session, month, month)
            return owed, paid, self._behind(session, month)

    def _sums(self, session: Session, first: Period, last: Period) -> tuple[Decimal, Decimal]:
        last = min(last, self.current) if first <= self.current else last
        owed, paid = range_sums(session, first, last)
        return from_fen(owed), from_fen(paid)

    def _behind(self, session: Session, last: Period) -> list[Behind]:
        streaks = streaks_since_start(min(last, self.current), WARNING_MONTHS)
        statement = (select(Member.id, Member.name, streaks.c.streak)
                     .join(streaks, streaks.c.member_id == Member.id)
                     .order_by(streaks.c.streak.desc(), Member.name_sort, Member.id))
        return [Behind(*row) for row in session.execute(statement)]

    def arrears_filter(self, department: str | None = None) -> DuesFilter:
        """Overdue dues: from the first month any wage base counts, up to last month (this month's
        dues are due, not yet overdue: payroll deducts them at its end)."""
        return DuesFilter(self.first_period(), Period.from_index(self.current.index - 1), department=department,
                          state=State.OWING)

    def arrears(self, department: str | None = None, progress=None) -> list[DuesRow]:
        """Members with overdue dues, longest run of unpaid months first."""
        return self.rows(self.arrears_filter(department), sort="streak", descending=True, progress=progress)

    def default_period(self) -> Period:
        """The month a cadre most likely wants to see: that of the latest batch recorded (payroll
        comes in after the month), if it is this month or last; otherwise this month."""
        with self._db.session() as session:
            latest = session.scalar(select(func.max(DuesBatch.year * 12 + DuesBatch.month - 1)))
        if latest is not None and self.current.index - 1 <= latest <= self.current.index:
            return Period.from_index(latest)
        return self.current

    def first_period(self) -> Period:
        """The first month any dues are owed for: that of the earliest wage base (or this month)."""
        with self._db.session() as session:
            first = session.scalar(select(func.min(WageBase.effective_from)))
        return min(Period.of(first), self.current) if first else self.current

    def departments(self) -> list[str]:
        with self._db.session() as session:
            return pinyin_sorted(session.scalars(
                select(Member.department).where(Member.deleted_at.is_(None), Member.department.is_not(None),
                                                Member.department != "")
                .distinct()))

    # -- one member -----------------------------------------------------------------------------

    def account(self, member_id: int, first: Period | None = None, last: Period | None = None) -> Account | None:
        with self._db.session() as session:
            member = session.get(Member, member_id)
            if member is None:
                return None
            events = [(d, t) for d, t in session.execute(
                select(MembershipEvent.event_date, MembershipEvent.event_type)
                .where(MembershipEvent.member_id == member_id, MembershipEvent.event_date.is_not(None))
                .order_by(MembershipEvent.event_date, MembershipEvent.id))]
            wages = self._wages(session, member_id)
            payments = self._payments(session, member_id)
            rates = rate_intervals(session)
        paid: dict[int, Decimal] = {}
        for p in payments:
            paid[p.period.index] = paid.get(p.period.index, ZERO) + p.amount
        last = last or self.current
        if first is None:
            starts = [Period.of(w.effective_from) for w in wages] + [p.period for p in payments]
            first = min(starts) if starts else last
        first = min(first, last)
        months = member_months(events, [(w.effective_from, w.wage) for w in wages], rates, paid, first, last)
        return Account(member_id, member.name, member.department or "", tuple(months), tuple(payments),
                       tuple(wages), member.member_no or "")

    def wages(self, member_id: int) -> list[WageLine]:
        with self._db.session() as session:
            return self._wages(session, member_id)

    @staticmethod
    def _wages(session: Session, member_id: int) -> list[WageLine]:
        return [WageLine(w.id, w.effective_from, w.wage, w.note, w.recorded_by) for w in session.scalars(
            select(WageBase).where(WageBase.member_id == member_id).order_by(WageBase.effective_from, WageBase.id))]

    @staticmethod
    def _payments(session: Session, member_id: int) -> list[PaymentLineView]:
        rows = list(session.scalars(select(DuesPayment).where(DuesPayment.member_id == member_id)
                                    .order_by(DuesPayment.year, DuesPayment.month, DuesPayment.id)))
        reversed_ids = {r.reverses_id for r in rows if r.reverses_id is not None}
        return [PaymentLineView(r.id, r.member_id, Period(r.year, r.month), r.amount, r.paid_on, r.method,
                                r.receipt_no, r.reverses_id, r.id in reversed_ids, r.note, r.recorded_by)
                for r in rows]

    def payments(self, member_id: int) -> list[PaymentLineView]:
        with self._db.session() as session:
            return self._payments(session, member_id)

    # -- settings -------------------------------------------------------------------------------

    def rates(self) -> list[RateLine]:
        with self._db.session() as session:
            return [RateLine(r.id, r.effective_from, r.rate_ppm, r.note) for r in session.scalars(
                select(DuesRate).order_by(DuesRate.effective_from))]

    def rate_on(self, period: Period) -> int:
        with self._db.session() as session:
            return next(p for s, e, p in rate_intervals(session) if s <= period.index <= e)

    # -- receipts -------------------------------------------------------------------------------

    def receipt_of_payment(self, payment_id: int) -> ReceiptView | None:
        with self._db.session() as session:
            number = session.scalar(select(DuesPayment.receipt_no).where(DuesPayment.id == payment_id))
        return self.receipt(number) if number else None

    def receipt(self, number: str) -> ReceiptView | None:
        with self._db.session() as session:
            receipt = session.scalars(select(DuesReceipt).where(DuesReceipt.number == number)).first()
            if receipt is None:
                return None
            department = session.scalar(select(Member.department).where(Member.id == receipt.member_id)) or ""
            lines = tuple((Period(p.year, p.month), p.amount) for p in session.scalars(
                select(DuesPayment).where(DuesPayment.receipt_no == number).order_by(DuesPayment.year,
                                                                                     DuesPayment.month)))
            return ReceiptView(receipt.number, receipt.member_id, receipt.payer_name, department, receipt.amount,
                               receipt.issued_on, receipt.method, receipt.periods, receipt.void,
                               receipt.void_reason, receipt.issued_by, lines)

    def receipts(self, year: int) -> list[ReceiptView]:
        """The year's receipts in number order (void ones included, so the sequence shows whole)."""
        with self._db.session() as session:
            numbers = list(session.scalars(select(DuesReceipt.number).where(DuesReceipt.year == year)
                                           .order_by(DuesReceipt.seq)))
        return [r for r in (self.receipt(n) for n in numbers) if r]

    # -- batches --------------------------------------------------------------------------------

    def plan_batch(self, period: Period, department: str | None) -> BatchPlan:
        """Who a "department X paid month M" batch would record, each with the month's unpaid
        balance; members without a wage base and those already settled are left out (and counted)."""
        ensure_current(self._db)
        with self._db.session() as session:
            summary = summary_query(session, period, period)
            statement = (select(summary, Member.name, Member.department)
                         .join(Member, Member.id == summary.c.member_id)
                         .where(Member.status == str(Status.ACTIVE))
                         .order_by(Member.name_sort, Member.id))
            if department:
                statement = statement.where(Member.department == department)
            lines, no_wage, settled = [], [], 0
            for r in session.execute(statement):
                if r.no_wage_months:
                    no_wage.append(r.name)
                elif r.owed_fen - r.paid_fen > 0:
                    lines.append(BatchLinePlan(r.member_id, r.name, r.department or "",
                                               from_fen(r.owed_fen - r.paid_fen)))
                elif r.owed_fen > 0:
                    settled += 1
        return BatchPlan(period, tuple(lines), tuple(no_wage), settled)

    def batches(self, limit: int = 50) -> list[tuple[int, str, Period, dt.date, str, int, Decimal, str]]:
        with self._db.session() as session:
            return [(b.id, b.kind, Period(b.year, b.month), b.paid_on, b.method, b.payment_count, b.total,
                     b.description) for b in session.scalars(select(DuesBatch).order_by(DuesBatch.id.desc())
                                                             .limit(limit))]

"""Mapped classes of this area (tables created by migration 0005).

Money columns use `Money` (integer fen in SQL). The dues owed are never typed in: they follow from
the wage bases, the rates and the membership history (see `desktop.domain.dues.owed`), so a pay
rise entered with a past date, or a retention recorded late, changes what is owed at once. For the
lists they are also kept, derived, in `dues_owed` (migration 0018, `desktop.domain.dues.kept`).
What is stored are the facts: wage bases, rates, payments (append-only: a correction is a
reversing row), receipts and the counter their numbers come from.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.base import Base, UtcDateTime, utc_now
from desktop.domain.dues.rules import FOREVER
from desktop.domain.money import Money


class WageBase(Base):
    """A member's monthly wage for dues (会费基数 before rounding), from a date on; history kept."""

    __tablename__ = "dues_wage_bases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    effective_from: Mapped[dt.date] = mapped_column(Date)
    wage: Mapped[Decimal] = mapped_column(Money)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    recorded_by: Mapped[str] = mapped_column(String(60))

    __table_args__ = (
        UniqueConstraint("member_id", "effective_from"),
        Index("ix_dues_wage_bases_member", "member_id", "effective_from"),
    )


class DuesRate(Base):
    """The dues rate from a date on, in parts per million of the base (0.5 % = 5000)."""

    __tablename__ = "dues_rates"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    effective_from: Mapped[dt.date] = mapped_column(Date, unique=True)
    rate_ppm: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    recorded_by: Mapped[str] = mapped_column(String(60))


class DuesBatch(Base):
    """Payments recorded together: a department's payroll deduction, an imported payroll sheet."""

    __tablename__ = "dues_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # 'batch' | 'payroll_import'
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(260), default="")
    payment_count: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[Decimal] = mapped_column(Money)
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    recorded_by: Mapped[str] = mapped_column(String(60))


class DuesPayment(Base):
    """Dues paid by one member for one month (the contract the funds ledger reads).

    Rows are never changed or removed: a correction is a new row with the negative amount and
    `reverses_id` pointing at the row it cancels."""

    __tablename__ = "dues_payments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(Money)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20))  # 'payroll' | 'cash' | 'transfer'
    receipt_no: Mapped[str | None] = mapped_column(String(30))
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("dues_payments.id"))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("dues_batches.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    recorded_by: Mapped[str] = mapped_column(String(60))

    __table_args__ = (
        Index("ix_dues_payments_member_period", "member_id", "year", "month"),
        # Covering (amount included): the month and year lists read only this index.
        Index("ix_dues_payments_period", "year", "month", "member_id", "amount"),
        # Covering for the funds ledger (a year's dues income per month, people paying): no row reads.
        Index("ix_dues_payments_paid_on", "paid_on", "member_id", "amount"),
        Index("ix_dues_payments_receipt_no", "receipt_no"),
        Index("ix_dues_payments_reverses_id", "reverses_id"),
    )


class DuesReceipt(Base):
    """A receipt (收据) for dues paid in cash or by transfer. Numbers come from `DuesCounter` inside
    the payment's transaction, so they have no gaps; a cancelled receipt stays, marked void."""

    __tablename__ = "dues_receipts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    payer_name: Mapped[str] = mapped_column(String(50))
    amount: Mapped[Decimal] = mapped_column(Money)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(20))
    periods: Mapped[str] = mapped_column(String(200), default="")
    void: Mapped[bool] = mapped_column(Boolean, default=False)
    voided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    voided_by: Mapped[str | None] = mapped_column(String(60))
    void_reason: Mapped[str] = mapped_column(Text, default="")
    issued_by: Mapped[str] = mapped_column(String(60))

    __table_args__ = (UniqueConstraint("year", "seq"),)


class DuesCounter(Base):
    """Named counters (receipt numbers per year). Bumped with an UPDATE inside the writing
    transaction, which takes the database's write lock first, so two offices never get the same
    number and a rolled-back payment gives its number back."""

    __tablename__ = "dues_counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class DuesOwed(Base):
    """What a member owes and paid, kept (derived, never typed in): one row at each month where
    something changes for the member — membership, wage base, rate, or a payment line — with the
    month's own figures and running totals up to and including it. Between two rows nothing changes,
    so any month's running totals follow from the row before it (desktop.domain.dues.kept).
    Rebuilt from the facts by the dues and members services in the transaction that changes them."""

    __tablename__ = "dues_owed"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    month: Mapped[int] = mapped_column(Integer)                  # month index (rules.month_index)
    active: Mapped[int] = mapped_column(Integer)                 # 1: active on the month's last day
    monthly_fen: Mapped[int | None] = mapped_column(Integer)     # one month's dues; NULL: nothing owed
    wage_fen: Mapped[int | None] = mapped_column(Integer)        # wage base in force (active or not)
    paid_fen: Mapped[int] = mapped_column(Integer)               # net paid for this very month
    cum_owed_fen: Mapped[int] = mapped_column(Integer)
    cum_owed_months: Mapped[int] = mapped_column(Integer)
    cum_active_months: Mapped[int] = mapped_column(Integer)
    cum_paid_fen: Mapped[int] = mapped_column(Integer)
    cum_settled_months: Mapped[int] = mapped_column(Integer)     # owed months paid in full
    cum_lines: Mapped[int] = mapped_column(Integer)              # payment lines (reversals included)
    last_paid: Mapped[int] = mapped_column(Integer)              # last month with a positive net; -1
    owed_months_at_last_paid: Mapped[int] = mapped_column(Integer)
    # The month of the member's next row (kept.FOREVER after the last): the row "in force" at month
    # m is the one with month <= m < next_month, so the figures of every member at one month are one
    # range of the index below (the home pane's month totals), not one look-up per member.
    next_month: Mapped[int] = mapped_column(Integer, server_default=str(FOREVER))

    __table_args__ = (UniqueConstraint("member_id", "month"), Index("ix_dues_owed_until", "next_month", "month"))


class DuesOwedStamp(Base):
    """The state of the facts `dues_owed` was last brought up to date with: a reader that finds
    another state (a write path that does not keep the table, a file changed outside the program)
    rebuilds the table before trusting it."""

    __tablename__ = "dues_owed_stamp"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    stamp: Mapped[str] = mapped_column(Text)

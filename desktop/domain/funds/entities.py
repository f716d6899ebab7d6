"""Mapped classes of this area (tables created by migration 0006).

The ledger holds the lines typed by hand (and the employer's monthly 2% allocation); lines that come
from dues payments, activity expenses and aid payments are read from those areas' tables and never
copied here, so nothing is entered twice. Links to an activity or an aid case are plain ids (those
tables belong to other areas and other migrations); the ledger shows a link whose target has gone as
removed rather than refusing to show the line.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.base import Base, UtcDateTime, Versioned, utc_now
from desktop.domain.money import Money


class FundEntry(Versioned, Base):
    """One income or spending line of the ledger. Income or spending follows from the category
    (4xx income, 5xx spending); the amount is positive, except on a reversing entry, which carries
    the negative of the entry it reverses (`reverses_id`)."""

    __tablename__ = "fund_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entry_date: Mapped[dt.date] = mapped_column(Date)
    category_code: Mapped[str] = mapped_column(String(8))
    amount: Mapped[Decimal] = mapped_column(Money)
    counterparty: Mapped[str] = mapped_column(String(100), default="")
    voucher_no: Mapped[str] = mapped_column(String(30), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    activity_id: Mapped[int | None] = mapped_column(Integer)
    aid_case_id: Mapped[int | None] = mapped_column(Integer)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("fund_entries.id"))
    # The employer's 2% allocation (拨缴经费) of one month: the month and the payroll it was worked from.
    allocation_year: Mapped[int | None] = mapped_column(Integer)
    allocation_month: Mapped[int | None] = mapped_column(Integer)
    payroll_total: Mapped[Decimal | None] = mapped_column(Money)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)

    __table_args__ = (
        Index("ix_fund_entries_entry_date", "entry_date", "id"),
        Index("ix_fund_entries_reverses_id", "reverses_id"),
    )


class FundCategory(Base):
    """A category the union added (a sub-item under one of the 工会会计制度 classes) or a seeded
    category whose label the union changed. Seeded categories without a row here keep the labels of
    the code table `fund_category`."""

    __tablename__ = "fund_categories"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    label_zh: Mapped[str] = mapped_column(String(60))
    label_en: Mapped[str] = mapped_column(String(60), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class FundBudget(Base):
    """The budget of one category for one year."""

    __tablename__ = "fund_budgets"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    category_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    amount: Mapped[Decimal] = mapped_column(Money)


class FundOpening(Base):
    """The balance a year starts with, where the union set it (the first year kept here, or after an
    audit). Years without one carry the previous year's closing balance forward."""

    __tablename__ = "fund_openings"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    amount: Mapped[Decimal] = mapped_column(Money)


class FundClosedPeriod(Base):
    """A closed month (结账): ledger lines dated in it are no longer changed in place."""

    __tablename__ = "fund_closed_periods"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    month: Mapped[int] = mapped_column(Integer, primary_key=True)
    closed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    closed_by: Mapped[str] = mapped_column(String(60), default="")

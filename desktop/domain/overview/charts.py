"""The few figures people would rather look at than read: members by age band and gender, dues
collected month by month, the year's budget against what was spent. One function per chart, each
over the area's own tables or queries, each checking the reader's permission through them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.members.lifecycle import Status
from desktop.domain.members.queries import AGE_BANDS, MemberFilter, MemberQueries
from desktop.domain.money import from_fen
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.store.database import Database

CURRENT = frozenset({Status.ACTIVE, Status.RETAINED})
AGE_BAND_LABELS = {"under35": "35岁以下", "35to44": "35–44岁", "45to54": "45–54岁", "55plus": "55岁及以上"}


@dataclass(frozen=True)
class Bar:
    label: str
    values: tuple[Decimal | int, ...]   # one per series


@dataclass(frozen=True)
class Chart:
    key: str
    title: Message
    series: tuple[Message, ...]
    bars: tuple[Bar, ...]
    money: bool = False


def members_by_age_and_gender(db: Database, actor: Actor, today: dt.date) -> Chart:
    genders = ("1", "2")
    counts = iter(MemberQueries(db, actor).counts(
        [MemberFilter(statuses=CURRENT, age_band=band, gender=gender) for band in AGE_BANDS for gender in genders],
        today))
    bars = tuple(Bar(AGE_BAND_LABELS[band], tuple(next(counts) for _gender in genders)) for band in AGE_BANDS)
    return Chart("age_gender", QT_TRANSLATE_NOOP("HomeCharts", "Members by age and gender"),
                 (QT_TRANSLATE_NOOP("HomeCharts", "Men"), QT_TRANSLATE_NOOP("HomeCharts", "Women")), bars)


def dues_by_month(db: Database, actor: Actor, today: dt.date) -> Chart:
    """Dues paid for each month of this year so far (corrections included: they are negative rows)."""
    from desktop.domain.dues.entities import DuesPayment

    actor.require(Permission.FUNDS_READ)
    statement = (select(DuesPayment.month, func.sum(DuesPayment.amount))
                 .where(DuesPayment.year == today.year).group_by(DuesPayment.month))
    with db.engine.connect() as connection:
        paid = {month: _yuan(total) for month, total in connection.execute(statement)}
    bars = tuple(Bar(f"{month}月", (paid.get(month, Decimal("0.00")),)) for month in range(1, today.month + 1))
    return Chart("dues_months", QT_TRANSLATE_NOOP("HomeCharts", "Dues collected by month"),
                 (QT_TRANSLATE_NOOP("HomeCharts", "Collected"),), bars, money=True)


def budget_against_actual(db: Database, actor: Actor, today: dt.date, language: str) -> Chart:
    """The year's spending categories (top level) with a budget or spending: budget and actual."""
    from desktop.domain.funds.queries import FundsQueries

    lines = [line for line in FundsQueries(db, actor).budget(today.year)
             if line.kind == "spending" and line.parent is None and (line.budget or line.actual)]
    bars = tuple(Bar(line.label(language), (line.budget, line.actual)) for line in lines)
    return Chart("budget", QT_TRANSLATE_NOOP("HomeCharts", "Spending: budget and actual this year"),
                 (QT_TRANSLATE_NOOP("HomeCharts", "Budget"), QT_TRANSLATE_NOOP("HomeCharts", "Actual")), bars,
                 money=True)


def _yuan(total) -> Decimal:
    """A SUM over a Money column: yuan when SQLAlchemy kept the column type, integer fen otherwise."""
    if total is None:
        return Decimal("0.00")
    return total if isinstance(total, Decimal) else from_fen(int(total))


def home_charts(db: Database, actor: Actor, language: str, today: dt.date | None = None) -> tuple[Chart, ...]:
    today = today or dt.date.today()
    charts = []
    if actor.can(Permission.MEMBERS_READ):
        charts.append(members_by_age_and_gender(db, actor, today))
    if actor.can(Permission.FUNDS_READ):
        charts += [dues_by_month(db, actor, today), budget_against_actual(db, actor, today, language)]
    return tuple(charts)

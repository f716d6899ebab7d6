"""Closed accounting periods: once a period (a month) is closed, money lines dated in it are not
changed in place; a correction is a new reversing line in an open period.

Activity expenses, dues payments and aid payments call `ensure_period_open` before they write, like
the ledger, so that nothing the ledger shows for a closed month changes behind the books' back.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import inspect, select

from desktop.domain.errors import RuleViolation
from desktop.messages import QT_TRANSLATE_NOOP


def period_name(year: int, month: int) -> str:
    return f"{year}-{month:02d}"


def is_period_closed(session, day: dt.date) -> bool:
    from desktop.domain.funds.entities import FundClosedPeriod

    known = session.info.get("funds_periods_table")
    if known is None:  # asked once per session: a batch of 2 000 payments asks 2 000 times
        known = session.info["funds_periods_table"] = inspect(session.connection()).has_table(
            FundClosedPeriod.__tablename__)
    if not known:
        return False
    return session.get(FundClosedPeriod, (day.year, day.month)) is not None


def closed_periods(session, year: int | None = None) -> list[tuple[int, int]]:
    """(year, month) of the closed periods, oldest first."""
    from desktop.domain.funds.entities import FundClosedPeriod

    query = select(FundClosedPeriod.year, FundClosedPeriod.month).order_by(FundClosedPeriod.year,
                                                                          FundClosedPeriod.month)
    if year is not None:
        query = query.where(FundClosedPeriod.year == year)
    return [(r.year, r.month) for r in session.execute(query)]


def ensure_period_open(session, day: dt.date | None) -> None:
    """Raises RuleViolation (a UserError) when `day` falls in a closed period, naming the period and
    what to do instead."""
    if day is not None and is_period_closed(session, day):
        raise RuleViolation(QT_TRANSLATE_NOOP(
            "FundsRules", "The accounts for {period} are closed: money lines dated in that month can no "
            "longer be added, changed or deleted. Record a reversing entry dated in an open month "
            "instead (in Union funds, select the line and choose Reverse…).")
            .format(period=period_name(day.year, day.month)))

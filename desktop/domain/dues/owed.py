"""What members owe and paid over a range of months, computed in SQL for everyone at once.

Nothing owed is stored. The membership history, the wage bases and the rates each split time into
intervals of months (a status, a wage, a rate holds from its month until the month before the next
one); the dues of a member over a range are the sum, over the overlaps of those intervals, of
(months in the overlap) × (one month's dues at that wage and rate). So the cost grows with the
number of history rows, not with members × months: the whole register over two years is one
query (bench figures in the report of the dues issue).

The month rule: status, wage and rate "on the last day of the month" (rules.py). In interval terms
an event dated in month m starts at m and the previous interval ends at m − 1, so two events in the
same month leave only the later one, exactly as "the last day" reads.

The same rules in plain Python for one member (`member_months`) serve the member's account page and
cross-check the SQL in the tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

from sqlalchemy import (BigInteger, Integer, and_, case, cast, extract, func, literal, null, or_, select, type_coerce,
                        union_all)
from sqlalchemy.orm import Session

from desktop.domain.dues.entities import DuesPayment, DuesRate, WageBase
from desktop.domain.dues.rules import DEFAULT_RATE_PPM, PPM, Period, month_index, monthly_dues_fen
from desktop.domain.members.entities import Member, MembershipEvent
from desktop.domain.members.lifecycle import EventType

FOREVER = month_index(9999, 12)
ACTIVE_EVENTS = (str(EventType.JOIN), str(EventType.TRANSFER_IN), str(EventType.REINSTATE))


def _least(*values):
    result = values[0]
    for value in values[1:]:
        result = case((result < value, result), else_=value)
    return result


def _greatest(*values):
    result = values[0]
    for value in values[1:]:
        result = case((result > value, result), else_=value)
    return result


def _index_of(day):
    return cast(extract("year", day), Integer) * 12 + cast(extract("month", day), Integer) - 1


def rate_intervals(session: Session) -> list[tuple[int, int, int]]:
    """(first month index, last month index, ppm), covering all time; the default before the first."""
    rows = session.execute(select(DuesRate.effective_from, DuesRate.rate_ppm)
                           .order_by(DuesRate.effective_from, DuesRate.id)).all()
    starts: list[tuple[int, int]] = []
    for effective_from, ppm in rows:
        start = Period.of(effective_from).index
        if starts and starts[-1][0] == start:
            starts[-1] = (start, ppm)  # the later of two in the same month holds on its last day
        else:
            starts.append((start, ppm))
    if not starts or starts[0][0] > 0:
        starts.insert(0, (0, DEFAULT_RATE_PPM))
    return [(start, (starts[i + 1][0] - 1) if i + 1 < len(starts) else FOREVER, ppm)
            for i, (start, ppm) in enumerate(starts)]


def _rates_cte(session: Session):
    rows = [select(literal(a, Integer).label("r_start"), literal(b, Integer).label("r_end"),
                   literal(ppm, Integer).label("ppm")) for a, b, ppm in rate_intervals(session)]
    return (union_all(*rows) if len(rows) > 1 else rows[0]).cte("dues_rate_spans")


def _spans_cte(member_ids=None):
    """Months of active membership per member: (member_id, s_start, s_end)."""
    index = _index_of(MembershipEvent.event_date)
    following = func.lead(index).over(partition_by=MembershipEvent.member_id,
                                      order_by=(MembershipEvent.event_date, MembershipEvent.id))
    events = (select(MembershipEvent.member_id.label("member_id"), MembershipEvent.event_type.label("event_type"),
                     index.label("e_start"), following.label("e_next"))
              .join(Member, Member.id == MembershipEvent.member_id)
              .where(Member.deleted_at.is_(None)))
    if member_ids is not None:
        events = events.where(MembershipEvent.member_id.in_(member_ids))
    events = events.subquery("dues_events")
    return (select(events.c.member_id, events.c.e_start.label("s_start"),
                   func.coalesce(events.c.e_next - 1, FOREVER).label("s_end"))
            .where(events.c.event_type.in_(ACTIVE_EVENTS))
            .where(or_(events.c.e_next.is_(None), events.c.e_next > events.c.e_start))
            .cte("dues_spans"))


def _wages_cte(member_ids=None):
    """Months each wage base holds: (member_id, w_start, w_end, wage_fen)."""
    index = _index_of(WageBase.effective_from)
    following = func.lead(index).over(partition_by=WageBase.member_id,
                                      order_by=(WageBase.effective_from, WageBase.id))
    rows = select(WageBase.member_id.label("member_id"), index.label("w_start"), following.label("w_next"),
                  cast(WageBase.__table__.c.wage, BigInteger).label("wage_fen"))
    if member_ids is not None:
        rows = rows.where(WageBase.member_id.in_(member_ids))
    rows = rows.subquery("dues_wage_rows")
    return (select(rows.c.member_id, rows.c.w_start, func.coalesce(rows.c.w_next - 1, FOREVER).label("w_end"),
                   rows.c.wage_fen)
            .where(or_(rows.c.w_next.is_(None), rows.c.w_next > rows.c.w_start))
            .cte("dues_wages"))


@dataclass(frozen=True)
class Summary:
    """One member's dues over a range of months (amounts in fen, exact)."""

    member_id: int
    owed_fen: int
    paid_fen: int
    owed_months: int        # months with dues owed (active with a wage base)
    unsettled_months: int   # owed months not paid in full
    no_wage_months: int     # active months without a wage base on record
    streak: int             # owed months in a row, up to the end of the range, with nothing paid
    wage_fen: int | None    # the wage base in force in the last month of the range

    @property
    def balance_fen(self) -> int:
        return self.owed_fen - self.paid_fen


def summary_query(session: Session, first: Period, last: Period, member_ids=None):
    """A SELECT of one row per member who was active in [first, last] or paid for it:
    member_id, owed_fen, paid_fen, owed_months, unsettled_months, no_wage_months, streak, wage_fen.

    Returned as a subquery so callers can join members, filter and sort in SQL."""
    a, b = first.index, last.index
    spans, wages, rates = _spans_cte(member_ids), _wages_cte(member_ids), _rates_cte(session)

    # Active months clipped to the range.
    clipped = (select(spans.c.member_id,
                      _greatest(spans.c.s_start, literal(a)).label("c_start"),
                      _least(spans.c.s_end, literal(b)).label("c_end"))
               .where(spans.c.s_start <= b, spans.c.s_end >= a).cte("dues_active"))
    active = (select(clipped.c.member_id, func.sum(clipped.c.c_end - clipped.c.c_start + 1).label("active_months"))
              .group_by(clipped.c.member_id).cte("dues_active_sum"))

    # Cells: active ∩ wage ∩ rate, each with a constant monthly amount.
    c_start = _greatest(clipped.c.c_start, wages.c.w_start, rates.c.r_start)
    c_end = _least(clipped.c.c_end, wages.c.w_end, rates.c.r_end)
    monthly = (wages.c.wage_fen // 1000 * 1000 * rates.c.ppm + PPM // 2) // PPM
    cells = (select(clipped.c.member_id, c_start.label("m_start"), c_end.label("m_end"), monthly.label("monthly"))
             .select_from(clipped)
             .join(wages, and_(wages.c.member_id == clipped.c.member_id,
                               wages.c.w_start <= clipped.c.c_end, wages.c.w_end >= clipped.c.c_start))
             .join(rates, and_(rates.c.r_start <= clipped.c.c_end, rates.c.r_end >= clipped.c.c_start,
                               rates.c.r_start <= wages.c.w_end, rates.c.r_end >= wages.c.w_start))
             .cte("dues_cells"))
    cells_ok = cells.c.m_end >= cells.c.m_start

    # Payments per month in the range (net of reversals).
    pay_index = DuesPayment.year * 12 + DuesPayment.month - 1
    paid_months = (select(DuesPayment.member_id.label("member_id"), pay_index.label("p_index"),
                          func.sum(type_coerce(DuesPayment.__table__.c.amount, Integer)).label("p_fen"))
                   .where(DuesPayment.year.between(first.year, last.year), pay_index >= a, pay_index <= b)
                   .group_by(DuesPayment.member_id, DuesPayment.year, DuesPayment.month))
    if member_ids is not None:
        paid_months = paid_months.where(DuesPayment.member_id.in_(member_ids))
    paid_months = paid_months.cte("dues_paid_months")
    paid = (select(paid_months.c.member_id, func.sum(paid_months.c.p_fen).label("paid_fen"),
                   func.max(case((paid_months.c.p_fen > 0, paid_months.c.p_index), else_=null())).label("last_paid"))
            .group_by(paid_months.c.member_id).cte("dues_paid_sum"))
    settled = (select(cells.c.member_id, func.count().label("settled"))
               .select_from(cells)
               .join(paid_months, and_(paid_months.c.member_id == cells.c.member_id,
                                       paid_months.c.p_index >= cells.c.m_start,
                                       paid_months.c.p_index <= cells.c.m_end,
                                       paid_months.c.p_fen >= cells.c.monthly))
               .where(cells_ok)
               .group_by(cells.c.member_id).cte("dues_settled"))

    # Streak: owed months after the last month with anything paid (0 when that month is the last).
    streak_from = _greatest(cells.c.m_start, func.coalesce(paid.c.last_paid, a - 1) + 1)
    owed = (select(cells.c.member_id,
                   func.sum(case((cells_ok, (cells.c.m_end - cells.c.m_start + 1) * cells.c.monthly), else_=0))
                   .label("owed_fen"),
                   func.sum(case((cells_ok, cells.c.m_end - cells.c.m_start + 1), else_=0)).label("owed_months"),
                   func.sum(case((cells.c.m_end >= streak_from, cells.c.m_end - streak_from + 1), else_=0))
                   .label("streak"))
            .select_from(cells)
            .outerjoin(paid, paid.c.member_id == cells.c.member_id)
            .group_by(cells.c.member_id).cte("dues_owed"))

    # Who is listed: active in the range or paid for it (one pass over both, no join between them).
    both = union_all(
        select(active.c.member_id, active.c.active_months.label("active_months"), literal(0).label("paid_fen"),
               literal(0).label("has_paid")),
        select(paid.c.member_id, literal(0), paid.c.paid_fen, literal(1))).subquery("dues_both")
    people = (select(both.c.member_id, func.sum(both.c.active_months).label("active_months"),
                     func.sum(both.c.paid_fen).label("paid_fen"))
              .group_by(both.c.member_id).subquery("dues_people"))
    owed_fen = func.coalesce(owed.c.owed_fen, 0)
    owed_months = func.coalesce(owed.c.owed_months, 0)
    return (select(people.c.member_id.label("member_id"),
                   owed_fen.label("owed_fen"),
                   people.c.paid_fen.label("paid_fen"),
                   owed_months.label("owed_months"),
                   (owed_months - func.coalesce(settled.c.settled, 0)).label("unsettled_months"),
                   (people.c.active_months - owed_months).label("no_wage_months"),
                   func.coalesce(owed.c.streak, 0).label("streak"),
                   wages.c.wage_fen.label("wage_fen"))
            .select_from(people)
            .outerjoin(owed, owed.c.member_id == people.c.member_id)
            .outerjoin(settled, settled.c.member_id == people.c.member_id)
            .outerjoin(wages, and_(wages.c.member_id == people.c.member_id,
                                   wages.c.w_start <= b, wages.c.w_end >= b))
            .subquery("dues_summary"))


def summaries(session: Session, first: Period, last: Period, member_ids=None) -> dict[int, Summary]:
    """The summary of every member listed for the range (or of the given members)."""
    query = summary_query(session, first, last, member_ids)
    return {row.member_id: Summary(row.member_id, int(row.owed_fen), int(row.paid_fen), int(row.owed_months),
                                   int(row.unsettled_months), int(row.no_wage_months), int(row.streak),
                                   None if row.wage_fen is None else int(row.wage_fen))
            for row in session.execute(select(query))}


# -- one member, month by month (plain Python, same rules) ------------------------------------------

@dataclass(frozen=True)
class MonthLine:
    period: Period
    active: bool
    wage: Decimal | None
    rate_ppm: int
    owed: Decimal
    paid: Decimal

    @property
    def balance(self) -> Decimal:
        return self.owed - self.paid


def _holding(starts: Sequence[tuple[int, object]], index: int):
    """The value of the last (start, value) with start <= index (starts sorted)."""
    value = None
    for start, item in starts:
        if start <= index:
            value = item
        else:
            break
    return value


def member_months(events: Iterable[tuple[dt.date, str]], wages: Iterable[tuple[dt.date, Decimal]],
                  rates: Sequence[tuple[int, int, int]], paid: dict[int, Decimal],
                  first: Period, last: Period) -> list[MonthLine]:
    """Each month of [first, last]: active?, wage, rate, owed, paid. Events and wages in recorded
    order (date, then id); `paid` maps a month index to the net amount paid for it."""
    from desktop.domain.money import from_fen, to_fen

    event_starts = [(Period.of(day).index, event_type in ACTIVE_EVENTS) for day, event_type in events]
    wage_starts = [(Period.of(day).index, wage) for day, wage in wages]
    lines = []
    for index in range(first.index, last.index + 1):
        active = bool(_holding(event_starts, index))
        wage = _holding(wage_starts, index)
        ppm = next(p for s, e, p in rates if s <= index <= e)
        owed = from_fen(monthly_dues_fen(to_fen(wage), ppm)) if active and wage is not None else from_fen(0)
        lines.append(MonthLine(Period.from_index(index), active, wage, ppm, owed,
                               paid.get(index, from_fen(0))))
    return lines

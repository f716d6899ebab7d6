"""The dues rule over a range of months, for everyone at once, folded in Python from the facts.

The membership history, the wage bases and the rates each split time into intervals of months (a
status, a wage, a rate holds from its month until the month before the next one); the dues of a
member over a range are the sum, over the overlaps of those intervals, of (months in the overlap) ×
(one month's dues at that wage and rate).

The lists do not run this: they read the same figures kept in `dues_owed` (kept.py, docs/design.md
"Dues owed, kept"), whose rows are built from the intervals folded here (`_fold`). `_compute` stays
as the reference the tests compare the kept figures with, and for a few members at a time
(`summaries`: the batch and payroll checks). An all-SQL version (window functions over the history,
strftime for months) took 5-17 s for 100 000 members; the month index of a date is what SQLite is
slow at, so the kept table stores month indexes.

The month rule: status, wage and rate "on the last day of the month" (rules.py). In interval terms
an event dated in month m starts at m and the previous interval ends at m − 1, so two events in the
same month leave only the later one, exactly as "the last day" reads.

The same rules month by month for one member (`member_months`) serve the member's account page.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass
from decimal import Decimal
from typing import Iterable, Sequence

from sqlalchemy import Integer, String, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.domain.dues.entities import DuesPayment, DuesRate, WageBase
from desktop.domain.dues.rules import DEFAULT_RATE_PPM, FOREVER, Period, monthly_dues_fen
from desktop.domain.members.entities import Member, MembershipEvent
from desktop.domain.members.lifecycle import EventType

ACTIVE_EVENTS = (str(EventType.JOIN), str(EventType.TRANSFER_IN), str(EventType.REINSTATE))

def _index_of(value) -> int:
    """Month index of a date read raw: SQLite gives 'YYYY-MM-DD' text, PostgreSQL a date."""
    if isinstance(value, str):
        return int(value[:4]) * 12 + int(value[5:7]) - 1
    return value.year * 12 + value.month - 1


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


@dataclass(frozen=True)
class Histories:
    """Every member's active months and wage bases as month intervals."""

    spans: dict[int, list[tuple[int, int]]]           # member → [(first, last)] active
    wages: dict[int, list[tuple[int, int, int]]]      # member → [(first, last, wage fen)]


_cache: dict[str, tuple[tuple, Histories]] = {}
_cache_lock = threading.Lock()


def _fingerprint(session: Session) -> tuple:
    # count(event_date): an undated join dated later changes no id, only that count
    events = session.execute(select(func.count(), func.max(MembershipEvent.id),
                                    func.count(MembershipEvent.event_date))).one()
    wages = session.execute(select(func.count(), func.max(WageBase.id), func.max(WageBase.recorded_at),
                                   func.sum(type_coerce(WageBase.__table__.c.wage, Integer)))).one()
    members = session.execute(select(func.count(), func.max(Member.id), func.max(Member.deleted_at))
                              .where(Member.deleted_at.is_not(None))).one()
    total = session.scalar(select(func.count()).select_from(Member))
    return tuple(events) + tuple(str(v) for v in wages) + tuple(str(v) for v in members) + (total,)


def histories(session: Session, member_ids=None) -> Histories:
    """The intervals of all members (cached while the history tables are unchanged), or of some."""
    if member_ids is not None:
        return _fold(session, member_ids)
    key = str(session.get_bind().url)
    fingerprint = _fingerprint(session)
    with _cache_lock:
        cached = _cache.get(key)
        if cached is not None and cached[0] == fingerprint:
            return cached[1]
    folded = _fold(session, None)
    with _cache_lock:
        _cache[key] = (fingerprint, folded)
    return folded


def _fold(session: Session, member_ids) -> Histories:
    events = (select(MembershipEvent.member_id, type_coerce(MembershipEvent.event_date, String),
                     MembershipEvent.event_type)
              .join(Member, Member.id == MembershipEvent.member_id).where(Member.deleted_at.is_(None))
              .where(MembershipEvent.event_date.is_not(None))   # joined, date unknown: no dues yet
              .order_by(MembershipEvent.member_id, MembershipEvent.event_date, MembershipEvent.id))
    wages = (select(WageBase.member_id, type_coerce(WageBase.effective_from, String),
                    type_coerce(WageBase.__table__.c.wage, Integer))
             .order_by(WageBase.member_id, WageBase.effective_from, WageBase.id))
    if member_ids is not None:
        events = events.where(MembershipEvent.member_id.in_(member_ids))
        wages = wages.where(WageBase.member_id.in_(member_ids))
    spans: dict[int, list[tuple[int, int]]] = {}
    rows = _raw(session, events)
    for i, (member_id, day, kind) in enumerate(rows):
        start = _index_of(day)
        following = rows[i + 1] if i + 1 < len(rows) and rows[i + 1][0] == member_id else None
        end = _index_of(following[1]) - 1 if following else FOREVER
        if kind in ACTIVE_EVENTS and end >= start:
            spans.setdefault(member_id, []).append((start, end))
    by_member: dict[int, list[tuple[int, int, int]]] = {}
    rows = _raw(session, wages)
    for i, (member_id, day, fen) in enumerate(rows):
        start = _index_of(day)
        following = rows[i + 1] if i + 1 < len(rows) and rows[i + 1][0] == member_id else None
        end = _index_of(following[1]) - 1 if following else FOREVER
        if end >= start:
            by_member.setdefault(member_id, []).append((start, end, int(fen)))
    return Histories(spans, by_member)


def _raw(session: Session, statement) -> list[tuple]:
    """Plain tuples straight from the driver (no per-row objects: 100 000s of history rows)."""
    result = session.connection().execute(statement)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


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


def _compute(session: Session, first: Period, last: Period, member_ids=None) -> list[tuple]:
    """One tuple per member active in [first, last] or paid for it, in this order:
    (member_id, owed_fen, paid_fen, owed_months, unsettled_months, no_wage_months, streak, wage_fen).

    Owed: the overlaps of the member's intervals with the range (few per member). Paid: the
    payments of the range grouped per month in SQL, in the order of the (year, month) index, and
    folded here in one pass: each month is compared with the dues of the cell it falls in."""
    a, b = first.index, last.index
    found = histories(session, member_ids)
    rates = [r for r in rate_intervals(session) if r[0] <= b and r[1] >= a]
    # member -> [owed_fen, owed_months, active_months, wage_fen, cells]
    state: dict[int, list] = {}
    wages_of = found.wages
    for member_id, spans in found.spans.items():
        months = owed_fen = owed_months = 0
        cells = []
        wages = wages_of.get(member_id, ())
        for s, e in spans:
            cs, ce = (s if s > a else a), (e if e < b else b)
            if cs > ce:
                continue
            months += ce - cs + 1
            for ws, we, fen in wages:
                x, y = (cs if cs > ws else ws), (ce if ce < we else we)
                if x > y:
                    continue
                for rs, re, ppm in rates:
                    u, v = (x if x > rs else rs), (y if y < re else re)
                    if u <= v:
                        monthly = monthly_dues_fen(fen, ppm)
                        cells.append((u, v, monthly))
                        owed_fen += (v - u + 1) * monthly
                        owed_months += v - u + 1
        if months:
            wage_now = next((fen for ws, we, fen in wages if ws <= b <= we), None)
            state[member_id] = [owed_fen, owed_months, months, wage_now, cells]
    # Payments: member -> [paid_fen, settled months, last month with anything paid]
    pay_index = DuesPayment.year * 12 + DuesPayment.month - 1
    statement = (select(DuesPayment.member_id, pay_index, func.sum(type_coerce(DuesPayment.__table__.c.amount, Integer)))
                 .where(DuesPayment.year.between(first.year, last.year), pay_index >= a, pay_index <= b)
                 .group_by(DuesPayment.year, DuesPayment.month, DuesPayment.member_id))
    if first.year == last.year:  # an exact range on the (year, month, member_id) index
        statement = statement.where(DuesPayment.month.between(first.month, last.month))
    if member_ids is not None:
        statement = statement.where(DuesPayment.member_id.in_(member_ids))
    paid: dict[int, list[int]] = {}
    # Most members have one cell in a range (one wage, one rate): their cell is looked up directly.
    single = {m: st[4][0] for m, st in state.items() if len(st[4]) == 1}
    several = {m: st[4] for m, st in state.items() if len(st[4]) > 1}
    result = session.connection().execute(statement)
    try:
        cursor = result.cursor
        while True:
            chunk = cursor.fetchmany(20000)
            if not chunk:
                break
            for member_id, index, fen in chunk:
                entry = paid.get(member_id)
                if entry is None:
                    entry = paid[member_id] = [0, 0, -1]
                entry[0] += fen
                if fen <= 0:
                    continue
                if index > entry[2]:
                    entry[2] = index
                cell = single.get(member_id)
                if cell is not None:
                    if cell[0] <= index <= cell[1] and fen >= cell[2]:
                        entry[1] += 1
                    continue
                for u, v, monthly in several.get(member_id, ()):
                    if u <= index <= v:
                        if fen >= monthly:
                            entry[1] += 1
                        break
    finally:
        result.close()
    rows = []
    for member_id, (owed_fen, owed_months, months, wage_now, cells) in state.items():
        paid_fen, settled, last_paid = paid.pop(member_id, (0, 0, -1))
        start = max(last_paid + 1, a)
        streak = sum(v - max(u, start) + 1 for u, v, _ in cells if v >= max(u, start))
        rows.append((member_id, owed_fen, paid_fen, owed_months, owed_months - settled, months - owed_months,
                     streak, wage_now))
    for member_id, (paid_fen, _settled, _last) in paid.items():  # paid for months they owed nothing
        rows.append((member_id, 0, paid_fen, 0, 0, 0, 0, None))
    return rows


def summaries(session: Session, first: Period, last: Period, member_ids=None) -> dict[int, Summary]:
    """The summary of every member listed for the range (or of the given members)."""
    return {row[0]: Summary(*row) for row in _compute(session, first, last, member_ids)}


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

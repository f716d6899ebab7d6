"""What members owe and paid, kept in the table `dues_owed` so a list of any range of months is
one SQL statement that reads two rows per member, whatever the number of months or payments.

The rule (docs/design.md, "Dues owed, kept"):

- A member's dues over time are piecewise constant: active or not, the wage base and the rate
  change only at some months, and payments fall on some months. `dues_owed` has one row per member
  at each such month ("change point"): the state from that month on (active, one month's dues,
  wage base), the net paid for that very month, and running totals up to and including it (owed,
  owed months, active months, paid, months paid in full, payment lines, the last month with a
  positive net and the owed months counted up to it).
- Between two rows nothing changes and nothing is paid, so the running totals at any month b follow
  from the member's last row at or before b: total(b) = total(row) + (b − row.month) × per-month
  figure of the row. A range [a, b] is total(b) − total(a − 1): two index look-ups per member.
- The rows of a member are rebuilt from the facts (membership events, wage bases, rates, payments)
  by the service that changes a fact, in the same transaction (`before_change`, `after_change`); a
  rate change rebuilds every member (rates change once in years). The month rolling over needs
  nothing: the last row carries on.
- The table is a cache that must never be trusted blindly: `dues_owed_stamp` holds a fingerprint of
  the facts it was built from; a reader that finds a different fingerprint (a write path that does
  not keep the table, a file edited outside the program) rebuilds it first (`ensure_current`).

The rules themselves (status and wage "on the last day of the month", rounding) are those of
owed.py, whose `_compute` folds members × intervals in Python and is kept as the reference the
tests compare this table with.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterable, Iterator, Sequence

from sqlalchemy import Integer, bindparam, case, delete, func, insert, select, type_coerce, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from desktop.domain.dues.entities import DuesOwed, DuesOwedStamp, DuesPayment
from desktop.domain.dues.owed import FOREVER, _fingerprint, _fold, histories, rate_intervals
from desktop.domain.dues.rules import Period, monthly_dues_fen
from desktop.domain.members.entities import Member
from desktop.messages import QT_TRANSLATE_NOOP, UserError
from desktop.store.bulk_insert import insert_rows

KEPT = DuesOwed.__table__
COLUMNS = [c.name for c in KEPT.columns if c.name != "id"]
CHUNK = 500               # members per IN (…) list: far below every driver's parameter limit
REBUILD_ABOVE = 20_000    # members changed at once beyond which one rebuild is cheaper than chunks
EVERYONE = -1             # among `after_change`'s members: a change that concerns every member (a rate)


# -- building the rows ---------------------------------------------------------------------------------

def member_rows(member_id: int, spans: Sequence[tuple[int, int]], wages: Sequence[tuple[int, int, int]],
                rates: Sequence[tuple[int, int, int]], payments: dict[int, tuple[int, int]],
                since: int | None = None, base: tuple | None = None) -> list[tuple]:
    """The `dues_owed` rows of one member (values in the order of COLUMNS) from their active spans,
    wage intervals, the rate intervals (all month indexes, as owed.py folds them) and
    payments {month: (net fen, lines)}. A member never active and never paid has no rows.

    With `since` (a month), only the rows from that month on, carrying on from `base`, the member's
    row in force the month before (None: they have none): what a whole build writes from `since` on,
    when nothing before it changed (a rate from that month). `payments` may then hold only months
    from `since` on."""
    if not spans and not payments and base is None:
        return []
    points = set(payments)
    for start, end in spans:
        points.add(start)
        if end < FOREVER:
            points.add(end + 1)
    for start, end, _fen in wages:
        points.add(start)
        if end < FOREVER:
            points.add(end + 1)
    if base is None and not points:
        return []
    lowest = base[1] if base is not None else min(points)   # with a base, the true lowest is earlier still
    points.update(start for start, _end, _ppm in rates if start > lowest)
    if since is not None:
        points = {month for month in points if month >= since}
    rows: list[tuple] = []
    month0 = active0 = monthly0 = wage0 = None
    cum_owed = cum_om = cum_active = cum_paid = cum_settled = cum_lines = 0
    last_paid, om_at_last = -1, 0
    if base is not None:
        (month0, active0, monthly0, wage0, _paid, cum_owed, cum_om, cum_active, cum_paid, cum_settled, cum_lines,
         last_paid, om_at_last) = base[1:14]
    si = wi = ri = 0      # the intervals are sorted and do not overlap: walk them with the months
    for month in sorted(points):
        while si < len(spans) and spans[si][1] < month:
            si += 1
        while wi < len(wages) and wages[wi][1] < month:
            wi += 1
        active = 1 if si < len(spans) and spans[si][0] <= month else 0
        wage = wages[wi][2] if wi < len(wages) and wages[wi][0] <= month else None
        paid, lines = payments.get(month, (0, 0))
        if active and wage is not None:
            while rates[ri][1] < month:
                ri += 1
            monthly = monthly_dues_fen(wage, rates[ri][2])
        else:
            monthly = None
        if month0 is not None:
            if not lines and (active, monthly, wage) == (active0, monthly0, wage0):
                continue       # nothing changes here: the row before carries on
            gap = month - month0 - 1
            cum_owed += gap * (monthly0 or 0)
            cum_om += gap * (monthly0 is not None)
            cum_active += gap * active0
        owing = monthly is not None
        cum_owed += monthly or 0
        cum_om += owing
        cum_active += active
        cum_paid += paid
        cum_settled += 1 if owing and paid > 0 and paid >= monthly else 0
        cum_lines += lines
        if paid > 0:
            last_paid, om_at_last = month, cum_om
        rows.append((member_id, month, active, monthly, wage, paid, cum_owed, cum_om, cum_active, cum_paid,
                     cum_settled, cum_lines, last_paid, om_at_last))
        month0, active0, monthly0, wage0 = month, active, monthly, wage
    return _with_next_months(rows)


def _with_next_months(rows: list[tuple]) -> list[tuple]:
    """Each row with the month of the row after it (FOREVER after the last): see DuesOwed.next_month."""
    following = [row[1] for row in rows[1:]] + [FOREVER]
    return [row + (next_month,) for row, next_month in zip(rows, following)]


def _payments(session: Session, member_ids: Sequence[int] | None,
              since: int | None = None) -> dict[int, dict[int, tuple[int, int]]]:
    """{member: {month: (net fen, lines)}}; for everyone in the order of the covering period index;
    with `since`, the months from then on only."""
    month = DuesPayment.year * 12 + DuesPayment.month - 1
    statement = (select(DuesPayment.member_id, month, func.sum(type_coerce(DuesPayment.__table__.c.amount, Integer)),
                        func.count())
                 .group_by(DuesPayment.year, DuesPayment.month, DuesPayment.member_id))
    if member_ids is not None:
        statement = statement.where(DuesPayment.member_id.in_(member_ids))
    if since is not None:
        first = Period.from_index(since)
        statement = statement.where((DuesPayment.year > first.year)
                                    | ((DuesPayment.year == first.year) & (DuesPayment.month >= first.month)))
    found: dict[int, dict[int, tuple[int, int]]] = {}
    result = session.connection().execute(statement)
    try:
        for member_id, index, fen, lines in result.cursor.fetchall():
            months = found.get(member_id)
            if months is None:
                months = found[member_id] = {}
            months[index] = (fen, lines)
    finally:
        result.close()
    return found


def _rows_of(session: Session, member_ids: Sequence[int] | None, rates, handle=None) -> list[tuple]:
    histories = _fold(session, member_ids)
    _step(handle, 1)
    payments = _payments(session, member_ids)
    _step(handle, 2)
    everyone = sorted(set(histories.spans) | set(payments))
    rows: list[tuple] = []
    for number, member_id in enumerate(everyone):
        if handle is not None and number % 10_000 == 0:
            _step(handle, 2 + 6 * number // max(len(everyone), 1))
        rows += member_rows(member_id, histories.spans.get(member_id, ()), histories.wages.get(member_id, ()),
                            rates, payments.get(member_id, {}))
    return rows


# -- stopping ------------------------------------------------------------------------------------------
# `handle`: the plain-Python progress handle a caller may pass (the panes' background helper does):
# any object with report(done, total) and a `cancelled` property. Work stops at safe points.

STEPS = 10   # a rebuild: fold, payments, rows (6 steps), insert, done


class ListStopped(UserError):
    """The reader asked to stop; nothing was written."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Dues", "Stopped; the dues list was not read."))


def _step(handle, done: int) -> None:
    if handle is None:
        return
    if handle.cancelled:
        raise ListStopped()
    handle.report(done, STEPS)


@contextmanager
def stoppable(session: Session, handle) -> Iterator[None]:
    """Let a cancel stop a running statement too: SQLite's progress handler is asked every few
    thousand steps (other databases run the statement to its end; the result is then dropped)."""
    raw = session.connection().connection.driver_connection
    if handle is None or not hasattr(raw, "set_progress_handler"):
        yield
        return
    raw.set_progress_handler(lambda: 1 if handle.cancelled else 0, 20_000)
    try:
        yield
    except OperationalError:
        if handle.cancelled:
            raise ListStopped() from None
        raise
    finally:
        raw.set_progress_handler(None, 0)


def stamp(session: Session) -> str:
    """A fingerprint of every fact the table follows from (payments are append-only: the last id)."""
    return repr((_fingerprint(session), session.scalar(select(func.max(DuesPayment.id))),
                 tuple(rate_intervals(session))))


def _save_stamp(session: Session) -> None:
    # An UPDATE of the one row (not delete + insert): on a server, two offices writing at once then
    # queue on its row lock instead of both inserting row 1.
    connection = session.connection()
    table = DuesOwedStamp.__table__
    value = stamp(session)
    if not connection.execute(update(table).where(table.c.id == 1).values(stamp=value)).rowcount:
        connection.execute(insert(table).values(id=1, stamp=value))


def rebuild(session: Session, handle=None) -> None:
    """Every member's rows, from the facts (migration, a rate change, a stale table). With a
    progress handle: reports in STEPS and stops (ListStopped, before anything is written) on cancel."""
    rates = rate_intervals(session)
    _step(handle, 0)
    rows = _rows_of(session, None, rates, handle)
    _step(handle, 8)
    connection = session.connection()
    connection.execute(delete(KEPT))
    for start in range(0, len(rows), 100_000):
        insert_rows(connection, KEPT.name, COLUMNS, rows[start:start + 100_000])
    _save_stamp(session)
    if handle is not None:
        handle.report(STEPS, STEPS)


def rebuild_since(session: Session, since: int, handle=None) -> None:
    """Every member's rows from month `since` on, carrying on from the rows in force the month
    before (a rate from that month: nothing before it changes). At 100 000 members it rewrites the
    rows of the months since, not the 2 million of a whole rebuild. Progress and cancel as `rebuild`."""
    rates = rate_intervals(session)
    _step(handle, 0)
    folded = histories(session)
    _step(handle, 1)
    payments = _payments(session, None, since)
    _step(handle, 2)
    connection = session.connection()
    base = {row[0]: tuple(row) for row in connection.execute(
        select(*(KEPT.c[name] for name in COLUMNS)).where(_in_force(since - 1)))}
    everyone = sorted(set(folded.spans) | set(payments) | set(base))
    rows: list[tuple] = []
    for number, member_id in enumerate(everyone):
        if handle is not None and number % 10_000 == 0:
            _step(handle, 2 + 6 * number // max(len(everyone), 1))
        rows += member_rows(member_id, folded.spans.get(member_id, ()), folded.wages.get(member_id, ()), rates,
                            payments.get(member_id, {}), since, base.get(member_id))
    _step(handle, 8)
    connection.execute(delete(KEPT).where(KEPT.c.next_month > since, KEPT.c.month >= since))
    _relink(connection, base, rows)
    for start in range(0, len(rows), 100_000):
        insert_rows(connection, KEPT.name, COLUMNS, rows[start:start + 100_000])
    _save_stamp(session)
    if handle is not None:
        handle.report(STEPS, STEPS)


def _relink(connection, base: dict[int, tuple], rows: list[tuple]) -> None:
    """The rows before the rewritten months point to the member's first new row (or to none)."""
    first_new: dict[int, int] = {}
    for row in rows:
        first_new.setdefault(row[0], row[1])
    next_at = COLUMNS.index("next_month")
    changed = [{"n": first_new.get(member_id, FOREVER), "m": member_id, "at": row[1]}
               for member_id, row in base.items() if row[next_at] != first_new.get(member_id, FOREVER)]
    if changed:
        connection.execute(update(KEPT).where(KEPT.c.member_id == bindparam("m"), KEPT.c.month == bindparam("at"))
                           .values(next_month=bindparam("n")), changed)


def refresh(session: Session, member_ids: Iterable[int]) -> None:
    """Rebuild the rows of these members, in the writer's transaction (see `after_change`)."""
    ids = sorted(set(member_ids))
    rates = rate_intervals(session)
    connection = session.connection()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        connection.execute(delete(KEPT).where(KEPT.c.member_id.in_(chunk)))
        rows = _rows_of(session, chunk, rates)
        if rows:
            insert_rows(connection, KEPT.name, COLUMNS, rows)
    _save_stamp(session)


def before_change(session: Session) -> bool:
    """Call in a writer's transaction before it changes any fact the table follows from; hand the
    result to `after_change`."""
    return is_current(session)


def after_change(session: Session, was_current: bool, member_ids: Iterable[int], handle=None,
                 since: int | None = None) -> None:
    """Keep the table up to date with the change just made (same transaction): only the rows of the
    members whose facts changed are rebuilt (EVERYONE among them: a rate, all are). A table that was
    stale already before the change is left stale (its stamp unchanged): a partial update would hide
    that, and the next reader rebuilds it whole (`ensure_current`). `since`: with EVERYONE, the
    first month the change touches (a rate's): the months before it are kept. `handle`: progress of
    work on every member, which raises ListStopped on cancel (the caller's transaction then rolls
    back)."""
    if not was_current:
        return
    ids = set(member_ids)
    session.flush()
    if EVERYONE in ids and since is not None:
        rebuild_since(session, since, handle)
    elif EVERYONE in ids or len(ids) > REBUILD_ABOVE:
        rebuild(session, handle)
    elif ids:
        refresh(session, ids)


def is_current(session: Session) -> bool:
    return session.scalar(select(DuesOwedStamp.stamp).where(DuesOwedStamp.id == 1)) == stamp(session)


def ensure_current(db, handle=None) -> None:
    """Rebuild the table when the facts changed behind its back (see the module's rule)."""
    with db.session() as session:
        if is_current(session):
            return
    with db.transaction() as session:
        if not is_current(session):   # another office may have rebuilt it meanwhile
            rebuild(session, handle)


# -- reading a range ---------------------------------------------------------------------------------

def _last_row_id(month: int, member_id=Member.id):
    """The member's last row at or before `month` (correlated to `member_id`, members.id)."""
    row = KEPT.alias("row_at")
    return (select(row.c.id).where(row.c.member_id == member_id, row.c.month <= month)
            .order_by(row.c.month.desc()).limit(1).scalar_subquery())


def summary_query(session: Session, first: Period, last: Period, by_range: bool = False):
    """A subquery with one row per member active in [first, last] or with payment lines in it.
    Columns as owed.summary_query: member_id, owed_fen, paid_fen, owed_months, unsettled_months,
    no_wage_months, streak, wage_fen. Exactly owed._compute's figures (the tests compare them).

    Two shapes, the same figures. By default each member's rows at both ends are looked up from the
    register: a first screen in name order streams from the name index (milliseconds). `by_range`
    reads the rows in force at `last` as one range of ix_dues_owed_until and looks up only the other
    end: a whole list ending at a recent month in half the time (0.6 s instead of 1.2 s at 100 000
    members); for a month long past, that range holds most of the table, so callers keep it for
    recent months."""
    a, b = first.index, last.index
    at_b, at_a = KEPT.alias("at_b_row"), KEPT.alias("at_a_row")
    if by_range:
        member_id = at_b.c.member_id
        rows = at_b.outerjoin(at_a, at_a.c.id == _last_row_id(a - 1, at_b.c.member_id))
        in_list = (at_b.c.next_month > b) & (at_b.c.month <= b)
    else:
        ends = select(Member.id.label("member_id"), _last_row_id(b).label("at_b"),
                      _last_row_id(a - 1).label("at_a")).subquery("ends")
        member_id = ends.c.member_id
        rows = ends.outerjoin(at_b, at_b.c.id == ends.c.at_b).outerjoin(at_a, at_a.c.id == ends.c.at_a)
        in_list = ends.c.at_b.is_not(None)

    def running(row, month: int, column: str, per_month=None):
        value = row.c[column] if per_month is None else row.c[column] + (month - row.c.month) * per_month(row)
        return func.coalesce(value, 0)

    def owed_per_month(row):
        return func.coalesce(row.c.monthly_fen, 0)

    def owing_per_month(row):
        return case((row.c.monthly_fen.is_(None), 0), else_=1)

    def active_per_month(row):
        return row.c.active

    def over_range(column: str, per_month=None):
        return running(at_b, b, column, per_month) - running(at_a, a - 1, column, per_month)

    owed_months_to_b = running(at_b, b, "cum_owed_months", owing_per_month)
    ranged = (select(member_id.label("member_id"),
                     over_range("cum_owed_fen", owed_per_month).label("owed_fen"),
                     over_range("cum_paid_fen").label("paid_fen"),
                     over_range("cum_owed_months", owing_per_month).label("owed_months"),
                     over_range("cum_settled_months").label("settled_months"),
                     over_range("cum_active_months", active_per_month).label("active_months"),
                     over_range("cum_lines").label("lines"),
                     (owed_months_to_b - func.coalesce(at_b.c.owed_months_at_last_paid, 0)).label("since_paid"),
                     at_b.c.wage_fen)
              .select_from(rows)
              .where(in_list)
              .subquery("ranged"))
    r = ranged.c
    return (select(r.member_id, r.owed_fen, r.paid_fen, r.owed_months,
                   (r.owed_months - r.settled_months).label("unsettled_months"),
                   (r.active_months - r.owed_months).label("no_wage_months"),
                   # owed months since the last month paid for, counted within the range only
                   case((r.since_paid < r.owed_months, r.since_paid), else_=r.owed_months).label("streak"),
                   case((r.active_months > 0, r.wage_fen), else_=None).label("wage_fen"))
            .where((r.active_months > 0) | (r.lines > 0))
            .subquery("dues_summary"))


# -- every member at one month -------------------------------------------------------------------
# The row in force at month m has month <= m < next_month: every member's rows in force at m are one
# range of ix_dues_owed_until (about one index entry per member for a recent month).

def _in_force(month: int):
    return (KEPT.c.next_month > month) & (KEPT.c.month <= month)


def _owed_fen_to(month: int):
    return KEPT.c.cum_owed_fen + (month - KEPT.c.month) * func.coalesce(KEPT.c.monthly_fen, 0)


def _owed_months_to(month: int):
    return KEPT.c.cum_owed_months + (month - KEPT.c.month) * case((KEPT.c.monthly_fen.is_(None), 0), else_=1)


def range_sums(session: Session, first: Period, last: Period) -> tuple[int, int]:
    """(owed fen, paid fen) of every member over [first, last]: the sums of summary_query's owed_fen
    and paid_fen (a member it leaves out owes and paid nothing in the range), as the running totals
    in force at `last` minus those in force the month before `first`, in one pass over the rows in
    force at either month (one range of ix_dues_owed_until)."""
    a, b = first.index - 1, last.index

    def at(month: int, value):
        return func.coalesce(func.sum(case((_in_force(month), value), else_=0)), 0)

    statement = (select(at(b, _owed_fen_to(b)) - at(a, _owed_fen_to(a)),
                        at(b, KEPT.c.cum_paid_fen) - at(a, KEPT.c.cum_paid_fen))
                 .where(KEPT.c.next_month > a, KEPT.c.month <= b))
    owed, paid = session.execute(statement).one()
    return int(owed), int(paid)


def streaks_since_start(last: Period, months: int):
    """A subquery (member_id, streak) of the members with at least `months` owed months unpaid in a
    row up to `last`, counted over the whole history (summary_query's streak for a range that starts
    before any month is owed: the owed months since the last month paid for)."""
    streak = (_owed_months_to(last.index) - KEPT.c.owed_months_at_last_paid).label("streak")
    return (select(KEPT.c.member_id, streak).where(_in_force(last.index), streak >= months)
            .subquery("streaks"))


def summary_rows(session: Session, first: Period, last: Period, by_range: bool = False) -> list[tuple]:
    """The summary as plain tuples (member_id, owed_fen, paid_fen, owed_months, unsettled_months,
    no_wage_months, streak, wage_fen), in member order."""
    summary = summary_query(session, first, last, by_range)
    return [tuple(row) for row in session.execute(select(summary).order_by(summary.c.member_id))]



"""The dues owed kept in `dues_owed` give exactly what the rule gives (owed._compute, which folds
members × intervals in Python from the facts), for a union where everything the rules of
docs/domain.md cover happens: joins and leaves in mid-year, retention and reinstatement, a transfer
out, pay rises (one entered late, two in one month), rate changes (two in one month), part payments,
overpayments, reversed payments, a member without a wage base, a member moved to the trash with
payments on record; on SQLite and on PostgreSQL. And each change made through the services leaves the table as a rebuild from
scratch would: one member's rows, not everyone's."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.dues import kept, owed
from desktop.domain.dues.entities import DuesOwed
from desktop.domain.dues.queries import DuesFilter, DuesQueries, State
from desktop.domain.dues.rules import Method, Period
from desktop.domain.dues.service import DuesService, PaymentLine
from desktop.domain.members.lifecycle import EventType
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import EventInput
from desktop.domain.members.writes import checked, insert_members
from desktop.store.database import open_database

TODAY = dt.date(2024, 6, 20)
RANGES = [(Period(2023, 1), Period(2023, 12)), (Period(2024, 1), Period(2024, 6)), (Period(2024, 3), Period(2024, 3)),
          (Period(2022, 1), Period(2024, 5)), (Period(2023, 7), Period(2024, 2)), (Period(2024, 7), Period(2024, 9)),
          (Period(2019, 1), Period(2019, 12))]


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request, tmp_path):
    """The same union in a file and on a PostgreSQL server: the kept figures are plain SQL."""
    url = request.getfixturevalue("pg_url") if request.param == "postgresql" else str(tmp_path / "t.sqlite3")
    database = open_database(url)
    yield database
    database.close()


@pytest.fixture
def members(db):
    return MemberService(db, LOCAL_ADMIN, today=TODAY)


@pytest.fixture
def dues(db):
    return DuesService(db, LOCAL_ADMIN, today=TODAY)


def _rule(db, first: Period, last: Period) -> list[tuple]:
    with db.session() as session:
        return sorted(owed._compute(session, first, last, None))


def _kept(db, first: Period, last: Period, by_range: bool = False) -> list[tuple]:
    with db.session() as session:
        return kept.summary_rows(session, first, last, by_range)


def _table(db) -> list[tuple]:
    with db.session() as session:
        return [tuple(getattr(row, c) for c in kept.COLUMNS)
                for row in session.scalars(select(DuesOwed).order_by(DuesOwed.member_id, DuesOwed.month))]


def _assert_same_as_rule(db) -> None:
    """Both shapes of the summary (ends looked up per member, or the end rows read by range)."""
    for first, last in RANGES:
        expected = _rule(db, first, last)
        assert _kept(db, first, last) == expected, (first, last)
        assert _kept(db, first, last, by_range=True) == expected, (first, last, "by range")


def _assert_kept_like_a_rebuild(db) -> None:
    """The incremental update left the table current and row for row what a rebuild writes."""
    with db.session() as session:
        assert kept.is_current(session)
    incremental = _table(db)
    with db.transaction() as session:
        kept.rebuild(session)
    assert _table(db) == incremental


@pytest.fixture
def union(db, members, dues, make_member):
    """Eight members whose dues exercise every rule; returns their ids by nickname."""
    ids = {}

    def join(nick: str, day: dt.date, department: str = "车间") -> int:
        ids[nick] = members.create(make_member(name=f"会员{nick}", join_date=day, department=department))
        return ids[nick]

    def event(nick: str, kind: EventType, day: dt.date, reason: str | None = "1") -> None:
        members.record_event(ids[nick], EventInput(kind, day, reason=reason))

    dues.set_rate(dt.date(2023, 7, 1), D("0.4"))
    dues.set_rate(dt.date(2023, 7, 20), D("0.3"))          # two in one month: the later holds
    dues.set_rate(dt.date(2024, 2, 1), D("0.5"))
    join("steady", dt.date(2020, 1, 1))
    dues.set_wage(ids["steady"], dt.date(2020, 1, 1), D("5678.90"))
    dues.set_wage(ids["steady"], dt.date(2023, 9, 1), D("6000"))
    dues.set_wage(ids["steady"], dt.date(2023, 3, 15), D("5900"))   # a rise entered late: back-dues
    join("midyear", dt.date(2023, 5, 15))
    dues.set_wage(ids["midyear"], dt.date(2023, 5, 15), D("3333"))
    dues.set_wage(ids["midyear"], dt.date(2023, 11, 3), D("4000"))
    dues.set_wage(ids["midyear"], dt.date(2023, 11, 25), D("4100"))  # two in one month: the later holds
    join("retired", dt.date(2015, 3, 1))
    dues.set_wage(ids["retired"], dt.date(2015, 3, 1), D("8888.88"))
    event("retired", EventType.RETAIN, dt.date(2023, 8, 10), reason="3")
    event("retired", EventType.REINSTATE, dt.date(2024, 2, 5), reason=None)
    join("leaver", dt.date(2018, 6, 1))
    dues.set_wage(ids["leaver"], dt.date(2018, 6, 1), D("4500"))
    event("leaver", EventType.TRANSFER_OUT, dt.date(2023, 10, 31))
    join("quitter", dt.date(2022, 2, 1), department="办公室")
    dues.set_wage(ids["quitter"], dt.date(2022, 2, 1), D("12345.67"))
    event("quitter", EventType.WITHDRAW, dt.date(2024, 1, 15), reason="5")
    join("nowage", dt.date(2023, 4, 1), department="办公室")   # owes nothing: no wage base on record
    join("future", dt.date(2021, 1, 1))
    dues.set_wage(ids["future"], dt.date(2021, 1, 1), D("7000"))
    dues.set_wage(ids["future"], dt.date(2024, 8, 1), D("7500"))   # a rise ahead
    join("trashed", dt.date(2021, 1, 1))
    dues.set_wage(ids["trashed"], dt.date(2021, 1, 1), D("5000"))
    # Payments: in full, in part, more than owed, for months owing nothing, reversed.
    dues.record_batch(Period(2023, 6), dt.date(2023, 6, 30), Method.PAYROLL,
                      [PaymentLine(ids[n], D("20.00")) for n in ("steady", "midyear", "retired", "leaver")])
    dues.record_payment(ids["steady"], [(Period(2023, m), D("17.70")) for m in range(1, 6)], dt.date(2023, 6, 1),
                        Method.CASH)
    dues.record_payment(ids["midyear"], [(Period(2023, 7), D("5.00")), (Period(2023, 8), D("50.00"))],
                        dt.date(2023, 9, 1), Method.CASH)
    paid = dues.record_payment(ids["quitter"], [(Period(2023, m), D("37.02")) for m in range(9, 13)],
                               dt.date(2024, 1, 2), Method.TRANSFER)
    dues.void_receipt(paid.receipt_no, "金额写错")
    dues.record_payment(ids["quitter"], [(Period(2023, 9), D("37.02"))], dt.date(2024, 1, 3), Method.TRANSFER)
    dues.record_payment(ids["nowage"], [(Period(2023, 5), D("10.00"))], dt.date(2023, 6, 1), Method.CASH)
    dues.record_payment(ids["retired"], [(Period(2023, 12), D("8.00"))], dt.date(2024, 1, 5), Method.CASH)
    dues.record_payment(ids["trashed"], [(Period(2023, 2), D("25.00"))], dt.date(2023, 3, 1), Method.CASH)
    members.delete([ids["trashed"]])
    return ids


def test_every_range_gives_what_the_rule_gives(db, union):
    _assert_same_as_rule(db)
    rows = {r[0]: r for r in _kept(db, Period(2023, 1), Period(2023, 12))}
    # a few figures a cadre would check by hand
    assert rows[union["trashed"]][1:] == (0, 2500, 0, 0, 0, 0, None)   # paid, then moved to the trash
    assert rows[union["nowage"]][5] == 9                                    # April–December without a wage
    # 5 670 base × 0.5 % in Jan–Feb, 5 900 (the late rise) × 0.5 % in Mar–Jun, × 0.3 % from July, 6 000 from Sep
    assert rows[union["steady"]][1] == 2 * 2835 + 4 * 2950 + 2 * 1770 + 4 * 1800


def test_each_change_updates_only_what_it_touches_and_stays_exact(db, union, members, dues):
    _assert_kept_like_a_rebuild(db)
    dues.set_wage(union["nowage"], dt.date(2023, 10, 1), D("3000"))
    _assert_kept_like_a_rebuild(db)
    members.record_event(union["steady"], EventInput(EventType.RETAIN, dt.date(2024, 4, 2), reason="3"))
    _assert_kept_like_a_rebuild(db)
    dues.set_rate(dt.date(2023, 12, 1), D("0.6"))
    _assert_kept_like_a_rebuild(db)
    payment = dues.record_payment(union["midyear"], [(Period(2024, 1), D("12.30"))], dt.date(2024, 2, 1),
                                  Method.PAYROLL)
    dues.reverse_payment(payment.payment_ids[0], "重复扣款")
    _assert_kept_like_a_rebuild(db)
    members.restore([union["trashed"]])
    _assert_kept_like_a_rebuild(db)
    wage_id = dues.set_wage(union["future"], dt.date(2023, 2, 1), D("100"))
    dues.remove_wage(wage_id)
    _assert_kept_like_a_rebuild(db)
    _assert_same_as_rule(db)


def test_an_imported_member_whose_join_date_is_filled_in_later_owes_from_then(db, union, members, dues,
                                                                              make_member):
    data = checked(make_member(name="补登", join_date=None), TODAY, join_date_required=False)
    with db.transaction() as session:        # as an import with the join date unknown writes it
        (member_id,) = insert_members(session, LOCAL_ADMIN, [data], EventType.JOIN)
    dues.set_wage(member_id, dt.date(2023, 1, 1), D("5000"))
    assert member_id not in {r[0] for r in _kept(db, Period(2023, 1), Period(2023, 12))}
    members.update(member_id, replace(data, join_date=dt.date(2023, 9, 1)))
    _assert_kept_like_a_rebuild(db)
    row = {r[0]: r for r in _kept(db, Period(2023, 1), Period(2023, 12))}[member_id]
    assert (row[1], row[3]) == (4 * 1500, 4)    # September to December, 5 000 × 0.3 % = 15.00 a month
    _assert_same_as_rule(db)


def test_a_table_changed_behind_the_programs_back_is_rebuilt_before_a_list_is_read(db, union):
    with db.transaction() as session:        # as a tool outside the program, or a lost update, would
        session.execute(DuesOwed.__table__.update().values(cum_paid_fen=0))
        session.execute(DuesOwed.__table__.delete().where(DuesOwed.member_id == union["steady"]))
        session.execute(kept.DuesOwedStamp.__table__.update().values(stamp="stale"))
    reader = DuesQueries(db, LOCAL_ADMIN, today=TODAY)
    rows = {r.member_id: r for r in reader.rows(DuesFilter(Period(2023, 1), Period(2023, 12)))}
    expected = {r[0]: r for r in _rule(db, Period(2023, 1), Period(2023, 12))}
    assert rows.keys() == expected.keys()
    assert all((r.owed_fen, r.paid_fen, r.streak) == (expected[m][1], expected[m][2], expected[m][6])
               for m, r in rows.items())


def test_the_lists_filter_and_sort_on_the_kept_figures(db, union):
    reader = DuesQueries(db, LOCAL_ADMIN, today=TODAY)
    year = DuesFilter(Period(2023, 1), Period(2023, 12))
    expected = {r[0]: r for r in _rule(db, Period(2023, 1), Period(2023, 12))}
    owing = reader.rows(DuesFilter(year.first, year.last, state=State.OWING), sort="balance", descending=True)
    assert {r.member_id for r in owing} == {m for m, r in expected.items() if r[1] > r[2]}
    assert [r.balance_fen for r in owing] == sorted((r.balance_fen for r in owing), reverse=True)
    arrears = reader.arrears()
    assert [r.streak for r in arrears] == sorted((r.streak for r in arrears), reverse=True)
    assert union["quitter"] in {r.member_id for r in arrears}


class Handle:
    """The plain-Python progress handle the panes' background helper passes; stops when told."""

    def __init__(self, stop_after_reports: int | None = None):
        self.reports: list[tuple[int, int]] = []
        self.stop_after = stop_after_reports

    def report(self, done: int, total: int) -> None:
        self.reports.append((done, total))

    @property
    def cancelled(self) -> bool:
        return self.stop_after is not None and len(self.reports) >= self.stop_after


def test_a_rebuild_before_a_list_reports_progress_and_stops_on_cancel_without_writing(db, union):
    with db.transaction() as session:
        session.execute(kept.DuesOwedStamp.__table__.update().values(stamp="stale"))
    before = _table(db)
    reader = DuesQueries(db, LOCAL_ADMIN, today=TODAY)
    year = DuesFilter(Period(2023, 1), Period(2023, 12))
    with pytest.raises(kept.ListStopped):
        reader.rows(year, progress=Handle(stop_after_reports=2))
    assert _table(db) == before
    with db.session() as session:
        assert not kept.is_current(session)
    handle = Handle()
    rows = reader.rows(year, progress=handle)
    assert handle.reports[-1] == (kept.STEPS, kept.STEPS)
    assert sorted((r.member_id, r.owed_fen, r.paid_fen) for r in rows) == [
        (r[0], r[1], r[2]) for r in _rule(db, year.first, year.last)]


def test_the_first_screen_of_a_list_is_its_first_rows(db, union):
    reader = DuesQueries(db, LOCAL_ADMIN, today=TODAY)
    year = DuesFilter(Period(2023, 1), Period(2023, 12))
    for sort in ("name", "balance"):
        assert reader.rows(year, sort=sort, descending=True, limit=3) == reader.rows(year, sort=sort,
                                                                                     descending=True)[:3]


def test_each_row_knows_the_month_of_the_members_next_row(db, union):
    rows = _table(db)
    month, next_month = kept.COLUMNS.index("month"), kept.COLUMNS.index("next_month")
    for row, after in zip(rows, rows[1:] + [None]):
        same_member = after is not None and after[0] == row[0]
        assert row[next_month] == (after[month] if same_member else owed.FOREVER)


@pytest.mark.parametrize("today", [TODAY, dt.date(2019, 5, 1), dt.date(2025, 1, 15)])
def test_the_sums_of_a_range_and_the_members_behind_are_those_of_the_list(db, union, today):
    """The home pane's figures read from one index range equal what the whole list adds up to."""
    reader = DuesQueries(db, LOCAL_ADMIN, today=today)
    for first, last in RANGES + [(Period.of(today), Period.of(today))]:
        totals = reader.totals(DuesFilter(first, last))
        assert reader.sums(first, last) == (totals.owed, totals.paid), (first, last)
    month = Period.of(today)
    warned = reader.rows(DuesFilter(reader.first_period(), month, state=State.WARNING), sort="streak",
                         descending=True)
    assert [(b.member_id, b.name, b.streak) for b in reader.behind(month)] == [
        (r.member_id, r.name, r.streak) for r in warned]
    if today == TODAY:   # not an empty comparison: three members are six months behind in June 2024
        assert len(warned) == 3


def test_a_rate_change_works_out_everyone_again_with_progress_and_stops_without_a_trace(db, union, dues):
    from desktop.domain.dues.entities import DuesRate
    from desktop.domain.progress import Cancelled

    def rates(db) -> list[tuple]:
        with db.session() as session:
            return [(r.effective_from, r.rate_ppm) for r in session.scalars(select(DuesRate).order_by(DuesRate.id))]

    before, rates_before = _table(db), rates(db)
    with pytest.raises(Cancelled):
        dues.set_rate(dt.date(2024, 1, 1), D("0.7"), progress=Handle(stop_after_reports=3))
    assert _table(db) == before and rates(db) == rates_before
    with db.session() as session:
        assert kept.is_current(session)
    handle = Handle()
    dues.set_rate(dt.date(2024, 1, 1), D("0.7"), progress=handle)
    assert handle.reports[-1] == (kept.STEPS, kept.STEPS)
    assert rates(db) == rates_before + [(dt.date(2024, 1, 1), 7000)]
    _assert_kept_like_a_rebuild(db)
    _assert_same_as_rule(db)


def test_a_rate_rewrites_the_months_from_its_own_on_exactly_as_a_rebuild_would(db, union, dues):
    """A rate from month R keeps every row before R and rewrites the rest: before the first member,
    in the middle of everyone's history (replacing a rate of the same day), ahead of today, removed."""
    from desktop.domain.dues.entities import DuesRate

    def figures_before(month: int) -> list[tuple]:   # without next_month: a new row at R is their next
        return [row[:-1] for row in _table(db) if row[1] < month]

    kept_rows = figures_before(Period(2023, 3).index)
    dues.set_rate(dt.date(2023, 3, 1), D("0.8"))
    _assert_kept_like_a_rebuild(db)
    assert figures_before(Period(2023, 3).index) == kept_rows
    for day, percent in ((dt.date(2001, 1, 1), D("0.4")), (dt.date(2023, 3, 1), D("0.9")),
                         (dt.date(2024, 9, 1), D("1.1")), (dt.date(2023, 7, 15), D("0.6"))):
        dues.set_rate(day, percent)
        _assert_kept_like_a_rebuild(db)
    with db.session() as session:
        rate_id = session.scalar(select(DuesRate.id).where(DuesRate.effective_from == dt.date(2023, 3, 1)))
    dues.remove_rate(rate_id)
    _assert_kept_like_a_rebuild(db)
    _assert_same_as_rule(db)

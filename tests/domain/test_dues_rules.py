"""Dues rules on worked examples: the base drops the wage remainder under 10 yuan, the product is
rounded half up to the fen, retained months owe nothing, a back-dated pay rise produces back-dues,
the SQL over everyone agrees with the month-by-month account, sums balance to the fen."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.dues.queries import DuesFilter, DuesQueries, State
from desktop.domain.dues.rules import Method, Period, base_of, monthly_dues, monthly_dues_fen, parse_period, periods_text
from desktop.domain.dues.service import DuesService
from desktop.domain.members.lifecycle import EventType
from desktop.domain.members.inputs import EventInput
from desktop.domain.money import to_fen

from tests.domain.conftest import TODAY


@pytest.mark.parametrize("wage, base, dues", [
    ("5678.90", "5670", "28.35"),     # the worked example of the issue
    ("1234.00", "1230", "6.15"),
    ("9.99", "0", "0.00"),            # under 10 yuan nothing is counted
    ("4999.99", "4990", "24.95"),
    ("3010.00", "3010", "15.05"),     # 15.05 exactly
    ("3330.00", "3330", "16.65"),
])
def test_base_and_rounding(wage, base, dues):
    assert base_of(D(wage)) == D(base)
    assert monthly_dues(D(wage), 5000) == D(dues)
    assert monthly_dues_fen(to_fen(D(wage)), 5000) == to_fen(D(dues))


def test_half_up_at_the_fen():
    # 1 230 × 0.35 % = 4.305 → 4.31 (half up, not banker's 4.30)
    assert monthly_dues(D("1230"), 3500) == D("4.31")
    assert monthly_dues_fen(123000, 3500) == 431
    # the fen integer formula agrees with the Decimal one over a range of wages and rates
    for wage_fen in range(100000, 100000 + 3000 * 37, 37):
        for ppm in (2500, 3500, 5000, 7777):
            assert monthly_dues_fen(wage_fen, ppm) == to_fen(monthly_dues(D(wage_fen) / 100, ppm))


def test_periods_text_and_parsing():
    assert parse_period("2026-10") == Period(2026, 10) == parse_period("202610") == parse_period("2026年10月")
    assert periods_text([Period(2026, 1), Period(2026, 2), Period(2026, 3), Period(2026, 5)]) == \
        "2026年1月—3月、2026年5月"
    with pytest.raises(ValueError):
        parse_period("2026-13")


@pytest.fixture
def dues(db):
    return DuesService(db, LOCAL_ADMIN, today=TODAY)


@pytest.fixture
def reader(db):
    return DuesQueries(db, LOCAL_ADMIN, today=TODAY)


def test_owed_paid_and_balance_for_a_member(service, dues, reader, make_member):
    member = service.create(make_member(join_date=dt.date(2023, 11, 20)))
    dues.set_wage(member, dt.date(2023, 1, 1), D("5678.90"))
    # Joined 20 Nov 2023: owes Nov 2023 … Jun 2024 (today 2024-06-01) = 8 months × 28.35
    account = reader.account(member)
    owed_months = [m for m in account.months if m.owed]
    assert [str(m.period) for m in owed_months][0] == "2023-11"
    assert len(owed_months) == 8
    assert account.owed == D("226.80")
    dues.record_payment(member, [(Period(2023, 11), D("28.35")), (Period(2023, 12), D("28.35"))],
                        dt.date(2024, 1, 5), Method.CASH)
    account = reader.account(member)
    assert account.paid == D("56.70") and account.balance == D("170.10")
    row = summaries_for(reader, member, Period(2023, 1), Period(2024, 6))
    assert (row.owed, row.paid, row.unsettled_months, row.streak) == (D("226.80"), D("56.70"), 6, 6)
    assert row.warning  # six owed months in a row with nothing paid


def summaries_for(reader, member_id, first, last):
    rows = reader.rows(DuesFilter(first, last))
    return next(r for r in rows if r.member_id == member_id)


def test_retained_months_owe_nothing(service, dues, reader, make_member):
    member = service.create(make_member(join_date=dt.date(2023, 1, 10)))
    dues.set_wage(member, dt.date(2023, 1, 1), D("4000"))
    service.record_event(member, EventInput(EventType.RETAIN, dt.date(2023, 7, 10)))
    service.record_event(member, EventInput(EventType.REINSTATE, dt.date(2024, 2, 15)))
    account = reader.account(member, Period(2023, 1), Period(2024, 6))
    owed = {str(m.period): m.owed for m in account.months}
    assert owed["2023-06"] == D("20.00")
    # retained on 10 July: from July to January nothing is owed; reinstated in February
    assert all(owed[f"2023-{m:02d}"] == 0 for m in range(7, 13)) and owed["2024-01"] == 0
    assert owed["2024-02"] == D("20.00")
    assert account.owed == D("20.00") * (6 + 5)
    assert summaries_for(reader, member, Period(2023, 1), Period(2024, 6)).owed == account.owed


def test_nothing_before_joining_or_after_leaving(service, dues, reader, make_member):
    member = service.create(make_member(join_date=dt.date(2024, 2, 1)))
    dues.set_wage(member, dt.date(2020, 1, 1), D("3000"))
    service.record_event(member, EventInput(EventType.TRANSFER_OUT, dt.date(2024, 4, 3)))
    account = reader.account(member, Period(2023, 6), Period(2024, 6))
    assert [str(m.period) for m in account.months if m.owed] == ["2024-02", "2024-03"]


def test_pay_rise_with_past_date_gives_back_dues(service, dues, reader, make_member):
    member = service.create(make_member(join_date=dt.date(2020, 1, 1)))
    dues.set_wage(member, dt.date(2020, 1, 1), D("5000"))          # 25.00 a month
    lines = [(Period(2024, m), D("25.00")) for m in range(1, 7)]
    dues.record_payment(member, lines, dt.date(2024, 6, 1), Method.PAYROLL)
    flt = DuesFilter(Period(2024, 1), Period(2024, 6))
    assert summaries_for(reader, member, *flt_range(flt)).balance == 0
    # A rise to 6 000 from 1 March, entered in June: March–June owe 5.00 more each = 20.00 back-dues
    dues.set_wage(member, dt.date(2024, 3, 1), D("6000"))
    row = summaries_for(reader, member, Period(2024, 1), Period(2024, 6))
    assert row.balance == D("20.00") and row.unsettled_months == 4
    assert row.streak == 0  # something was paid for every month: arrears, not a withdrawal warning
    account = reader.account(member, Period(2024, 1), Period(2024, 6))
    assert [m.balance for m in account.months] == [0, 0, D("5.00"), D("5.00"), D("5.00"), D("5.00")]
    # the same through the state filter
    owing = reader.rows(DuesFilter(Period(2024, 1), Period(2024, 6), state=State.OWING))
    assert [r.member_id for r in owing] == [member]


def flt_range(flt):
    return flt.first, flt.last


def test_rate_change_with_effective_date(service, dues, reader, make_member):
    member = service.create(make_member(join_date=dt.date(2020, 1, 1)))
    dues.set_wage(member, dt.date(2020, 1, 1), D("5678.90"))
    dues.set_rate(dt.date(2024, 4, 1), D("0.3"))
    account = reader.account(member, Period(2024, 1), Period(2024, 6))
    assert [m.owed for m in account.months] == [D("28.35")] * 3 + [D("17.01")] * 3
    assert summaries_for(reader, member, Period(2024, 1), Period(2024, 6)).owed == D("28.35") * 3 + D("17.01") * 3


def test_sql_summary_agrees_with_month_by_month_and_sums_to_the_fen(service, dues, reader, make_member):
    import random

    rng = random.Random(7)
    ids = []
    for n in range(25):
        join = dt.date(2022, rng.randint(1, 12), rng.randint(1, 28))
        member = service.create(make_member(name=f"会员{n}", join_date=join))
        ids.append(member)
        dues.set_wage(member, dt.date(2021, 1, 1), D(rng.randint(200000, 900000)) / 100)
        if rng.random() < .5:
            dues.set_wage(member, dt.date(2023, rng.randint(1, 12), 1), D(rng.randint(200000, 900000)) / 100)
        if rng.random() < .3:
            service.record_event(member, EventInput(EventType.RETAIN, dt.date(2023, 6, rng.randint(1, 28))))
        months = [Period(2023, m) for m in range(1, 13) if rng.random() < .7]
        if months:
            dues.record_payment(member, [(p, D(rng.randint(100, 4000)) / 100) for p in months],
                                dt.date(2024, 1, 10), Method.CASH)
    dues.set_rate(dt.date(2023, 9, 1), D("0.45"))
    first, last = Period(2022, 1), Period(2024, 6)
    rows = {r.member_id: r for r in reader.rows(DuesFilter(first, last))}
    total_owed = D("0")
    for member in ids:
        account = reader.account(member, first, last)
        row = rows[member]
        assert row.owed == account.owed and row.paid == account.paid
        assert row.unsettled_months == sum(1 for m in account.months if m.owed and m.paid < m.owed)
        total_owed += account.owed
    totals = reader.totals(DuesFilter(first, last))
    assert totals.owed == total_owed == sum(r.owed for r in rows.values())
    assert totals.balance == totals.owed - totals.paid
    assert totals.owed.as_tuple().exponent == -2

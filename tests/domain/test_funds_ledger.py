"""The funds ledger as a treasurer uses it: entries that balance to the fen, the monthly 2% allocation,
closed months refusing edits and deletes but taking reversals, budget against actual rolled up to
the classes, categories the union adds, and a read-only account refused."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.domain.accounts.actor import Actor, LOCAL_ADMIN, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.errors import RuleViolation, ValidationError
from desktop.domain.funds.categories import category_choices, category_label, SPENDING
from desktop.domain.funds.periods import ensure_period_open
from desktop.domain.funds.queries import FundsQueries, year_span
from desktop.domain.funds.inputs import EntryInput
from desktop.domain.funds.service import FundsService, proposed_allocation

TODAY = dt.date(2024, 6, 1)
D = Decimal


@pytest.fixture
def funds(db):
    return FundsService(db, LOCAL_ADMIN, today=TODAY)


@pytest.fixture
def books(db):
    return FundsQueries(db, LOCAL_ADMIN)


def entry(day, code, amount, **extra) -> EntryInput:
    return EntryInput(day, code, D(amount), **extra)


def actions(db) -> list[tuple[str, str]]:
    with db.session() as session:
        return [(r.action, r.entity) for r in session.execute(select(AuditRecord.action, AuditRecord.entity))]


def test_income_minus_spending_is_the_change_of_balance_to_the_fen(funds, books):
    funds.set_opening(2024, D("1000.00"))
    funds.record_allocation(2024, 1, D("123456.78"), proposed_allocation(D("123456.78")), dt.date(2024, 1, 31))
    funds.add_entry(entry(dt.date(2024, 2, 3), "403", "0.10", counterparty="市总工会"))
    funds.add_entry(entry(dt.date(2024, 2, 4), "408", "0.20"))
    funds.add_entry(entry(dt.date(2024, 3, 1), "50102", "0.30", voucher_no="记-3"))
    funds.add_entry(entry(dt.date(2024, 3, 2), "50205", "1234.57"))
    totals = books.totals(*year_span(2024))
    assert proposed_allocation(D("123456.78")) == D("2469.14")  # 2 469.1356 → 2 469.14
    assert totals.income == D("2469.44")          # 2469.14 + 0.10 + 0.20 — no 0.30000000000000004
    assert totals.spending == D("1234.87")
    assert totals.closing == D("1000.00") + D("2469.44") - D("1234.87") == D("2234.57")
    lines = books.ledger(*year_span(2024))
    assert [l.balance for l in lines][-1] == totals.closing
    assert lines[0].source == "allocation" and lines[0].income == D("2469.14")
    # the next year opens with this year's closing balance, carried forward
    assert books.totals(*year_span(2025)).opening == D("2234.57")


def test_first_quarter_totals_and_opening_of_a_later_month(funds, books):
    funds.add_entry(entry(dt.date(2024, 1, 10), "405", "500"))
    funds.add_entry(entry(dt.date(2024, 4, 10), "50302", "120.50"))
    q1 = books.totals(dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    q2 = books.totals(dt.date(2024, 4, 1), dt.date(2024, 6, 30))
    assert (q1.income, q1.spending, q1.closing) == (D("500.00"), D("0.00"), D("500.00"))
    assert (q2.opening, q2.spending, q2.closing) == (D("500.00"), D("120.50"), D("379.50"))


def test_entries_are_checked_field_by_field(funds):
    with pytest.raises(ValidationError) as error:
        funds.add_entry(EntryInput(dt.date(2024, 7, 1), "", None))
    assert {e.field for e in error.value.errors} == {"entry_date", "category_code", "amount"}
    with pytest.raises(ValidationError) as error:
        funds.add_entry(entry(dt.date(2024, 1, 1), "401", "10"))  # dues income comes from the dues records
    assert "Dues" in str(error.value.errors[0].message)
    with pytest.raises(ValidationError):
        funds.add_entry(entry(dt.date(2024, 1, 1), "501", "10"))  # a class with sub-items: choose one
    with pytest.raises(ValidationError):
        funds.add_entry(entry(dt.date(2024, 1, 1), "50102", "-5"))


def test_a_closed_month_refuses_changes_and_takes_a_reversal_in_an_open_month(funds, books, db):
    first = funds.add_entry(entry(dt.date(2024, 3, 5), "50102", "800.00", counterparty="体育用品店"))
    funds.update_entry(first, entry(dt.date(2024, 3, 5), "50102", "850.00", counterparty="体育用品店"))
    funds.close_month(2024, 3)
    with pytest.raises(RuleViolation) as error:
        funds.update_entry(first, entry(dt.date(2024, 3, 5), "50102", "80.00"))
    assert "2024-03" in str(error.value.message) and "reversing entry" in str(error.value.message)
    with pytest.raises(RuleViolation):
        funds.delete_entry(first)
    with pytest.raises(RuleViolation):
        funds.add_entry(entry(dt.date(2024, 3, 20), "50102", "1.00"))
    with db.session() as session:
        with pytest.raises(RuleViolation):
            ensure_period_open(session, dt.date(2024, 3, 31))  # what the other areas call
        ensure_period_open(session, dt.date(2024, 4, 1))
    with pytest.raises(RuleViolation):  # the reversal itself must be dated in an open month
        funds.reverse_entry(first, dt.date(2024, 3, 31), "发票金额有误")
    reversal = funds.reverse_entry(first, dt.date(2024, 4, 2), "发票金额有误", voucher_no="记-17")
    with pytest.raises(RuleViolation):
        funds.reverse_entry(first, dt.date(2024, 4, 2), "again")
    lines = {l.entry_id: l for l in books.ledger(*year_span(2024))}
    assert lines[reversal].amount == D("-850.00") and lines[reversal].reverses_id == first
    assert lines[first].reversed_by == reversal and lines[first].closed and not lines[first].editable
    assert books.totals(*year_span(2024)).spending == D("0.00")
    assert ("update", "fund_entry") in actions(db) and ("reverse", "fund_entry") in actions(db)
    assert ("close_period", "fund_period") in actions(db)


def test_a_month_is_closed_only_when_it_is_over_and_once(funds):
    with pytest.raises(RuleViolation):
        funds.close_month(2024, 6)
    funds.close_month(2024, 5)
    with pytest.raises(RuleViolation):
        funds.close_month(2024, 5)


def test_open_month_entries_are_edited_and_deleted_with_an_audit_record(funds, books, db):
    entry_id = funds.add_entry(entry(dt.date(2024, 5, 5), "50302", "300"))
    funds.delete_entry(entry_id)
    assert books.ledger(*year_span(2024)) == []
    assert actions(db)[-2:] == [("create", "fund_entry"), ("delete", "fund_entry")]


def test_one_allocation_per_month(funds, books):
    funds.record_allocation(2024, 2, D("100000"), D("2000.00"), dt.date(2024, 3, 5), voucher_no="收-2")
    with pytest.raises(RuleViolation):
        funds.record_allocation(2024, 2, D("100000"), D("2000.00"), dt.date(2024, 3, 6))
    assert books.allocation_exists(2024, 2) and not books.allocation_exists(2024, 3)


def test_budget_against_actual_rolls_sub_items_up_to_their_class(funds, books):
    funds.set_budget(2024, "50102", D("5000"))
    funds.set_budget(2024, "50105", D("3000"))
    funds.set_budget(2024, "501", D("1000"))       # a class may carry a figure of its own too
    funds.add_entry(entry(dt.date(2024, 2, 1), "50102", "1200.50"))
    funds.add_entry(entry(dt.date(2024, 2, 2), "50105", "300.25"))
    funds.add_entry(entry(dt.date(2024, 2, 3), "50302", "99.99"))
    lines = {l.code: l for l in books.budget(2024)}
    assert lines["50102"].budget == D("5000.00") and lines["50102"].actual == D("1200.50")
    assert lines["501"].budget == D("9000.00") and lines["501"].actual == D("1500.75")
    assert lines["501"].remaining == D("7499.25") and lines["501"].used_percent == D("16.7")
    assert lines["503"].actual == D("99.99") and lines["503"].budget == D("0.00")
    funds.set_budget(2024, "50105", None)
    assert {l.code: l for l in books.budget(2024)}["501"].budget == D("6000.00")


def test_the_union_adds_and_renames_categories(funds, books, db):
    code = funds.add_category("501", "职工书屋支出", "Staff library")
    assert code == "50107"
    funds.rename_category("50102", "文体活动费")
    with db.session() as session:
        spending = {e.code: e.zh for e in category_choices(session, SPENDING)}
    assert spending["50107"] == "职工书屋支出" and spending["50102"] == "文体活动费"
    assert category_label("50107", "zh_CN") == "职工书屋支出" and category_label("50107", "en") == "Staff library"
    funds.add_entry(entry(dt.date(2024, 2, 1), "50107", "88.00"))
    with pytest.raises(RuleViolation):
        funds.remove_category("50107")  # in use
    with pytest.raises(ValidationError):
        funds.add_category("502", "职工书屋支出")  # the name is taken
    with pytest.raises(RuleViolation):
        funds.remove_category("50102")  # seeded


def test_read_only_account_sees_but_cannot_write(db):
    reader = Actor("guest", "只读", Role.READONLY)
    FundsQueries(db, reader).totals(*year_span(2024))
    service = FundsService(db, reader, today=TODAY)
    with pytest.raises(PermissionDenied):
        service.add_entry(entry(dt.date(2024, 1, 5), "405", "10"))
    with pytest.raises(PermissionDenied):
        service.close_month(2024, 1)
    with pytest.raises(PermissionDenied):
        service.set_budget(2024, "50102", D("10"))
    with pytest.raises(PermissionDenied):
        FundsQueries(db, Actor("teller", "", Role.TELLER))


def test_closing_a_month_closes_the_earlier_open_months_with_it(funds, books, db):
    funds.add_entry(entry(dt.date(2024, 1, 15), "504", "12.00"))
    funds.close_month(2024, 2)
    assert funds.close_month(2024, 4) == [(2024, 3), (2024, 4)]
    assert books.closed_months(2024) == [(2024, 1), (2024, 2), (2024, 3), (2024, 4)]
    assert actions(db).count(("close_period", "fund_period")) == 4

"""Lines the ledger takes from dues, activity expenses and aid payments: each appears exactly once,
under its category and marked with its source, read-only; dues as one line per month of payment
with the number of people; aid payments without the recipient's name; and all of it in the totals,
the budget's actual figures and the balance, to the fen."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import insert

from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.activities.entities import Activity, ActivityExpense, ActivityType
from desktop.domain.aid.entities import AidCase, AidPayment, AidPaymentBatch
from desktop.domain.dues.entities import DuesPayment
from desktop.domain.funds.queries import FundsQueries, year_span
from desktop.domain.funds.inputs import EntryInput
from desktop.domain.funds.service import FundsService
from desktop.domain.members.service import MemberService

D = Decimal
TODAY = dt.date(2024, 6, 1)


@pytest.fixture
def books(db, make_member):
    members = MemberService(db, LOCAL_ADMIN, today=TODAY)
    ids = [members.create(make_member(name=name)) for name in ("张海生", "李秀英", "王建国")]
    with db.transaction() as session:
        type_code = session.query(ActivityType.code).order_by(ActivityType.code).first()[0]
        session.execute(insert(Activity), [dict(id=1, title="春季运动会", type_code=type_code,
                                                starts_on=dt.date(2024, 4, 20), status="finished", created_by="t")])
        session.execute(insert(ActivityExpense), [
            dict(activity_id=1, category_code="50102", amount=D("1999.99"), spent_on=dt.date(2024, 4, 21),
                 invoice_no="FP-1", payee="体育用品店", note="奖品"),
            dict(activity_id=1, category_code="50102", amount=D("0.01"), spent_on=dt.date(2024, 4, 22),
                 invoice_no="FP-2", payee="文具店", note="")])
        dues = []
        for month, paid_on in ((1, dt.date(2024, 1, 31)), (2, dt.date(2024, 2, 29))):
            for member_id, amount in zip(ids, ("30.50", "27.45", "41.05")):
                dues.append(dict(member_id=member_id, year=2024, month=month, amount=D(amount), paid_on=paid_on,
                                 method="payroll", recorded_by="t"))
        dues.append(dict(member_id=ids[0], year=2024, month=3, amount=D("30.50"), paid_on=dt.date(2024, 2, 29),
                         method="cash", recorded_by="t"))  # paid in advance: counts in February's line
        session.execute(insert(DuesPayment), dues)
        cases = []
        for n, member_id in enumerate(ids[:2], start=1):
            cases.append(dict(id=n, case_no=f"BF2024-00{n}", member_id=member_id, opened_on=dt.date(2024, 1, 5),
                              assessed_on=dt.date(2024, 1, 5)))
        session.execute(insert(AidCase), cases)
        session.execute(insert(AidPaymentBatch), [dict(id=1, title="春节送温暖", paid_on=dt.date(2024, 2, 5))])
        session.execute(insert(AidPayment), [
            dict(case_id=1, amount=D("2000.00"), paid_on=dt.date(2024, 3, 10), category_code="50204", form="bank",
                 recipient="张海生"),
            dict(case_id=1, amount=D("500.00"), paid_on=dt.date(2024, 2, 5), category_code="50205", form="cash",
                 batch_id=1, recipient="张海生"),
            dict(case_id=2, amount=D("500.00"), paid_on=dt.date(2024, 2, 5), category_code="50205", form="cash",
                 batch_id=1, recipient="李秀英")])
    return FundsQueries(db, LOCAL_ADMIN)


def test_each_source_row_appears_once_marked_with_its_source(books):
    lines = books.ledger(*year_span(2024))
    by_source: dict[str, list] = {}
    for line in lines:
        by_source.setdefault(line.source, []).append(line)
    assert [(l.day, l.amount, l.category_code) for l in by_source["dues"]] == [
        (dt.date(2024, 1, 31), D("99.00"), "401"), (dt.date(2024, 2, 29), D("129.50"), "401")]
    assert "3人" in by_source["dues"][0].note
    assert [(l.amount, l.counterparty, l.voucher_no, l.activity_id) for l in by_source["activity"]] == [
        (D("1999.99"), "体育用品店", "FP-1", 1), (D("0.01"), "文具店", "FP-2", 1)]
    assert "春季运动会" in by_source["activity"][0].note
    aid = by_source["aid"]
    assert sorted((l.category_code, l.amount) for l in aid) == [("50204", D("2000.00")), ("50205", D("1000.00"))]
    assert len({l.key for l in lines}) == len(lines) == 6
    assert all(l.entry_id is None and not l.editable for l in lines)


def test_aid_lines_name_the_case_never_the_person(books):
    aid = [l for l in books.ledger(*year_span(2024)) if l.source == "aid"]
    texts = " ".join(f"{l.counterparty} {l.note}" for l in aid)
    assert "BF2024-001" in texts and "2人" in texts
    assert "张海生" not in texts and "李秀英" not in texts


def test_derived_lines_count_in_totals_budget_and_balance_to_the_fen(books, db):
    funds = FundsService(db, LOCAL_ADMIN, today=TODAY)
    funds.set_opening(2024, D("100.00"))
    funds.add_entry(EntryInput(dt.date(2024, 5, 2), "50102", D("0.10")))
    funds.set_budget(2024, "50102", D("2500"))
    totals = books.totals(*year_span(2024))
    assert totals.income == D("228.50")
    assert totals.spending == D("1999.99") + D("0.01") + D("3000.00") + D("0.10") == D("5000.10")
    assert totals.closing == D("100.00") + D("228.50") - D("5000.10")
    assert books.ledger(*year_span(2024))[-1].balance == totals.closing
    budget = {b.code: b for b in books.budget(2024)}
    assert budget["50102"].actual == D("2000.10") and budget["50102"].remaining == D("499.90")
    assert budget["502"].actual == D("3000.00")
    assert budget["401"].actual == D("228.50")


def test_a_closed_month_marks_derived_lines_closed_too(books, db):
    FundsService(db, LOCAL_ADMIN, today=TODAY).close_month(2024, 1)
    dues = [l for l in books.ledger(*year_span(2024)) if l.source == "dues"]
    assert [l.closed for l in dues] == [True, False]


def test_a_recorded_line_links_to_an_aid_case_by_its_file_number(books, db):
    case_id = books.aid_case_id("bf2024-002")
    assert case_id == 2 and books.aid_case_id("BF1999-999") is None
    funds = FundsService(db, LOCAL_ADMIN, today=TODAY)
    entry_id = funds.add_entry(EntryInput(dt.date(2024, 5, 6), "50204", D("300.00"), aid_case_id=case_id,
                                          activity_id=1))
    line = next(l for l in books.ledger(*year_span(2024)) if l.entry_id == entry_id)
    assert (line.aid_case_id, line.activity_id, line.source) == (2, 1, "manual")
    from desktop.domain.errors import ValidationError
    with pytest.raises(ValidationError) as error:
        funds.add_entry(EntryInput(dt.date(2024, 5, 6), "50204", D("1"), aid_case_id=99, activity_id=42))
    assert {e.field for e in error.value.errors} == {"aid_case_id", "activity_id"}

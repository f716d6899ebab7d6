"""Recording dues: one member with a receipt, receipt numbers without gaps (a failed payment gives
its number back, a voided receipt stays), a batch in one transaction (a failure or a cancel leaves
nothing), corrections as reversing rows, the deemed-withdrawal warning, permissions and the audit
trail, payroll sheet matching."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop.domain.accounts.actor import LOCAL_ADMIN, Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.dues.entities import DuesBatch, DuesPayment
from desktop.domain.dues.payroll import PayrollQueries
from desktop.domain.dues.queries import DuesFilter, DuesQueries, State
from desktop.domain.dues.rules import Method, Period
from desktop.domain.dues.service import BatchCancelled, DuesService, PaymentLine
from desktop.domain.errors import NotFoundError, UserError, ValidationError
from desktop.exchange.dues.payroll import (
    AMBIGUOUS, INVALID, MATCHED, UNMATCHED, confirmed_lines, default_choices, match_payroll,
)

from tests.domain.conftest import TODAY


@pytest.fixture
def dues(db):
    return DuesService(db, LOCAL_ADMIN, today=TODAY)


@pytest.fixture
def reader(db):
    return DuesQueries(db, LOCAL_ADMIN, today=TODAY)


@pytest.fixture
def staff(service, dues, make_member):
    """Five members of 车间 with wage bases; one of 办公室 without."""
    ids = []
    for n, wage in enumerate(["5678.90", "4000", "3333", "8888.88", "12345.67"]):
        member = service.create(make_member(name=f"工人{n}", department="车间", join_date=dt.date(2020, 1, 1),
                                            card_no=f"CARD{n:03d}"))
        dues.set_wage(member, dt.date(2020, 1, 1), D(wage))
        ids.append(member)
    ids.append(service.create(make_member(name="文员", department="办公室", join_date=dt.date(2020, 1, 1))))
    return ids


def count(db, entity) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(entity))


def test_cash_payment_gets_a_receipt_and_numbers_have_no_gaps(db, dues, reader, staff):
    first = dues.record_payment(staff[0], [(Period(2024, 1), D("28.35")), (Period(2024, 2), D("28.35"))],
                                dt.date(2024, 3, 1), Method.CASH)
    assert first.receipt_no == "2024-00001" and first.total == D("56.70")
    with pytest.raises(ValidationError):  # a refused payment must not use up a number
        dues.record_payment(staff[1], [(Period(2024, 1), D("-5"))], dt.date(2024, 3, 1), Method.CASH)
    with pytest.raises(NotFoundError):    # nor one that fails inside the transaction
        dues.record_payment(99999, [(Period(2024, 1), D("5"))], dt.date(2024, 3, 1), Method.CASH)
    second = dues.record_payment(staff[1], [(Period(2024, 1), D("20.00"))], dt.date(2024, 3, 2), Method.TRANSFER)
    payroll = dues.record_payment(staff[2], [(Period(2024, 1), D("16.65"))], dt.date(2024, 3, 2), Method.PAYROLL)
    assert second.receipt_no == "2024-00002" and payroll.receipt_no is None
    # voiding the first receipt: it stays in the sequence, its payments are reversed
    dues.void_receipt("2024-00001", "金额写错")
    third = dues.record_payment(staff[3], [(Period(2024, 1), D("44.40"))], dt.date(2024, 3, 3), Method.CASH)
    assert third.receipt_no == "2024-00003"
    receipts = reader.receipts(2024)
    assert [r.number for r in receipts] == ["2024-00001", "2024-00002", "2024-00003"]
    assert [r.void for r in receipts] == [True, False, False]
    assert receipts[0].periods == "2024年1月—2月"
    account = reader.account(staff[0], Period(2024, 1), Period(2024, 2))
    assert account.paid == D("0.00")  # 56.70 paid and reversed
    reversal = [p for p in account.payments if p.reverses_id]
    assert sorted(p.amount for p in reversal) == [D("-28.35"), D("-28.35")]
    with pytest.raises(UserError):
        dues.reverse_payment(reversal[0].id, "again")


def test_batch_of_a_department_in_one_transaction(db, dues, reader, staff):
    plan = reader.plan_batch(Period(2024, 5), "车间")
    assert len(plan.lines) == 5 and plan.no_wage == ()
    assert plan.total == D("28.35") + D("20.00") + D("16.65") + D("44.40") + D("61.70")
    office = reader.plan_batch(Period(2024, 5), "办公室")
    assert office.lines == () and office.no_wage == ("文员",)
    batch = dues.record_batch(Period(2024, 5), dt.date(2024, 5, 31), Method.PAYROLL,
                              [PaymentLine(line.member_id, line.amount) for line in plan.lines], "5月工资代扣")
    with db.session() as session:
        rows = session.scalars(select(DuesPayment).where(DuesPayment.batch_id == batch)).all()
        assert len(rows) == 5 and sum(r.amount for r in rows) == plan.total
        assert session.get(DuesBatch, batch).total == plan.total
        audit = session.scalars(select(AuditRecord).where(AuditRecord.entity == "dues_batch")).all()
        assert len(audit) == 1 and '"count": [null, 5]' in audit[0].changes
    # paid in full now: the next plan leaves them out
    assert reader.plan_batch(Period(2024, 5), "车间").already_paid == 5
    month = reader.rows(DuesFilter(Period(2024, 5), Period(2024, 5), department="车间"))
    assert all(r.balance == 0 for r in month)


def test_a_failing_batch_leaves_nothing(db, dues, staff):
    before = count(db, DuesPayment), count(db, DuesBatch), count(db, AuditRecord)
    lines = [PaymentLine(staff[0], D("28.35")), PaymentLine(99999, D("10"))]
    with pytest.raises(NotFoundError):
        dues.record_batch(Period(2024, 5), dt.date(2024, 5, 31), Method.PAYROLL, lines)
    calls = []

    def cancel_after_first_chunk():
        calls.append(1)
        return len(calls) > 1

    many = [PaymentLine(m, D("1.00")) for m in staff[:5]]
    with pytest.raises(BatchCancelled):
        dues.record_batch(Period(2024, 5), dt.date(2024, 5, 31), Method.PAYROLL, many,
                          cancelled=cancel_after_first_chunk)
    assert (count(db, DuesPayment), count(db, DuesBatch), count(db, AuditRecord)) == before


def test_six_months_unpaid_is_a_warning_not_a_status_change(db, service, dues, reader, staff):
    # staff[4] pays nothing in 2024 (Jan–May overdue, June due); the others pay January to May
    for month in range(1, 6):
        dues.record_batch(Period(2024, month), dt.date(2024, month, 28), Method.PAYROLL,
                          [PaymentLine(m, D("50.00")) for m in staff[:4]])
    arrears = reader.arrears()
    by_id = {r.member_id: r for r in arrears}
    assert staff[4] in by_id and by_id[staff[4]].streak >= 6 and by_id[staff[4]].warning
    assert all(not r.warning for r in arrears if r.member_id != staff[4])
    warned = reader.rows(DuesFilter(Period(2020, 1), Period(2024, 5), state=State.WARNING))
    assert [r.member_id for r in warned] == [staff[4]]
    with db.session() as session:
        from desktop.domain.members.entities import Member
        assert session.get(Member, staff[4]).status == "active"


def test_read_only_actor_is_refused_and_nothing_is_written(db, staff):
    viewer = Actor("viewer", "", Role.READONLY)
    service = DuesService(db, viewer, today=TODAY)
    before = count(db, DuesPayment), count(db, AuditRecord)
    with pytest.raises(PermissionDenied):
        service.record_payment(staff[0], [(Period(2024, 1), D("28.35"))], dt.date(2024, 3, 1), Method.CASH)
    with pytest.raises(PermissionDenied):
        service.set_wage(staff[0], dt.date(2024, 1, 1), D("1"))
    with pytest.raises(PermissionDenied):
        service.record_batch(Period(2024, 5), dt.date(2024, 5, 31), Method.PAYROLL, [PaymentLine(staff[0], D("1"))])
    assert (count(db, DuesPayment), count(db, AuditRecord)) == before
    assert DuesQueries(db, viewer, today=TODAY).rows(DuesFilter(Period(2024, 1), Period(2024, 1)))  # may read
    with pytest.raises(PermissionDenied):
        DuesQueries(db, Actor("teller", "", Role.TELLER))


def test_every_write_is_audited(db, dues, staff):
    before = count(db, AuditRecord)
    dues.set_rate(dt.date(2024, 1, 1), D("0.5"))
    dues.set_wage(staff[0], dt.date(2024, 2, 1), D("6000"))
    result = dues.record_payment(staff[0], [(Period(2024, 2), D("30"))], dt.date(2024, 3, 1), Method.CASH)
    dues.reverse_payment(result.payment_ids[0], "错")
    with db.session() as session:
        actions = session.scalars(select(AuditRecord.action).where(AuditRecord.id > before)
                                  .order_by(AuditRecord.id)).all()
    assert actions == ["dues_rate", "dues_wage", "dues_receipt", "dues_pay", "dues_reverse", "dues_receipt_void"]


def _sheet(path, rows, header=("序号", "姓名", "部门", "身份证号", "会员卡号", "应发工资", "代扣会费")):
    book = Workbook()
    sheet = book.active
    sheet.append(["2024年5月工资代扣工会会费明细表"])
    sheet.append([])
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    sheet.append(["合计", None, None, None, None, None, 999])
    book.save(path)
    return path


def test_payroll_sheet_matching(db, service, dues, reader, staff, make_member, tmp_path):
    twin_a = service.create(make_member(name="王芳", department="车间", join_date=dt.date(2020, 1, 1)))
    twin_b = service.create(make_member(name="王芳", department="车间", join_date=dt.date(2020, 1, 1)))
    other = service.create(make_member(name="李明", department="办公室", join_date=dt.date(2020, 1, 1)))
    with db.session() as session:
        from desktop.domain.members.entities import Member
        id0 = session.get(Member, staff[0]).id_number
    path = _sheet(tmp_path / "payroll.xlsx", [
        (1, "工人0", "车间", id0, None, 5678.9, 28.35),              # by ID number (department ignored)
        (2, "工人1", "别的部门", None, "CARD001", 4000, "20.00"),     # by card number
        (3, "工人2", "车间", None, None, 3333, 16.65),               # by name + department
        (4, "王芳", "车间", None, None, 5000, 25),                   # two of that name: choose
        (5, "李明", "车间", None, None, 5000, 25),                   # name elsewhere: a person decides
        (6, "查无此人", "车间", None, None, 5000, 25),               # unmatched
        (7, "工人3", "车间", None, None, 8888, "abc"),               # unreadable amount
    ])
    sheet = match_payroll(PayrollQueries(db, LOCAL_ADMIN), path, Period(2024, 5))
    status = {line.row: line.status for line in sheet.lines}
    assert status == {4: MATCHED, 5: MATCHED, 6: MATCHED, 7: AMBIGUOUS, 8: AMBIGUOUS, 9: UNMATCHED, 10: INVALID}
    by_row = {line.row: line for line in sheet.lines}
    assert (by_row[4].matched_by, by_row[5].matched_by, by_row[6].matched_by) == ("id_number", "card_no",
                                                                                   "name_department")
    assert {c.member_id for c in by_row[7].candidates} == {twin_a, twin_b}
    assert [c.member_id for c in by_row[8].candidates] == [other]
    assert by_row[4].owed == D("28.35") and "*" in by_row[4].id_shown
    choices = default_choices(sheet)
    assert [r for r, m in choices.items() if m] == [4, 5, 6]
    choices[7] = twin_b
    lines = confirmed_lines(sheet, choices)
    assert [(m, a) for m, a, _ in lines] == [(staff[0], D("28.35")), (staff[1], D("20.00")), (staff[2], D("16.65")),
                                             (twin_b, D("25.00"))]
    choices[8] = staff[0]  # the same member twice is refused
    with pytest.raises(UserError):
        confirmed_lines(sheet, choices)


def test_payroll_sheet_without_usable_header(db, tmp_path):
    path = _sheet(tmp_path / "x.xlsx", [(1, "x")], header=("序号", "备注"))
    with pytest.raises(UserError):
        match_payroll(PayrollQueries(db, LOCAL_ADMIN), path)


def test_closed_period_refuses_payments_dated_in_it_but_allows_reversals_later(db, dues, reader, staff):
    from desktop.domain.funds.service import FundsService

    payment = dues.record_payment(staff[0], [(Period(2024, 3), D("28.35"))], dt.date(2024, 3, 20), Method.CASH)
    FundsService(db, LOCAL_ADMIN, today=TODAY).close_month(2024, 3)
    with pytest.raises(UserError) as refused:
        dues.record_payment(staff[1], [(Period(2024, 3), D("20.00"))], dt.date(2024, 3, 25), Method.CASH)
    assert "2024-03" in str(refused.value)
    with pytest.raises(UserError):
        dues.reverse_payment(payment.payment_ids[0], "错", on=dt.date(2024, 3, 31))
    # a payment for March dated in an open month, and the correction dated today, are fine
    dues.record_payment(staff[1], [(Period(2024, 3), D("20.00"))], dt.date(2024, 4, 2), Method.CASH)
    dues.reverse_payment(payment.payment_ids[0], "错", on=dt.date(2024, 5, 2))
    assert reader.account(staff[0], Period(2024, 3), Period(2024, 3)).paid == D("0.00")


def test_payroll_register_is_for_those_who_read_funds(db):
    with pytest.raises(PermissionDenied):
        PayrollQueries(db, Actor("teller", "", Role.TELLER))

"""The Dues pane on a small demo union: the month's list and totals, a batch payment recorded
through the dialog (one transaction, the list refreshed), a cash payment with a receipt from the
member's account, and every dues model checked with qtmodeltester."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from desktop.domain.dues.entities import DuesBatch, DuesPayment
from desktop.domain.dues.queries import DuesQueries
from desktop.domain.dues.rules import Method, Period


@pytest.fixture
def dues_pane(qtbot, context):
    from desktop.views.dues.pane import DuesPane

    widget = DuesPane(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.loaded, timeout=30000)
    return widget


def test_month_list_totals_and_models(dues_pane, qtmodeltester):
    model = dues_pane.model
    assert model.rowCount() > 100
    qtmodeltester.check(model)
    rows = model.rows()
    owed = sum((r.owed for r in rows), Decimal("0"))
    assert f"{owed:,.2f}" in dues_pane.totals.text()
    dues_pane.view.selectRow(0)
    section = dues_pane.section
    assert section.isVisible() and section.months.rowCount() == 24
    qtmodeltester.check(section.months)
    qtmodeltester.check(section.payments)
    assert section.payments.rowCount() > 0


def test_a_long_list_shows_its_first_screen_then_the_whole_list_with_its_totals(dues_pane, qtbot, monkeypatch):
    """At 100 000 members the whole list takes about a second: a screen of rows comes first."""
    from desktop.views.dues import pane as dues_pane_module

    monkeypatch.setattr(dues_pane_module, "FIRST_PAGE", 5)
    shown_counts: list[int] = []
    dues_pane.model.modelReset.connect(lambda: shown_counts.append(dues_pane.model.rowCount()))
    dues_pane.mode.setCurrentIndex(dues_pane.mode.findData("year"))
    qtbot.waitUntil(lambda: dues_pane.loaded, timeout=30000)
    whole = DuesQueries(dues_pane._context.db, dues_pane._context.actor).rows(dues_pane.current_filter(),
                                                                            "department", False)
    assert shown_counts == [5, len(whole)] and len(whole) > 5
    assert dues_pane.model.rows() == list(whole)
    assert f"{len(whole)}" in dues_pane.totals.text()


def test_a_newer_choice_replaces_a_slower_older_list(dues_pane, qtbot):
    """Year (slow) then at once a month: the month's list is what stays on screen."""
    dues_pane.mode.setCurrentIndex(dues_pane.mode.findData("year"))
    assert dues_pane.status.text()  # "working out the dues…" while the pane stays usable
    dues_pane.mode.setCurrentIndex(dues_pane.mode.findData("month"))
    qtbot.waitUntil(lambda: dues_pane.loaded, timeout=30000)
    expected = DuesQueries(dues_pane._context.db, dues_pane._context.actor).rows(
        dues_pane.current_filter(), "department", False)
    assert dues_pane.model.rows() == list(expected)
    flt = dues_pane.current_filter()
    assert flt.first == flt.last and str(flt.first) in dues_pane.totals.text()


def test_batch_payment_of_a_department(dues_pane, context, qtbot):
    from desktop.views.dues.dialogs import BatchDialog

    queries = DuesQueries(context.db, context.actor)
    period = Period(2026, 10)
    department = next(d for d in queries.departments() if queries.plan_batch(period, d).lines)
    plan = queries.plan_batch(period, department)
    with context.db.session() as session:
        before = session.scalar(select(func.count()).select_from(DuesPayment))
    dialog = BatchDialog(context, period, department, dues_pane)
    qtbot.addWidget(dialog)
    assert str(len(plan.lines)) in dialog.summary.text()
    dialog.paid_on.setDate(dt.date(2026, 10, 31))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.batch_id is not None and dialog.result() == dialog.DialogCode.Accepted
    with context.db.session() as session:
        rows = session.scalars(select(DuesPayment).where(DuesPayment.batch_id == dialog.batch_id)).all()
        assert len(rows) == len(plan.lines) == session.scalar(select(func.count()).select_from(DuesPayment)) - before
        assert sum(r.amount for r in rows) == plan.total
        assert {r.method for r in rows} == {Method.PAYROLL}
        assert session.get(DuesBatch, dialog.batch_id).description.endswith(f"（{department}）")
    # the pane heard of it and shows the department as settled for October
    qtbot.waitUntil(lambda: dues_pane.loaded, timeout=20000)
    dues_pane.mode.setCurrentIndex(0)
    dues_pane.month.setDate(dt.date(2026, 10, 1))
    dues_pane.department.ensure_filled()   # as opening the list does
    dues_pane.department.setCurrentIndex(dues_pane.department.findData(department))
    qtbot.waitUntil(lambda: dues_pane.loaded, timeout=20000)
    listed = dues_pane.model.rows()
    assert listed and all(r.balance <= 0 for r in listed if r.no_wage_months == 0)
    assert queries.plan_batch(period, department).lines == ()


def test_cash_payment_with_receipt(dues_pane, context, qtbot):
    from desktop.views.dues.dialogs import PaymentDialog

    member = next(r for r in dues_pane.model.rows() if r.balance > 0)
    dialog = PaymentDialog(context, member.member_id, dues_pane)
    qtbot.addWidget(dialog)
    dialog.method.setCurrentIndex(dialog.method.findData(Method.CASH))
    assert dialog.receipt.isChecked()
    lines = dialog.lines()
    assert lines and sum(a for _, a in lines) >= member.balance
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    result = dialog.result_value
    assert result is not None and result.receipt_no and result.receipt_no.startswith(str(dt.date.today().year))
    account = DuesQueries(context.db, context.actor).account(member.member_id)
    assert any(p.receipt_no == result.receipt_no for p in account.payments)


def test_payroll_import_wizard(dues_pane, context, qtbot, tmp_path):
    from openpyxl import Workbook
    from sqlalchemy import select as sql_select

    from desktop.domain.members.entities import Member
    from desktop.views.dues.payroll_wizard import PayrollWizard

    with context.db.session() as session:
        members = session.execute(sql_select(Member.id, Member.name, Member.department, Member.id_number)
                                  .where(Member.status == "active").order_by(Member.id).limit(3)).all()
    book = Workbook()
    sheet = book.active
    sheet.append(["姓名", "部门", "身份证号", "代扣会费"])
    sheet.append([members[0].name, members[0].department, members[0].id_number, 30])
    sheet.append([members[1].name, members[1].department, None, "25.50"])
    sheet.append(["查无此人", "车间", None, 20])
    path = tmp_path / "payroll.xlsx"
    book.save(path)
    wizard = PayrollWizard(context, dues_pane)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.file_page.month.setDate(dt.date(2026, 11, 1))
    wizard.next()
    assert wizard.currentPage() is wizard.match_page
    page = wizard.match_page
    assert page.table.rowCount() == 3 and "1 with no member" in page.summary.text()
    choices = page.choices()
    assert choices[2] == members[0].id   # matched by ID number, ticked
    assert choices[4] is None            # no such member: left out
    assert page.table.item(0, 7).text() and "Not recorded" in page.table.item(2, 8).text()
    assert page.validatePage() and wizard.batch_id is not None
    with context.db.session() as session:
        rows = session.scalars(sql_select(DuesPayment).where(DuesPayment.batch_id == wizard.batch_id)).all()
        batch = session.get(DuesBatch, wizard.batch_id)
    assert {r.member_id for r in rows} <= {members[0].id, members[1].id} and members[0].id in {r.member_id for r in rows}
    assert batch.kind == "payroll_import" and batch.file_name == "payroll.xlsx"
    assert {(r.year, r.month) for r in rows} == {(2026, 11)}


def test_the_rate_dialog_saves_a_rate_and_every_members_dues_follow(dues_pane, context, qtbot):
    from desktop.views.dues.dialogs import RateDialog

    reader = DuesQueries(context.db, context.actor)
    month = reader.current
    before = reader.sums(month, month)[0]
    dialog = RateDialog(context, dues_pane)
    qtbot.addWidget(dialog)
    dialog.effective_from.setDate(dt.date(month.year, month.month, 1))
    dialog.percent.setText("1")
    dialog._save()
    assert dialog.error.text() == ""
    assert any("1.0%" in dialog.list.item(i).text() or "1%" in dialog.list.item(i).text()
               for i in range(dialog.list.count()))
    assert reader.sums(month, month)[0] > before


def test_the_departments_are_gathered_when_their_list_is_first_opened(dues_pane, context):
    assert dues_pane.department.count() == 1      # "all departments": nothing read while the pane was built
    dues_pane.department.showPopup()
    dues_pane.department.hidePopup()
    names = [dues_pane.department.itemData(i) for i in range(1, dues_pane.department.count())]
    assert names == DuesQueries(context.db, context.actor).departments() and names

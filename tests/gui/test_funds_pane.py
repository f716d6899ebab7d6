"""The Union funds pane on the demo union: the ledger model passes Qt's model checks, an entry typed
into the dialog appears in the ledger with the new balance, a closed month's line is reversed rather
than edited, the read-only role sees no writing actions, and the notice opens in the preview."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from pytestqt.modeltest import ModelTester

from desktop.demo import funds as funds_demo
from desktop.demo.generator import add_demo_accounts, fill_demo
from desktop.domain.accounts.actor import LOCAL_ADMIN, Actor
from desktop.store.database import open_database
from desktop.domain.accounts.permissions import Role
from desktop.views.context import AppContext
from tests.gui.typing import type_text

TODAY = dt.date(2026, 10, 31)  # the demo's snapshot day


@pytest.fixture(scope="module")
def books_template(tmp_path_factory):
    """A union with members and two years of books (the funds demo alone: the ledger's own lines;
    lines from the other areas are tested in tests/domain/test_funds_sources.py)."""
    path = tmp_path_factory.mktemp("funds") / "books.sqlite3"
    database = open_database(str(path))
    try:
        add_demo_accounts(database)
        fill_demo(database, 100, 7, LOCAL_ADMIN)
        funds_demo.fill(database, LOCAL_ADMIN, 7, TODAY)
    finally:
        database.close()
    return path


@pytest.fixture
def db(tmp_path, books_template):
    path = tmp_path / "books.sqlite3"
    path.write_bytes(books_template.read_bytes())
    database = open_database(str(path))
    yield database
    from desktop.views.widgets.background import wait_for_background_work

    wait_for_background_work()
    database.close()


@pytest.fixture
def funds_pane(qtbot, context):
    from desktop.views.funds.pane import FundsPane

    pane = FundsPane(context, today=TODAY)
    qtbot.addWidget(pane)
    pane.resize(1300, 700)
    pane.show()
    shown(pane, qtbot)
    return pane


def shown(pane, qtbot) -> None:
    """Wait until the books the filters ask for are on screen (they are read in the background)."""
    qtbot.waitUntil(lambda: not pane.lane.busy, timeout=20000)


def test_ledger_model_passes_the_model_tester(funds_pane, qtbot):
    assert funds_pane.model.rowCount() > 20
    # the Python checks (the C++ tester cannot be built from this PySide6 build, as in the other panes' tests)
    ModelTester(qtbot).check(funds_pane.model, force_py=True)
    funds_pane.month.setCurrentIndex(funds_pane.month.findData(3))  # a reset with fewer rows, still checked
    shown(funds_pane, qtbot)


def test_a_ledger_line_tells_its_entry_number_and_answers_its_key_as_its_id(funds_pane):
    from PySide6.QtCore import Qt

    from desktop.models.columns import ID_ROLE
    model = funds_pane.model
    row = next(r for r in range(model.rowCount()) if model.row_value(r).entry_id)
    line = model.row_value(row)
    assert model.data(model.index(row, 5), ID_ROLE) == line.key
    assert str(line.entry_id) in model.data(model.index(row, 5), Qt.ToolTipRole)
    assert model.data(model.index(row, 0), Qt.BackgroundRole) is None  # entered here: not tinted
    assert model.headerData(6, Qt.Horizontal, Qt.TextAlignmentRole) & Qt.AlignRight


def test_an_entry_typed_in_the_dialog_appears_with_the_new_balance(funds_pane, qtbot):
    from desktop.views.funds.dialogs import EntryDialog

    before = funds_pane.queries.totals(*funds_pane.period())
    dialog = funds_pane._entry_dialog("spending")
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2026, 10, 20))
    dialog.category.setCurrentIndex(dialog.category.findData("50103"))
    dialog.amount.setText("1,234.56")
    type_text(dialog.counterparty, "宣传印刷厂")
    dialog.voucher.setText("付-900")
    type_text(dialog.note, "安全生产月海报")
    dialog.save()
    assert dialog.result() == EntryDialog.Accepted, dialog.error.text()
    funds_pane.refresh()
    shown(funds_pane, qtbot)
    row = funds_pane.model.row_of(f"e{dialog.entry_id}")
    assert row is not None
    texts = [funds_pane.model.index(row, c).data() for c in range(funds_pane.model.columnCount())]
    assert "宣传印刷厂" in texts and "1,234.56" in texts and "From activities" not in texts
    after = funds_pane.queries.totals(*funds_pane.period())
    assert after.spending - before.spending == Decimal("1234.56")
    assert f"{after.closing:,.2f}" in funds_pane.totals_label.text()


def test_a_bad_amount_is_refused_on_the_error_line(funds_pane, qtbot):
    dialog = funds_pane._entry_dialog("spending")
    qtbot.addWidget(dialog)
    dialog.amount.setText("12.345")
    dialog.save()
    assert dialog.entry_id is None and "0.01" in dialog.error.text()


def test_a_closed_months_line_is_reversed_not_edited(funds_pane, qtbot):
    from desktop.views.funds.dialogs import ReverseDialog

    funds_pane.year.setCurrentIndex(funds_pane.year.findData(2025))
    shown(funds_pane, qtbot)
    row = next(r for r in range(funds_pane.model.rowCount())
               if funds_pane.model.row_value(r).editable is False and funds_pane.model.row_value(r).entry_id
               and funds_pane.model.row_value(r).closed and not funds_pane.model.row_value(r).reversed_by)
    funds_pane.table.selectRow(row)
    assert not funds_pane.edit_action.isEnabled() and funds_pane.reverse_action.isEnabled()
    line = funds_pane.selected_line()
    dialog = ReverseDialog(funds_pane.service, line.entry_id, "", TODAY, funds_pane)
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2026, 10, 30))
    type_text(dialog.reason, "金额录错")
    dialog.save()
    assert dialog.reversal_id is not None, dialog.error.text()
    funds_pane.refresh()
    shown(funds_pane, qtbot)
    row = funds_pane.model.row_of(f"e{line.entry_id}")
    assert funds_pane.model.row_value(row).reversed_by == dialog.reversal_id


def test_read_only_role_sees_the_books_without_writing_actions(qtbot, db, settings):
    from desktop.views.funds.pane import FundsPane

    viewer = AppContext(db, Actor("viewer", "", Role.READONLY), "zh_CN", settings)
    pane = FundsPane(viewer, today=TODAY)
    qtbot.addWidget(pane)
    shown(pane, qtbot)
    assert pane.model.rowCount() > 0
    assert not pane.spending_action.isVisible() and not pane.close_action.isVisible()
    assert not pane.budget_button.isVisible()


def test_notice_opens_in_the_preview(funds_pane, qtbot, tmp_path):
    preview = funds_pane.print_notice(3, show=False)
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1
    outcome = funds_pane.export_ledger(str(tmp_path / "ledger.xlsx"))
    assert outcome.lines == funds_pane.model.rowCount()


def test_category_filter_shows_the_class_and_its_sub_items_with_their_total(funds_pane, qtbot):
    funds_pane.category.setCurrentIndex(funds_pane.category.findData("501"))
    shown(funds_pane, qtbot)
    codes = {funds_pane.model.row_value(r).category_code for r in range(funds_pane.model.rowCount())}
    assert codes and all(code.startswith("501") for code in codes)
    total = next(c.amount for c in funds_pane.queries.by_category(*funds_pane.period()) if c.code == "501")
    assert f"{total:,.2f}" in funds_pane.totals_label.text()

"""The Union funds pane (经费收支): the ledger of a year or month — lines entered here and lines
taken from dues, activities and aid (tinted, read-only here) — with the totals and balance; the
budget against actual per category (classes rolled up); the category tree the union may extend;
closing months, reversing entries, the 经费公示 notice and the ledger workbook for the 经费审查委员会.

Reading needs FUNDS_READ; everything that writes needs FUNDS_WRITE and is hidden without it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMenu, QMessageBox,
    QPushButton, QTableView, QTabWidget, QToolBar, QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.funds.categories import INCOME, SPENDING
from desktop.domain.funds.queries import FundsQueries, month_span, year_span
from desktop.domain.funds.service import FundsService
from desktop.domain.money import format_yuan
from desktop.messages import UserError
from desktop.models.changes import ChangeSignals
from desktop.models.funds_ledger import FundsLedgerModel
from desktop.views.context import AppContext
from desktop.views.widgets.toolbar import add_action, refill_combo
from desktop.views.funds.dialogs import (
    AllocationDialog, AmountDialog, CategoryDialog, CloseMonthDialog, EntryDialog, ReverseDialog,
)
from desktop.views.widgets.forms import user_error_text
from desktop.views.widgets.columns import size_columns_on_first_show
from desktop.views.widgets.empty_state import show_when_empty

FUNDS_KINDS = ("fund_entry", "fund_budget", "fund_category", "fund_period")
CODE_ROLE = Qt.UserRole + 1
UNRELATED_KINDS = frozenset({"member", "membership_event", "user", "union_profile", "audit_trail", "import_batch",
                             "database"})


class FundsPane(QWidget):
    key = "funds"
    permission = Permission.FUNDS_READ

    def __init__(self, context: AppContext, parent=None, today: dt.date | None = None):
        super().__init__(parent)
        self._context = context
        self._today = today
        self.queries = FundsQueries(context.db, context.actor)
        self.service = FundsService(context.db, context.actor, today)
        self.can_write = context.actor.can(Permission.FUNDS_WRITE)
        self.model = FundsLedgerModel(context.language, self)
        self._signals = ChangeSignals(context.db.changes, self)
        self._signals.changed.connect(self._on_change)
        self._build()
        self._restore_layout()
        self.refresh()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("FundsPane", "Union funds")

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.toolbar = QToolBar()
        self.income_action = self._action(self.tr("Record income…"), lambda: self.add_entry(INCOME), "Ctrl+I")
        self.spending_action = self._action(self.tr("Record spending…"), lambda: self.add_entry(SPENDING),
                                            QKeySequence.New)
        self.allocation_action = self._action(self.tr("2% allocation…"), self.record_allocation)
        self.edit_action = self._action(self.tr("Edit…"), self.edit_entry, "Ctrl+E")
        self.delete_action = self._action(self.tr("Delete"), self.delete_entry, QKeySequence.Delete)
        self.reverse_action = self._action(self.tr("Reverse…"), self.reverse_entry, "Ctrl+R")
        self.toolbar.addSeparator()
        self.close_action = self._action(self.tr("Close a month…"), self.close_month)
        for action in (self.income_action, self.spending_action, self.allocation_action, self.edit_action,
                       self.delete_action, self.reverse_action, self.close_action):
            action.setVisible(self.can_write)
        self.toolbar.addSeparator()
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print notice"))
        self.print_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self)
        menu.addAction(self.tr("Whole year…"), lambda: self.print_notice(None))
        for quarter in range(1, 5):
            menu.addAction(self.tr("Quarter {n}…").format(n=quarter), lambda q=quarter: self.print_notice(q))
        self.print_button.setMenu(menu)
        self.toolbar.addWidget(self.print_button)
        self.export_action = self._action(self.tr("Export ledger…"), lambda: self.export_ledger())

        self.year = QComboBox()
        for year in self.queries.years(self.today):
            self.year.addItem(str(year), year)
        self.month = QComboBox()
        self.month.addItem(self.tr("Whole year"), None)
        for month in range(1, 13):
            self.month.addItem(self.tr("Month {n}").format(n=month), month)
        self.category = QComboBox()
        self._fill_category_filter()
        for combo in (self.year, self.month, self.category):
            combo.currentIndexChanged.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Year")))
        filters.addWidget(self.year)
        filters.addWidget(self.month)
        filters.addWidget(self.category)
        filters.addStretch(1)
        self.closed_label = QLabel()
        filters.addWidget(self.closed_label)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.empty_note = show_when_empty(self.table, self.tr("No entries in this period. “Record income…” and “Record spending…” add them; dues, "
                                  "activity expenses and aid payments appear here by themselves."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        header = self.table.horizontalHeader()
        for column, width in enumerate((90, 80, 170, 125, 190, 230, 100, 100, 110, 150)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _: self.edit_entry() if self.can_write else None)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.totals_label = QLabel()
        self.totals_label.setStyleSheet("font-weight: bold;")
        self.totals_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        ledger = QWidget()
        ledger_layout = QVBoxLayout(ledger)
        ledger_layout.setContentsMargins(0, 0, 0, 0)
        ledger_layout.addWidget(self.table, 1)
        ledger_layout.addWidget(self.totals_label)

        self.budget_tree = QTreeWidget()
        self.budget_tree.setHeaderLabels([self.tr("Category"), self.tr("Budget"), self.tr("Actual"),
                                          self.tr("Remaining"), self.tr("Used")])
        self.budget_tree.header().resizeSection(0, 280)
        for column in (1, 2, 3, 4):
            self.budget_tree.header().resizeSection(column, 130)
            self.budget_tree.headerItem().setTextAlignment(column, Qt.AlignRight | Qt.AlignVCenter)
        self.budget_tree.header().setStretchLastSection(False)
        self.budget_tree.itemDoubleClicked.connect(lambda *_: self.set_budget() if self.can_write else None)
        self.opening_label = QLabel()
        self.budget_button = QPushButton(self.tr("Set budget…"))
        self.budget_button.clicked.connect(lambda: self.set_budget())
        self.opening_button = QPushButton(self.tr("Opening balance…"))
        self.opening_button.clicked.connect(lambda: self.set_opening())
        budget_buttons = QHBoxLayout()
        budget_buttons.addWidget(self.opening_label, 1)
        budget_buttons.addWidget(self.budget_button)
        budget_buttons.addWidget(self.opening_button)
        for button in (self.budget_button, self.opening_button):
            button.setVisible(self.can_write)
        budget = QWidget()
        budget_layout = QVBoxLayout(budget)
        budget_layout.setContentsMargins(0, 0, 0, 0)
        budget_layout.addWidget(self.budget_tree, 1)
        budget_layout.addLayout(budget_buttons)

        self.category_tree = QTreeWidget()
        self.category_tree.setHeaderLabels([self.tr("Code"), self.tr("Name (Chinese)"), self.tr("Name (English)"),
                                            self.tr("Origin")])
        self.category_tree.header().resizeSection(0, 120)
        self.category_tree.header().resizeSection(1, 200)
        self.category_tree.header().resizeSection(2, 220)
        self.add_category_button = QPushButton(self.tr("Add sub-item…"))
        self.add_category_button.clicked.connect(lambda: self.add_category())
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.clicked.connect(lambda: self.rename_category())
        self.remove_category_button = QPushButton(self.tr("Remove"))
        self.remove_category_button.clicked.connect(lambda: self.remove_category())
        category_buttons = QHBoxLayout()
        category_buttons.addStretch(1)
        for button in (self.add_category_button, self.rename_button, self.remove_category_button):
            button.setVisible(self.can_write)
            category_buttons.addWidget(button)
        categories = QWidget()
        categories_layout = QVBoxLayout(categories)
        categories_layout.setContentsMargins(0, 0, 0, 0)
        categories_layout.addWidget(self.category_tree, 1)
        categories_layout.addLayout(category_buttons)

        self.tabs = QTabWidget()
        self.tabs.addTab(ledger, self.tr("Ledger"))
        self.tabs.addTab(budget, self.tr("Budget and actual"))
        self.tabs.addTab(categories, self.tr("Categories"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)

    def save_layout(self) -> None:
        """Column widths and the open tab, kept for the next start (called by the main window)."""
        settings = self._context.settings
        settings.setValue("funds/header", self.table.horizontalHeader().saveState())
        settings.setValue("funds/tab", self.tabs.currentIndex())

    def _restore_layout(self) -> None:
        settings = self._context.settings
        state = settings.value("funds/header")
        if state is None or not self.table.horizontalHeader().restoreState(state):
            size_columns_on_first_show(self.table)
        self.tabs.setCurrentIndex(int(settings.value("funds/tab", 0) or 0))

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        return add_action(self, self.toolbar, text, slot, shortcut)

    def _fill_category_filter(self) -> None:
        refill_combo(self.category, self.tr("All categories"), [
            (("    " if c.parent else "") + f"{c.code} {c.label(self._context.language)}", c.code)
            for c in self.queries.categories()])

    # -- showing --------------------------------------------------------------------------------

    def selected_year(self) -> int:
        return self.year.currentData() or self.today.year

    def period(self) -> tuple[dt.date, dt.date]:
        month = self.month.currentData()
        return month_span(self.selected_year(), month) if month else year_span(self.selected_year())

    def refresh(self) -> None:
        selected = self.selected_line()
        start, end = self.period()
        self.model.set_rows(self.queries.ledger(start, end, self.category.currentData()))
        totals = self.queries.totals(start, end)
        self.totals_label.setText(self.tr(
            "Opening balance {opening}   Income {income}   Spending {spending}   Closing balance {closing}").format(
            opening=format_yuan(totals.opening), income=format_yuan(totals.income),
            spending=format_yuan(totals.spending), closing=format_yuan(totals.closing)))
        code = self.category.currentData()
        if code:
            amount = next((c.amount for c in self.queries.by_category(start, end) if c.code == code), None)
            if amount is not None:
                self.totals_label.setText(self.totals_label.text() + "   " + self.tr(
                    "{category}: {amount}").format(category=self.category.currentText().strip(),
                                                   amount=format_yuan(amount)))
        closed = self.queries.closed_months(self.selected_year())
        self.closed_label.setText(self.tr("Closed months: {months}").format(
            months=", ".join(str(m) for _, m in closed) or self.tr("none")))
        if selected is not None:
            row = self.model.row_of(selected.key)
            if row is not None:
                self.table.selectRow(row)
        self._fill_budget()
        self._fill_categories()
        self._update_actions()

    def _fill_budget(self) -> None:
        year = self.selected_year()
        self.budget_tree.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        language = self._context.language
        heads = {INCOME: QTreeWidgetItem([self.tr("Income")]), SPENDING: QTreeWidgetItem([self.tr("Spending")])}
        for head in heads.values():
            self.budget_tree.addTopLevelItem(head)
        budget = self.queries.budget(year)
        for line in budget:
            used = f"{line.used_percent}%" if line.used_percent is not None else ""
            item = QTreeWidgetItem([f"{line.code} {line.label(language)}", format_yuan(line.budget) if line.budget else "",
                                    format_yuan(line.actual), format_yuan(line.remaining) if line.budget else "", used])
            item.setData(0, CODE_ROLE, line.code)
            for column in (1, 2, 3, 4):
                item.setTextAlignment(column, Qt.AlignRight | Qt.AlignVCenter)
            if line.budget and line.actual > line.budget and line.kind == SPENDING:
                item.setForeground(3, Qt.red)
            (parents.get(line.parent) or heads[line.kind]).addChild(item)
            if line.parent is None:
                parents[line.code] = item
        for kind, head in heads.items():
            lines = [line for line in budget if line.kind == kind and line.parent is None]
            total_budget = sum((line.budget for line in lines), Decimal("0.00"))
            total_actual = sum((line.actual for line in lines), Decimal("0.00"))
            head.setText(1, format_yuan(total_budget) if total_budget else "")
            head.setText(2, format_yuan(total_actual))
            for column in (1, 2):
                head.setTextAlignment(column, Qt.AlignRight | Qt.AlignVCenter)
            font = head.font(0)
            font.setBold(True)
            for column in range(5):
                head.setFont(column, font)
        self.budget_tree.expandAll()
        opening = self.queries.opening_set(year)
        start = self.queries.totals(*year_span(year)).opening
        if opening is None:
            text = self.tr("Opening balance {year}: {amount} (carried forward)")
        else:
            text = self.tr("Opening balance {year}: {amount} (set)")
        self.opening_label.setText(text.format(year=year, amount=format_yuan(start)))

    def _fill_categories(self) -> None:
        self.category_tree.clear()
        parents: dict[str, QTreeWidgetItem] = {}
        heads = {INCOME: QTreeWidgetItem([self.tr("Income")]), SPENDING: QTreeWidgetItem([self.tr("Spending")])}
        for head in heads.values():
            self.category_tree.addTopLevelItem(head)
        for c in self.queries.categories():
            origin = self.tr("Renamed") if c.renamed else (self.tr("Standard") if c.seeded else self.tr("Added"))
            item = QTreeWidgetItem([c.code, c.zh, c.en, origin])
            item.setData(0, CODE_ROLE, c.code)
            (parents.get(c.parent) or heads[c.kind]).addChild(item)
            if c.parent is None:
                parents[c.code] = item
        self.category_tree.expandAll()

    def selected_line(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_value(rows[0].row()) if rows else None

    def _update_actions(self) -> None:
        line = self.selected_line()
        self.edit_action.setEnabled(bool(line and line.editable))
        self.delete_action.setEnabled(bool(line and line.entry_id and not line.closed and not line.reversed_by))
        self.reverse_action.setEnabled(bool(line and line.entry_id and not line.reverses_id and not line.reversed_by))

    def _on_change(self, change) -> None:
        # the ledger also shows money recorded by the dues, activities and aid areas: whatever they
        # announce may change it (a refresh reads a year, tens of milliseconds)
        if change.kind not in UNRELATED_KINDS:
            if change.kind == "fund_category":
                self._fill_category_filter()
            self.refresh()

    def _warn(self, error: UserError) -> None:
        QMessageBox.warning(self, self.title(), user_error_text(error))

    # -- writing --------------------------------------------------------------------------------

    def _entry_dialog(self, kind: str, detail=None) -> EntryDialog:
        return EntryDialog(self.service, kind, self.queries.categories(), self._context.language,
                           self.queries.activity_choices(), self.today, detail, self, self.queries.aid_case_id)

    def add_entry(self, kind: str) -> int | None:
        dialog = self._entry_dialog(kind)
        if dialog.exec():
            self.refresh()
            self._select_entry(dialog.entry_id)
            return dialog.entry_id
        return None

    def edit_entry(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        if line.entry_id is None:
            QMessageBox.information(self, self.title(), self.tr(
                "This line comes from {source}; change it there.").format(source=self.model.data(
                    self.model.index(self.table.currentIndex().row(), 3))))
            return
        if not line.editable:
            self._warn(UserError(self._locked_message(line)))
            return
        detail = self.queries.entry(line.entry_id)
        if detail is None:
            return
        if detail.allocation_month:
            dialog = self._entry_dialog(INCOME, detail)
        else:
            dialog = self._entry_dialog(line.kind, detail)
        if dialog.exec():
            self.refresh()

    def _locked_message(self, line):
        from desktop.messages import QT_TRANSLATE_NOOP

        if line.closed:
            return QT_TRANSLATE_NOOP("FundsPane", "This line is in a closed month; correct it with Reverse….")
        return QT_TRANSLATE_NOOP("FundsPane", "This line is part of a reversal and is not changed.")

    def delete_entry(self) -> None:
        line = self.selected_line()
        if line is None or line.entry_id is None:
            return
        answer = QMessageBox.question(self, self.title(), self.tr(
            "Delete entry no. {id} ({amount} yuan, {date})? The audit trail keeps what it was.").format(
            id=line.entry_id, amount=format_yuan(line.amount), date=line.day.isoformat()))
        if answer != QMessageBox.Yes:
            return
        try:
            self.service.delete_entry(line.entry_id)
        except UserError as error:
            self._warn(error)

    def reverse_entry(self) -> int | None:
        line = self.selected_line()
        if line is None or line.entry_id is None:
            return None
        summary = f"{line.day.isoformat()}  {line.category_code}  {format_yuan(line.amount)}  {line.note}"
        dialog = ReverseDialog(self.service, line.entry_id, summary, self.today, self)
        if dialog.exec():
            self.refresh()
            self._select_entry(dialog.reversal_id)
            return dialog.reversal_id
        return None

    def record_allocation(self) -> None:
        dialog = AllocationDialog(self.service, self.today, self)
        if dialog.exec():
            self.refresh()
            self._select_entry(dialog.entry_id)

    def close_month(self) -> None:
        closed = set(self.queries.closed_months())
        months = []
        year = self.selected_year()
        for month in range(1, 13):
            if (year, month) not in closed and month_span(year, month)[1] < self.today:
                months.append((year, month))
        CloseMonthDialog(self.service, months, self).exec()

    def set_budget(self) -> None:
        item = self.budget_tree.currentItem()
        code = item.data(0, CODE_ROLE) if item else None
        if code is None:
            QMessageBox.information(self, self.title(), self.tr("Choose a category in the list first."))
            return
        year = self.selected_year()
        line = next(b for b in self.queries.budget(year) if b.code == code)
        AmountDialog(self.tr("Budget {year}").format(year=year), self.tr("Budget (yuan)"),
                     self.tr("{category}. A class's budget is its own figure plus its sub-items'. Leave empty "
                             "to remove.").format(category=item.text(0)),
                     line.own_budget, lambda amount: self.service.set_budget(year, code, amount), self).exec()

    def set_opening(self) -> None:
        year = self.selected_year()
        AmountDialog(self.tr("Opening balance {year}").format(year=year), self.tr("Balance on 1 January"),
                     self.tr("Set the balance the books of {year} start with (from the last audited accounts). "
                             "Leave empty to carry the previous year's closing balance forward.").format(year=year),
                     self.queries.opening_set(year), lambda amount: self.service.set_opening(year, amount), self,
                     allow_negative=True).exec()

    def _selected_category(self):
        item = self.category_tree.currentItem()
        code = item.data(0, CODE_ROLE) if item else None
        return next((c for c in self.queries.categories() if c.code == code), None)

    def add_category(self) -> None:
        category = self._selected_category()
        if category is None:
            QMessageBox.information(self, self.title(), self.tr("Choose the class to add a sub-item to."))
            return
        parent = category.parent or category.code
        CategoryDialog(self.tr("New sub-item under {code}").format(code=parent), "", "",
                       lambda zh, en: self.service.add_category(parent, zh, en), self).exec()

    def rename_category(self) -> None:
        category = self._selected_category()
        if category is None:
            return
        CategoryDialog(self.tr("Rename {code}").format(code=category.code), category.zh, category.en,
                       lambda zh, en: self.service.rename_category(category.code, zh, en), self).exec()

    def remove_category(self) -> None:
        category = self._selected_category()
        if category is None:
            return
        try:
            self.service.remove_category(category.code)
        except UserError as error:
            self._warn(error)

    def _select_entry(self, entry_id: int | None) -> None:
        row = self.model.row_of(f"e{entry_id}") if entry_id else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    # -- paper and spreadsheet ------------------------------------------------------------------

    def notice_pdf(self, quarter: int | None) -> bytes:
        from desktop.documents.funds.notice import build_funds_notice, funds_notice_pdf

        return funds_notice_pdf(build_funds_notice(self._context.db, self._context.actor, self.selected_year(),
                                                   quarter, self.today))

    def print_notice(self, quarter: int | None, show: bool = True):
        from desktop.views.paper.preview_dialog import PreviewDialog

        try:
            pdf = self.notice_pdf(quarter)
        except UserError as error:
            self._warn(error)
            return None
        year = self.selected_year()
        name = f"{year}年{'第' + '一二三四'[quarter - 1] + '季度' if quarter else '度'}经费收支公示.pdf"
        preview = PreviewDialog(pdf, self.tr("Funds notice"), name, self)
        if show:
            preview.exec()
        return preview

    def export_ledger(self, path: str | None = None):
        from desktop.exchange.funds.export import export_ledger

        year = self.selected_year()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export ledger"), f"{year}年经费收支明细账.xlsx",
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        try:
            outcome = export_ledger(self._context.db, self._context.actor, year, path)
        except UserError as error:
            self._warn(error)
            return None
        return outcome

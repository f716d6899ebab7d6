"""The Dues pane: for a chosen month, a year, or everything overdue, who has paid, who owes and
how much, with the totals; the actions that record payments (one member, a batch, an imported
payroll sheet), wage bases and the rate; the month's list as xlsx; the member's statement.

The list is computed in the database layer (desktop/domain/dues/owed.py) on a background Lane
(views/widgets/background.py), so a union of 100 000 members keeps a responsive window while a
year or the arrears (4–9 s there) is worked out; filters and sorting run the query again in SQL,
and a newer request drops an older one's answer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMessageBox, QSpinBox, QSplitter,
                               QTableView, QToolBar, QVBoxLayout, QWidget)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.dues.queries import DuesFilter, DuesQueries, State, totals_of
from desktop.domain.dues.rules import WARNING_MONTHS, Period
from desktop.domain.dues.service import KIND
from desktop.domain.money import format_yuan
from desktop.messages import UserError
from desktop.models.changes import ChangeSignals
from desktop.models.dues_tables import DuesListModel
from desktop.views.context import AppContext
from desktop.views.widgets.background import Lane
from desktop.views.widgets.toolbar import FilledOnOpenCombo
from desktop.views.widgets.forms import ERROR_STYLE, user_error_text
from desktop.views.widgets.empty_state import show_when_empty

MONTH, YEAR, OVERDUE = "month", "year", "overdue"
SEARCH_DELAY_MS = 250
FIRST_PAGE = 200          # rows shown while the whole list is worked out (several screens' worth)


class DuesPane(QWidget):
    key = "dues"
    permission = Permission.FUNDS_READ

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.queries = DuesQueries(context.db, context.actor)
        self.model = DuesListModel(self)
        self._sort, self._descending = "department", False
        self._build()
        self._signals = ChangeSignals(context.db.changes, self)
        self._signals.changed.connect(self._on_change)
        self.refresh()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("DuesPane", "Dues")

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        can_write = self._context.actor.can(Permission.FUNDS_WRITE)
        current = self.queries.default_period()
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Month"), MONTH)
        self.mode.addItem(self.tr("Year"), YEAR)
        self.mode.addItem(self.tr("Overdue (arrears)"), OVERDUE)
        self.month = QDateEdit(QDate(current.year, current.month, 1))
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(current.year)
        self.year.setVisible(False)
        # the departments (a pass over the register, sorted by pinyin: 0.36 s at 100 000 members)
        # are gathered when the list is first opened, not while the pane is built
        self.department = FilledOnOpenCombo(self._fill_departments)
        self.department.addItem(self.tr("All departments"), None)
        self.state = QComboBox()
        for label, value in ((self.tr("Everyone listed"), State.ALL), (self.tr("Still owing"), State.OWING),
                             (self.tr("Paid in full"), State.SETTLED), (self.tr("No wage base"), State.NO_WAGE),
                             (self.tr("{n}+ months unpaid in a row").format(n=WARNING_MONTHS), State.WARNING)):
            self.state.addItem(label, value)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, card or ID number"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)

        filters = QHBoxLayout()
        for widget in (self.mode, self.month, self.year, self.department, self.state):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)

        self.toolbar = QToolBar()
        self.pay_action = self.toolbar.addAction(self.tr("Record payment…"), self.record_payment)
        self.batch_action = self.toolbar.addAction(self.tr("Batch payment…"), self.record_batch)
        self.import_action = self.toolbar.addAction(self.tr("Import payroll sheet…"), self.import_payroll)
        self.wage_action = self.toolbar.addAction(self.tr("Wage base…"), self.edit_wages)
        self.rate_action = self.toolbar.addAction(self.tr("Rate…"), self.edit_rate)
        for action in (self.pay_action, self.batch_action, self.import_action, self.wage_action, self.rate_action):
            action.setEnabled(can_write)
        self.toolbar.addSeparator()
        self.export_action = self.toolbar.addAction(self.tr("Export list (xlsx)…"), self.export_list)
        self.statement_action = self.toolbar.addAction(self.tr("Yearly statement…"), self.print_statement)

        self.status = QLabel()
        self.lane = Lane(self, self.status, self.tr("Working out the dues…"))
        self.view = QTableView()
        self.view.setModel(self.model)
        empty = self.tr("No dues to show for this period. Dues are owed from the members' wage bases (member "
                        "page → 会费 → 工资基数) at the rate under “Rate…”; payments are recorded with “Batch payment…” "
                        "or “Import payroll sheet…”.")
        self.empty_note = show_when_empty(self.view, empty)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._sort_by)
        for column, width in enumerate((90, 120, 90, 90, 90, 90, 90, 70)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda _index: self.show_account())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())

        from desktop.views.dues.member_section import MemberDuesSection

        self.section = MemberDuesSection(self._context, self)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.section)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.totals = QLabel()
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = QLabel()
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.warning)
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.totals, 1)
        bottom.addWidget(self.status)
        layout.addLayout(bottom)

        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.month.dateChanged.connect(self.refresh)
        self.year.valueChanged.connect(self.refresh)
        self.department.currentIndexChanged.connect(self.refresh)
        self.state.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self._restore_layout()

    def _fill_departments(self) -> None:
        for name in self.queries.departments():
            self.department.addItem(name, name)

    def save_layout(self) -> None:
        """Column widths and the split between the list and the account, for the next start."""
        settings = self._context.settings
        settings.setValue("dues/columns", self.view.horizontalHeader().saveState())
        settings.setValue("dues/splitter", self.splitter.saveState())

    def _restore_layout(self) -> None:
        from PySide6.QtCore import QByteArray

        settings = self._context.settings
        columns, split = settings.value("dues/columns"), settings.value("dues/splitter")
        if isinstance(columns, QByteArray):
            self.view.horizontalHeader().restoreState(columns)
        if isinstance(split, QByteArray):
            self.splitter.restoreState(split)

    # -- the list -------------------------------------------------------------------------------

    def _mode_changed(self) -> None:
        mode = self.mode.currentData()
        self.month.setVisible(mode == MONTH)
        self.year.setVisible(mode == YEAR)
        if mode == OVERDUE:
            self.state.setCurrentIndex(self.state.findData(State.OWING))
            self._sort, self._descending = "streak", True
        self.refresh()

    def current_filter(self) -> DuesFilter:
        mode = self.mode.currentData()
        department, state, search = self.department.currentData(), self.state.currentData(), self.search.text()
        if mode == OVERDUE:
            base = self.queries.arrears_filter(department)
            return DuesFilter(base.first, base.last, search, department, state)
        if mode == YEAR:
            return DuesFilter(Period(self.year.value(), 1), Period(self.year.value(), 12), search, department, state)
        date = self.month.date()
        period = Period(date.year(), date.month())
        return DuesFilter(period, period, search, department, state)

    def refresh(self) -> None:
        """Run the list query again in the background (an older run's answer is dropped): first the
        rows of one screen, then the whole list with its totals (at 100 000 members a screen in
        sorted order takes a few hundredths of a second, the whole list and its sums about one)."""
        flt, sort, descending = self.current_filter(), self._sort, self._descending
        self.lane.run(lambda: self.queries.rows(flt, sort, descending, limit=FIRST_PAGE),
                      lambda rows: self._show_first_page(flt, sort, descending, rows))
        if not self.model.rowCount():
            self.empty_note.clear()  # not "no dues" while they are still being worked out

    def _show_first_page(self, flt: DuesFilter, sort: str, descending: bool, rows) -> None:
        if len(rows) < FIRST_PAGE:        # that was the whole list
            self._show_rows(flt, (rows, totals_of(rows)))
            return
        self.model.set_rows(rows)
        self.totals.setText("")           # the totals come with the whole list
        self.lane.run(lambda: self._whole_list(flt, sort, descending), lambda found: self._show_rows(flt, found))

    def _whole_list(self, flt: DuesFilter, sort: str, descending: bool):
        """On the worker: the rows and their totals (adding up 100 000 rows is no work for the GUI)."""
        rows = self.queries.rows(flt, sort, descending)
        return rows, totals_of(rows)

    @property
    def loaded(self) -> bool:
        """The list shown is the one the filters ask for (no query under way)."""
        return not self.lane.busy

    def _show_rows(self, flt: DuesFilter, found) -> None:
        rows, totals = found
        selected = self.selected_member()
        self.model.set_rows(rows)
        column = next((i for i, c in enumerate(self.model.columns) if c.key == self._sort), -1)
        self.view.horizontalHeader().setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder)
        if selected is not None:
            row = self.model.row_of(selected)
            if row is not None:
                self.view.selectRow(row)
        span = str(flt.first) if flt.first == flt.last else f"{flt.first} — {flt.last}"
        self.totals.setText(self.tr(
            "{span}: {members} members · owed {owed} · paid {paid} · balance {balance} yuan · {owing} still owe")
            .format(span=span, members=totals.members, owed=format_yuan(totals.owed), paid=format_yuan(totals.paid),
                    balance=format_yuan(totals.balance), owing=totals.owing_members))
        self.warning.setText(self.tr(
            "{count} members have paid nothing for {months} or more months in a row (deemed-withdrawal rule). "
            "This is a warning for the committee to follow up; no one's membership is changed.")
            .format(count=totals.warnings, months=WARNING_MONTHS) if totals.warnings else "")
        self.warning.setVisible(bool(totals.warnings))

    def _sort_by(self, column: int) -> None:
        key = self.model.key_of(column)
        if key == "note":
            return
        if key == self._sort:
            self._descending = not self._descending
        else:
            self._sort, self._descending = key, key in ("owed", "paid", "balance", "unsettled_months", "streak")
        self.refresh()

    def _on_change(self, change) -> None:
        if change.kind in (KIND, "member"):
            self.refresh()

    def selected_member(self) -> int | None:
        index = self.view.currentIndex()
        row = self.model.row_value(index.row()) if index.isValid() else None
        return row.member_id if row else None

    def _show_selected(self) -> None:
        self.section.show_member(self.selected_member())

    # -- actions --------------------------------------------------------------------------------

    def _need_member(self) -> int | None:
        member_id = self.selected_member()
        if member_id is None:
            QMessageBox.information(self, self.title(), self.tr("Select a member in the list first."))
        return member_id

    def show_account(self) -> None:
        member_id = self.selected_member()
        if member_id is not None:
            self.section.show_member(member_id)

    def record_payment(self) -> None:
        if self._need_member() is not None:
            self.section.record_payment()

    def edit_wages(self) -> None:
        if self._need_member() is not None:
            self.section.edit_wages()

    def print_statement(self) -> None:
        if self._need_member() is not None:
            self.section.print_statement()

    def record_batch(self) -> None:
        from desktop.views.dues.dialogs import BatchDialog

        flt = self.current_filter()
        period = flt.last if self.mode.currentData() == MONTH else self.queries.current
        BatchDialog(self._context, period, self.department.currentData(), self).exec()

    def import_payroll(self) -> None:
        from desktop.views.dues.payroll_wizard import PayrollWizard

        PayrollWizard(self._context, self).exec()

    def edit_rate(self) -> None:
        from desktop.views.dues.dialogs import RateDialog

        RateDialog(self._context, self).exec()
        self.refresh()

    def export_list(self, path: str | None = None) -> int | None:
        from desktop.domain.dues.exports import DuesExports
        from desktop.exchange.dues.export import export_dues_list
        from desktop.views.widgets.progress import run_with_progress

        flt = self.current_filter()
        if path is None:
            name = f"会费名单_{flt.first}.xlsx" if flt.first == flt.last else f"会费名单_{flt.first}_{flt.last}.xlsx"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the dues list"), name,
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return None
        try:
            count = run_with_progress(self, self.tr("Exporting…"), lambda progress, cancelled: export_dues_list(
                DuesExports(self._context.db, self._context.actor), flt, path, self._context.language, self._sort,
                progress=lambda done, total: (progress(done, total), not cancelled())[1]))
        except UserError as error:
            QMessageBox.warning(self, self.title(), user_error_text(error))
            return None
        return count

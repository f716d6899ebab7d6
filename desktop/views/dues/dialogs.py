"""The Dues area's small dialogs: record one member's payment, record a batch (a department's
payroll deduction), a member's wage bases, the dues rate. Each calls the dues service; errors are
shown in the dialog's red line and nothing is saved."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

from desktop.domain.dues.queries import DuesQueries
from desktop.domain.dues.rules import METHOD_LABELS, Method, Period, base_of, monthly_dues, rate_percent
from desktop.domain.dues.service import BatchCancelled, DuesService, PaymentLine
from desktop.domain.money import format_yuan, parse_yuan
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.context import AppContext
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text
from desktop.views.widgets.progress import run_with_progress


def month_edit(period: Period) -> QDateEdit:
    edit = QDateEdit(QDate(period.year, period.month, 1))
    edit.setDisplayFormat("yyyy-MM")
    edit.setCalendarPopup(True)
    return edit


def period_of(edit: QDateEdit) -> Period:
    date = edit.date()
    return Period(date.year(), date.month())


def date_edit(day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day))
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return edit


def method_combo(default: str) -> QComboBox:
    combo = QComboBox()
    for method in Method.ALL:
        combo.addItem(message_text(METHOD_LABELS[method]), method)
    combo.setCurrentIndex(combo.findData(default))
    return combo


class PaymentDialog(QDialog):
    """One member pays for one or more months (cash at the union office, a transfer, a payroll line
    entered by hand). The amounts start at what is unpaid for each month."""

    def __init__(self, context: AppContext, member_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a dues payment"))
        self._context = context
        self._member_id = member_id
        self._queries = DuesQueries(context.db, context.actor)
        self.result_value = None
        account = self._queries.account(member_id)
        current = self._queries.current
        unpaid = [m.period for m in account.months if m.balance > 0] if account else []
        first = unpaid[0] if unpaid else current
        form = QFormLayout()
        form.addRow(self.tr("Member:"), QLabel(f"{account.name}  {account.department}" if account else "?"))
        self.first = month_edit(first)
        self.last = month_edit(unpaid[-1] if unpaid else current)
        months = QHBoxLayout()
        months.addWidget(self.first)
        months.addWidget(QLabel("—"))
        months.addWidget(self.last)
        form.addRow(self.tr("Months:"), months)
        self.method = method_combo(Method.CASH)
        form.addRow(self.tr("Paid by:"), self.method)
        self.paid_on = date_edit(dt.date.today())
        form.addRow(self.tr("Paid on:"), self.paid_on)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Month"), self.tr("Unpaid"), self.tr("Amount paid")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        form.addRow(self.table)
        self.total = QLabel()
        form.addRow(self.tr("Total:"), self.total)
        self.receipt = QCheckBox(self.tr("Issue a receipt (收据)"))
        form.addRow("", self.receipt)
        self.note = QLineEdit()
        form.addRow(self.tr("Note:"), self.note)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self._accept)
        self._balances = {m.period: m.balance for m in account.months} if account else {}
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self._fill)
        self.method.currentIndexChanged.connect(self._method_changed)
        self.table.itemChanged.connect(self._sum)
        self._method_changed()
        self._fill()

    def _method_changed(self) -> None:
        self.receipt.setChecked(self.method.currentData() in (Method.CASH, Method.TRANSFER))

    def _fill(self) -> None:
        first, last = period_of(self.first), period_of(self.last)
        periods = [Period.from_index(i) for i in range(first.index, last.index + 1)][:36]
        if periods and any(p not in self._balances for p in periods):
            account = self._queries.account(self._member_id, min(periods), max(periods))
            if account:
                self._balances.update({m.period: m.balance for m in account.months})
        self.table.blockSignals(True)
        self.table.setRowCount(len(periods))
        for row, period in enumerate(periods):
            balance = self._balances.get(period, Decimal("0"))
            month = QTableWidgetItem(str(period))
            month.setFlags(month.flags() & ~Qt.ItemFlag.ItemIsEditable)
            month.setData(Qt.ItemDataRole.UserRole, period.index)
            unpaid = QTableWidgetItem(format_yuan(balance))
            unpaid.setFlags(unpaid.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, month)
            self.table.setItem(row, 1, unpaid)
            self.table.setItem(row, 2, QTableWidgetItem(format_yuan(balance, grouping=False) if balance > 0 else ""))
        self.table.blockSignals(False)
        self._sum()

    def lines(self) -> list[tuple[Period, Decimal]]:
        result = []
        for row in range(self.table.rowCount()):
            text = self.table.item(row, 2).text().strip() if self.table.item(row, 2) else ""
            if not text:
                continue
            period = Period.from_index(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
            try:
                amount = parse_yuan(text)
            except UserError as error:
                raise UserError(error.message) from None
            if amount > 0:
                result.append((period, amount))
        return result

    def _sum(self) -> None:
        try:
            total = sum((a for _, a in self.lines()), Decimal("0.00"))
            self.total.setText(f"¥ {format_yuan(total)}")
        except UserError as error:
            self.total.setText(user_error_text(error))

    def _accept(self) -> None:
        try:
            self.result_value = DuesService(self._context.db, self._context.actor).record_payment(
                self._member_id, self.lines(), self.paid_on.date().toPython(), self.method.currentData(),
                self.note.text().strip(), receipt=self.receipt.isChecked())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class BatchDialog(QDialog):
    """"All active members of department X paid October by payroll deduction": shows who and how
    much first, then records them in one transaction (with progress and Cancel)."""

    def __init__(self, context: AppContext, period: Period, department: str | None = None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a batch of payments"))
        self._context = context
        self._queries = DuesQueries(context.db, context.actor)
        self.plan = None
        self.batch_id = None
        form = QFormLayout()
        self.month = month_edit(period)
        form.addRow(self.tr("Month paid for:"), self.month)
        self.department = QComboBox()
        self.department.addItem(self.tr("All departments"), None)
        for name in self._queries.departments():
            self.department.addItem(name, name)
        if department:
            self.department.setCurrentIndex(max(self.department.findData(department), 0))
        form.addRow(self.tr("Department:"), self.department)
        self.method = method_combo(Method.PAYROLL)
        form.addRow(self.tr("Paid by:"), self.method)
        self.paid_on = date_edit(dt.date.today())
        form.addRow(self.tr("Paid on:"), self.paid_on)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form.addRow(self.summary)
        self.skipped = QListWidget()
        self.skipped.setMaximumHeight(90)
        form.addRow(self.tr("Left out (no wage base):"), self.skipped)
        self.error = error_label()
        self.buttons = lay_out_form_dialog(self, form, self.error, self._accept)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self.month.dateChanged.connect(self._plan)
        self.department.currentIndexChanged.connect(self._plan)
        self._plan()

    def _plan(self) -> None:
        from PySide6.QtGui import QGuiApplication

        # Uses the month's list the pane has usually worked out already; a wait cursor otherwise.
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = self._queries.plan_batch(period_of(self.month), self.department.currentData())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.summary.setText(self.tr(
            "{count} active members owe {total} yuan for {period} and will be recorded as paid; {settled} have "
            "paid this month already.").format(count=len(self.plan.lines), total=format_yuan(self.plan.total),
                                               period=str(self.plan.period), settled=self.plan.already_paid))
        self.skipped.clear()
        self.skipped.addItems(list(self.plan.no_wage))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.plan.lines))

    def _accept(self) -> None:
        plan = self.plan
        lines = [PaymentLine(line.member_id, line.amount) for line in plan.lines]
        department = self.department.currentData()
        description = f"{plan.period.year}年{plan.period.month}月会费" + (f"（{department}）" if department else "")
        service = DuesService(self._context.db, self._context.actor)
        method, paid_on = self.method.currentData(), self.paid_on.date().toPython()

        def job(progress, cancelled):
            return service.record_batch(plan.period, paid_on, method, lines, description,
                                        progress=progress, cancelled=cancelled)

        try:
            self.batch_id = run_with_progress(self, self.tr("Recording payments…"), job)
        except BatchCancelled as error:
            self.error.setText(user_error_text(error))
            return
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class WageDialog(QDialog):
    """A member's wage bases (history kept): add one from a date (a past date gives back-dues), or
    remove one entered by mistake."""

    def __init__(self, context: AppContext, member_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wage base for dues"))
        self._context = context
        self._member_id = member_id
        self._queries = DuesQueries(context.db, context.actor)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("From"), self.tr("Monthly wage"), self.tr("Dues base"),
                                              self.tr("Note")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table)
        form = QFormLayout()
        self.effective_from = date_edit(dt.date.today().replace(day=1))
        self.wage = QLineEdit()
        self.wage.setPlaceholderText(self.tr("e.g. 5678.90"))
        self.preview = QLabel()
        self.note = QLineEdit()
        form.addRow(self.tr("From:"), self.effective_from)
        form.addRow(self.tr("Monthly wage (yuan):"), self.wage)
        form.addRow("", self.preview)
        form.addRow(self.tr("Note:"), self.note)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.add_button = buttons.addButton(self.tr("Save wage"), QDialogButtonBox.ButtonRole.ActionRole)
        self.remove_button = buttons.addButton(self.tr("Remove selected"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.add_button.clicked.connect(self._save)
        self.remove_button.clicked.connect(self._remove)
        layout.addWidget(buttons)
        self.wage.textChanged.connect(self._show_preview)
        self.resize(560, 420)
        self._load()

    def _load(self) -> None:
        self._wages = self._queries.wages(self._member_id)
        self.table.setRowCount(len(self._wages))
        for row, wage in enumerate(self._wages):
            for column, text in enumerate((wage.effective_from.isoformat(), format_yuan(wage.wage),
                                           format_yuan(wage.base), wage.note)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _show_preview(self) -> None:
        try:
            wage = parse_yuan(self.wage.text())
        except UserError:
            self.preview.setText("")
            return
        period = Period.of(self.effective_from.date().toPython())
        ppm = self._queries.rate_on(period)
        self.preview.setText(self.tr("Base {base} × {rate}% = {dues} yuan a month").format(
            base=format_yuan(base_of(wage)), rate=str(rate_percent(ppm)), dues=format_yuan(monthly_dues(wage, ppm))))

    def _save(self) -> None:
        try:
            wage = parse_yuan(self.wage.text())
            DuesService(self._context.db, self._context.actor).set_wage(
                self._member_id, self.effective_from.date().toPython(), wage, self.note.text().strip())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.error.setText("")
        self.wage.clear()
        self.note.clear()
        self._load()

    def _remove(self) -> None:
        row = self.table.currentRow()
        if not (0 <= row < len(self._wages)):
            return
        wage = self._wages[row]
        if QMessageBox.question(self, self.windowTitle(), self.tr(
                "Remove the wage {wage} from {date}? The dues owed are computed again.").format(
                wage=format_yuan(wage.wage), date=wage.effective_from.isoformat())) != QMessageBox.StandardButton.Yes:
            return
        try:
            DuesService(self._context.db, self._context.actor).remove_wage(wage.id)
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self._load()


class RateDialog(QDialog):
    """The dues rate with the dates it counts from (default 0.5 %)."""

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Dues rate"))
        self._context = context
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        layout.addWidget(self.list)
        form = QFormLayout()
        self.effective_from = date_edit(dt.date.today().replace(day=1))
        self.percent = QLineEdit("0.5")
        self.note = QLineEdit()
        form.addRow(self.tr("From:"), self.effective_from)
        form.addRow(self.tr("Rate (%):"), self.percent)
        form.addRow(self.tr("Note (decision):"), self.note)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        save = buttons.addButton(self.tr("Save rate"), QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._load()

    def _load(self) -> None:
        self.list.clear()
        rates = DuesQueries(self._context.db, self._context.actor).rates()
        if not rates:
            self.list.addItem(self.tr("0.5% (the default; no rate recorded)"))
        for rate in rates:
            self.list.addItem(f"{rate.effective_from.isoformat()}  {rate_percent(rate.rate_ppm)}%  {rate.note}")

    def _save(self) -> None:
        from decimal import InvalidOperation

        try:
            percent = Decimal(self.percent.text().strip().rstrip("%"))
        except InvalidOperation:
            percent = Decimal(-1)
        from desktop.domain.progress import CallbackProgress
        from desktop.views.widgets.progress import run_with_progress

        service = DuesService(self._context.db, self._context.actor)
        effective_from, note = self.effective_from.date().toPython(), self.note.text().strip()
        try:   # the dues of every member are worked out again: seconds in a big union, so with a Cancel button
            run_with_progress(self, self.tr("Working out the dues of every member at the new rate…"),
                              lambda report, cancelled: service.set_rate(
                                  effective_from, percent, note, progress=CallbackProgress(report, cancelled)))
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.error.setText("")
        self._load()



"""The dues section of the member page: the member's dues account month by month (owed, paid,
balance), their payments with receipts and corrections, and the actions on them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMessageBox,
                               QPushButton, QTableView, QVBoxLayout, QWidget)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.dues.queries import DuesQueries
from desktop.domain.dues.rules import WARNING_MONTHS, Period
from desktop.domain.dues.service import KIND, DuesService
from desktop.domain.money import format_yuan
from desktop.messages import UserError
from desktop.models.changes import ChangeSignals
from desktop.models.dues_tables import AccountMonthsModel, PaymentsModel
from desktop.views.context import AppContext
from desktop.views.widgets.forms import ERROR_STYLE, user_error_text

MONTHS_SHOWN = 24


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMinimumHeight(150)
    return view


class MemberDuesSection(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self._member_id: int | None = None
        self._queries = DuesQueries(context.db, context.actor)
        self.months = AccountMonthsModel(self)
        self.payments = PaymentsModel(self)
        title = QLabel(self.tr("Dues account"))
        title.setStyleSheet("font-weight: bold;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setWordWrap(True)
        self.months_view = _table(self.months)
        self.payments_view = _table(self.payments)
        can_write = context.actor.can(Permission.FUNDS_WRITE)
        buttons = QHBoxLayout()
        self.pay_button = QPushButton(self.tr("Record payment…"))
        self.wage_button = QPushButton(self.tr("Wage base…"))
        self.reverse_button = QPushButton(self.tr("Correct payment…"))
        self.receipt_button = QPushButton(self.tr("Receipt…"))
        self.statement_button = QPushButton(self.tr("Yearly statement…"))
        for button in (self.pay_button, self.wage_button, self.reverse_button):
            button.setEnabled(can_write)
            buttons.addWidget(button)
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.statement_button)
        buttons.addStretch(1)
        self.pay_button.clicked.connect(self.record_payment)
        self.wage_button.clicked.connect(self.edit_wages)
        self.reverse_button.clicked.connect(self.reverse_selected)
        self.receipt_button.clicked.connect(self.print_receipt)
        self.statement_button.clicked.connect(self.print_statement)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addWidget(self.months_view)
        layout.addWidget(QLabel(self.tr("Payments")))
        layout.addWidget(self.payments_view)
        layout.addLayout(buttons)
        self._signals = ChangeSignals(context.db.changes, self)
        self._signals.changed.connect(self._on_change)
        self.setVisible(False)

    def _on_change(self, change) -> None:
        if change.kind == KIND and self._member_id is not None and (not change.ids or self._member_id in change.ids):
            self.show_member(self._member_id)
        elif change.kind == "member" and self._member_id in change.ids:
            self.show_member(self._member_id)

    def show_member(self, member_id: int | None) -> None:
        self._member_id = member_id
        if member_id is None:
            self.setVisible(False)
            return
        current = self._queries.current
        account = self._queries.account(member_id, Period.from_index(current.index - MONTHS_SHOWN + 1), current)
        if account is None:
            self.setVisible(False)
            return
        self.months.set_rows(list(reversed(account.months)))
        self.payments.set_rows(list(reversed(self._queries.payments(member_id))))
        wage = account.wages[-1] if account.wages else None
        wage_text = (self.tr("dues base {base} from {date}").format(base=format_yuan(wage.base),
                                                                      date=wage.effective_from.isoformat())
                     if wage else self.tr("no wage base on record"))
        self.summary.setText(self.tr("Last {months} months: owed {owed}, paid {paid}, balance {balance} yuan; {wage}.")
                             .format(months=MONTHS_SHOWN, owed=format_yuan(account.owed),
                                     paid=format_yuan(account.paid), balance=format_yuan(account.balance),
                                     wage=wage_text))
        streak = 0
        for month in reversed(account.months[:-1]):  # up to last month: this month is due, not overdue
            if month.owed > 0 and month.paid <= 0:
                streak += 1
            elif month.owed > 0:
                break
        self.warning.setText(self.tr(
            "{months} months in a row with no dues paid: under the deemed-withdrawal rule the union committee "
            "should contact this member. Nothing is changed automatically.").format(months=streak)
            if streak >= WARNING_MONTHS else "")
        self.warning.setVisible(streak >= WARNING_MONTHS)
        self.setVisible(True)

    # -- actions --------------------------------------------------------------------------------

    def _selected_payment(self):
        index = self.payments_view.currentIndex()
        return self.payments.row_value(index.row()) if index.isValid() else None

    def record_payment(self) -> None:
        from desktop.views.dues.dialogs import PaymentDialog

        if self._member_id is None:
            return
        dialog = PaymentDialog(self._context, self._member_id, self)
        if dialog.exec() and dialog.result_value and dialog.result_value.receipt_no:
            self._preview_receipt(dialog.result_value.payment_ids[0])

    def edit_wages(self) -> None:
        from desktop.views.dues.dialogs import WageDialog

        if self._member_id is not None:
            WageDialog(self._context, self._member_id, self).exec()

    def reverse_selected(self) -> None:
        payment = self._selected_payment()
        if payment is None:
            QMessageBox.information(self, self.tr("Correct payment"), self.tr("Select a payment line first."))
            return
        question = self.tr("Reverse payment no. {id} ({amount} yuan for {period})?").format(
            id=payment.id, amount=format_yuan(payment.amount), period=str(payment.period))
        if payment.receipt_no:
            question += "\n" + self.tr("Its receipt {number} is voided with every month on it; the receipt stays in "
                                       "the numbered sequence, marked void.").format(number=payment.receipt_no)
        reason, ok = QInputDialog.getText(self, self.tr("Correct payment"), question + "\n\n" + self.tr("Reason:"))
        if not ok:
            return
        try:
            DuesService(self._context.db, self._context.actor).reverse_payment(payment.id, reason, dt.date.today())
        except UserError as error:
            QMessageBox.warning(self, self.tr("Correct payment"), user_error_text(error))

    def print_receipt(self) -> None:
        payment = self._selected_payment()
        if payment is None or not payment.receipt_no:
            QMessageBox.information(self, self.tr("Receipt"),
                                    self.tr("Select a payment that has a receipt (cash or transfer)."))
            return
        self._preview_receipt(payment.id)

    def _preview_receipt(self, payment_id: int) -> None:
        from desktop.documents.dues.contents import receipt_for_payment
        from desktop.views.paper.preview_dialog import PreviewDialog

        try:
            pdf = receipt_for_payment(self._context.db, self._context.actor, payment_id)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Receipt"), user_error_text(error))
            return
        PreviewDialog(pdf, QCoreApplication.translate("MemberDuesSection", "Receipt"), "会费收据.pdf", self).exec()

    def print_statement(self) -> None:
        from desktop.documents.dues.contents import statement_for
        from desktop.views.paper.preview_dialog import PreviewDialog

        if self._member_id is None:
            return
        year, ok = QInputDialog.getInt(self, self.tr("Yearly statement"), self.tr("Year:"), dt.date.today().year,
                                       1990, 2100)
        if not ok:
            return
        try:
            pdf = statement_for(self._context.db, self._context.actor, self._member_id, year)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Yearly statement"), user_error_text(error))
            return
        PreviewDialog(pdf, self.tr("Dues statement {year}").format(year=year), f"会费缴纳明细{year}.pdf", self).exec()

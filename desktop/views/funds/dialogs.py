"""The funds pane's dialogs: an income or spending entry, the month's 2% allocation, a reversing
entry, closing a month, a budget figure, the opening balance, a category's name. Each calls the
funds service and shows a refused change on its red error line; nothing is saved half."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit, QSpinBox,
)

from desktop.domain.funds.categories import DUES_INCOME, EMPLOYER_ALLOCATION, Category, has_children
from desktop.domain.funds.queries import EntryDetail
from desktop.domain.funds.inputs import EntryInput
from desktop.domain.funds.service import FundsService, proposed_allocation
from desktop.domain.money import format_yuan, parse_yuan
from desktop.messages import UserError
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text


def _date_edit(value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _amount(text: str, allow_negative: bool = False) -> Decimal | None:
    return parse_yuan(text, allow_negative) if text.strip() else None


class EntryDialog(QDialog):
    """Add or change one income or spending line (categories of that kind, sub-items only)."""

    def __init__(self, service: FundsService, kind: str, categories: list[Category], language: str,
                 activities: list[tuple[int, str]], today: dt.date, detail: EntryDetail | None = None,
                 parent=None, find_case=None):
        super().__init__(parent)
        self._service, self._detail = service, detail
        self._find_case = find_case or (lambda text: int(text) if text.isdigit() else None)
        self.entry_id: int | None = detail.id if detail else None
        income = kind == "income"
        if detail:
            self.setWindowTitle(self.tr("Change entry no. {id}").format(id=detail.id))
        else:
            self.setWindowTitle(self.tr("Record income") if income else self.tr("Record spending"))
        self.date = _date_edit(detail.entry_date if detail else today)
        self.category = QComboBox()
        allocation = bool(detail and detail.allocation_month)
        for c in categories:
            if c.kind != kind or (c.code in (DUES_INCOME, EMPLOYER_ALLOCATION) and not allocation):
                continue
            leaf = not has_children(categories, c.code)
            self.category.addItem(("    " if c.parent else "") + f"{c.code} {c.label(language)}", c.code)
            if not leaf:  # a class with sub-items is a heading, not a choice
                item = self.category.model().item(self.category.count() - 1)
                item.setEnabled(False)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("yuan, e.g. 1200.50"))
        self.counterparty = QLineEdit()
        self.counterparty.setMaxLength(100)
        self.voucher = QLineEdit()
        self.voucher.setMaxLength(30)
        self.note = QLineEdit()
        self.activity = QComboBox()
        self.activity.addItem(self.tr("(none)"), None)
        for activity_id, title in activities:
            self.activity.addItem(f"{activity_id} {title}", activity_id)
        self.aid_case = QLineEdit()
        self.aid_case.setPlaceholderText(self.tr("file no., if this line belongs to an aid case"))
        if detail:
            self._select(self.category, detail.category_code)
            self.amount.setText(format_yuan(detail.amount, grouping=False))
            self.counterparty.setText(detail.counterparty)
            self.voucher.setText(detail.voucher_no)
            self.note.setText(detail.note)
            self._select(self.activity, detail.activity_id)
            self.aid_case.setText(str(detail.aid_case_id) if detail.aid_case_id else "")
        else:
            first = next((i for i in range(self.category.count())
                          if self.category.model().item(i).isEnabled()), 0)
            self.category.setCurrentIndex(first)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Amount (yuan)"), self.amount)
        form.addRow(self.tr("Counterparty"), self.counterparty)
        form.addRow(self.tr("Voucher no."), self.voucher)
        form.addRow(self.tr("Description"), self.note)
        form.addRow(self.tr("Activity"), self.activity)
        form.addRow(self.tr("Aid case"), self.aid_case)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)
        self.resize(460, self.sizeHint().height())

    @staticmethod
    def _select(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def save(self) -> None:
        try:
            case_text = self.aid_case.text().strip()
            case_id = self._find_case(case_text) if case_text else None
            if case_text and case_id is None:
                self.error.setText(self.tr("There is no aid case {number}. Type the file number shown in "
                                           "Hardship aid (e.g. BF2025-003).").format(number=case_text))
                return
            data = EntryInput(self.date.date().toPython(), self.category.currentData() or "",
                              _amount(self.amount.text()), self.counterparty.text(), self.voucher.text(),
                              self.note.text(), self.activity.currentData(), case_id)
            if self.entry_id is None:
                self.entry_id = self._service.add_entry(data)
            else:
                self._service.update_entry(self.entry_id, data, self._detail.version if self._detail else None)
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class AllocationDialog(QDialog):
    """The employer's 2% allocation of one month: type the month's total payroll, 2% is proposed,
    the amount actually received can be changed."""

    def __init__(self, service: FundsService, today: dt.date, parent=None):
        super().__init__(parent)
        self._service = service
        self.entry_id: int | None = None
        self.setWindowTitle(self.tr("Employer's 2% allocation"))
        previous = (today.replace(day=1) - dt.timedelta(days=1))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(previous.year)
        self.month = QSpinBox()
        self.month.setRange(1, 12)
        self.month.setValue(previous.month)
        self.payroll = QLineEdit()
        self.payroll.setPlaceholderText(self.tr("the month's total payroll, yuan"))
        self.amount = QLineEdit()
        self.proposal = QLabel()
        self.date = _date_edit(today)
        self.voucher = QLineEdit()
        self.voucher.setMaxLength(30)
        self.counterparty = QLineEdit()
        self.note = QLineEdit()
        self.payroll.textEdited.connect(self._propose)
        form = QFormLayout()
        form.addRow(self.tr("Year"), self.year)
        form.addRow(self.tr("Month"), self.month)
        form.addRow(self.tr("Total payroll (yuan)"), self.payroll)
        form.addRow("", self.proposal)
        form.addRow(self.tr("Amount received (yuan)"), self.amount)
        form.addRow(self.tr("Date received"), self.date)
        form.addRow(self.tr("Paid by"), self.counterparty)
        form.addRow(self.tr("Voucher no."), self.voucher)
        form.addRow(self.tr("Description"), self.note)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)

    def _propose(self) -> None:
        try:
            payroll = _amount(self.payroll.text())
        except UserError:
            self.proposal.setText("")
            return
        if payroll is None:
            self.proposal.setText("")
            return
        proposed = proposed_allocation(payroll)
        self.proposal.setText(self.tr("2% of the payroll: {amount} yuan").format(amount=format_yuan(proposed)))
        self.amount.setText(format_yuan(proposed, grouping=False))

    def save(self) -> None:
        try:
            year, month = self.year.value(), self.month.value()
            note = self.note.text().strip() or f"{year}年{month}月工会经费拨缴"
            self.entry_id = self._service.record_allocation(
                year, month, _amount(self.payroll.text()), _amount(self.amount.text()),
                self.date.date().toPython(), self.voucher.text(), note, self.counterparty.text())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class ReverseDialog(QDialog):
    """A reversing entry: the negative of the chosen line, in an open month, with the reason."""

    def __init__(self, service: FundsService, entry_id: int, summary: str, today: dt.date, parent=None):
        super().__init__(parent)
        self._service, self._entry_id = service, entry_id
        self.reversal_id: int | None = None
        self.setWindowTitle(self.tr("Reverse entry no. {id}").format(id=entry_id))
        explanation = QLabel(self.tr(
            "A new entry with the opposite amount is recorded on the date below and linked to the original; "
            "the original stays as it is. Record the correct line afterwards if needed.\n\n{line}").format(line=summary))
        explanation.setWordWrap(True)
        self.date = _date_edit(today)
        self.reason = QLineEdit()
        self.voucher = QLineEdit()
        self.voucher.setMaxLength(30)
        form = QFormLayout()
        form.addRow(explanation)
        form.addRow(self.tr("Date of the reversal"), self.date)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Voucher no."), self.voucher)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)
        self.resize(480, self.sizeHint().height())

    def save(self) -> None:
        try:
            self.reversal_id = self._service.reverse_entry(self._entry_id, self.date.date().toPython(),
                                                           self.reason.text(), self.voucher.text())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class CloseMonthDialog(QDialog):
    """Choose a month that is over and not yet closed; closing cannot be undone here."""

    def __init__(self, service: FundsService, months: list[tuple[int, int]], parent=None):
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Close a month"))
        self.month = QComboBox()
        for year, month in months:
            self.month.addItem(f"{year}-{month:02d}", (year, month))
        warning = QLabel(self.tr(
            "After closing, lines dated in that month can no longer be changed or deleted (also dues, "
            "activity expenses and aid payments). Mistakes are then corrected with a reversing entry in "
            "an open month. Earlier months still open are closed with it: books are closed in order."))
        warning.setWordWrap(True)
        form = QFormLayout()
        form.addRow(warning)
        form.addRow(self.tr("Month"), self.month)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)
        self.resize(440, self.sizeHint().height())

    def save(self) -> None:
        if self.month.currentData() is None:
            self.error.setText(self.tr("Every month that is over is closed already."))
            return
        try:
            self._service.close_month(*self.month.currentData())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class AmountDialog(QDialog):
    """One amount for a budget or the opening balance; empty clears it."""

    def __init__(self, title: str, caption: str, explanation: str, value: Decimal | None, save, parent=None,
                 allow_negative: bool = False):
        super().__init__(parent)
        self._save, self._allow_negative = save, allow_negative
        self.setWindowTitle(title)
        self.amount = QLineEdit(format_yuan(value, grouping=False) if value is not None else "")
        note = QLabel(explanation)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(note)
        form.addRow(caption, self.amount)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.accept_amount)

    def accept_amount(self) -> None:
        try:
            self._save(_amount(self.amount.text(), self._allow_negative))
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class CategoryDialog(QDialog):
    """A sub-item's names (adding under a class) or a category's new names (renaming)."""

    def __init__(self, title: str, zh: str, en: str, save, parent=None):
        super().__init__(parent)
        self._save = save
        self.setWindowTitle(title)
        self.zh = QLineEdit(zh)
        self.zh.setMaxLength(60)
        self.en = QLineEdit(en)
        self.en.setMaxLength(60)
        form = QFormLayout()
        form.addRow(self.tr("Name (Chinese)"), self.zh)
        form.addRow(self.tr("Name (English)"), self.en)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.accept_names)
        self.resize(400, self.sizeHint().height())

    def accept_names(self) -> None:
        try:
            self._save(self.zh.text(), self.en.text())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()

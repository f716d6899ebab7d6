"""Smaller dialogs of the aid pane: a workflow step, reopening, a payment, a payment batch, the
settings (低保 lines with their dates, retention and reminder periods) and the purge report."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from desktop.domain.aid import codes, workflow
from desktop.domain.aid.inputs import PaymentInput
from desktop.domain.aid.queries import AidQueries, CaseDetail
from desktop.domain.aid.service import AidService
from desktop.domain.aid.service_base import category_for
from desktop.domain.aid.settings import AidSettingsService
from desktop.domain.funds.categories import spending_choices
from desktop.domain.money import format_yuan, parse_yuan
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.aid.widgets import AidCodeCombo, YuanEdit
from desktop.views.context import AppContext
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text


def _date_edit(value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(calendarPopup=True, displayFormat="yyyy-MM-dd")
    edit.setDate(QDate(value) if value else QDate.currentDate())
    return edit


class StepDialog(QDialog):
    """Record the next workflow step; choosing a later step asks for the reason to skip."""

    def __init__(self, context: AppContext, detail: CaseDetail, parent=None):
        super().__init__(parent)
        self._context, self._detail = context, detail
        self.setWindowTitle(self.tr("Record a step — {case_no}").format(case_no=detail.case_no))
        self.step = QComboBox()
        first = detail.next_steps[0] if detail.next_steps else None
        later = [] if first is None or first in (workflow.FOLLOW_UP,) else \
            [s for s in workflow.STEPS[workflow.STEPS.index(first) + 1:]
             if s not in detail.next_steps and s != workflow.FOLLOW_UP]
        for step in [*detail.next_steps, *later]:
            self.step.addItem(message_text(workflow.STEP_LABELS[step]), step)
        self.decision = QComboBox()
        self.on = _date_edit()
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(80)
        self.skip_label = QLabel(self.tr("Reason to skip the steps before it"))
        self.skip_reason = QLineEdit()
        self.next_label = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Step"), self.step)
        form.addRow("", self.next_label)
        form.addRow(self.tr("Decision"), self.decision)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Opinion / reason"), self.reason)
        form.addRow(self.skip_label, self.skip_reason)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)
        self.step.currentIndexChanged.connect(self._step_changed)
        self._step_changed()

    def _step_changed(self) -> None:
        step = self.step.currentData()
        self.decision.clear()
        for decision in workflow.STEP_DECISIONS.get(step, ()):
            self.decision.addItem(message_text(workflow.DECISION_LABELS[decision]), decision)
        skipping = step is not None and step not in self._detail.next_steps
        self.skip_label.setVisible(skipping)
        self.skip_reason.setVisible(skipping)
        self.next_label.setText(self.tr("Skips steps: this is recorded as a decision with its reason.")
                                if skipping else "")

    def save(self) -> None:
        try:
            AidService(self._context.db, self._context.actor).record_step(
                self._detail.id, self.step.currentData(), self.decision.currentData(), self.reason.toPlainText(),
                self.on.date().toPython(), self.skip_reason.text() if self.skip_reason.isVisible() else "")
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class ReopenDialog(QDialog):
    def __init__(self, context: AppContext, detail: CaseDetail, parent=None):
        super().__init__(parent)
        self._context, self._detail = context, detail
        self.setWindowTitle(self.tr("Reopen {case_no}").format(case_no=detail.case_no))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why was the case closed by mistake?"))
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)

    def save(self) -> None:
        try:
            AidService(self._context.db, self._context.actor).reopen(self._detail.id, self.reason.toPlainText())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class PaymentDialog(QDialog):
    """One payment of an approved case."""

    def __init__(self, context: AppContext, detail: CaseDetail, parent=None):
        super().__init__(parent)
        self._context, self._detail = context, detail
        language = context.language
        self.setWindowTitle(self.tr("Payment — {case_no} {name}").format(case_no=detail.case_no, name=detail.name))
        self.amount = YuanEdit()
        self.paid_on = _date_edit()
        self.form = AidCodeCombo(codes.PAYMENT_FORM, language, allow_empty=False)
        self.aid_type = AidCodeCombo(codes.AID_TYPE, language, allow_empty=False)
        granted = codes.split_codes(detail.values["aid_granted"] or detail.values["aid_requested"])
        if granted:
            self.aid_type.set_value(granted[0])
        self.category = QComboBox()
        for entry in spending_choices(context.db):
            if len(entry.code) == 5:
                self.category.addItem(f"{entry.code} {entry.label(language)}", entry.code)
        self.aid_type.currentIndexChanged.connect(self._default_category)
        self._default_category()
        self.items = QLineEdit()
        self.items.setPlaceholderText(self.tr("e.g. 米 2 袋、油 1 桶; or the purpose"))
        self.recipient = QLineEdit(detail.name)
        form = QFormLayout()
        form.addRow(self.tr("Amount (yuan)"), self.amount)
        form.addRow(self.tr("Date"), self.paid_on)
        form.addRow(self.tr("Aid type"), self.aid_type)
        form.addRow(self.tr("Form"), self.form)
        form.addRow(self.tr("What was given"), self.items)
        form.addRow(self.tr("Recipient"), self.recipient)
        form.addRow(self.tr("Accounts category"), self.category)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)

    def _default_category(self) -> None:
        index = self.category.findData(category_for(self.aid_type.value()))
        if index >= 0:
            self.category.setCurrentIndex(index)

    def save(self) -> None:
        try:
            AidService(self._context.db, self._context.actor).add_payment(PaymentInput(
                self._detail.id, self.amount.value(), self.paid_on.date().toPython(), self.form.value(),
                self.aid_type.value(), self.items.text(), self.recipient.text(), self.category.currentData() or ""))
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class BatchDialog(QDialog):
    """A payment batch: the approved open cases, an amount for each one to include."""

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.batch_id: int | None = None
        language = context.language
        self.setWindowTitle(self.tr("New payment batch"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. 2026年春节送温暖"))
        self.paid_on = _date_edit()
        self.handler = QLineEdit(context.actor.display_name)
        self.aid_type = AidCodeCombo(codes.AID_TYPE, language, allow_empty=False)
        self.aid_type.set_value("warmth")
        self.form = AidCodeCombo(codes.PAYMENT_FORM, language, allow_empty=False)
        self.items = QLineEdit()
        self.cases = AidQueries(context.db, context.actor).payable_cases()
        self.table = QTableWidget(len(self.cases), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Case no."), self.tr("Name"), self.tr("Tier"),
                                              self.tr("Amount (yuan)")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        for row, case in enumerate(self.cases):
            for column, text in enumerate((case.case_no, case.name, codes.aid_label(codes.TIER, case.tier, language))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                self.table.setItem(row, column, item)
            self.table.setItem(row, 3, QTableWidgetItem(""))
        fill = QPushButton(self.tr("Same amount for all"))
        self.same_amount = YuanEdit()
        fill.clicked.connect(self._fill)
        same = QHBoxLayout()
        same.addWidget(self.same_amount)
        same.addWidget(fill)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Date"), self.paid_on)
        form.addRow(self.tr("Handler (经办人)"), self.handler)
        form.addRow(self.tr("Aid type"), self.aid_type)
        form.addRow(self.tr("Form"), self.form)
        form.addRow(self.tr("What was given"), self.items)
        form.addRow(self.tr("Approved cases"), same)
        form.addRow(QLabel(self.tr("Cases left without an amount are not in this batch.")))
        form.addRow(self.table)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)
        self.resize(700, 560)

    def _fill(self) -> None:
        text = self.same_amount.text()
        for row in range(self.table.rowCount()):
            self.table.item(row, 3).setText(text)

    def save(self) -> None:
        lines = []
        try:
            for row, case in enumerate(self.cases):
                text = self.table.item(row, 3).text().strip()
                if not text:
                    continue
                try:
                    amount = parse_yuan(text)
                except UserError as error:
                    self.error.setText(self.tr("{case_no}: {problem}").format(
                        case_no=case.case_no, problem=message_text(error.message)))
                    return
                lines.append(PaymentInput(case.id, amount, self.paid_on.date().toPython(), self.form.value(),
                                          self.aid_type.value(), self.items.text()))
            self.batch_id = AidService(self._context.db, self._context.actor).create_batch(
                self.title.text(), self.paid_on.date().toPython(), self.handler.text(), lines)
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class AidSettingsDialog(QDialog):
    """The 低保 lines with the day each applies from, and the periods."""

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self._service = AidSettingsService(context.db, context.actor)
        self.setWindowTitle(self.tr("Aid settings"))
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels([self.tr("From"), self.tr("Yuan / person / month"),
                                              self.tr("Note")])
        self.lines.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.lines.setEditTriggers(QTableWidget.NoEditTriggers)
        self.new_from = _date_edit()
        self.new_amount = YuanEdit()
        self.new_note = QLineEdit()
        add = QPushButton(self.tr("Add line"))
        add.clicked.connect(self._add_line)
        remove = QPushButton(self.tr("Remove selected line"))
        remove.clicked.connect(self._remove_line)
        new_row = QHBoxLayout()
        for widget in (self.new_from, self.new_amount, self.new_note, add):
            new_row.addWidget(widget)
        self.retention = QSpinBox(minimum=1, maximum=30, suffix=self.tr(" years"))
        self.publicity = QSpinBox(minimum=1, maximum=30, suffix=self.tr(" days"))
        self.follow_up = QSpinBox(minimum=1, maximum=24, suffix=self.tr(" months"))
        self.review = QSpinBox(minimum=0, maximum=120, suffix=self.tr(" days"))
        form = QFormLayout()
        form.addRow(self.tr("Minimum-living lines (低保标准)"), self.lines)
        form.addRow(self.tr("New line"), new_row)
        form.addRow("", remove)
        form.addRow(self.tr("Keep closed cases for"), self.retention)
        form.addRow(self.tr("Public notice lasts"), self.publicity)
        form.addRow(self.tr("Follow-up call after closing"), self.follow_up)
        form.addRow(self.tr("Show yearly reviews due within"), self.review)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)
        self._load()
        self.resize(640, 480)

    def _load(self) -> None:
        settings = self._service.read()
        self.lines.setRowCount(len(settings.lines))
        for row, line in enumerate(settings.lines):
            for column, text in enumerate((line.effective_from.isoformat(), format_yuan(line.monthly_amount), line.note)):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, line.id)
                self.lines.setItem(row, column, item)
        self.retention.setValue(settings.retention_years)
        self.publicity.setValue(settings.publicity_days)
        self.follow_up.setValue(settings.follow_up_months)
        self.review.setValue(settings.review_warning_days)

    def _add_line(self) -> None:
        try:
            self._service.add_line(self.new_from.date().toPython(), self.new_amount.value(), self.new_note.text())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.error.clear()
        self._load()

    def _remove_line(self) -> None:
        item = self.lines.item(self.lines.currentRow(), 0)
        if item is None:
            return
        try:
            self._service.remove_line(item.data(Qt.UserRole))
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self._load()

    def save(self) -> None:
        try:
            self._service.set_numbers(retention_years=self.retention.value(), publicity_days=self.publicity.value(),
                                      follow_up_months=self.follow_up.value(),
                                      review_warning_days=self.review.value())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class TextReportDialog(QDialog):
    """A read-only report (the purge's list of what was removed)."""

    def __init__(self, title: str, text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        box = QDialogButtonBox(QDialogButtonBox.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(box)
        self.resize(640, 360)

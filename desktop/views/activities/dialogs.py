"""The small forms of the activities pane: the plan, a spending line, a competition result, a
condolence visit. Each calls the service and shows what it refuses under the form; nothing is saved
half. Adding participants is in participants_dialog.py, the type table and the visit ceilings in
settings_dialogs.py."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit, QSpinBox, QTimeEdit, QWidget,
)

from desktop.domain.activities.queries import ActivityQueries
from desktop.domain.activities.service import ActivityService
from desktop.domain.activities.visits import CeilingExceeded
from desktop.domain.activities.inputs import (
    REASON_LABELS, STATUS_LABELS, ActivityInput, ActivityStatus, ExpenseInput, ResultInput, VisitInput,
    VisitReason,
)
from desktop.domain.money import format_yuan, parse_yuan
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.activities.member_picker import MemberPicker
from desktop.views.widgets.fields import OptionalDateEdit
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text


def _date_edit(value: dt.date | None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value or dt.date.today()))
    return edit


def amount_text(value: Decimal | None) -> str:
    return format_yuan(value, grouping=False) if value is not None else ""


def category_combo(choices: list, language: str, selected: str | None) -> QComboBox:
    """The union's spending categories (sub-items indented under their class)."""
    combo = QComboBox()
    for entry in choices:
        indent = "    " if len(entry.code) > 3 else ""
        combo.addItem(f"{indent}{entry.code} {entry.label(language)}", entry.code)
    combo.setCurrentIndex(max(combo.findData(selected), 0) if selected else 0)
    return combo


class _OptionalTime(QWidget):
    """A time that may be left out (all-day activities)."""

    def __init__(self, value: dt.time | None, parent=None):
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.time = QTimeEdit()
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(QTime(value.hour, value.minute) if value else QTime(9, 0))
        self.enabled.setChecked(value is not None)
        self.time.setEnabled(value is not None)
        self.enabled.toggled.connect(self.time.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.time, 1)

    def value(self) -> dt.time | None:
        return self.time.time().toPython() if self.enabled.isChecked() else None


class ActivityDialog(QDialog):
    def __init__(self, service: ActivityService, queries: ActivityQueries, language: str,
                 activity_id: int | None = None, initial: ActivityInput | None = None, parent=None,
                 version: int | None = None):
        super().__init__(parent)
        self._service = service
        self._activity_id = activity_id
        self._version = version  # the version loaded: a save over a newer one is refused
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New activity") if activity_id is None else self.tr("Edit activity"))
        data = initial or ActivityInput(starts_on=dt.date.today())
        self.title = QLineEdit(data.title)
        self.title.setPlaceholderText(self.tr("e.g. 2026年职工羽毛球赛"))
        self.type = QComboBox()
        for kind in queries.types():
            self.type.addItem(kind.label(language), kind.code)
        self.type.setCurrentIndex(max(self.type.findData(data.type_code), 0))
        self.starts_on = _date_edit(data.starts_on)
        self.start_time = _OptionalTime(data.start_time)
        self.ends_on = OptionalDateEdit()
        self.ends_on.set_value(data.ends_on)
        self.end_time = _OptionalTime(data.end_time)
        self.place = QLineEdit(data.place)
        self.organizer = QLineEdit(data.organizer)
        self.description = QPlainTextEdit(data.description)
        self.description.setMaximumHeight(90)
        self.budget = QLineEdit(amount_text(data.budget))
        self.budget.setPlaceholderText(self.tr("yuan, e.g. 3000"))
        self.capacity = QSpinBox()
        self.capacity.setRange(0, 100000)
        self.capacity.setSpecialValueText(self.tr("No limit"))
        self.capacity.setValue(data.capacity or 0)
        self.status = QComboBox()
        for status in ActivityStatus:
            self.status.addItem(message_text(STATUS_LABELS[status]), status)
        self.status.setCurrentIndex(self.status.findData(data.status))
        form = QFormLayout()
        form.addRow(self.tr("Title *"), self.title)
        form.addRow(self.tr("Type"), self.type)
        form.addRow(self.tr("Starts on *"), self.starts_on)
        form.addRow(self.tr("Start time"), self.start_time)
        form.addRow(self.tr("Ends on"), self.ends_on)
        form.addRow(self.tr("End time"), self.end_time)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Organizer"), self.organizer)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Budget (yuan)"), self.budget)
        form.addRow(self.tr("Capacity"), self.capacity)
        form.addRow(self.tr("Status"), self.status)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)
        self.resize(520, 560)

    def value(self) -> ActivityInput:
        budget = parse_yuan(self.budget.text()) if self.budget.text().strip() else None
        return ActivityInput(
            title=self.title.text(), type_code=self.type.currentData(), starts_on=self.starts_on.date().toPython(),
            start_time=self.start_time.value(), ends_on=self.ends_on.value(), end_time=self.end_time.value(),
            place=self.place.text(), organizer=self.organizer.text(), description=self.description.toPlainText(),
            budget=budget, status=self.status.currentData(), capacity=self.capacity.value() or None)

    def save(self) -> None:
        try:
            data = self.value()
            if self._activity_id is None:
                self.saved_id = self._service.create(data)
            else:
                self._service.update(self._activity_id, data, self._version)
                self.saved_id = self._activity_id
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class ExpenseDialog(QDialog):
    def __init__(self, service: ActivityService, queries: ActivityQueries, language: str, activity_id: int,
                 default_category: str,
                 expense_id: int | None = None, initial: ExpenseInput | None = None, parent=None):
        super().__init__(parent)
        self._service = service
        self._activity_id = activity_id
        self._expense_id = expense_id
        self.setWindowTitle(self.tr("Spending line"))
        data = initial or ExpenseInput(default_category, None, dt.date.today())
        self.category = category_combo(queries.spending_categories(), language,
                                       data.category_code or default_category)
        self.amount = QLineEdit(amount_text(data.amount))
        self.amount.setPlaceholderText(self.tr("yuan, e.g. 1280.50"))
        self.spent_on = _date_edit(data.spent_on)
        self.invoice_no = QLineEdit(data.invoice_no)
        self.payee = QLineEdit(data.payee)
        self.note = QLineEdit(data.note)
        form = QFormLayout()
        form.addRow(self.tr("Category *"), self.category)
        form.addRow(self.tr("Amount (yuan) *"), self.amount)
        form.addRow(self.tr("Date *"), self.spent_on)
        form.addRow(self.tr("Invoice no."), self.invoice_no)
        form.addRow(self.tr("Payee"), self.payee)
        form.addRow(self.tr("Note"), self.note)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)
        self.resize(460, 300)

    def save(self) -> None:
        try:
            data = ExpenseInput(self.category.currentData(), parse_yuan(self.amount.text()),
                                self.spent_on.date().toPython(), self.invoice_no.text(), self.payee.text(),
                                self.note.text())
            if self._expense_id is None:
                self._service.add_expense(self._activity_id, data)
            else:
                self._service.update_expense(self._expense_id, data)
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class ResultDialog(QDialog):
    def __init__(self, service: ActivityService, queries: ActivityQueries, activity_id: int,
                 result_id: int | None = None, initial: ResultInput | None = None, initial_name: str = "",
                 parent=None):
        super().__init__(parent)
        self._service, self._activity_id, self._result_id = service, activity_id, result_id
        self.setWindowTitle(self.tr("Competition result"))
        data = initial or ResultInput()
        self.by_team = QCheckBox(self.tr("A team's result (no single member)"))
        self.picker = MemberPicker(queries)
        self.picker.setMinimumHeight(150)
        if data.member_id is not None:
            self.picker.preset(data.member_id, initial_name)
        self.team = QLineEdit(data.team_name)
        self.rank = QSpinBox()
        self.rank.setRange(0, 10000)
        self.rank.setSpecialValueText(self.tr("none"))
        self.rank.setValue(data.rank or 0)
        self.score = QLineEdit(data.score)
        self.award = QLineEdit(data.award)
        self.award.setPlaceholderText(self.tr("e.g. 一等奖"))
        self.note = QLineEdit(data.note)
        self.by_team.setChecked(data.member_id is None and bool(data.team_name))
        self.by_team.toggled.connect(self.picker.setDisabled)
        self.picker.setDisabled(self.by_team.isChecked())
        form = QFormLayout()
        form.addRow(self.by_team)
        form.addRow(self.tr("Member"), self.picker)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Rank"), self.rank)
        form.addRow(self.tr("Score"), self.score)
        form.addRow(self.tr("Award"), self.award)
        form.addRow(self.tr("Note"), self.note)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)
        self.resize(480, 520)

    def save(self) -> None:
        chosen = [] if self.by_team.isChecked() else self.picker.chosen()
        data = ResultInput(chosen[0] if chosen else None, self.team.text(), self.rank.value() or None,
                           self.score.text(), self.award.text(), self.note.text())
        try:
            self._service.save_result(self._activity_id, data, self._result_id)
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class VisitDialog(QDialog):
    """A condolence visit; the yearly ceiling is checked as the values change and once more on
    saving (a visit over it is recorded only when the user confirms)."""

    def __init__(self, service: ActivityService, queries: ActivityQueries, activity_id: int,
                 visit_id: int | None = None, initial: VisitInput | None = None, initial_name: str = "",
                 parent=None):
        super().__init__(parent)
        self._service, self._activity_id, self._visit_id = service, activity_id, visit_id
        self.setWindowTitle(self.tr("Condolence visit"))
        data = initial or VisitInput(visited_on=dt.date.today())
        self.picker = MemberPicker(queries)
        self.picker.setMinimumHeight(150)
        if data.member_id is not None:
            self.picker.preset(data.member_id, initial_name)
        self.reason = QComboBox()
        for reason in VisitReason:
            self.reason.addItem(message_text(REASON_LABELS[reason]), reason)
        self.reason.setCurrentIndex(self.reason.findData(data.reason))
        self.visited_on = _date_edit(data.visited_on)
        self.amount = QLineEdit(amount_text(data.amount) if data.amount else "")
        self.amount.setPlaceholderText(self.tr("cash, or the value of the gift (yuan)"))
        self.gift = QLineEdit(data.gift)
        self.gift.setPlaceholderText(self.tr("e.g. 慰问品：米、油"))
        self.note = QLineEdit(data.note)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5300; background: #fff4ce; padding: 4px;")
        self.warning.hide()
        form = QFormLayout()
        form.addRow(self.tr("Member visited *"), self.picker)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Date *"), self.visited_on)
        form.addRow(self.tr("Amount (yuan)"), self.amount)
        form.addRow(self.tr("Gift"), self.gift)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.warning)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)
        for signal in (self.reason.currentIndexChanged, self.visited_on.dateChanged, self.amount.textChanged,
                       self.picker.matches.currentRowChanged):
            signal.connect(lambda *_: self.check_ceiling())
        self.resize(500, 560)

    def value(self) -> VisitInput:
        chosen = self.picker.chosen()
        amount = parse_yuan(self.amount.text()) if self.amount.text().strip() else Decimal("0.00")
        return VisitInput(chosen[0] if chosen else None, self.reason.currentData(),
                          self.visited_on.date().toPython(), amount, self.gift.text(), self.note.text())

    def check_ceiling(self) -> None:
        try:
            warning = self._service.ceiling_warning(self.value(), self._visit_id)
        except UserError:
            warning = None
        self.warning.setVisible(warning is not None)
        if warning is not None:
            self.warning.setText(message_text(warning))

    def save(self) -> None:
        try:
            data = self.value()
            try:
                self._service.save_visit(self._activity_id, data, self._visit_id)
            except CeilingExceeded as over:
                answer = QMessageBox.question(
                    self, self.windowTitle(), message_text(over.message) + "\n\n" + self.tr("Record it anyway?"))
                if answer != QMessageBox.StandardButton.Yes:
                    return
                self._service.save_visit(self._activity_id, data, self._visit_id, over_ceiling_ok=True)
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()



"""The small forms of the activities pane: the plan, a spending line, a competition result, a
condolence visit, adding participants, the type table and the yearly visit ceilings. Each calls the
service and shows what it refuses under the form; nothing is saved half."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QTime, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QTabWidget,
    QTimeEdit, QVBoxLayout, QWidget,
)

from desktop.domain.activities.queries import ActivityQueries
from desktop.domain.activities.participants import SignUpResult
from desktop.domain.activities.service import ActivityService
from desktop.domain.activities.visits import CeilingExceeded
from desktop.domain.activities.inputs import (
    REASON_LABELS, STATUS_LABELS, ActivityInput, ActivityStatus, ExpenseInput, ResultInput, VisitInput,
    VisitReason,
)
from desktop.domain.money import format_yuan, parse_yuan
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.members.posts_dialog import post_group_combo
from desktop.views.activities.member_picker import MemberPicker
from desktop.views.widgets.fields import OptionalDateEdit
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text


MANY = 2000  # sign-ups from which a progress dialog shows


def _date_edit(value: dt.date | None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(QDate(value or dt.date.today()))
    return edit


def _amount_text(value: Decimal | None) -> str:
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
                 activity_id: int | None = None, initial: ActivityInput | None = None, parent=None):
        super().__init__(parent)
        self._service = service
        self._activity_id = activity_id
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
        self.budget = QLineEdit(_amount_text(data.budget))
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
                self._service.update(self._activity_id, data)
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
        self.amount = QLineEdit(_amount_text(data.amount))
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
        self.amount = QLineEdit(_amount_text(data.amount) if data.amount else "")
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


class AddParticipantsDialog(QDialog):
    """Add members to an activity: found by search, a whole department or team, the holders of a union
    post (the committee …), or everyone active.
    Those beyond the capacity go on the waiting list."""

    def __init__(self, service: ActivityService, queries: ActivityQueries, activity_id: int,
                 departments: list[str], teams: list[str], parent=None):
        super().__init__(parent)
        self._service, self._queries, self._activity_id = service, queries, activity_id
        self.result_value: SignUpResult | None = None
        self.setWindowTitle(self.tr("Add participants"))
        self.tabs = QTabWidget()
        self.picker = MemberPicker(queries, multiple=True)
        self.picker.picked.connect(self.save)
        self.tabs.addTab(self.picker, self.tr("By search"))
        group = QWidget()
        group_form = QFormLayout(group)
        self.department = QComboBox()
        self.department.addItem(self.tr("(any department)"), None)
        for name in departments:
            self.department.addItem(name, name)
        self.team = QComboBox()
        self.team.addItem(self.tr("(any team)"), None)
        for name in teams:
            self.team.addItem(name, name)
        self.group_count = QLabel()
        for combo in (self.department, self.team):
            combo.currentIndexChanged.connect(self._count_group)
        group_form.addRow(self.tr("Department"), self.department)
        group_form.addRow(self.tr("Team"), self.team)
        group_form.addRow(self.group_count)
        self.tabs.addTab(group, self.tr("Department or team"))
        posts = QWidget()
        posts_form = QFormLayout(posts)
        self.post_group = post_group_combo(self._language_of(parent), None)
        self.post_count = QLabel()
        self.post_group.currentIndexChanged.connect(self._count_posts)
        posts_form.addRow(self.tr("Union post"), self.post_group)
        posts_form.addRow(self.post_count)
        self.tabs.addTab(posts, self.tr("Union post"))
        everyone = QLabel(self.tr("Every member whose membership is active ({count}).").format(
            count=len(queries.active_member_ids())))
        everyone.setWordWrap(True)
        self.tabs.addTab(everyone, self.tr("Everyone active"))
        self.error = error_label()
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        box.button(QDialogButtonBox.Ok).setText(self.tr("Sign up"))
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self._count_group()
        self._count_posts()
        self.resize(520, 480)

    @staticmethod
    def _language_of(parent) -> str:
        return getattr(parent, "_language", "zh_CN")

    def _count_posts(self) -> None:
        self.post_count.setText(self.tr("{count} active members").format(
            count=len(self._queries.post_holders(self.post_group.currentData()))))

    def _group_ids(self) -> list[int]:
        return self._queries.active_member_ids(self.department.currentData(), self.team.currentData())

    def _count_group(self) -> None:
        if self.department.currentData() is None and self.team.currentData() is None:
            self.group_count.setText(self.tr("Choose a department, a team or both."))
        else:
            self.group_count.setText(self.tr("{count} active members").format(count=len(self._group_ids())))

    def chosen_ids(self) -> list[int]:
        page = self.tabs.currentIndex()
        if page == 0:
            return self.picker.chosen()
        if page == 1:
            if self.department.currentData() is None and self.team.currentData() is None:
                return []
            return self._group_ids()
        if page == 2:
            return self._queries.post_holders(self.post_group.currentData())
        return self._queries.active_member_ids()

    def save(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            self.error.setText(self.tr("Nobody chosen yet."))
            return
        try:
            if len(ids) < MANY:
                self.result_value = self._service.sign_up(self._activity_id, ids)
            else:  # "everyone active" in a large union: progress, and Cancel rolls it all back
                from desktop.views.widgets.progress import run_with_progress

                self.result_value = run_with_progress(
                    self, self.tr("Signing up {count} members…").format(count=len(ids)),
                    lambda progress, cancelled: self._service.sign_up(self._activity_id, ids, progress, cancelled))
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class TypesDialog(QDialog):
    """The type table: the built-in types and the union's own, each with its default category."""

    def __init__(self, service: ActivityService, queries: ActivityQueries, language: str, parent=None):
        super().__init__(parent)
        self._service, self._queries, self._language = service, queries, language
        self.setWindowTitle(self.tr("Activity types"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Chinese name"), self.tr("English name"),
                                              self.tr("Default spending category")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.zh, self.en = QLineEdit(), QLineEdit()
        self.zh.setPlaceholderText(self.tr("e.g. 读书会"))
        self.category = category_combo(queries.spending_categories(), language, "50106")
        add = QPushButton(self.tr("Add type"))
        add.clicked.connect(self.add)
        row = QGridLayout()
        row.addWidget(QLabel(self.tr("New type")), 0, 0)
        row.addWidget(self.zh, 0, 1)
        row.addWidget(self.en, 0, 2)
        row.addWidget(self.category, 0, 3)
        row.addWidget(add, 0, 4)
        self.error = error_label()
        box = QDialogButtonBox(QDialogButtonBox.Close)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self._fill()
        self.resize(760, 440)

    def _fill(self) -> None:
        from desktop.domain.funds.categories import category_label

        kinds = self._queries.types()
        self.table.setRowCount(len(kinds))
        for n, kind in enumerate(kinds):
            for column, text in enumerate((kind.zh, kind.en,
                                           f"{kind.category_code} {category_label(kind.category_code, self._language)}")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                self.table.setItem(n, column, item)
        self.table.resizeColumnsToContents()

    def add(self) -> None:
        try:
            self._service.add_type(self.zh.text(), self.en.text(), self.category.currentData())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.error.clear()
        self.zh.clear()
        self.en.clear()
        self._fill()


class CeilingsDialog(QDialog):
    """The province's yearly ceilings per person for condolence visits, one per reason."""

    def __init__(self, service: ActivityService, queries: ActivityQueries, parent=None):
        super().__init__(parent)
        self._service = service
        self.setWindowTitle(self.tr("Yearly ceilings for visits"))
        explanation = QLabel(self.tr("The most one member may receive per calendar year for each reason "
                                     "(your province's rules). Leave a field empty for no ceiling."))
        explanation.setWordWrap(True)
        self.fields: dict[VisitReason, QLineEdit] = {}
        form = QFormLayout()
        form.addRow(explanation)
        for reason, limit in queries.ceilings().items():
            edit = QLineEdit(_amount_text(limit))
            edit.setPlaceholderText(self.tr("no ceiling"))
            self.fields[reason] = edit
            form.addRow(message_text(REASON_LABELS[reason]) + self.tr(" (yuan)"), edit)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)

    def save(self) -> None:
        try:
            values = {reason: parse_yuan(edit.text()) if edit.text().strip() else None
                      for reason, edit in self.fields.items()}
            self._service.set_ceilings(values)
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()

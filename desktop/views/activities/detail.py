"""One activity, beside the list: its plan, participants, check-in at the door, spending (budget
against actual), and for competitions the results, for 慰问 the visits. Each tab calls the service;
the pane's change announcements refresh what is shown."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMessageBox, QPushButton, QTableView,
    QTabWidget, QVBoxLayout, QWidget,
)

from desktop.domain.activities.queries import ActivityDetail, ActivityQueries
from desktop.domain.activities.service import ActivityService
from desktop.domain.activities.inputs import (
    COMPETITION, CONDOLENCE, REASON_LABELS, STATE_LABELS, STATUS_LABELS, ActivityStatus, ExpenseInput,
    ParticipantState, ResultInput, VisitInput,
)
from desktop.domain.funds.categories import category_label
from desktop.domain.money import format_yuan
from desktop.messages import QT_TRANSLATE_NOOP, UserError
from desktop.models.columns import text_column
from desktop.models.row_list import RowListModel
from desktop.models.texts import date_text, message_text
from desktop.views.activities.checkin import CheckInView
from desktop.views.activities.dialogs import ExpenseDialog, ResultDialog, VisitDialog
from desktop.views.activities.participants_dialog import AddParticipantsDialog
from desktop.views.widgets.background import Lane
from desktop.views.widgets.forms import user_error_text


def _yes(value: bool) -> str:
    return "✔" if value else ""


def _checked_time(row) -> str:
    return row.checked_in_at.astimezone().strftime("%H:%M") if row.checked_in_at else ""


PARTICIPANT_COLUMNS = (
    text_column(QT_TRANSLATE_NOOP("ParticipantColumns", "Name"), lambda r: r.name),
    text_column(QT_TRANSLATE_NOOP("ParticipantColumns", "Department"), lambda r: r.department),
    text_column(QT_TRANSLATE_NOOP("ParticipantColumns", "Team"), lambda r: r.team),
    text_column(QT_TRANSLATE_NOOP("ParticipantColumns", "Sign-up"),
              lambda r: message_text(STATE_LABELS[r.state]) + (f" {r.waiting_position}" if r.waiting_position else ""),
              colour=lambda r: "#fff4ce" if r.state == ParticipantState.WAITING else
              ("#eeeeee" if r.state == ParticipantState.CANCELLED else None)),
    text_column(QT_TRANSLATE_NOOP("ParticipantColumns", "Present"), lambda r: _yes(r.present),
              colour=lambda r: "#d8f5d0" if r.present else None),
    text_column(QT_TRANSLATE_NOOP("ParticipantColumns", "Checked in"), _checked_time),
    text_column(QT_TRANSLATE_NOOP("ParticipantColumns", "Late"), lambda r: _yes(r.late)),
    text_column(QT_TRANSLATE_NOOP("ParticipantColumns", "Walk-in"), lambda r: _yes(r.walk_in)),
    text_column(QT_TRANSLATE_NOOP("ParticipantColumns", "Competition team"), lambda r: r.team_name),
)


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(24)
    table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class ActivityDetailView(QTabWidget):
    status_requested = Signal(object)  # ActivityStatus

    def __init__(self, service: ActivityService, queries: ActivityQueries, language: str,
                 can_write: bool, member_lists, parent=None):
        super().__init__(parent)
        self._service, self._queries, self._language = service, queries, language
        self._can_write = can_write
        self._member_lists = member_lists  # () -> (departments, teams)
        self._detail: ActivityDetail | None = None
        self._type_category = "50106"
        self._build_plan()
        self._build_participants()
        self.checkin = CheckInView(service, queries)
        self.addTab(self.checkin, self.tr("Check-in"))
        self._build_expenses()
        self._build_results()
        self._build_visits()
        self.setTabEnabled(self.indexOf(self.checkin), can_write)

    # -- plan -----------------------------------------------------------------------------------

    def _build_plan(self) -> None:
        page = QWidget()
        self.plan_text = QLabel()
        self.plan_text.setWordWrap(True)
        self.plan_text.setTextFormat(Qt.RichText)
        self.plan_text.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.status_buttons = {}
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Set status:")))
        for status in ActivityStatus:
            button = QPushButton(message_text(STATUS_LABELS[status]))
            button.clicked.connect(lambda _=False, s=status: self.status_requested.emit(s))
            button.setVisible(self._can_write)
            self.status_buttons[status] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.plan_text, 1)
        layout.addLayout(row)
        self.plan_page = page
        self.addTab(page, self.tr("Plan"))

    def _capacity_text(self, signed: int, capacity: int | None) -> str:
        """"(24 places)", or "(24 places, 2 over)" when more were signed up (capacity lowered later, or
        signed up by hand): "26 / 24" read as a contradiction."""
        if not capacity:
            return ""
        if signed > capacity:
            return self.tr(" ({capacity} places, {over} over)").format(capacity=capacity, over=signed - capacity)
        return self.tr(" ({capacity} places)").format(capacity=capacity)

    def _plan_html(self, detail: ActivityDetail, type_label: str) -> str:
        from html import escape

        d = detail.data
        when = date_text(d.starts_on)
        if d.start_time:
            when += f" {d.start_time:%H:%M}"
        if d.ends_on and d.ends_on != d.starts_on:
            when += f" – {date_text(d.ends_on)}"
        if d.end_time:
            when += f" {'' if d.ends_on and d.ends_on != d.starts_on else '– '}{d.end_time:%H:%M}"
        counts = self._queries.counts(detail.id)
        spent = self._queries.spent(detail.id)
        rows = [
            (self.tr("Type"), type_label), (self.tr("When"), when), (self.tr("Place"), d.place),
            (self.tr("Organizer"), d.organizer), (self.tr("Status"), message_text(STATUS_LABELS[d.status])),
            (self.tr("Capacity"), str(d.capacity) if d.capacity else self.tr("No limit")),
            (self.tr("Signed up"), self.tr("{signed} (waiting list {waiting})").format(
                signed=counts.signed_up, waiting=counts.waiting)),
            (self.tr("Present"), str(counts.present)),
            (self.tr("Budget"), format_yuan(d.budget) if d.budget is not None else "—"),
            (self.tr("Spent"), format_yuan(spent)),
        ]
        body = "".join(f"<tr><td style='color:#555;padding-right:12px'>{escape(k)}</td><td>{escape(v or '')}</td></tr>"
                       for k, v in rows)
        description = escape(d.description).replace("\n", "<br>")
        return (f"<h2>{escape(d.title)}</h2><table>{body}</table>"
                + (f"<p style='margin-top:10px'>{description}</p>" if d.description else ""))

    # -- participants ---------------------------------------------------------------------------

    def _build_participants(self) -> None:
        page = QWidget()
        self.participant_summary = QLabel()
        self.participant_status = QLabel()
        self._participants_of: int | None = None
        self.participants = RowListModel(PARTICIPANT_COLUMNS, id_of=lambda r: r.member_id, parent=self)
        self.participant_table = _table(self.participants)
        self.add_button = QPushButton(self.tr("Add participants…"))
        self.add_button.clicked.connect(self.add_participants)
        self.cancel_button = QPushButton(self.tr("Cancel sign-up"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.present_button = QPushButton(self.tr("Mark present"))
        self.present_button.clicked.connect(lambda: self.mark_selected(True))
        self.absent_button = QPushButton(self.tr("Mark absent"))
        self.absent_button.clicked.connect(lambda: self.mark_selected(False))
        self.late_button = QPushButton(self.tr("Late / on time"))
        self.late_button.clicked.connect(self.toggle_late)
        self.team_button = QPushButton(self.tr("Set team…"))
        self.team_button.clicked.connect(self.set_team)
        for button in (self.add_button, self.cancel_button, self.present_button, self.absent_button,
                       self.late_button, self.team_button):
            button.setVisible(self._can_write)
        self.participants_lane = Lane(self, self.participant_status)
        layout = QVBoxLayout(page)
        layout.addWidget(self.participant_summary)
        layout.addWidget(self.participant_status)
        layout.addWidget(self.participant_table, 1)
        layout.addLayout(_buttons(self.add_button, self.cancel_button, self.present_button, self.absent_button,
                                  self.late_button, self.team_button))
        self.addTab(page, self.tr("Participants"))

    def _read_participants(self, activity_id: int) -> None:
        """Everyone on the list, in the background: "everyone active" may be 100 000 people."""
        if self.participants.rowCount() and self._participants_of != activity_id:
            self.participants.set_rows([])  # not another activity's people while this one's are read
        queries = self._queries
        self.participants_lane.run(lambda: queries.participants(activity_id),
                                   lambda rows: self._show_participants(activity_id, rows))

    def _show_participants(self, activity_id: int, rows) -> None:
        self._participants_of = activity_id
        self.participants.set_rows(rows)

    def selected_members(self) -> list[int]:
        rows = sorted({i.row() for i in self.participant_table.selectionModel().selectedRows()})
        return [self.participants.row_value(r).member_id for r in rows]

    def add_participants(self) -> None:
        if self._detail is None:
            return
        departments, teams = self._member_lists()
        dialog = AddParticipantsDialog(self._service, self._queries, self._detail.id, departments, teams, self)
        if dialog.exec() and dialog.result_value is not None:
            r = dialog.result_value
            message = self.tr("Signed up: {signed}. Waiting list: {waiting}. Already on the list: {already}.").format(
                signed=len(r.signed_up), waiting=len(r.waiting), already=len(r.already))
            if r.skipped:
                message += " " + self.tr("Not current members, left out: {count}.").format(count=len(r.skipped))
            self.participant_summary.setText(message)

    def cancel_selected(self) -> None:
        ids = self.selected_members()
        if not ids or self._detail is None:
            return
        try:
            promoted = self._service.cancel(self._detail.id, ids)
        except UserError as error:
            QMessageBox.warning(self, self.tr("Cancel sign-up"), user_error_text(error))
            return
        if promoted:
            names = [r.name for r in self.participants.rows() if r.member_id in promoted]
            QMessageBox.information(self, self.tr("Cancel sign-up"), self.tr(
                "Moved up from the waiting list: {names}").format(names="、".join(names)))

    def mark_selected(self, present: bool) -> None:
        ids = self.selected_members()
        if ids and self._detail is not None:
            try:
                self._service.mark_present(self._detail.id, ids, present)
            except UserError as error:
                QMessageBox.warning(self, self.tr("Attendance"), user_error_text(error))

    def toggle_late(self) -> None:
        if self._detail is None:
            return
        for member_id in self.selected_members():
            row = self.participants.row_value(self.participants.row_of(member_id))
            if row.present:
                self._service.set_late(self._detail.id, member_id, not row.late)

    def set_team(self) -> None:
        ids = self.selected_members()
        if not ids or self._detail is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Competition team"), self.tr("Team name for {count} people:")
                                        .format(count=len(ids)))
        if ok:
            self._service.set_team(self._detail.id, ids, name)

    # -- spending -------------------------------------------------------------------------------

    def _build_expenses(self) -> None:
        page = QWidget()
        self.budget_line = QLabel()
        self.budget_line.setStyleSheet("font-weight: bold;")
        language = self._language
        self.expenses = RowListModel((
            text_column(QT_TRANSLATE_NOOP("ExpenseColumns", "Date"), lambda r: date_text(r.spent_on)),
            text_column(QT_TRANSLATE_NOOP("ExpenseColumns", "Category"),
                      lambda r: f"{r.category_code} {category_label(r.category_code, language)}"),
            text_column(QT_TRANSLATE_NOOP("ExpenseColumns", "Amount"), lambda r: format_yuan(r.amount), right=True),
            text_column(QT_TRANSLATE_NOOP("ExpenseColumns", "Invoice no."), lambda r: r.invoice_no),
            text_column(QT_TRANSLATE_NOOP("ExpenseColumns", "Payee"), lambda r: r.payee),
            text_column(QT_TRANSLATE_NOOP("ExpenseColumns", "Note"), lambda r: r.note),
        ), id_of=lambda r: r.id, parent=self)
        self.expense_table = _table(self.expenses)
        self.expense_table.doubleClicked.connect(lambda _: self.edit_expense())
        add = QPushButton(self.tr("Add spending…"))
        add.clicked.connect(self.add_expense)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self.edit_expense)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_expense)
        for button in (add, edit, remove):
            button.setVisible(self._can_write)
        layout = QVBoxLayout(page)
        layout.addWidget(self.budget_line)
        layout.addWidget(self.expense_table, 1)
        layout.addLayout(_buttons(add, edit, remove))
        self.addTab(page, self.tr("Spending"))

    def _current(self, table: QTableView, model: RowListModel):
        index = table.currentIndex()
        return model.row_value(index.row()) if index.isValid() else None

    def add_expense(self) -> None:
        if self._detail is not None:
            ExpenseDialog(self._service, self._queries, self._language, self._detail.id, self._type_category,
                          parent=self).exec()

    def edit_expense(self) -> None:
        line = self._current(self.expense_table, self.expenses)
        if line is None or self._detail is None or not self._can_write:
            return
        if line.from_visit:
            QMessageBox.information(self, self.tr("Spending"), self.tr(
                "This line comes from a condolence visit; change the visit instead."))
            return
        ExpenseDialog(self._service, self._queries, self._language, self._detail.id, self._type_category, line.id,
                      ExpenseInput(line.category_code, line.amount, line.spent_on, line.invoice_no, line.payee,
                                   line.note), self).exec()

    def remove_expense(self) -> None:
        line = self._current(self.expense_table, self.expenses)
        if line is None:
            return
        answer = QMessageBox.question(self, self.tr("Spending"), self.tr(
            "Remove the line of {amount} yuan ({payee})? The audit trail keeps a record of it.").format(
            amount=format_yuan(line.amount), payee=line.payee or "—"))
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self._service.delete_expense(line.id)
            except UserError as error:
                QMessageBox.warning(self, self.tr("Spending"), user_error_text(error))

    # -- results --------------------------------------------------------------------------------

    def _build_results(self) -> None:
        page = QWidget()
        self.results = RowListModel((
            text_column(QT_TRANSLATE_NOOP("ResultColumns", "Rank"), lambda r: str(r.rank or ""), right=True),
            text_column(QT_TRANSLATE_NOOP("ResultColumns", "Name or team"), lambda r: r.name or r.team_name),
            text_column(QT_TRANSLATE_NOOP("ResultColumns", "Department"), lambda r: r.department),
            text_column(QT_TRANSLATE_NOOP("ResultColumns", "Score"), lambda r: r.score),
            text_column(QT_TRANSLATE_NOOP("ResultColumns", "Award"), lambda r: r.award),
            text_column(QT_TRANSLATE_NOOP("ResultColumns", "Note"), lambda r: r.note),
        ), id_of=lambda r: r.id, parent=self)
        self.result_table = _table(self.results)
        self.result_table.doubleClicked.connect(lambda _: self.edit_result())
        add = QPushButton(self.tr("Add result…"))
        add.clicked.connect(self.add_result)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self.edit_result)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_result)
        for button in (add, edit, remove):
            button.setVisible(self._can_write)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_table, 1)
        layout.addLayout(_buttons(add, edit, remove))
        self.results_page = page
        self.addTab(page, self.tr("Results"))

    def add_result(self) -> None:
        if self._detail is not None:
            ResultDialog(self._service, self._queries, self._detail.id, parent=self).exec()

    def edit_result(self) -> None:
        row = self._current(self.result_table, self.results)
        if row is not None and self._detail is not None and self._can_write:
            ResultDialog(self._service, self._queries, self._detail.id, row.id,
                         ResultInput(row.member_id, row.team_name, row.rank, row.score, row.award, row.note),
                         row.name, self).exec()

    def remove_result(self) -> None:
        row = self._current(self.result_table, self.results)
        if row is not None:
            self._service.delete_result(row.id)

    # -- visits ---------------------------------------------------------------------------------

    def _build_visits(self) -> None:
        page = QWidget()
        self.visit_summary = QLabel()
        self.visits = RowListModel((
            text_column(QT_TRANSLATE_NOOP("VisitColumns", "Date"), lambda r: date_text(r.visited_on)),
            text_column(QT_TRANSLATE_NOOP("VisitColumns", "Member"), lambda r: r.name),
            text_column(QT_TRANSLATE_NOOP("VisitColumns", "Department"), lambda r: r.department),
            text_column(QT_TRANSLATE_NOOP("VisitColumns", "Reason"), lambda r: message_text(REASON_LABELS[r.reason])),
            text_column(QT_TRANSLATE_NOOP("VisitColumns", "Amount"), lambda r: format_yuan(r.amount), right=True),
            text_column(QT_TRANSLATE_NOOP("VisitColumns", "Gift"), lambda r: r.gift),
            text_column(QT_TRANSLATE_NOOP("VisitColumns", "Note"), lambda r: r.note),
        ), id_of=lambda r: r.id, parent=self)
        self.visit_table = _table(self.visits)
        self.visit_table.doubleClicked.connect(lambda _: self.edit_visit())
        add = QPushButton(self.tr("Add visit…"))
        add.clicked.connect(self.add_visit)
        edit = QPushButton(self.tr("Edit…"))
        edit.clicked.connect(self.edit_visit)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_visit)
        for button in (add, edit, remove):
            button.setVisible(self._can_write)
        layout = QVBoxLayout(page)
        layout.addWidget(self.visit_summary)
        layout.addWidget(self.visit_table, 1)
        layout.addLayout(_buttons(add, edit, remove))
        self.visits_page = page
        self.addTab(page, self.tr("Visits"))

    def add_visit(self) -> None:
        if self._detail is not None:
            VisitDialog(self._service, self._queries, self._detail.id, parent=self).exec()

    def edit_visit(self) -> None:
        row = self._current(self.visit_table, self.visits)
        if row is not None and self._detail is not None and self._can_write:
            VisitDialog(self._service, self._queries, self._detail.id, row.id,
                        VisitInput(row.member_id, row.reason, row.visited_on, row.amount, row.gift, row.note),
                        row.name, self).exec()

    def remove_visit(self) -> None:
        row = self._current(self.visit_table, self.visits)
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("Visits"), self.tr(
            "Remove the visit to {name} on {date}, with its spending line?").format(
            name=row.name, date=date_text(row.visited_on)))
        if answer == QMessageBox.StandardButton.Yes:
            try:
                self._service.delete_visit(row.id)
            except UserError as error:
                QMessageBox.warning(self, self.tr("Visits"), user_error_text(error))

    # -- showing an activity --------------------------------------------------------------------

    def show_activity(self, activity_id: int | None) -> None:
        self._detail = self._queries.detail(activity_id) if activity_id is not None else None
        detail = self._detail
        for page in range(self.count()):
            self.setTabEnabled(page, detail is not None and (self.widget(page) is not self.checkin or self._can_write))
        if detail is None:
            self.plan_text.setText(self.tr("Choose an activity in the list, or add one."))
            self.participants_lane.cancel()
            for model in (self.participants, self.expenses, self.results, self.visits):
                model.set_rows([])
            self.checkin.show_activity(None)
            return
        kinds = {t.code: t for t in self._queries.types()}
        kind = kinds.get(detail.data.type_code)
        self._type_category = kind.category_code if kind else "50106"
        type_label = kind.label(self._language) if kind else detail.data.type_code
        self.plan_text.setText(self._plan_html(detail, type_label))
        for status, button in self.status_buttons.items():
            button.setEnabled(status != detail.data.status)
        self._read_participants(detail.id)
        counts = self._queries.counts(detail.id)
        capacity = self._capacity_text(counts.signed_up, detail.data.capacity)
        self.participant_summary.setText(self.tr(
            "Signed up {signed}{capacity} · waiting list {waiting} · present {present} "
            "(late {late}, walk-ins {walk_ins})").format(
            signed=counts.signed_up, capacity=capacity, waiting=counts.waiting, present=counts.present,
            late=counts.late, walk_ins=counts.walk_ins))
        self.expenses.set_rows(self._queries.expenses(detail.id))
        spent = sum((line.amount for line in self.expenses.rows()), Decimal("0.00"))
        budget = detail.data.budget
        if budget is None:
            self.budget_line.setText(self.tr("No budget set · spent {spent} yuan").format(spent=format_yuan(spent)))
            self.budget_line.setStyleSheet("font-weight: bold;")
        else:
            left = budget - spent
            self.budget_line.setText(self.tr("Budget {budget} · spent {spent} · {left} yuan").format(
                budget=format_yuan(budget), spent=format_yuan(spent),
                left=(self.tr("left {amount}") if left >= 0 else self.tr("over by {amount}")).format(
                    amount=format_yuan(abs(left)))))
            self.budget_line.setStyleSheet("font-weight: bold;" + ("color: #b3261e;" if left < 0 else ""))
        is_competition = detail.data.type_code == COMPETITION
        is_condolence = detail.data.type_code == CONDOLENCE
        self.setTabVisible(self.indexOf(self.results_page), is_competition)
        self.setTabVisible(self.indexOf(self.visits_page), is_condolence)
        if is_competition:
            self.results.set_rows(self._queries.results(detail.id))
        if is_condolence:
            self.visits.set_rows(self._queries.visits(detail.id))
            total = sum((v.amount for v in self.visits.rows()), Decimal("0.00"))
            self.visit_summary.setText(self.tr("{count} visits, {total} yuan").format(
                count=len(self.visits.rows()), total=format_yuan(total)))
        self.checkin.show_activity(detail.id, detail.data.title)

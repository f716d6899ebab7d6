"""The Rights pane (维权): mediation deadlines due or overdue, the case list (filter by status,
category, year; search by member or case number) and the selected case — overview and timeline —
with the actions a cadre takes on it, its print menu and its reveals.

Who sees what is decided in desktop.domain.rights: only RIGHTS_READ roles can build this pane at all,
and the ID number and injury details arrive masked; revealing one is an explicit, audited action."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMenu, QMessageBox, QPushButton, QSplitter, QTabWidget, QToolBar, QVBoxLayout,
    QWidget,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.money import format_yuan
from desktop.domain.rights import rules
from desktop.domain.rights.queries import CaseDetail, CaseFilter, RightsQueries
from desktop.messages import UserError
from desktop.models.changes import ChangeSignals
from desktop.models.texts import message_text
from desktop.views.context import AppContext
from desktop.views.rights.columns import case_model, step_model
from desktop.views.widgets.forms import user_error_text
from desktop.views.widgets.layout_memory import restore_split_layout, save_split_layout
from desktop.views.widgets.tables import register_table
from desktop.views.widgets.toolbar import add_action, add_menu_button


class RightsPane(QWidget):
    key = "rights"
    permission = Permission.RIGHTS_READ

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.queries = RightsQueries(context.db, context.actor)   # refuses roles without RIGHTS_READ
        self._detail: CaseDetail | None = None
        self._can_write = context.actor.can(Permission.RIGHTS_WRITE)
        self._can_reveal = context.actor.can(Permission.RIGHTS_SENSITIVE)
        self._build()
        self._changes = ChangeSignals(context.db.changes, self)
        self._changes.changed.connect(self._on_change)
        self._restore_layout()
        self.refresh()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("RightsPane", "Rights cases")

    # -- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.reminders = QListWidget()
        self.reminders.setMaximumHeight(64)
        self.reminders.itemDoubleClicked.connect(lambda item: self.select_case(item.data(Qt.UserRole), widen=True))
        self.reminder_box = QGroupBox(self.tr("Mediation deadlines"))
        QVBoxLayout(self.reminder_box).addWidget(self.reminders)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: member name, pinyin initials, case no."))
        self.status = QComboBox()
        for text, value in ((self.tr("Open and closed"), ""), (self.tr("Open"), "open"), (self.tr("Closed"), "closed")):
            self.status.addItem(text, value)
        self.category = QComboBox()
        self.category.addItem(self.tr("Any category"), "")
        for code in rules.CATEGORIES:
            self.category.addItem(message_text(rules.CATEGORY_LABELS[code]), code)
        self.year = QComboBox()
        self.year.addItem(self.tr("Any year"), None)
        for year in self.queries.years():
            self.year.addItem(str(year), year)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.status, self.category, self.year):
            combo.currentIndexChanged.connect(self.refresh)
            filters.addWidget(combo)
        self.search.textChanged.connect(self.refresh)

        self.toolbar = QToolBar()
        self.new_action = add_action(self, self.toolbar, self.tr("New case…"), self.new_case, "Ctrl+N")
        self.edit_action = add_action(self, self.toolbar, self.tr("Edit…"), self.edit_case)
        self.step_action = add_action(self, self.toolbar, self.tr("Record step…"), self.record_step)
        for action in (self.new_action, self.edit_action, self.step_action):
            action.setVisible(self._can_write)
        self.print_menu = QMenu(self)
        from desktop.views.rights.printing import add_print_actions
        self.print_actions = add_print_actions(self, self.print_menu)
        self.print_button = add_menu_button(self.toolbar, self.tr("Print"), self.print_menu)
        from desktop.views.rights.export import export
        self.export_action = add_action(self, self.toolbar, self.tr("Export…"), lambda: export(self))
        self.count_label = QLabel()
        actions = QHBoxLayout()
        actions.addWidget(self.toolbar)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.model = case_model(self)
        self.table = register_table(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda *_: self.edit_case())
        self.overview = QLabel()
        self.overview.setWordWrap(True)
        self.overview.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.overview.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.reveal_buttons = {}
        reveal_row = QHBoxLayout()
        for field, text in (("id_number", self.tr("Reveal ID number")), ("injury_detail", self.tr("Reveal injury"))):
            button = QPushButton(text)
            button.setToolTip(self.tr("Shows the full value once; the reveal is written to the audit trail."))
            button.clicked.connect(lambda _checked=False, f=field: self.reveal(f))
            button.setVisible(self._can_reveal)
            self.reveal_buttons[field] = button
            reveal_row.addWidget(button)
        reveal_row.addStretch(1)
        overview_page = QWidget()
        overview_layout = QVBoxLayout(overview_page)
        overview_layout.addWidget(self.overview)
        overview_layout.addLayout(reveal_row)
        overview_layout.addStretch(1)
        self.step_rows = step_model(self)
        self.timeline = register_table(self.step_rows)
        self.timeline.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(overview_page, self.tr("Overview"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setSizes([400, 260])
        layout = QVBoxLayout(self)
        layout.addWidget(self.reminder_box)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

    def save_layout(self) -> None:
        save_split_layout(self._context.settings, self.key, self.splitter, self.table)

    def _restore_layout(self) -> None:
        restore_split_layout(self._context.settings, self.key, self.splitter, self.table)

    # -- data ---------------------------------------------------------------------------------------

    def case_filter(self) -> CaseFilter:
        return CaseFilter(status=self.status.currentData() or "", category=self.category.currentData() or "",
                          year=self.year.currentData(), search=self.search.text())

    def refresh(self) -> None:
        current = self.current_id()
        self.model.set_rows(self.queries.rows(self.case_filter()))
        self.count_label.setText(self.tr("{count} cases").format(count=self.model.rowCount()))
        self._fill_reminders()
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.table.selectRow(row)
            self._show_selected()
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show(None)

    def _fill_reminders(self) -> None:
        self.reminders.clear()
        found = self.queries.reminders()
        for reminder in found:
            item = QListWidgetItem(f"{reminder.case_no} {reminder.name}: {message_text(reminder.text)}")
            item.setData(Qt.UserRole, reminder.case_id)
            if reminder.overdue:
                item.setForeground(QBrush(QColor("#b3261e")))
            self.reminders.addItem(item)
        self.reminder_box.setTitle(self.tr("Mediation deadlines ({count})").format(count=len(found)))
        self.reminder_box.setVisible(bool(found))

    def _on_change(self, change) -> None:
        if change.kind in ("rights", "member"):
            self.refresh()

    def current_id(self) -> int | None:
        row = self.model.row_value(self.table.currentIndex().row())
        return row.id if row else None

    def select_case(self, case_id: int, widen: bool = False) -> None:
        row = self.model.row_of(case_id)
        if row is None and widen:
            for widget in (self.search, self.status, self.category, self.year):
                widget.blockSignals(True)
            self.search.clear()
            for combo in (self.status, self.category, self.year):
                combo.setCurrentIndex(0)
            for widget in (self.search, self.status, self.category, self.year):
                widget.blockSignals(False)
            self.model.set_rows(self.queries.rows(self.case_filter()))
            row = self.model.row_of(case_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._show_selected()

    def _show_selected(self) -> None:
        case_id = self.current_id()
        try:
            self._show(self.queries.detail(case_id) if case_id is not None else None)
        except UserError:
            self._show(None)

    def _show(self, detail: CaseDetail | None) -> None:
        self._detail = detail
        has = detail is not None
        self.edit_action.setEnabled(has and detail.row.status == "open")
        self.step_action.setEnabled(has and bool(detail.next_steps))
        self.reveal_buttons["id_number"].setEnabled(has)
        self.reveal_buttons["injury_detail"].setEnabled(has and bool(detail.injury_detail))
        from desktop.views.rights.printing import enable_print_actions
        enable_print_actions(self.print_actions, detail)
        if not has:
            self.overview.setText(self.tr("No case selected."))
            self.step_rows.set_rows([])
            return
        self.overview.setText(self._overview_html(detail))
        self.step_rows.set_rows(detail.steps)

    def _overview_html(self, d: CaseDetail) -> str:
        r = d.row

        def line(label: str, value) -> str:
            return (f"<tr><td style='color:#555;padding-right:10px'>{escape(label)}</td>"
                    f"<td>{escape(str(value))}</td></tr>")
        workers = r.name
        if r.collective:
            workers = self.tr("{name} and others, {count} workers (collective dispute)").format(
                name=r.name, count=r.headcount)
            if d.other_members:
                workers += "：" + "、".join(name for _, name in d.other_members)
        status = (message_text(rules.OUTCOME_LABELS[r.outcome]) if r.status == "closed"
                  else message_text(rules.STEP_LABELS[r.stage]))
        parts = [f"<h3>{escape(r.case_no)} {escape(r.name)}</h3><table>",
                 line(self.tr("Worker(s)"), workers), line(self.tr("Department"), r.department),
                 line(self.tr("ID number"), d.id_number), line(self.tr("Other party"), r.other_party),
                 line(self.tr("Category"), message_text(rules.CATEGORY_LABELS[r.category])),
                 line(self.tr("Request"), d.request),
                 line(self.tr("Received"), f"{r.received_on.isoformat()} {d.channel}"),
                 line(self.tr("Urgency"), message_text(rules.URGENCY_LABELS[r.urgency])),
                 line(self.tr("Stage / outcome"), status)]
        if d.amount_claimed:
            parts.append(line(self.tr("Amount claimed"), format_yuan(d.amount_claimed)))
        if r.amount_recovered:
            parts.append(line(self.tr("Amount recovered"), format_yuan(r.amount_recovered)))
        if d.injury_detail:
            parts.append(line(self.tr("Injury details"), d.injury_detail))
        if r.mediation_due:
            if r.deadline == "overdue":
                due = self.tr("{day} (15 days from acceptance; overdue)").format(day=r.mediation_due.isoformat())
            else:
                due = self.tr("{day} (15 days from acceptance)").format(day=r.mediation_due.isoformat())
            colour = "#b3261e" if r.deadline == "overdue" else "#000"
            label = self.tr("Mediation due")
            parts.append(f"<tr><td style='color:#555'>{escape(label)}</td>"
                         f"<td style='color:{colour}'><b>{escape(due)}</b></td></tr>")
        parts.append(line(self.tr("Filed by"), d.filed_by))
        parts.append("</table>")
        return "".join(parts)

    # -- actions ------------------------------------------------------------------------------------

    def warn(self, error: UserError) -> None:
        QMessageBox.warning(self, self.title(), user_error_text(error))

    def new_case(self) -> None:
        from desktop.views.rights.case_dialog import RightsCaseDialog
        dialog = RightsCaseDialog(self._context, None, self)
        if dialog.exec() and dialog.saved_id:
            self.select_case(dialog.saved_id, widen=True)

    def edit_case(self) -> None:
        if self._detail is None or not self._can_write or self._detail.row.status != "open":
            return
        from desktop.views.rights.case_dialog import RightsCaseDialog
        RightsCaseDialog(self._context, self._detail, self).exec()

    def record_step(self) -> None:
        if self._detail is None or not self._detail.next_steps:
            return
        from desktop.views.rights.step_dialog import RightsStepDialog
        RightsStepDialog(self._context, self._detail, self).exec()

    def reveal(self, field: str) -> str | None:
        """Show one hidden value of the selected case (the reveal is written to the audit trail)."""
        if self._detail is None:
            return None
        try:
            value = self.queries.reveal(self._detail.row.id, field)
        except UserError as error:
            self.warn(error)
            return None
        box = QMessageBox(QMessageBox.Information, self.tr("Hidden value"),
                          self.tr("{case_no} {name}: {value}\n\nThis reveal has been recorded in the audit trail.")
                          .format(case_no=self._detail.row.case_no, name=self._detail.row.name, value=value or "—"),
                          QMessageBox.Close, self)
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        return value

    @property
    def detail(self) -> CaseDetail | None:
        return self._detail

"""The proposals pane (职代会提案): the congress session, the answers due soon or overdue, the
register (filter by status and category; search by number, subject or proposer) and the selected
proposal — overview and timeline — with the steps an officer records and the committee's review
(the chair). The accepted list can be put to the congress as a motion in 选举与表决 and its result
written back. Everyone who reads the member register reads the proposals."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QMenu,
    QMessageBox, QSplitter, QTabWidget, QToolBar, QVBoxLayout, QWidget,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.proposals import rules
from desktop.domain.proposals.queries import ProposalDetail, ProposalFilter, ProposalQueries, SessionRow
from desktop.messages import UserError
from desktop.models.changes import ChangeSignals
from desktop.models.texts import message_text
from desktop.views.context import AppContext
from desktop.views.proposals.columns import label, proposal_model, stage_text, step_model
from desktop.views.widgets.forms import user_error_text
from desktop.views.widgets.layout_memory import restore_split_layout, save_split_layout
from desktop.views.widgets.tables import register_table
from desktop.views.widgets.toolbar import add_action, add_menu_button


class ProposalsPane(QWidget):
    key = "proposals"
    permission = Permission.MEMBERS_READ

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.queries = ProposalQueries(context.db, context.actor)
        self._detail: ProposalDetail | None = None
        self._can_write = context.actor.can(Permission.PROPOSALS_WRITE)
        self._can_decide = context.actor.can(Permission.PROPOSALS_DECIDE)
        self._can_vote = context.actor.can(Permission.VOTES_SETUP)
        self._build()
        self._changes = ChangeSignals(context.db.changes, self)
        self._changes.changed.connect(self._on_change)
        self._fill_sessions()
        restore_split_layout(context.settings, self.key, self.splitter, self.table)
        self.refresh()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ProposalsPane", "Proposals")

    # -- building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.session = QComboBox()
        self.session.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setStyleSheet("color:#555")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Congress session")))
        top.addWidget(self.session, 1)
        top.addWidget(self.summary, 2)

        self.reminders = QListWidget()
        self.reminders.setMaximumHeight(64)
        self.reminders.itemDoubleClicked.connect(lambda item: self.select_proposal(item.data(Qt.UserRole), True))
        self.reminder_box = QGroupBox(self.tr("Answers due"))
        QVBoxLayout(self.reminder_box).addWidget(self.reminders)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search: number, subject, lead proposer"))
        self.status = QComboBox()
        for text, value in ((self.tr("Open and closed"), ""), (self.tr("Open"), "open"), (self.tr("Closed"), "closed"),
                            (self.tr("Answer overdue"), "overdue")):
            self.status.addItem(text, value)
        self.category = QComboBox()
        self.category.addItem(self.tr("Any category"), "")
        for code in rules.CATEGORIES:
            self.category.addItem(message_text(rules.CATEGORY_LABELS[code]), code)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.status, self.category):
            combo.currentIndexChanged.connect(self.refresh)
            filters.addWidget(combo)
        self.search.textChanged.connect(self.refresh)

        self.toolbar = QToolBar()
        self.new_action = add_action(self, self.toolbar, self.tr("New proposal…"), self.new_proposal, "Ctrl+N")
        self.edit_action = add_action(self, self.toolbar, self.tr("Edit…"), self.edit_proposal)
        self.step_action = add_action(self, self.toolbar, self.tr("Record step…"), self.record_step)
        for action in (self.new_action, self.edit_action, self.step_action):
            action.setVisible(self._can_write or self._can_decide)
        self.session_action = add_action(self, self.toolbar, self.tr("New session…"), self.new_session)
        self.session_action.setVisible(self._can_decide)
        self.vote_menu = QMenu(self)
        self.vote_items_action = self.vote_menu.addAction(self.tr("One item per accepted proposal…"),
                                                          lambda: self.put_to_congress("items"))
        self.vote_list_action = self.vote_menu.addAction(self.tr("The whole accepted list as one item…"),
                                                         lambda: self.put_to_congress("list"))
        self.vote_menu.addSeparator()
        self.vote_result_action = self.vote_menu.addAction(self.tr("Take the result of the vote"), self.take_result)
        self.vote_button = add_menu_button(self.toolbar, self.tr("Congress vote"), self.vote_menu)
        self.vote_button.setVisible(self._can_vote)
        self.print_menu = QMenu(self)
        from desktop.views.proposals.printing import add_print_actions, export
        self.print_actions = add_print_actions(self, self.print_menu)
        self.print_button = add_menu_button(self.toolbar, self.tr("Print"), self.print_menu)
        self.export_action = add_action(self, self.toolbar, self.tr("Export…"), lambda: export(self))
        self.settings_action = add_action(self, self.toolbar, self.tr("Settings…"), self.edit_settings)
        self.settings_action.setVisible(self._can_decide)
        self.count_label = QLabel()
        actions = QHBoxLayout()
        actions.addWidget(self.toolbar)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.model = proposal_model(self)
        self.table = register_table(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.Stretch)   # the subject takes the room left
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda *_: self.edit_proposal())
        self.overview = QLabel()
        self.overview.setWordWrap(True)
        self.overview.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.overview.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.step_rows = step_model(self)
        self.timeline = register_table(self.step_rows)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.tabs)
        self.splitter.setSizes([380, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.reminder_box)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

    def save_layout(self) -> None:
        save_split_layout(self._context.settings, self.key, self.splitter, self.table)

    # -- data ---------------------------------------------------------------------------------------

    def _fill_sessions(self, select_id: int | None = None) -> None:
        self.session.blockSignals(True)
        self.session.clear()
        for row in self.queries.sessions():
            self.session.addItem(row.name, row.id)
        if select_id is not None:
            self.session.setCurrentIndex(self.session.findData(select_id))
        self.session.blockSignals(False)

    def congress(self) -> SessionRow | None:
        session_id = self.session.currentData()
        return self.queries.session(session_id) if session_id is not None else None

    def proposal_filter(self) -> ProposalFilter:
        return ProposalFilter(session_id=self.session.currentData(), status=self.status.currentData() or "",
                              category=self.category.currentData() or "", search=self.search.text())

    def refresh(self) -> None:
        current = self.current_id()
        has_session = self.session.currentData() is not None
        self.model.set_rows(self.queries.rows(self.proposal_filter()) if has_session else [])
        self.count_label.setText(self.tr("{count} proposals").format(count=self.model.rowCount()))
        self.new_action.setEnabled(has_session and self._can_write)
        self.vote_button.setEnabled(has_session)
        self._fill_summary()
        self._fill_reminders()
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.table.selectRow(row)
            self._show_selected()
        elif self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show(None)

    def _fill_summary(self) -> None:
        session_id = self.session.currentData()
        if session_id is None:
            self.summary.setText(self.tr("No congress session yet."))
            return
        s = self.queries.summary(session_id)
        text = self.tr("{total} proposals, {accepted} accepted; answered in time {in_time}; satisfied {satisfied}")
        self.summary.setText(text.format(
            total=s.total, accepted=dict(s.decisions).get(rules.ACCEPT, 0),
            in_time="—" if s.in_time_percent is None else f"{s.in_time_percent}%",
            satisfied="—" if s.satisfied_percent is None else f"{s.satisfied_percent}%"))

    def _fill_reminders(self) -> None:
        self.reminders.clear()
        found = self.queries.overdue_answers()
        for reminder in found:
            item = QListWidgetItem(f"{reminder.number} {reminder.title}: {message_text(reminder.text)}")
            item.setData(Qt.UserRole, reminder.proposal_id)
            if reminder.overdue:
                item.setForeground(QBrush(QColor("#b3261e")))
            self.reminders.addItem(item)
        self.reminder_box.setTitle(self.tr("Answers due ({count})").format(count=len(found)))
        self.reminder_box.setVisible(bool(found))

    def _on_change(self, change) -> None:
        if change.kind in ("proposals", "member", "votes"):
            self.refresh()

    def current_id(self) -> int | None:
        row = self.model.row_value(self.table.currentIndex().row())
        return row.id if row else None

    def select_proposal(self, proposal_id: int, widen: bool = False) -> None:
        row = self.model.row_of(proposal_id)
        if row is None and widen:
            for widget in (self.search, self.status, self.category):
                widget.blockSignals(True)
            self.search.clear()
            self.status.setCurrentIndex(0)
            self.category.setCurrentIndex(0)
            for widget in (self.search, self.status, self.category):
                widget.blockSignals(False)
            self.refresh()
            row = self.model.row_of(proposal_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._show_selected()

    def _show_selected(self) -> None:
        proposal_id = self.current_id()
        try:
            self._show(self.queries.detail(proposal_id) if proposal_id is not None else None)
        except UserError:
            self._show(None)

    def _show(self, detail: ProposalDetail | None) -> None:
        self._detail = detail
        has = detail is not None
        self.edit_action.setEnabled(has and detail.row.stage == rules.SUBMIT and self._can_write)
        self.step_action.setEnabled(has and bool(detail.next_steps))
        from desktop.views.proposals.printing import enable_print_actions
        enable_print_actions(self.print_actions, detail)
        if not has:
            self.overview.setText(self.tr("No proposal selected."))
            self.step_rows.set_rows([])
            return
        self.overview.setText(self._overview_html(detail))
        self.step_rows.set_rows(detail.steps)

    def _overview_html(self, d: ProposalDetail) -> str:
        r = d.row

        def line(caption: str, value) -> str:
            return (f"<tr><td style='color:#555;padding-right:10px'>{escape(caption)}</td>"
                    f"<td>{escape(str(value))}</td></tr>")
        parts = [f"<h3>{escape(r.number)} {escape(r.title)}</h3><table>",
                 line(self.tr("Lead proposer (领衔人)"), f"{r.lead} {r.lead_department}".strip()),
                 line(self.tr("Seconders (附议人)"), "、".join(name for _, name in d.seconders)),
                 line(self.tr("Category"), label(rules.CATEGORY_LABELS, r.category)),
                 line(self.tr("Date"), r.submitted_on.isoformat()),
                 line(self.tr("Reasons (理由)"), d.reason), line(self.tr("Suggested measures (建议办法)"), d.measures),
                 line(self.tr("Stage"), stage_text(r))]
        if r.department:
            parts.append(line(self.tr("Handling department"), r.department))
        if r.due_on:
            colour = "#b3261e" if r.deadline == "overdue" else "#000"
            caption = self.tr("Answer due")
            parts.append(f"<tr><td style='color:#555'>{escape(caption)}</td>"
                         f"<td style='color:{colour}'><b>{escape(r.due_on.isoformat())}</b></td></tr>")
        if r.satisfaction:
            parts.append(line(self.tr("Verdict"), label(rules.VERDICT_LABELS, r.satisfaction)))
        parts.append(line(self.tr("Entered by"), d.filed_by))
        parts.append("</table>")
        return "".join(parts)

    # -- actions ------------------------------------------------------------------------------------

    def warn(self, error: UserError) -> None:
        QMessageBox.warning(self, self.title(), user_error_text(error))

    def new_session(self) -> None:
        import datetime as dt

        from desktop.domain.proposals.inputs import SessionInput
        from desktop.domain.proposals.service import ProposalService
        name, ok = QInputDialog.getText(self, self.tr("New congress session"),
                                        self.tr("Name of the session (e.g. 第五届职工代表大会第四次会议):"))
        if not ok:
            return
        settings = self.queries.settings()
        try:
            session_id = ProposalService(self._context.db, self._context.actor).create_session(SessionInput(
                name, dt.date.today(), settings.seconders_required, settings.answer_days))
        except UserError as error:
            self.warn(error)
            return
        self._fill_sessions(session_id)
        self.refresh()

    def new_proposal(self) -> None:
        congress = self.congress()
        if congress is None:
            return
        from desktop.views.proposals.proposal_dialog import ProposalDialog
        dialog = ProposalDialog(self._context, congress, None, self)
        if dialog.exec() and dialog.saved_id:
            self.select_proposal(dialog.saved_id, widen=True)

    def edit_proposal(self) -> None:
        if self._detail is None or not self._can_write or self._detail.row.stage != rules.SUBMIT:
            return
        from desktop.views.proposals.proposal_dialog import ProposalDialog
        ProposalDialog(self._context, self.congress(), self._detail, self).exec()

    def step_dialog(self):
        from desktop.views.proposals.step_dialog import ProposalStepDialog
        congress = self.congress()
        return ProposalStepDialog(self._context, self._detail, self.model.rows(), congress.answer_days, self)

    def record_step(self) -> None:
        if self._detail is not None and self._detail.next_steps:
            self.step_dialog().exec()

    def put_to_congress(self, mode: str) -> int | None:
        """Create the motion in 选举与表决 (in setup: the votes pane prints and counts it)."""
        from desktop.domain.proposals.approval import put_to_congress
        congress = self.congress()
        if congress is None:
            return None
        try:
            vote_id = put_to_congress(self._context.db, self._context.actor, congress.id, mode)
        except UserError as error:
            self.warn(error)
            return None
        QMessageBox.information(self, self.title(), self.tr(
            "The motion has been set up in Votes; print its ballots and count it there, then choose "
            "“Take the result of the vote” here."))
        return vote_id

    def take_result(self) -> None:
        from desktop.domain.proposals.approval import take_vote_result
        congress = self.congress()
        if congress is None:
            return
        try:
            approved = take_vote_result(self._context.db, self._context.actor, congress.id)
        except UserError as error:
            self.warn(error)
            return
        if approved is None:
            QMessageBox.information(self, self.title(), self.tr("The vote has no result yet."))
        else:
            self.refresh()

    def edit_settings(self) -> None:
        """附议 and answer-day defaults, the score sheet, reward amounts (chair only, audited)."""
        from desktop.views.proposals.settings_dialog import RegisterSettingsDialog
        RegisterSettingsDialog(self._context, self.queries.settings(), self).exec()

    @property
    def detail(self) -> ProposalDetail | None:
        return self._detail

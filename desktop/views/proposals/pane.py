"""The proposals pane (职代会提案): the congress session, the answers due soon or overdue, the
register (filter by status and category; search by number, subject or proposer) and the selected
proposal — overview and timeline — with the steps an officer records and the committee's review
(the chair). The accepted list can be put to the congress as a motion in 选举与表决 and its result
written back. Everyone who reads the member register reads the proposals."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMenu, QMessageBox

from desktop.domain.accounts.permissions import Permission
from desktop.domain.proposals import rules
from desktop.domain.proposals.approval import put_to_congress, take_vote_result
from desktop.domain.proposals.inputs import SessionInput
from desktop.domain.proposals.queries import ProposalDetail, ProposalFilter, ProposalQueries, SessionRow
from desktop.domain.proposals.service import ProposalService
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.proposals import printing
from desktop.views.proposals.columns import label, proposal_model, stage_text, step_model
from desktop.views.proposals.proposal_dialog import ProposalDialog
from desktop.views.proposals.settings_dialog import RegisterSettingsDialog
from desktop.views.proposals.step_dialog import ProposalStepDialog
from desktop.views.widgets.register_pane import RegisterPane, deadline_line, detail_line
from desktop.views.widgets.tables import register_table
from desktop.views.widgets.toolbar import add_action, add_menu_button, filter_combo


class ProposalsPane(RegisterPane):
    key = "proposals"
    permission = Permission.MEMBERS_READ
    change_kinds = ("proposals", "member", "votes")
    split_sizes = (380, 260)

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("ProposalsPane", "Proposals")

    def _open_queries(self) -> ProposalQueries:
        return ProposalQueries(self._context.db, self._context.actor)

    def _prepare(self) -> None:
        actor = self._context.actor
        self._can_write = actor.can(Permission.PROPOSALS_WRITE)
        self._can_decide = actor.can(Permission.PROPOSALS_DECIDE)
        self._can_vote = actor.can(Permission.VOTES_SETUP)

    def _before_first_load(self) -> None:
        self._fill_sessions()

    # -- building -----------------------------------------------------------------------------------

    def _can_record(self) -> bool:
        return self._can_write or self._can_decide

    def _new_text(self) -> str:
        return self.tr("New proposal…")

    def _settings_allowed(self) -> bool:
        return self._can_decide

    def _make_model(self):
        return proposal_model(self)

    def _set_up_table(self, table) -> None:
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.Stretch)   # the subject takes the room left

    def _top_parts(self):
        self.session = QComboBox()
        self.session.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setStyleSheet("color:#555")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Congress session")))
        top.addWidget(self.session, 1)
        top.addWidget(self.summary, 2)
        box = self._reminder_list(self.tr("Answers due"))
        self.reminders.setMaximumHeight(64)
        return [top, box]

    def _build_filters(self):
        self.search.setPlaceholderText(self.tr("Search: number, subject, lead proposer"))
        self.status = filter_combo(((self.tr("Open and closed"), ""), (self.tr("Open"), "open"),
                                    (self.tr("Closed"), "closed"), (self.tr("Answer overdue"), "overdue")))
        self.category = filter_combo(((message_text(rules.CATEGORY_LABELS[code]), code) for code in rules.CATEGORIES),
                                     self.tr("Any category"))
        return [self.search, self.status, self.category]

    def _add_middle_actions(self, toolbar) -> None:
        self.session_action = add_action(self, toolbar, self.tr("New session…"), self.new_session)
        self.session_action.setVisible(self._can_decide)
        self.vote_menu = QMenu(self)
        self.vote_items_action = self.vote_menu.addAction(self.tr("One item per accepted proposal…"),
                                                          lambda: self.put_to_congress("items"))
        self.vote_list_action = self.vote_menu.addAction(self.tr("The whole accepted list as one item…"),
                                                         lambda: self.put_to_congress("list"))
        self.vote_menu.addSeparator()
        self.vote_result_action = self.vote_menu.addAction(self.tr("Take the result of the vote"), self.take_result)
        self.vote_button = add_menu_button(toolbar, self.tr("Congress vote"), self.vote_menu)
        self.vote_button.setVisible(self._can_vote)

    def _add_print_actions(self, menu):
        return printing.add_print_actions(self, menu)

    def _detail_tabs(self):
        self.step_rows = step_model(self)
        self.timeline = register_table(self.step_rows)
        return [(self.overview, self.tr("Overview")), (self.timeline, self.tr("Timeline"))]

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

    def list_filter(self) -> ProposalFilter:
        return ProposalFilter(session_id=self.session.currentData(), status=self.status.currentData() or "",
                              category=self.category.currentData() or "", search=self.search.text())

    def load_rows(self) -> None:
        has_session = self.session.currentData() is not None
        self.show_rows(self.queries.rows(self.list_filter()) if has_session else [])

    def _count_text(self, count: int) -> str:
        return self.tr("{count} proposals").format(count=count)

    def _after_rows(self) -> None:
        has_session = self.session.currentData() is not None
        self.new_action.setEnabled(has_session and self._can_write)
        self.vote_button.setEnabled(has_session)
        self._fill_summary()
        entries = ((f"{r.number} {r.title}: {message_text(r.text)}", r.proposal_id, r.overdue)
                   for r in self.queries.overdue_answers())
        self._show_reminders(entries, self.tr("Answers due ({count})"))

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

    def select_proposal(self, proposal_id: int, widen: bool = False) -> None:
        self.select_record(proposal_id, widen)

    def _enable_actions(self, detail: ProposalDetail | None) -> None:
        has = detail is not None
        self.edit_action.setEnabled(has and detail.row.stage == rules.SUBMIT and self._can_write)
        self.step_action.setEnabled(has and bool(detail.next_steps))
        printing.enable_print_actions(self.print_actions, detail)

    def _show_detail(self, detail: ProposalDetail | None) -> None:
        if detail is None:
            self.overview.setText(self.tr("No proposal selected."))
            self.step_rows.set_rows([])
            return
        self.overview.setText(self._overview_html(detail))
        self.step_rows.set_rows(detail.steps)

    def _overview_html(self, d: ProposalDetail) -> str:
        r = d.row
        line = detail_line
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
            parts.append(deadline_line(self.tr("Answer due"), r.due_on.isoformat(), r.deadline == "overdue"))
        if r.satisfaction:
            parts.append(line(self.tr("Verdict"), label(rules.VERDICT_LABELS, r.satisfaction)))
        parts.append(line(self.tr("Entered by"), d.filed_by))
        parts.append("</table>")
        return "".join(parts)

    # -- actions ------------------------------------------------------------------------------------

    def new_session(self) -> None:
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

    def new_record(self) -> None:
        congress = self.congress()
        if congress is None:
            return
        dialog = ProposalDialog(self._context, congress, None, self)
        if dialog.exec() and dialog.saved_id:
            self.select_proposal(dialog.saved_id, widen=True)

    def edit_record(self) -> None:
        if self._detail is None or not self._can_write or self._detail.row.stage != rules.SUBMIT:
            return
        ProposalDialog(self._context, self.congress(), self._detail, self).exec()

    def step_dialog(self):
        congress = self.congress()
        return ProposalStepDialog(self._context, self._detail, self.model.rows(), congress.answer_days, self)

    def record_step(self) -> None:
        if self._detail is not None and self._detail.next_steps:
            self.step_dialog().exec()

    def put_to_congress(self, mode: str) -> int | None:
        """Create the motion in 选举与表决 (in setup: the votes pane prints and counts it)."""
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
        RegisterSettingsDialog(self._context, self.queries.settings(), self).exec()

    def export(self) -> None:
        printing.export(self)

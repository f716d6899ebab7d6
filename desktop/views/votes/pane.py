"""The Votes pane (选举与表决): the list of votes, the selected vote's setup, paper counts and
result with the next step, and the actions of the vote's life in the order they happen — set up,
print the sign-in sheet and ballots, record presence, open, record ballots issued and returned,
count (teller screen or totals), close, publish, new round — each through the vote service."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QInputDialog, QLabel, QMenu, QMessageBox, QSplitter, QTableView, QToolBar,
    QToolButton, QVBoxLayout, QWidget,
)

from desktop.domain.accounts.permissions import Permission
from desktop.domain.votes.counting import Kind, Step, minimum_candidates, quorum_needed
from desktop.domain.votes.explain import hide_breakdown, outcome_messages
from desktop.domain.votes.presets import (
    BASE_LABELS, KIND_LABELS, PRESETS, QUORUM_LABELS, THRESHOLD_LABELS,
)
from desktop.domain.votes.counting import required_votes
from desktop.domain.votes.queries import (
    ROUND_LABELS, STATUS_LABELS, ElectorateKind, RoundReason, VoteDetail, VoteQueries, VoteStatus,
)
from desktop.domain.votes.service import VoteService
from desktop.messages import UserError
from desktop.models.changes import ChangeSignals
from desktop.models.texts import date_text, message_text
from desktop.models.vote_list import VoteListModel
from desktop.models.vote_results import VoteResultModel
from desktop.views.widgets.background import Lane
from desktop.views.context import AppContext
from desktop.views.widgets.toolbar import add_menu_button
from desktop.views.votes.papers import VotePapersMixin
from desktop.views.widgets.forms import user_error_text
from desktop.views.widgets.empty_state import show_when_empty


class VotesPane(VotePapersMixin, QWidget):
    key = "votes"
    permission = Permission.MEMBERS_READ

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.queries = VoteQueries(context.db, context.actor)
        self.service = VoteService(context.db, context.actor)
        self.model = VoteListModel(self.queries, self)  # the first list at once: the pane opens with it
        self.result_model = VoteResultModel(self)
        self._signals = ChangeSignals(context.db.changes, self)
        self._signals.changed.connect(self._on_change)
        self._build()
        self.lane = Lane(self)  # a vote in setup counts its electorate live: every member, for some
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_selected()

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("VotesPane", "Votes")

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        actor = self._context.actor
        setup = actor.can(Permission.VOTES_SETUP)
        teller = actor.can(Permission.VOTES_TELLER)
        self.toolbar = QToolBar()
        self.new_action = self.toolbar.addAction(self.tr("New vote…"), self.new_vote)
        self.edit_action = self.toolbar.addAction(self.tr("Setup…"), self.edit_vote)
        self.delete_action = self.toolbar.addAction(self.tr("Delete"), self.delete_vote)
        self.toolbar.addSeparator()
        # The next step of the selected vote's life, one click away; every step is also in the menus.
        self.next_button = QToolButton()
        self.next_button.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.next_button.setStyleSheet("font-weight: bold;")
        self.next_widget_action = self.toolbar.addWidget(self.next_button)
        self.toolbar.addSeparator()
        voting = self._menu_button(self.tr("Voting"))
        self.presence_action = voting.addAction(self.tr("Presence…"), self.record_presence)
        self.open_action = voting.addAction(self.tr("Open voting"), self.open_vote)
        self.counts_action = voting.addAction(self.tr("Issued / returned…"), self.record_counts)
        counting = self._menu_button(self.tr("Counting"))
        self.tellers_action = counting.addAction(self.tr("Tellers…"), self.assign_tellers)
        self.teller_action = counting.addAction(self.tr("Teller screen…"), self.teller_screen)
        self.totals_action = counting.addAction(self.tr("Totals…"), self.enter_totals)
        self.compare_action = counting.addAction(self.tr("Compare tellers"), self.compare)
        self.close_action = counting.addAction(self.tr("Close counting"), self.close_counting)
        result = self._menu_button(self.tr("Result"))
        self.publish_action = result.addAction(self.tr("Publish"), self.publish)
        self.round_action = result.addAction(self.tr("New round…"), self.new_round)
        menu = self._menu_button(self.tr("Print"))
        self.ballots_action = menu.addAction(self.tr("Ballots…"), self.print_ballots)
        self.signin_action = menu.addAction(self.tr("Electorate sign-in sheet…"), self.print_signin)
        self.result_action = menu.addAction(self.tr("Result report (计票结果报告单)…"), self.print_result)
        self.notice_action = menu.addAction(self.tr("Announcement…"), self.print_notice)
        self.archive_action = menu.addAction(self.tr("Whole paper trail for the archive…"), self.print_archive)
        for action in (self.new_action, self.edit_action, self.delete_action, self.presence_action,
                       self.open_action, self.counts_action, self.close_action, self.publish_action,
                       self.round_action, self.ballots_action, self.tellers_action):
            action.setVisible(setup)
        for action in (self.teller_action, self.totals_action):
            action.setVisible(teller)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.empty_note = show_when_empty(self.table, self.tr("No votes yet. “New vote…” sets up an election, a motion or a selection under the "
                                  "rules of the union: candidates, electorate, ballots, counting."))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda _: self.edit_vote())

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.RichText)
        self.summary.setAlignment(Qt.AlignTop | Qt.AlignLeft)
        self.results = QTableView()
        self.results.setModel(self.result_model)
        self.results.verticalHeader().hide()
        # Figures as wide as they need, the candidate or item name takes the rest (with six figure
        # columns at the default width the name column was squeezed to a few pixels).
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.RichText)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.summary)
        detail_layout.addWidget(self.results, 1)
        detail_layout.addWidget(self.explanation)

        self.splitter = QSplitter(Qt.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setSizes([260, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        state = self._context.settings.value("votes/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def save_layout(self) -> None:
        """Called by the main window when it closes: keep the split where the user left it."""
        self._context.settings.setValue("votes/splitter", self.splitter.saveState())

    def _menu_button(self, text: str) -> QMenu:
        menu = QMenu(self)
        add_menu_button(self.toolbar, text, menu)
        return menu

    # -- selection and refresh ------------------------------------------------------------------

    def selected_id(self) -> int | None:
        row = self.model.row_value(self.table.currentIndex().row())
        return row.id if row else None

    def select(self, vote_id: int | None) -> None:
        row = self.model.row_of(vote_id)
        if row is not None:
            self.table.selectRow(row)

    def _on_change(self, change) -> None:
        if change.kind != "vote":
            return
        self._show_selected()  # the chosen vote at once; the list (its counts) follows
        self.reload()

    def reload(self, select: int | None = None) -> None:
        """Read the list of votes again in the background; keep (or move to `select`) the selection."""
        keep = select if select is not None else self.selected_id()
        self.lane.run(self.queries.rows, lambda rows: self._show_rows(rows, keep))

    def _show_rows(self, rows, keep: int | None) -> None:
        self.model.set_rows(rows)
        self.select(keep)  # row_of(None) is None: nothing to keep
        self._show_selected()

    def _show_selected(self) -> None:
        vote_id = self.selected_id()
        detail = self.queries.detail(vote_id) if vote_id is not None else None
        self._enable(detail)
        if detail is None:
            self.summary.setText(self.tr("No vote yet. Start with New vote…"))
            self.result_model.set_outcome(None, {})
            self.explanation.setText("")
            return
        self.summary.setText(self._summary_html(detail))
        outcome = self.queries.outcome(detail.id)
        names = {c.id: c.name for c in detail.candidates}
        if outcome is None:
            self.result_model.set_outcome(None, {})
            if detail.status is VoteStatus.COUNTING and detail.hide_running:
                self.explanation.setText(self.tr("Counting: {n} of {returned} ballots entered. The count is "
                                                 "hidden until counting is closed.").format(
                    n=detail.entered[0], returned=detail.ballots_returned or 0))
            else:
                self.explanation.setText("")
            return
        hidden = hide_breakdown(detail.secret, outcome)
        self.result_model.set_outcome(outcome, names, detail.kind, hidden)
        lines = [escape(message_text(m)) for m in outcome_messages(detail.kind, outcome, names)]
        if hidden:
            lines.append(escape(self.tr("Secret vote of fewer than 5 voters: the numbers are not shown.")))
        if detail.status is VoteStatus.COUNTING:
            lines.insert(0, escape(self.tr("Running count (counting is not closed).")))
        rounds = self.queries.rounds(detail.id)
        for r in rounds:
            lines.append(escape(self.tr("Round {n} follows: {status}.").format(
                n=r.round_no, status=message_text(STATUS_LABELS[r.status]))))
        void = outcome.is_void
        self.explanation.setText("<br>".join(f"<b style='color:#b3261e'>{l}</b>" if void else l for l in lines))

    def _summary_html(self, d: VoteDetail) -> str:
        rule = d.rule
        preset = PRESETS[d.preset]
        lines = [f"<b>{escape(d.title)}</b> — {escape(message_text(STATUS_LABELS[d.status]))}"]
        if d.round_no > 1 and d.round_reason:
            lines[0] += " · " + escape(self.tr("round {n}: {reason}").format(
                n=d.round_no, reason=message_text(ROUND_LABELS[RoundReason(d.round_reason)])))
        lines.append(escape(" · ".join(x for x in (d.meeting, date_text(d.held_on), d.place) if x)))
        seats = ""
        if d.kind is Kind.ELECTION:
            seats = self.tr("{seats} seats, {n} candidates").format(seats=rule.seats, n=len(d.listed))
            if rule.margin_percent:
                seats += self.tr(" (at least {m} needed)").format(m=minimum_candidates(rule.seats, rule.margin_percent))
        elif d.kind is Kind.SELECTION:
            seats = self.tr("choose up to {seats} of {n}").format(seats=rule.seats, n=len(d.listed))
        else:
            seats = self.tr("{n} items, item by item").format(n=len(d.listed))
        secrecy = self.tr("secret") if d.secret else self.tr("named")
        lines.append(escape(f"{message_text(KIND_LABELS[d.kind])} · {seats} · {secrecy}"))
        base_value = {"due": d.electorate_count, "present": d.present_count or 0}.get(str(rule.base))
        needed = required_votes(rule.threshold, base_value) if base_value is not None else None
        threshold = self.tr("{rule}: {threshold} of {base}").format(
            rule=message_text(preset.name), threshold=message_text(THRESHOLD_LABELS[rule.threshold]),
            base=message_text(BASE_LABELS[rule.base]))
        if needed is not None:
            threshold += self.tr(" = at least {n} votes").format(n=needed)
        lines.append(escape(threshold))
        quorum = message_text(QUORUM_LABELS[rule.quorum])
        lines.append(escape(self.tr("Quorum: {quorum} (at least {n} present)").format(
            quorum=quorum, n=quorum_needed(rule.quorum, d.electorate_count))))
        electorate = {ElectorateKind.ALL: self.tr("all members in good standing"),
                      ElectorateKind.DEPARTMENT: self.tr("members of {dept}").format(dept=d.electorate_department or ""),
                      ElectorateKind.LIST: self.tr("named list")}[d.electorate_kind]
        frozen = self.tr("frozen") if d.electorate_frozen else self.tr("not yet frozen")
        lines.append(escape(self.tr("Electorate: {who}, {n} due, fingerprint {fp} ({frozen})").format(
            who=electorate, n=d.electorate_count, fp=d.electorate_fingerprint, frozen=frozen)))

        def n(value) -> str:
            return "—" if value is None else str(value)
        lines.append(escape(self.tr("Present {present} · printed {printed} · issued {issued} · returned {returned} · "
                                    "entered {entered}").format(
            present=n(d.present_count), printed=d.ballots_printed, issued=n(d.ballots_issued),
            returned=n(d.ballots_returned),
            entered=f"{d.entered[0]} / {d.entered[1]}" if d.double_entry else str(d.entered[0]))))
        if any(d.tellers):
            lines.append(escape(self.tr("Tellers: {names}").format(names=" / ".join(t for t in d.tellers if t))))
        if d.seats_outside_rules:
            fewest, most = d.committee_seats
            lines.append("<b style='color:#b3261e'>" + escape(self.tr(
                "{seats} seats: a union of {members} members in good standing elects a committee of {fewest} to "
                "{most} (工会基层组织选举工作条例). Check the seats, or keep the parent union's approval with the "
                "papers.").format(seats=d.rule.seats, members=d.members_in_good_standing, fewest=fewest,
                                  most=most)) + "</b>")
        if d.ballots_spoiled or d.ballots_destroyed:
            lines.append(escape(self.tr("Spoiled and exchanged {spoiled} · unused destroyed {destroyed}").format(
                spoiled=d.ballots_spoiled, destroyed=d.ballots_destroyed)))
        return "<br>".join(lines)

    def _enable(self, d: VoteDetail | None) -> None:
        status = d.status if d else None
        self.edit_action.setEnabled(status is VoteStatus.SETUP)
        self.delete_action.setEnabled(status is VoteStatus.SETUP)
        self.presence_action.setEnabled(status in (VoteStatus.SETUP, VoteStatus.OPEN))
        self.open_action.setEnabled(status is VoteStatus.SETUP)
        self.counts_action.setEnabled(status in (VoteStatus.OPEN, VoteStatus.COUNTING))
        counting = status is VoteStatus.COUNTING
        self.teller_action.setEnabled(counting and d.entry_mode == "ballots")
        self.totals_action.setEnabled(counting and d.entry_mode == "totals")
        self.compare_action.setEnabled(counting and d.double_entry)
        self.tellers_action.setEnabled(status in (VoteStatus.SETUP, VoteStatus.OPEN, VoteStatus.COUNTING))
        self.close_action.setEnabled(counting)
        self.publish_action.setEnabled(status is VoteStatus.CLOSED)
        self.round_action.setEnabled(status in (VoteStatus.CLOSED, VoteStatus.PUBLISHED, VoteStatus.VOID))
        self.ballots_action.setEnabled(status in (VoteStatus.SETUP, VoteStatus.OPEN))
        self.signin_action.setEnabled(d is not None)
        self.result_action.setEnabled(status in (VoteStatus.CLOSED, VoteStatus.PUBLISHED, VoteStatus.VOID))
        self.notice_action.setEnabled(status in (VoteStatus.CLOSED, VoteStatus.PUBLISHED))
        self.archive_action.setEnabled(status in (VoteStatus.CLOSED, VoteStatus.PUBLISHED, VoteStatus.VOID))
        step = self._next_step(d)
        self.next_widget_action.setVisible(step is not None)
        if step is not None:
            self.next_button.setDefaultAction(step)

    def _next_step(self, d: VoteDetail | None):
        """The action that moves the vote on, if the user may take it."""
        if d is None:
            return None
        if d.status is VoteStatus.SETUP:
            step = self.presence_action if d.present_count is None else self.open_action
        elif d.status is VoteStatus.OPEN:
            step = self.counts_action
        elif d.status is VoteStatus.COUNTING:
            if d.entry_mode == "totals":
                step = self.totals_action if d.totals_valid is None else self.close_action
            else:
                returned = d.ballots_returned or 0
                done = d.entered[0] >= returned and (not d.double_entry or d.entered[1] >= returned)
                step = self.close_action if done else self.teller_action
        elif d.status is VoteStatus.CLOSED:
            step = self.publish_action
        else:
            return None
        return step if step.isVisible() else None

    # -- actions --------------------------------------------------------------------------------

    def _run(self, work) -> bool:
        try:
            work()
        except UserError as error:
            QMessageBox.warning(self, self.tr("Votes"), user_error_text(error))
            return False
        return True

    def _detail(self) -> VoteDetail | None:
        vote_id = self.selected_id()
        return self.queries.detail(vote_id) if vote_id is not None else None

    def new_vote(self):
        from desktop.views.votes.setup_dialog import VoteSetupDialog

        dialog = VoteSetupDialog(self._context, None, self)
        if dialog.exec() and dialog.vote_id is not None:
            self.reload(select=dialog.vote_id)
        return dialog

    def edit_vote(self) -> None:
        from desktop.views.votes.setup_dialog import VoteSetupDialog

        detail = self._detail()
        if detail is None or detail.status is not VoteStatus.SETUP:
            return
        VoteSetupDialog(self._context, detail, self).exec()

    def delete_vote(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        if QMessageBox.question(self, self.tr("Delete vote"), self.tr("Delete \"{title}\"?").format(
                title=detail.title)) == QMessageBox.Yes:
            self._run(lambda: self.service.delete(detail.id))

    def record_presence(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        value, ok = QInputDialog.getInt(
            self, self.tr("Presence"), self.tr("Present (实到), counted from the sign-in sheet; {due} due, at "
                                               "least {needed} for a quorum:").format(
                due=detail.electorate_count, needed=quorum_needed(detail.rule.quorum, detail.electorate_count)),
            detail.present_count or 0, 0, max(detail.electorate_count, 0))
        if ok:
            self._run(lambda: self.service.record_presence(detail.id, value))

    def open_vote(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        if QMessageBox.question(self, self.tr("Open voting"), self.tr(
                "Open voting? The electorate ({n} due) is frozen now and the setup can no longer be "
                "changed.").format(n=detail.electorate_count)) == QMessageBox.Yes:
            self._run(lambda: self.service.open(detail.id))

    def record_counts(self) -> None:
        from desktop.views.votes.setup_dialog import CountsDialog

        detail = self._detail()
        if detail is None:
            return
        dialog = CountsDialog(detail, self)
        if dialog.exec():
            status = []
            if self._run(lambda: status.append(self.service.record_paper(
                    detail.id, dialog.issued.value(), dialog.returned.value(), dialog.spoiled.value(),
                    dialog.destroyed.value()))) and status[0] is VoteStatus.VOID:
                QMessageBox.warning(self, self.tr("Vote void"), self.tr(
                    "More ballots were returned than issued: the whole vote is VOID and must be held again. "
                    "Use New round… to set up the rerun."))

    def teller_screen(self, pass_no: int | None = None):
        from desktop.views.votes.teller import TellerScreen

        detail = self._detail()
        if detail is None:
            return None
        mine = [n for n, name in enumerate(detail.tellers, start=1) if name and name == self._context.actor.username]
        if pass_no is None and mine:
            pass_no = mine[0]    # the chair assigned this account to that pass
        if pass_no is None:
            pass_no = 1
            if detail.double_entry:
                choice, ok = QInputDialog.getItem(self, self.tr("Teller screen"), self.tr("Which teller are you?"),
                                                  [self.tr("Teller 1"), self.tr("Teller 2")], 0, False)
                if not ok:
                    return None
                pass_no = 2 if choice == self.tr("Teller 2") else 1
        screen = TellerScreen(self._context, detail.id, pass_no, self)
        screen.exec()
        return screen

    def assign_tellers(self) -> None:
        from desktop.views.votes.tellers_dialog import TellersDialog

        detail = self._detail()
        if detail is not None:
            TellersDialog(self._context, detail, self).exec()

    def enter_totals(self) -> None:
        from desktop.views.votes.setup_dialog import TotalsDialog

        detail = self._detail()
        if detail is not None:
            TotalsDialog(self._context, detail, self).exec()

    def compare(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        differ = self.queries.disagreements(detail.id)
        names = {c.id: c.name for c in detail.candidates}
        if not differ:
            text = self.tr("The two tellers agree on all {n} ballots entered by both.").format(
                n=min(detail.entered))
        else:
            lines = []
            for d in differ[:40]:
                if d.missing:
                    lines.append(self.tr("Ballot {n}: entered by one teller only").format(n=d.entry_no))
                    continue
                what = [names.get(k, str(k)) for k in d.keys]
                if d.invalid:
                    what.append(self.tr("valid or not"))
                if d.write_ins:
                    what.append(self.tr("write-ins"))
                lines.append(self.tr("Ballot {n}: {what}").format(n=d.entry_no, what="、".join(what)))
            text = self.tr("The tellers disagree on {n} ballots (numbered in the order entered):").format(
                n=len(differ)) + "\n" + "\n".join(lines)
        QMessageBox.information(self, self.tr("Compare tellers"), text)

    def close_counting(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        if QMessageBox.question(self, self.tr("Close counting"), self.tr(
                "Close counting? The result is then fixed; a correction is a new round.")) == QMessageBox.Yes:
            self._run(lambda: self.service.close(detail.id))

    def publish(self) -> None:
        detail = self._detail()
        if detail is not None and QMessageBox.question(
                self, self.tr("Publish"), self.tr("Publish the result? It can no longer be changed.")) == QMessageBox.Yes:
            self._run(lambda: self.service.publish(detail.id))

    def new_round(self) -> None:
        detail = self._detail()
        if detail is None:
            return
        outcome = self.queries.outcome(detail.id)
        reason = None
        if outcome is None or outcome.next_step is None:
            if QMessageBox.question(self, self.tr("New round"), self.tr(
                    "This vote needs no further round. Start a correction round (the same candidates, voted "
                    "again)?")) != QMessageBox.Yes:
                return
            reason = RoundReason.CORRECTION
        competitive = None
        if (outcome is not None and outcome.next_step is not None and detail.kind is Kind.ELECTION
                and outcome.next_step.step is Step.ANOTHER_ROUND and detail.rule.margin_percent):
            answer = QMessageBox.question(self, self.tr("Another round"), self.tr(
                "Another round (另行选举) for {seats} seat(s). Do the union's election rules hold it as a "
                "competitive election (差额, more candidates than seats)? Answer No for 等额 (as many candidates "
                "as seats allowed).").format(seats=outcome.next_step.seats),
                QMessageBox.Yes | QMessageBox.No | QMessageBox.Cancel)
            if answer == QMessageBox.Cancel:
                return
            competitive = answer == QMessageBox.Yes
        created = []
        if self._run(lambda: created.append(self.service.new_round(detail.id, reason, competitive))):
            self.reload(select=created[0])

"""The teller screen: one paper ballot at a time, by keyboard only.

Keys: O or 1 = ○ (yes / chosen), X or 2 = × (no), A or 3 = abstain (motions), V or 4 = this item
void (motions), Space or 0 = blank; the cursor moves to the next row after each mark; Up/Down move
it. W = a name written in (另选他人, elections). I = the ballot is invalid (with a reason).
Enter = this ballot is done, next one. Ctrl+Z = take back the last ballot entered.

The running count is shown only if the vote does not hide it until counting closes. With double
entry, the second teller enters the same paper ballots in the same order as pass 2.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QPushButton, QTableView,
    QVBoxLayout,
)

from desktop.domain.votes.counting import ABSTAIN, NO, SPOILED, YES, InvalidReason, Kind
from desktop.domain.votes.explain import hide_breakdown
from desktop.domain.votes.queries import VoteQueries
from desktop.domain.votes.inputs import BallotInput
from desktop.domain.votes.service import VoteService
from desktop.messages import UserError
from desktop.models.vote_entry import BallotEntryModel
from desktop.models.vote_results import VoteResultModel
from desktop.views.context import AppContext
from desktop.views.widgets.forms import ERROR_STYLE, user_error_text

KEYS = {
    Qt.Key_O: YES, Qt.Key_1: YES, Qt.Key_X: NO, Qt.Key_2: NO, Qt.Key_A: ABSTAIN, Qt.Key_3: ABSTAIN,
    Qt.Key_V: SPOILED, Qt.Key_4: SPOILED, Qt.Key_Space: "", Qt.Key_0: "", Qt.Key_Delete: "",
}
ALLOWED = {Kind.ELECTION: {YES, NO, ""}, Kind.MOTION: {YES, NO, ABSTAIN, SPOILED, ""}, Kind.SELECTION: {YES, ""}}


class TellerScreen(QDialog):
    def __init__(self, context: AppContext, vote_id: int, pass_no: int = 1, parent=None):
        super().__init__(parent)
        self._context = context
        self._vote_id = vote_id
        self._pass = pass_no
        self._service = VoteService(context.db, context.actor)
        self._queries = VoteQueries(context.db, context.actor)
        self.detail = self._queries.detail(vote_id)
        self.setWindowTitle(self.tr("Teller — {title}").format(title=self.detail.title))
        candidates = [(c.id, c.name) for c in self.detail.listed]
        self.model = BallotEntryModel(self.detail.kind, candidates, self)
        self._build()
        self._current = 0
        self._select(0)
        self._refresh()
        self.resize(900, 640)

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        big = QFont()
        big.setPointSize(13)
        self.heading = QLabel()
        self.heading.setFont(big)
        self.progress = QLabel()
        self.progress.setFont(big)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setFocusPolicy(Qt.NoFocus)  # every key goes to the screen
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.setFont(big)
        self.table.clicked.connect(lambda index: self._select(index.row()))
        self.write_ins = QLabel()
        self.tally_line = QLabel()
        self.warning = QLabel()
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.help = QLabel(self._help_text())
        self.help.setWordWrap(True)
        self.help.setStyleSheet("color: #555;")

        self.running = QTableView()
        self.running_model = VoteResultModel(self)
        self.running.setModel(self.running_model)
        self.running.setFocusPolicy(Qt.NoFocus)
        self.running.verticalHeader().hide()
        self.running.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.running_note = QLabel()
        self.running_note.setWordWrap(True)

        self.enter_button = QPushButton(self.tr("Next ballot (Enter)"))
        self.invalid_button = QPushButton(self.tr("Invalid… (I)"))
        self.write_in_button = QPushButton(self.tr("Write-in… (W)"))
        self.undo_button = QPushButton(self.tr("Take back last (Ctrl+Z)"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.enter_button, self.invalid_button, self.write_in_button, self.undo_button,
                       self.close_button):
            button.setFocusPolicy(Qt.NoFocus)
            button.setAutoDefault(False)
        self.write_in_button.setVisible(self._write_ins_allowed())
        self.enter_button.clicked.connect(self.enter_ballot)
        self.invalid_button.clicked.connect(self.ask_invalid)
        self.write_in_button.clicked.connect(self.ask_write_in)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.accept)

        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.progress)
        left.addWidget(self.table, 1)
        left.addWidget(self.tally_line)
        left.addWidget(self.write_ins)
        left.addWidget(self.warning)
        left.addWidget(self.message)
        buttons = QHBoxLayout()
        for button in (self.enter_button, self.invalid_button, self.write_in_button, self.undo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        left.addLayout(buttons)
        left.addWidget(self.help)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Running count")))
        right.addWidget(self.running_note)
        right.addWidget(self.running, 1)
        right.addStretch(0)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def _write_ins_allowed(self) -> bool:
        """Election ballots have write-in rows, except a re-vote's, which is among the tied only."""
        return self.detail.kind is Kind.ELECTION and self.detail.round_reason != "revote"

    def _help_text(self) -> str:
        kind = self.detail.kind
        if kind is Kind.MOTION:
            marks = self.tr("O/1 yes · X/2 no · A/3 abstain · V/4 item void · Space/0 blank")
        elif kind is Kind.SELECTION:
            marks = self.tr("O/1 chosen · Space/0 not chosen")
        else:
            marks = self.tr("O/1 ○ yes · X/2 × no · Space/0 blank (abstain) · W write-in")
        return self.tr("{marks} · ↑/↓ move · I invalid ballot · Enter next ballot · Ctrl+Z take back the "
                       "last ballot · Esc close").format(marks=marks)

    # -- keys -----------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in (Qt.Key_Return, Qt.Key_Enter):
            self.enter_ballot()
        elif key == Qt.Key_Z and event.modifiers() & Qt.ControlModifier:
            self.undo()
        elif key == Qt.Key_Up:
            self._select(self._current - 1)
        elif key == Qt.Key_Down:
            self._select(self._current + 1)
        elif key == Qt.Key_I:
            self.ask_invalid()
        elif key == Qt.Key_W and self._write_ins_allowed():
            self.ask_write_in()
        elif key in KEYS:
            self.mark(KEYS[key])
        else:
            super().keyPressEvent(event)

    def mark(self, mark: str) -> None:
        if mark not in ALLOWED[self.detail.kind] or not self.model.rowCount():
            return
        self.model.set_mark(self._current, mark)
        self._select(min(self._current + 1, self.model.rowCount() - 1))
        self._show_ballot()

    def _select(self, row: int) -> None:
        if not self.model.rowCount():
            return
        self._current = max(0, min(row, self.model.rowCount() - 1))
        self.table.selectRow(self._current)

    # -- actions --------------------------------------------------------------------------------

    def enter_ballot(self, spoiled: str | None = None) -> bool:
        ballot = BallotInput(self.model.marks(), tuple(self.model.write_ins), spoiled or None)
        try:
            number = self._service.enter_ballot(self._vote_id, ballot, self._pass)
        except UserError as error:
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(user_error_text(error))
            return False
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Ballot {n} entered: {marks}").format(n=number, marks=self._readback(ballot)))
        self.model.clear()
        self._select(0)
        self._refresh()
        return True

    def _readback(self, ballot: BallotInput) -> str:
        """What was entered, read back so the teller can check it against the paper in hand."""
        if ballot.spoiled:
            return self.tr("invalid")
        names = {c.id: c.name for c in self.detail.listed}
        parts = []
        for mark in (YES, NO, ABSTAIN, SPOILED):
            chosen = [names[k] for k, m in ballot.marks.items() if m == mark]
            if chosen:
                parts.append(f"{'○×弃!'[(YES, NO, ABSTAIN, SPOILED).index(mark)]} {'、'.join(chosen)}")
        if ballot.write_ins:
            parts.append(self.tr("written in {names}").format(names="、".join(ballot.write_ins)))
        return " · ".join(parts) or self.tr("all blank")

    def ask_invalid(self) -> None:
        reasons = [(InvalidReason.UNREADABLE, self.tr("Unreadable")),
                   (InvalidReason.MARKED, self.tr("Marked so it can be identified")),
                   (InvalidReason.DAMAGED, self.tr("Damaged")),
                   (InvalidReason.BLANK_PAPER, self.tr("Blank, void by the meeting's rules")),
                   (InvalidReason.OTHER, self.tr("Other"))]
        if self.detail.kind is not Kind.MOTION:
            reasons.insert(0, (InvalidReason.OVER_MARKED, self.tr("More marks than seats")))
        text, ok = QInputDialog.getItem(self, self.tr("Invalid ballot"), self.tr("Why is this ballot invalid?"),
                                        [label for _, label in reasons], 0, False)
        if ok:
            self.enter_ballot(next(str(code) for code, label in reasons if label == text))

    def ask_write_in(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Write-in"), self.tr("Name written in (另选他人), marked ○:"))
        name = " ".join(name.split())
        if ok and name:
            self.add_write_in(name)

    def add_write_in(self, name: str) -> None:
        if name not in self.model.write_ins:
            self.model.write_ins.append(name)
        self._show_ballot()

    def undo(self) -> None:
        try:
            left = self._service.undo_last_ballot(self._vote_id, self._pass)
        except UserError as error:
            self.message.setText(user_error_text(error))
            return
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Last ballot taken back; {n} remain entered.").format(n=left))
        self._refresh()

    # -- showing --------------------------------------------------------------------------------

    def _refresh(self) -> None:
        detail = self._queries.detail(self._vote_id)
        self.detail = detail
        entered = detail.entered[self._pass - 1]
        returned = detail.ballots_returned or 0
        teller = self.tr(" · teller {n} of 2").format(n=self._pass) if detail.double_entry else ""
        self.heading.setText(f"{detail.title}{teller}")
        if entered >= returned:
            self.progress.setText(self.tr("All {returned} returned ballots entered.").format(returned=returned))
        else:
            self.progress.setText(self.tr("Ballot {n} of {returned}").format(n=entered + 1, returned=returned))
        self._show_ballot()
        outcome = None if self._pass == 2 else self._queries.outcome(self._vote_id)
        if outcome is None:
            self.running_model.set_outcome(None, {})
            self.running.setVisible(False)
            self.running_note.setText(self.tr("The running count is hidden until counting is closed."))
        else:
            names = {c.id: c.name for c in detail.candidates}
            self.running_model.set_outcome(outcome, names, detail.kind, hide_breakdown(detail.secret, outcome))
            self.running.setVisible(True)
            self.running_note.setText(self.tr("Valid {valid} · invalid {invalid}").format(
                valid=outcome.valid_ballots, invalid=outcome.invalid_ballots))

    def _show_ballot(self) -> None:
        names = "、".join(self.model.write_ins)
        self.write_ins.setText(self.tr("Written in: {names}").format(names=names) if names else "")
        seats = self.detail.rule.seats
        chosen = self.model.chosen()
        if self.detail.kind is not Kind.MOTION:
            self.tally_line.setText(self.tr("○ on this ballot: {chosen} of at most {seats}").format(
                chosen=chosen, seats=seats))
        if self.detail.kind is not Kind.MOTION and chosen > seats:
            self.warning.setText(self.tr("{chosen} marks for {seats} seats: this ballot is over-marked and will "
                                         "count as invalid.").format(chosen=chosen, seats=seats))
        else:
            self.warning.setText("")

"""Setting up a vote: the matter, the kind and rule (preset, or base / threshold / quorum chosen
explicitly), seats, the electorate, the candidates (or items) and how the ballots are counted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from desktop.domain.votes.counting import Base, Kind, Quorum, Threshold
from desktop.domain.votes.ordering import CandidateOrder
from desktop.domain.votes.presets import (
    BASE_LABELS, KIND_LABELS, MEMBER_ASSEMBLY, PRESETS, QUORUM_LABELS, THRESHOLD_LABELS, UNION_COMMITTEE,
)
from desktop.domain.votes.queries import ElectorateKind, VoteDetail, VoteQueries
from desktop.domain.votes.inputs import CandidateInput, TotalsInput, VoteInput
from desktop.domain.votes.service import VoteService
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.context import AppContext
from desktop.views.votes.delegates import DelegatePicker
from desktop.views.widgets.fields import OptionalDateEdit
from desktop.views.widgets.forms import error_label, user_error_text


def parse_candidates(text: str) -> list[CandidateInput]:
    """One per line: a name (or item), optionally followed by "|" or a tab and a note."""
    result = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        for separator in ("\t", "|", "｜"):
            if separator in line:
                name, detail = line.split(separator, 1)
                result.append(CandidateInput(name.strip(), None, detail.strip()))
                break
        else:
            result.append(CandidateInput(line))
    return result


class VoteSetupDialog(QDialog):
    def __init__(self, context: AppContext, detail: VoteDetail | None = None, parent=None):
        super().__init__(parent)
        self._context = context
        self._detail = detail
        self._queries = VoteQueries(context.db, context.actor)
        self._service = VoteService(context.db, context.actor)
        self.vote_id = detail.id if detail else None
        self._loaded_version = detail.version if detail else None  # refused if someone saved since
        self._delegates: dict[int, str] = {}
        self.setWindowTitle(self.tr("Set up a vote") if detail is None else self.tr("Vote setup"))
        self._build()
        if detail is not None:
            self._load(detail)
        self._preset_changed()

    def _combo(self, items) -> QComboBox:
        combo = QComboBox()
        for value, label in items:
            combo.addItem(label, value)
        return combo

    def _build(self) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. 选举第三届工会委员会委员"))
        self.meeting = QLineEdit()
        self.meeting.setPlaceholderText(self.tr("e.g. 第三届会员代表大会第一次会议"))
        self.held_on = OptionalDateEdit()
        self.place = QLineEdit()
        self.kind = self._combo([(k, message_text(KIND_LABELS[k])) for k in Kind])
        self.preset = self._combo([(key, message_text(p.name)) for key, p in PRESETS.items()])
        self.rule_text = QLabel()
        self.rule_text.setWordWrap(True)
        self.rule_text.setStyleSheet("color: #444;")
        self.base = self._combo([(None, self.tr("— choose —"))] + [(b, message_text(BASE_LABELS[b])) for b in Base])
        self.threshold = self._combo([(None, self.tr("— choose —"))]
                                     + [(t, message_text(THRESHOLD_LABELS[t])) for t in Threshold])
        self.quorum = self._combo([(None, self.tr("— choose —"))] + [(q, message_text(QUORUM_LABELS[q])) for q in Quorum])
        self.seats = QSpinBox()
        self.seats.setRange(1, 200)
        self.secret = QCheckBox(self.tr("Secret ballot"))
        self.secret.setChecked(True)
        self.order = self._combo([(CandidateOrder.STROKES, self.tr("By surname strokes (姓氏笔画)")),
                                  (CandidateOrder.PINYIN, self.tr("By pinyin")),
                                  (CandidateOrder.ENTERED, self.tr("As entered"))])
        self.candidates = QPlainTextEdit()
        self.candidates.setPlaceholderText(self.tr("One per line: a name (or an item), optionally | a note "
                                                   "such as the department"))
        self.electorate = self._combo([(ElectorateKind.ALL, self.tr("All members in good standing")),
                                       (ElectorateKind.DEPARTMENT, self.tr("Members of a department")),
                                       (ElectorateKind.LIST, self.tr("A named list (delegates)"))])
        self.department = QComboBox()
        self.department.addItems(self._queries.departments())
        self.delegates_button = QPushButton(self.tr("Choose delegates…"))
        self.delegates_button.clicked.connect(self._pick_delegates)
        self.entry_mode = self._combo([("ballots", self.tr("Ballot by ballot (teller screen)")),
                                       ("totals", self.tr("Totals counted by hand"))])
        self.double_entry = QCheckBox(self.tr("Double entry: a second teller enters the same ballots"))
        self.hide_running = QCheckBox(self.tr("Hide the running count until counting is closed"))
        self.hide_running.setChecked(True)
        self.chief = QLineEdit()
        self.scrutineers = QLineEdit()
        self.counters = QLineEdit()
        self.note = QLineEdit()

        form = QFormLayout()
        form.addRow(self.tr("Matter voted on"), self.title_edit)
        form.addRow(self.tr("Meeting"), self.meeting)
        dates = QHBoxLayout()
        dates.addWidget(self.held_on)
        dates.addWidget(QLabel(self.tr("Place")))
        dates.addWidget(self.place, 1)
        form.addRow(self.tr("Date"), dates)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Rule"), self.preset)
        form.addRow("", self.rule_text)
        explicit = QHBoxLayout()
        for label, combo in ((self.tr("Base"), self.base), (self.tr("Threshold"), self.threshold),
                             (self.tr("Quorum"), self.quorum)):
            explicit.addWidget(QLabel(label))
            explicit.addWidget(combo)
        form.addRow("", explicit)
        seats = QHBoxLayout()
        seats.addWidget(self.seats)
        seats.addWidget(self.secret)
        seats.addStretch(1)
        self.seats_label = QLabel(self.tr("Seats"))
        form.addRow(self.seats_label, seats)
        form.addRow(self.tr("Ballot order"), self.order)
        form.addRow(self.tr("Candidates / items"), self.candidates)
        electorate = QHBoxLayout()
        electorate.addWidget(self.electorate)
        electorate.addWidget(self.department, 1)
        electorate.addWidget(self.delegates_button)
        form.addRow(self.tr("Electorate"), electorate)
        form.addRow(self.tr("Counting"), self.entry_mode)
        form.addRow("", self.double_entry)
        form.addRow("", self.hide_running)
        form.addRow(self.tr("Chief scrutineer"), self.chief)
        form.addRow(self.tr("Scrutineers"), self.scrutineers)
        form.addRow(self.tr("Counters"), self.counters)
        form.addRow(self.tr("Note"), self.note)
        self.error = error_label()
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.kind.currentIndexChanged.connect(self._preset_changed)
        self.electorate.currentIndexChanged.connect(self._preset_changed)
        self.entry_mode.currentIndexChanged.connect(self._preset_changed)
        self.resize(760, 820)

    def _load(self, detail: VoteDetail) -> None:
        self.title_edit.setText(detail.title)
        self.meeting.setText(detail.meeting)
        self.held_on.set_value(detail.held_on)
        self.place.setText(detail.place)
        self._set(self.kind, detail.kind)
        self._set(self.preset, detail.preset)
        self._set(self.base, detail.rule.base)
        self._set(self.threshold, detail.rule.threshold)
        self._set(self.quorum, detail.rule.quorum)
        self.seats.setValue(max(1, detail.rule.seats))
        self.secret.setChecked(detail.secret)
        self._set(self.order, detail.candidate_order)
        self.candidates.setPlainText("\n".join(c.name + (f" | {c.detail}" if c.detail else "") for c in detail.listed))
        self._set(self.electorate, detail.electorate_kind)
        if detail.electorate_department:
            self.department.setCurrentText(detail.electorate_department)
        if detail.electorate_kind is ElectorateKind.LIST:
            self._delegates = {e.member_id: e.name for e in self._queries.electorate(detail.id)}
        if detail.electorate_frozen:  # a later round: the electorate of the round before
            for widget in (self.electorate, self.department, self.delegates_button):
                widget.setEnabled(False)
        self._set(self.entry_mode, detail.entry_mode)
        self.double_entry.setChecked(detail.double_entry)
        self.hide_running.setChecked(detail.hide_running)
        self.chief.setText(detail.chief_scrutineer)
        self.scrutineers.setText(detail.scrutineers)
        self.counters.setText(detail.counters)
        self.note.setText(detail.note)

    @staticmethod
    def _set(combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _preset_changed(self) -> None:
        preset = PRESETS[self.preset.currentData()]
        kind = Kind(self.kind.currentData())  # combo data come back as plain strings
        if kind is Kind.ELECTION and preset is MEMBER_ASSEMBLY:
            preset = UNION_COMMITTEE  # an assembly elects union bodies under the union's rules
        self.rule_text.setText(message_text(preset.summary))
        for combo, fixed in ((self.base, preset.base), (self.threshold, preset.threshold),
                             (self.quorum, preset.quorum)):
            combo.setEnabled(fixed is None)
            if fixed is not None:
                self._set(combo, fixed)
        self.secret.setEnabled(preset.secret is None and kind is Kind.SELECTION)
        if preset.secret or kind is not Kind.SELECTION:
            self.secret.setChecked(True)
        self.seats.setEnabled(kind is not Kind.MOTION)
        self.order.setEnabled(kind is not Kind.MOTION)  # a motion's items keep the order entered
        self.seats_label.setText(self.tr("Choose up to") if kind is Kind.SELECTION else self.tr("Seats (应选)"))
        electorate = ElectorateKind(self.electorate.currentData())
        self.department.setVisible(electorate is ElectorateKind.DEPARTMENT)
        self.delegates_button.setVisible(electorate is ElectorateKind.LIST)
        self.delegates_button.setText(self.tr("Choose delegates… ({n})").format(n=len(self._delegates)))
        self.double_entry.setEnabled(self.entry_mode.currentData() == "ballots")

    def _post_holder_choices(self, group: str) -> list[tuple[int, str]]:
        """Members in good standing holding a union post today, labelled like the search's finds."""
        from desktop.domain.members.posts import holders
        from desktop.domain.members.queries import MemberQueries

        ids = holders(self._context.db, self._context.actor, group, active_only=True)
        rows = MemberQueries(self._context.db, self._context.actor).rows(ids)
        return [(i, f"{rows[i].name}（{rows[i].department}）" if rows[i].department else rows[i].name) for i in ids]

    def _pick_delegates(self) -> None:
        picker = DelegatePicker(self._queries, self._delegates, self, self._post_holder_choices, self._context.language)
        if picker.exec():
            self._delegates = picker.selected()
            self._preset_changed()

    def vote_input(self) -> VoteInput:
        return VoteInput(
            self.title_edit.text(), self.kind.currentData(), self.preset.currentData(), self.seats.value(),
            self.meeting.text(), self.base.currentData(), self.threshold.currentData(), self.quorum.currentData(),
            self.secret.isChecked(), self.order.currentData(), self.electorate.currentData(),
            self.department.currentText() or None, tuple(self._delegates), self.held_on.value(), self.place.text(),
            self.entry_mode.currentData(), self.double_entry.isChecked(), self.hide_running.isChecked(),
            self.chief.text(), self.scrutineers.text(), self.counters.text(), self.note.text())

    def save(self) -> None:
        data = self.vote_input()
        candidates = parse_candidates(self.candidates.toPlainText())
        try:
            if self.vote_id is None:
                self.vote_id = self._service.create(data, candidates)
            else:
                self._service.update(self.vote_id, data, self._loaded_version)
                self._loaded_version = None  # saved: a retry after a candidate problem is this user's own edit
                self._service.set_candidates(self.vote_id, candidates)
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()


class CountsDialog(QDialog):
    """Ballots issued (发出) and returned (收回)."""

    def __init__(self, detail: VoteDetail, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ballots issued and returned"))
        self.issued = QSpinBox()
        self.returned = QSpinBox()
        self.spoiled = QSpinBox()
        self.destroyed = QSpinBox()
        for spin in (self.issued, self.returned, self.spoiled, self.destroyed):
            spin.setRange(0, 100000)
        self.spoiled.setValue(detail.ballots_spoiled)
        self.destroyed.setValue(detail.ballots_destroyed)
        self.issued.setValue(detail.ballots_issued if detail.ballots_issued is not None else detail.present_count or 0)
        self.returned.setValue(detail.ballots_returned if detail.ballots_returned is not None else self.issued.value())
        note = QLabel(self.tr("If more ballots come back than were issued, the whole vote is void and must be "
                              "held again."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Issued (发出)"), self.issued)
        form.addRow(self.tr("Returned (收回)"), self.returned)
        form.addRow(self.tr("Spoiled and exchanged"), self.spoiled)
        form.addRow(self.tr("Unused, destroyed"), self.destroyed)
        form.addRow(QLabel(self.tr("Printed: {n}").format(n=detail.ballots_printed)))
        form.addRow(note)
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)


class TotalsDialog(QDialog):
    """Totals counted by hand: per candidate yes / no / abstain, write-ins with their votes, and
    the valid and invalid ballots."""

    def __init__(self, context: AppContext, detail: VoteDetail, parent=None):
        super().__init__(parent)
        self._context = context
        self._detail = detail
        self.setWindowTitle(self.tr("Enter totals — {title}").format(title=detail.title))
        self.valid = QSpinBox()
        self.invalid = QSpinBox()
        for spin in (self.valid, self.invalid):
            spin.setRange(0, 100000)
        self.valid.setValue(detail.totals_valid if detail.totals_valid is not None else detail.ballots_returned or 0)
        self.invalid.setValue(detail.totals_invalid or 0)
        grid = QFormLayout()
        grid.addRow(self.tr("Valid ballots"), self.valid)
        grid.addRow(self.tr("Invalid ballots"), self.invalid)
        self.rows: dict[int, tuple[QSpinBox, QSpinBox, QSpinBox]] = {}
        entered = VoteQueries(context.db, context.actor).totals(detail.id)
        group = QGroupBox(self.tr("Votes: yes / no / abstain") if detail.kind is not Kind.SELECTION
                          else self.tr("Votes"))
        group_form = QFormLayout(group)
        for c in detail.listed:
            spins = tuple(QSpinBox() for _ in range(3))
            line = QHBoxLayout()
            for n, spin in enumerate(spins):
                spin.setRange(0, 100000)
                spin.setValue(entered.get(c.id, (0, 0, 0, 0))[n])
                line.addWidget(spin)
            if detail.kind is Kind.SELECTION:
                spins[1].setVisible(False)
                spins[2].setVisible(False)
            holder = QWidget()
            holder.setLayout(line)
            group_form.addRow(c.name, holder)
            self.rows[c.id] = spins
        self.write_ins = QPlainTextEdit()
        self.write_ins.setPlaceholderText(self.tr("Write-ins, one per line: name | votes"))
        self.write_ins.setVisible(detail.kind is Kind.ELECTION)
        self.write_ins.setPlainText("\n".join(f"{c.name} | {entered[c.id][3]}" for c in detail.candidates
                                              if c.write_in and c.id in entered))
        self.error = error_label()
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(group)
        layout.addWidget(self.write_ins)
        layout.addWidget(self.error)
        layout.addWidget(box)

    def save(self) -> None:
        write_ins = []
        for line in self.write_ins.toPlainText().splitlines():
            if not line.strip():
                continue
            name, _, votes = line.replace("｜", "|").partition("|")
            if not votes.strip().isdigit():
                self.error.setText(self.tr("Write-in line \"{line}\": give the name, | and the votes.").format(line=line))
                return
            write_ins.append((name.strip(), int(votes)))
        totals = TotalsInput({cid: tuple(s.value() for s in spins) for cid, spins in self.rows.items()},
                             self.valid.value(), self.invalid.value(), tuple(write_ins))
        try:
            VoteService(self._context.db, self._context.actor).enter_totals(self._detail.id, totals)
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()

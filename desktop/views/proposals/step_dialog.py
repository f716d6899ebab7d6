"""The step dialog of a proposal: the steps that may follow the last one, the date, who, and that
step's fields — the committee's decision with its reason (or the proposal it is merged with), the
handling department and the deadline, the progress or the answer, the proposer's verdict."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFormLayout, QLineEdit, QPlainTextEdit

from desktop.domain.proposals import rules
from desktop.domain.proposals.inputs import StepInput
from desktop.domain.proposals.queries import ProposalDetail, ProposalRow
from desktop.domain.proposals.service import ProposalService
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.context import AppContext
from desktop.views.proposals.proposal_dialog import date_edit
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text

FIELDS = {
    rules.REVIEW: ("decision", "text", "merged_into"),
    rules.ASSIGN: ("department", "due_on", "text"),
    rules.HANDLE: ("text",),
    rules.ANSWER: ("text",),
    rules.FEEDBACK: ("decision", "text"),
    rules.CLOSE: ("text",),
}


class ProposalStepDialog(QDialog):
    def __init__(self, context: AppContext, detail: ProposalDetail, others: list[ProposalRow], answer_days: int,
                 parent=None):
        super().__init__(parent)
        self._context = context
        self._detail = detail
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Record a step — {number} {title}").format(
            number=detail.row.number, title=detail.row.title))
        self.step = QComboBox()
        for step in detail.next_steps:
            self.step.addItem(message_text(rules.STEP_LABELS[step]), step)
        self.done_on = date_edit()
        self.handler = QLineEdit()
        self.handler.setPlaceholderText(context.actor.display_name or context.actor.username)
        self.decision = QComboBox()
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(120)
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.addItems(sorted({r.department for r in others if r.department}))
        self.department.setCurrentText(detail.row.department)
        self.own_due = QCheckBox(self.tr("Other deadline than {days} days").format(days=answer_days))
        self.due_on = date_edit(dt.date.today() + dt.timedelta(days=answer_days))
        self.own_due.toggled.connect(self.due_on.setEnabled)
        self.due_on.setEnabled(False)
        self.merged_into = QComboBox()
        for row in others:
            if row.id != detail.row.id and row.decision != rules.MERGE:
                self.merged_into.addItem(f"{row.number} {row.title}", row.id)
        self.form = QFormLayout()
        self._rows = {}
        for name, label, widget in (
                ("step", self.tr("Step"), self.step), ("done_on", self.tr("Date"), self.done_on),
                ("handler", self.tr("Who"), self.handler), ("decision", self.tr("Decision"), self.decision),
                ("merged_into", self.tr("Merged with"), self.merged_into),
                ("department", self.tr("Handling department"), self.department),
                ("own_due", "", self.own_due), ("due_on", self.tr("Answer due"), self.due_on),
                ("text", self.tr("Reason / progress / answer"), self.text)):
            self.form.addRow(label, widget)
            self._rows[name] = widget
        self.error = error_label()
        lay_out_form_dialog(self, self.form, self.error, self.save)
        self.resize(560, 460)
        self.step.currentIndexChanged.connect(self._step_changed)
        self.decision.currentIndexChanged.connect(self._step_changed)
        self._step_changed()

    def _step_changed(self) -> None:
        step = self.step.currentData()
        shown = set(FIELDS.get(step, ()))
        if "due_on" in shown:
            shown.add("own_due")
        wanted = rules.DECISIONS if step == rules.REVIEW else rules.VERDICTS if step == rules.FEEDBACK else ()
        current = [self.decision.itemData(i) for i in range(self.decision.count())]
        if current != list(wanted):
            self.decision.blockSignals(True)
            self.decision.clear()
            labels = rules.DECISION_LABELS if step == rules.REVIEW else rules.VERDICT_LABELS
            for code in wanted:
                self.decision.addItem(message_text(labels[code]), code)
            self.decision.blockSignals(False)
        if self.decision.currentData() != rules.MERGE:
            shown.discard("merged_into")
        for name, widget in self._rows.items():
            if name not in ("step", "done_on", "handler"):
                self.form.setRowVisible(widget, name in shown)

    def step_input(self) -> StepInput:
        step = self.step.currentData()
        shown = FIELDS.get(step, ())
        decision = (self.decision.currentData() or "") if "decision" in shown else ""
        return StepInput(
            step=step, done_on=self.done_on.date().toPython(), decision=decision,
            text=self.text.toPlainText() if "text" in shown else "",
            department=self.department.currentText() if "department" in shown else "",
            due_on=self.due_on.date().toPython() if "due_on" in shown and self.own_due.isChecked() else None,
            merged_into_id=self.merged_into.currentData() if decision == rules.MERGE else None,
            handler=self.handler.text())

    def save(self) -> None:
        self.error.clear()
        try:
            self.saved_id = ProposalService(self._context.db, self._context.actor).record_step(
                self._detail.row.id, self.step_input())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()

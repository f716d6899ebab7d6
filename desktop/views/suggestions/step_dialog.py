"""The step dialog of a suggestion: a reviewer's scores on the current sheet, the decision with its
reason, the implementation with its benefit, the reward (paid as a ledger line in Union funds), or
closing without a reward. Only the steps that may follow the last one are offered."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDoubleSpinBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget, QHBoxLayout, QLabel,
)

from desktop.domain.suggestions import rules
from desktop.domain.suggestions.inputs import DecisionInput, ImplementationInput, RewardInput, ScoreInput
from desktop.domain.suggestions.queries import SuggestionDetail
from desktop.domain.suggestions.service import SuggestionService
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.aid.widgets import YuanEdit
from desktop.views.context import AppContext
from desktop.views.proposals.proposal_dialog import date_edit
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text

FIELDS = {
    rules.REVIEW: ("reviewer", "points", "text"),
    rules.DECIDE: ("decision", "text"),
    rules.IMPLEMENT: ("department", "amount", "text"),
    rules.REWARD: ("grade", "amount", "voucher"),
    rules.CLOSE: ("text",),
}


class SuggestionStepDialog(QDialog):
    def __init__(self, context: AppContext, detail: SuggestionDetail, sheet: tuple[tuple[str, int], ...],
                 rewards: dict[str, Decimal], parent=None):
        super().__init__(parent)
        self._context = context
        self._detail = detail
        self._rewards = rewards
        self.setWindowTitle(self.tr("Record a step — {number} {title}").format(
            number=detail.row.number, title=detail.row.title))
        self.step = QComboBox()
        for step in detail.next_steps:
            self.step.addItem(message_text(rules.STEP_LABELS[step]), step)
        self.done_on = date_edit()
        self.reviewer = QLineEdit()
        self.reviewer.setPlaceholderText(context.actor.display_name or context.actor.username)
        self.points_box = QWidget()
        points_layout = QHBoxLayout(self.points_box)
        points_layout.setContentsMargins(0, 0, 0, 0)
        self.points: list[QDoubleSpinBox] = []
        for name, most in sheet:
            spin = QDoubleSpinBox()
            spin.setRange(0, most)
            spin.setDecimals(1)
            points_layout.addWidget(QLabel(f"{name}（{most}）"))
            points_layout.addWidget(spin)
            self.points.append(spin)
        self.decision = QComboBox()
        for code in rules.DECISIONS:
            self.decision.addItem(message_text(rules.DECISION_LABELS[code]), code)
        self.department = QLineEdit(detail.row.department)
        self.grade = QComboBox()
        for code in rules.GRADES:
            self.grade.addItem(message_text(rules.GRADE_LABELS[code]), code)
        self.grade.currentIndexChanged.connect(self._grade_changed)
        self.amount = YuanEdit()
        self.voucher = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(90)
        self.form = QFormLayout()
        self._rows = {}
        for name, caption, widget in (
                ("step", self.tr("Step"), self.step), ("done_on", self.tr("Date"), self.done_on),
                ("reviewer", self.tr("Reviewer"), self.reviewer), ("points", self.tr("Points"), self.points_box),
                ("decision", self.tr("Decision"), self.decision),
                ("department", self.tr("Implemented by"), self.department),
                ("grade", self.tr("Reward grade"), self.grade), ("amount", self.tr("Amount (yuan)"), self.amount),
                ("voucher", self.tr("Voucher no."), self.voucher),
                ("text", self.tr("Reason / what was done"), self.text)):
            self.form.addRow(caption, widget)
            self._rows[name] = widget
        self.error = error_label()
        lay_out_form_dialog(self, self.form, self.error, self.save)
        self.resize(680, 420)
        self.step.currentIndexChanged.connect(self._step_changed)
        self._step_changed()

    def _step_changed(self) -> None:
        step = self.step.currentData()
        shown = FIELDS.get(step, ())
        for name, widget in self._rows.items():
            if name not in ("step", "done_on"):
                self.form.setRowVisible(widget, name in shown)
        self.form.labelForField(self.amount).setText(
            self.tr("Reward (yuan), paid from union funds") if step == rules.REWARD
            else self.tr("Actual benefit (yuan)"))
        if step == rules.REWARD:
            self._grade_changed()

    def _grade_changed(self) -> None:
        amount = self._rewards.get(self.grade.currentData())
        if amount:
            self.amount.set_value(amount)

    def save(self) -> None:
        self.error.clear()
        service = SuggestionService(self._context.db, self._context.actor)
        step, day, suggestion_id = self.step.currentData(), self.done_on.date().toPython(), self._detail.row.id
        text = self.text.toPlainText()
        try:
            if step == rules.REVIEW:
                reviewer = self.reviewer.text() or self.reviewer.placeholderText()
                service.score(suggestion_id, ScoreInput(reviewer, day, tuple(Decimal(str(s.value()))
                                                                               for s in self.points), text))
            elif step == rules.DECIDE:
                service.decide(suggestion_id, DecisionInput(self.decision.currentData(), day, text))
            elif step == rules.IMPLEMENT:
                service.implement(suggestion_id, ImplementationInput(self.department.text(), day,
                                                                     self.amount.value(), text))
            elif step == rules.REWARD:
                service.reward(suggestion_id, RewardInput(self.grade.currentData(), self.amount.value(), day,
                                                          self.voucher.text()))
            else:
                service.close(suggestion_id, day, text)
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()

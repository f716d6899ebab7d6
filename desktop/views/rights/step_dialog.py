"""The step dialog: one step of the timeline — the steps that may follow the case's last one,
the date, who, and the fields of that step (a session's participants and summary, a refusal's
reason, an agreement's terms and amount, where the case is referred to, how it ended)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QLineEdit, QPlainTextEdit

from desktop.domain.rights import rules
from desktop.domain.rights.inputs import ZERO, StepInput
from desktop.domain.rights.queries import CaseDetail
from desktop.domain.rights.service import RightsService
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.aid.widgets import YuanEdit
from desktop.views.context import AppContext
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text

# Which fields each step shows (the others stay hidden and empty).
FIELDS = {
    rules.ACCEPT: ("summary",),
    rules.DECLINE: ("reason", "referral"),
    rules.INVESTIGATE: ("summary",),
    rules.MEDIATE: ("participants", "summary"),
    rules.EXTEND: ("reason",),
    rules.RESULT: ("outcome", "terms", "amount", "summary"),
    rules.REFER: ("referral", "summary"),
    rules.FOLLOW_UP: ("summary",),
    rules.CLOSE: ("outcome", "amount", "summary"),
}


def _text(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setMaximumHeight(height)
    return edit


class RightsStepDialog(QDialog):
    def __init__(self, context: AppContext, detail: CaseDetail, parent=None):
        super().__init__(parent)
        self._context = context
        self._detail = detail
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Record a step — {case_no} {name}").format(
            case_no=detail.row.case_no, name=detail.row.name))
        self.step = QComboBox()
        for step in detail.next_steps:
            self.step.addItem(message_text(rules.STEP_LABELS[step]), step)
        self.done_on = QDateEdit(QDate.currentDate())
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat("yyyy-MM-dd")
        self.handler = QLineEdit()
        self.handler.setPlaceholderText(context.actor.display_name or context.actor.username)
        self.outcome = QComboBox()
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("e.g. 申请人、车间主任、调解员"))
        self.summary = _text(80)
        self.reason = _text()
        self.referral = QComboBox()
        self.referral.addItem("", "")
        for code in rules.REFERRALS:
            self.referral.addItem(message_text(rules.REFERRAL_LABELS[code]), code)
        self.terms = _text(90)
        self.amount = YuanEdit()
        self.form = QFormLayout()
        self._rows = {}
        for name, label, widget in (
                ("step", self.tr("Step"), self.step), ("done_on", self.tr("Date"), self.done_on),
                ("handler", self.tr("Who"), self.handler), ("outcome", self.tr("Outcome"), self.outcome),
                ("participants", self.tr("Participants"), self.participants),
                ("summary", self.tr("What was done"), self.summary), ("reason", self.tr("Reason"), self.reason),
                ("referral", self.tr("Referred to"), self.referral),
                ("terms", self.tr("Terms of the agreement"), self.terms),
                ("amount", self.tr("Amount recovered (yuan)"), self.amount)):
            self.form.addRow(label, widget)
            self._rows[name] = widget
        self.error = error_label()
        lay_out_form_dialog(self, self.form, self.error, self.save)
        self.resize(540, 520)
        self.step.currentIndexChanged.connect(self._step_changed)
        self._step_changed()

    def _step_changed(self) -> None:
        step = self.step.currentData()
        shown = FIELDS.get(step, ())
        for name in ("outcome", "participants", "summary", "reason", "referral", "terms", "amount"):
            self.form.setRowVisible(self._rows[name], name in shown)
        self.outcome.clear()
        outcomes = rules.RESULT_OUTCOMES if step == rules.RESULT else rules.CLOSE_OUTCOMES
        for code in outcomes:
            self.outcome.addItem(message_text(rules.OUTCOME_LABELS[code]), code)
        if step == rules.CLOSE:
            self.outcome.setCurrentIndex(self.outcome.findData(self._detail.suggested_close))

    def step_input(self) -> StepInput:
        step = self.step.currentData()
        shown = FIELDS.get(step, ())

        def text(name: str, widget) -> str:
            if name not in shown:
                return ""
            return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        return StepInput(
            step=step, done_on=self.done_on.date().toPython(),
            outcome=(self.outcome.currentData() or "") if "outcome" in shown else "", handler=self.handler.text(),
            participants=text("participants", self.participants), summary=text("summary", self.summary),
            reason=text("reason", self.reason),
            referral=(self.referral.currentData() or "") if "referral" in shown else "",
            terms=text("terms", self.terms), amount=self.amount.value() if "amount" in shown else ZERO)

    def save(self) -> None:
        try:
            self.saved_id = RightsService(self._context.db, self._context.actor).record_step(
                self._detail.row.id, self.step_input())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()

"""The suggestion dialog: title, proposers picked from the register or a team's name, department,
date, the current situation, the suggestion and the expected benefit. Changed only before the
first score."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLineEdit, QPlainTextEdit

from desktop.domain.suggestions.inputs import SuggestionInput
from desktop.domain.suggestions.queries import SuggestionDetail
from desktop.domain.suggestions.service import SuggestionService
from desktop.messages import UserError
from desktop.views.context import AppContext
from desktop.views.proposals.member_picker import MemberPicker
from desktop.views.proposals.proposal_dialog import date_edit
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text


def _text(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setMaximumHeight(height)
    return edit


class SuggestionDialog(QDialog):
    def __init__(self, context: AppContext, detail: SuggestionDetail | None, departments: list[str], parent=None):
        super().__init__(parent)
        self._context = context
        self._detail = detail
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New suggestion") if detail is None
                            else self.tr("Suggestion {number}").format(number=detail.row.number))
        self.title = QLineEdit()
        self.proposers = MemberPicker(context, several=True)
        self.team = QLineEdit()
        self.team.setPlaceholderText(self.tr("Or a team, e.g. 机修车间QC小组"))
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.addItems(departments)
        self.department.setCurrentText("")
        self.submitted_on = date_edit()
        self.situation = _text()
        self.proposal = _text(90)
        self.expected_benefit = _text(60)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Proposer(s)"), self.proposers)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Department"), self.department)
        form.addRow(self.tr("Date"), self.submitted_on)
        form.addRow(self.tr("Current situation (现状)"), self.situation)
        form.addRow(self.tr("Suggestion (建议内容)"), self.proposal)
        form.addRow(self.tr("Expected benefit (预期效益)"), self.expected_benefit)
        self.error = error_label()
        self.proposers.problem.connect(self.error.setText)
        lay_out_form_dialog(self, form, self.error, self.save)
        self.resize(600, 660)
        if detail is not None:
            self._load(detail)

    def _load(self, d: SuggestionDetail) -> None:
        r = d.row
        self.title.setText(r.title)
        names = [n for n in r.proposers.removeprefix(f"{d.team}（").removesuffix("）").split("、") if n] \
            if d.proposer_ids else []
        for member_id, name in zip(d.proposer_ids, names):
            self.proposers.add(member_id, name)
        self.team.setText(d.team)
        self.department.setCurrentText(r.department)
        self.submitted_on.setDate(QDate(r.submitted_on.year, r.submitted_on.month, r.submitted_on.day))
        self.situation.setPlainText(d.situation)
        self.proposal.setPlainText(d.proposal)
        self.expected_benefit.setPlainText(d.expected_benefit)

    def suggestion_input(self) -> SuggestionInput:
        return SuggestionInput(
            title=self.title.text(), submitted_on=self.submitted_on.date().toPython(),
            proposer_ids=self.proposers.ids(), team=self.team.text(), department=self.department.currentText(),
            situation=self.situation.toPlainText(), proposal=self.proposal.toPlainText(),
            expected_benefit=self.expected_benefit.toPlainText())

    def save(self) -> None:
        self.error.clear()
        service = SuggestionService(self._context.db, self._context.actor)
        try:
            if self._detail is None:
                self.saved_id = service.create(self.suggestion_input())
            else:
                service.update(self._detail.row.id, self.suggestion_input(), self._detail.version)
                self.saved_id = self._detail.row.id
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()

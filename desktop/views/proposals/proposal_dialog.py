"""The proposal dialog (提案表): the subject, the category, the lead proposer and the seconders
picked from the register, the date, the reasons and the suggested measures. A proposal is changed
only before the committee's review."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from desktop.domain.errors import FieldError, ValidationError
from desktop.domain.proposals import rules
from desktop.domain.proposals.inputs import ProposalInput
from desktop.domain.proposals.queries import ProposalDetail, SessionRow
from desktop.domain.proposals.service import ProposalService
from desktop.messages import QT_TRANSLATE_NOOP, UserError
from desktop.models.texts import message_text
from desktop.views.context import AppContext
from desktop.views.proposals.member_picker import MemberPicker
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text


def date_edit(day=None) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ProposalDialog(QDialog):
    def __init__(self, context: AppContext, congress: SessionRow, detail: ProposalDetail | None = None,
                 parent=None):
        super().__init__(parent)
        self._context = context
        self._congress = congress
        self._detail = detail
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New proposal — {session}").format(session=congress.name) if detail is None
                            else self.tr("Proposal {number}").format(number=detail.row.number))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. 关于增设夜班职工热餐供应的提案"))
        self.category = QComboBox()
        for code in rules.CATEGORIES:
            self.category.addItem(message_text(rules.CATEGORY_LABELS[code]), code)
        self.lead = MemberPicker(context, several=False)
        self.seconders = MemberPicker(context, several=True)
        need = QLabel(self.tr("At least {n} seconders (附议人) for this session.").format(
            n=congress.seconders_required))
        need.setStyleSheet("color:#555")
        self.submitted_on = date_edit()
        self.reason = QPlainTextEdit()
        self.reason.setMaximumHeight(80)
        self.measures = QPlainTextEdit()
        self.measures.setMaximumHeight(80)
        form = QFormLayout()
        form.addRow(self.tr("Subject (案由)"), self.title)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Lead proposer (领衔人)"), self.lead)
        form.addRow(self.tr("Seconders (附议人)"), self.seconders)
        form.addRow("", need)
        form.addRow(self.tr("Date"), self.submitted_on)
        form.addRow(self.tr("Reasons (理由)"), self.reason)
        form.addRow(self.tr("Suggested measures (建议办法)"), self.measures)
        self.error = error_label()
        for picker in (self.lead, self.seconders):
            picker.problem.connect(self.error.setText)
        lay_out_form_dialog(self, form, self.error, self.save)
        self.resize(600, 680)
        if detail is not None:
            self._load(detail)

    def _load(self, d: ProposalDetail) -> None:
        r = d.row
        self.title.setText(r.title)
        self.category.setCurrentIndex(self.category.findData(r.category))
        self.lead.search.setText(r.lead)
        for member_id, name in d.seconders:
            self.seconders.add(member_id, name)
        self.submitted_on.setDate(QDate(r.submitted_on.year, r.submitted_on.month, r.submitted_on.day))
        self.reason.setPlainText(d.reason)
        self.measures.setPlainText(d.measures)

    def lead_id(self) -> int | None:
        if self._detail is not None and self.lead.search.text() == self._detail.row.lead:
            return self._detail.row.lead_id
        return self.lead.current_id()

    def proposal_input(self) -> ProposalInput:
        lead = self.lead_id()
        if lead is None:
            raise ValidationError([FieldError("lead_id", QT_TRANSLATE_NOOP(
                "ProposalRules", "Pick the lead proposer (领衔人) from the member register."))])
        return ProposalInput(
            session_id=self._congress.id, title=self.title.text(), category=self.category.currentData(),
            lead_id=lead, submitted_on=self.submitted_on.date().toPython(), seconder_ids=self.seconders.ids(),
            reason=self.reason.toPlainText(), measures=self.measures.toPlainText())

    def save(self) -> None:
        self.error.clear()
        service = ProposalService(self._context.db, self._context.actor)
        try:
            data = self.proposal_input()
            if self._detail is None:
                self.saved_id = service.create_proposal(data)
            else:
                service.update_proposal(self._detail.row.id, data, self._detail.version)
                self.saved_id = self._detail.row.id
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()

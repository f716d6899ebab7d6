"""Recording a membership event (transfer out, retain, withdraw, expel, rejoin, reinstate).
Only the events the member's status allows are offered; the history is append-only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout,
)

from desktop.domain.errors import UserError
from desktop.domain.members.lifecycle import EVENT_LABELS, STATUS_LABELS, allowed_events, check_next_event
from desktop.domain.members.queries import MemberDetail
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import EventInput
from desktop.models.texts import message_text
from desktop.views.widgets.forms import error_label
from desktop.views.widgets.fields import CodeCombo, OptionalDateEdit


class EventDialog(QDialog):
    def __init__(self, service: MemberService, member: MemberDetail, language: str, parent=None):
        super().__init__(parent)
        self._service = service
        self._member = member
        self.setWindowTitle(self.tr("Membership change: {name}").format(name=member.data.name))
        self.event_type = QComboBox()
        for event in allowed_events(member.status):
            self.event_type.addItem(message_text(EVENT_LABELS[event]), event)
        self.event_date = OptionalDateEdit()
        self.event_date.set_value(dt.date.today())
        self.reason = CodeCombo("membership_change_reason", language)
        self.approver = QLineEdit()
        self.approver.setPlaceholderText(self.tr("e.g. union committee meeting of 2026-03-02"))
        self.note = QLineEdit()
        self.error = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Current status"), QLabel(message_text(STATUS_LABELS[member.status])))
        form.addRow(self.tr("Change"), self.event_type)
        form.addRow(self.tr("Date"), self.event_date)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Approved by"), self.approver)
        form.addRow(self.tr("Note"), self.note)
        note = QLabel(self.tr("The history cannot be edited afterwards: check the date before saving."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.event_type.currentIndexChanged.connect(self._revalidate)
        self.event_date.dateChanged.connect(self._revalidate)
        self._revalidate()
        self.setMinimumWidth(460)

    def current_event(self) -> EventInput | None:
        event_type = self.event_type.currentData()
        date = self.event_date.value()
        if event_type is None or date is None:
            return None
        return EventInput(event_type, date, self.reason.code(), self.approver.text().strip(),
                          self.note.text().strip())

    def _revalidate(self) -> bool:
        event = self.current_event()
        if event is None:
            problem = self.tr("Choose the change and its date.")
        else:
            message = check_next_event(list(self._member.history), event.event_type, event.event_date,
                                       dt.date.today())
            problem = message_text(message) if message else ""
        self.error.setText(problem)
        self.buttons.button(QDialogButtonBox.Save).setEnabled(not problem)
        return not problem

    def _save(self) -> None:
        if not self._revalidate():
            return
        try:
            self._service.record_event(self._member.id, self.current_event())
        except UserError as error:
            QMessageBox.warning(self, self.windowTitle(), message_text(error.message))
            return
        self.accept()

"""Tellers of a vote (Counting › Tellers…): the chair picks the account that enters the ballots and,
with double entry, a second, different account that enters them again."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from desktop.domain.votes.queries import VoteDetail, VoteQueries
from desktop.domain.votes.service import VoteService
from desktop.messages import UserError
from desktop.views.context import AppContext
from desktop.views.widgets.forms import ERROR_STYLE, user_error_text


class TellersDialog(QDialog):
    def __init__(self, context: AppContext, detail: VoteDetail, parent=None):
        super().__init__(parent)
        self._service = VoteService(context.db, context.actor)
        self._detail = detail
        self.setWindowTitle(self.tr("Tellers — {title}").format(title=detail.title))
        accounts = VoteQueries(context.db, context.actor).teller_accounts()
        self.first = self._combo(accounts, detail.tellers[0])
        self.second = self._combo(accounts, detail.tellers[1])
        self.second.setEnabled(detail.double_entry)
        note = QLabel(self.tr("Only the account named here enters its pass. Double entry needs two different "
                              "tellers, so that one person's slip is caught by the other.") if detail.double_entry
                      else self.tr("Only the account named here enters the ballots. Leave it empty to let any "
                                   "teller account enter them."))
        note.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Teller 1"), self.first)
        form.addRow(self.tr("Teller 2 (double entry)"), self.second)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _combo(self, accounts: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(not assigned)"), "")
        for username, name in accounts:
            combo.addItem(f"{name} ({username})" if name != username else username, username)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        return combo

    def save(self) -> None:
        self.error.setText("")
        try:
            self._service.assign_tellers(self._detail.id, self.first.currentData(),
                                         self.second.currentData() if self._detail.double_entry else "")
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()

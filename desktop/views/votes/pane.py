"""The Votes pane (being built)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain.accounts.permissions import Permission
from desktop.views.context import AppContext


class VotesPane(QWidget):
    key = "votes"
    permission = Permission.MEMBERS_READ

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context

    @staticmethod
    def title() -> str:
        return QCoreApplication.translate("VotesPane", "Votes")

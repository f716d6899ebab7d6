"""The dues section of the member page (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.views.context import AppContext


class MemberDuesSection(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.setVisible(False)

    def show_member(self, member_id: int | None) -> None:
        pass

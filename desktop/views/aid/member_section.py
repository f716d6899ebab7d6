"""The aid section of the member page, registered for Permission.AID_READ only.

Roles without AID_READ get no section at all and no hint that a case exists: that a member is in
financial hardship is itself sensitive personal information (PIPL art. 28). The section lists
the member's cases (number, tier, last step, status) — no health, income or bank details."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.domain.aid.queries import AidQueries
from desktop.models.aid_tables import AidCaseTableModel
from desktop.views.context import AppContext


class MemberAidSection(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._context = context
        self._queries = AidQueries(context.db, context.actor)  # refuses roles without AID_READ
        self.model = AidCaseTableModel(context.language, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.setMaximumHeight(120)
        self.empty = QLabel(self.tr("No hardship aid case."))
        box = QGroupBox(self.tr("Hardship aid"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.empty)
        inner.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        self.setVisible(False)

    def show_member(self, member_id: int | None) -> None:
        if member_id is None:
            self.setVisible(False)
            return
        rows = self._queries.cases_of_member(member_id)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.setVisible(True)

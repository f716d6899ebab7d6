"""The rights section of the member page, registered for Permission.RIGHTS_READ only.

Roles without RIGHTS_READ get no section at all and no hint that a case exists. The section lists
the member's cases, as the applicant or one of a group (number, category, stage, deadline) — no
ID number, request text or injury details."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.domain.rights.queries import RightsQueries
from desktop.views.context import AppContext
from desktop.views.rights.columns import case_model


class MemberRightsSection(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self._queries = RightsQueries(context.db, context.actor)   # refuses roles without RIGHTS_READ
        self.model = case_model(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.setMaximumHeight(140)
        self.empty = QLabel(self.tr("No rights case."))
        box = QGroupBox(self.tr("Rights cases"))
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

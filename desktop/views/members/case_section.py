"""A member page section listing the member's cases of one register area (hardship aid, rights
cases): a titled table, or a line saying there is none. The area's section gives its queries (which
refuse roles without the area's read permission), its table model and its texts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget


class MemberCasesSection(QWidget):
    def __init__(self, queries: Any, model, title: str, none_text: str, max_height: int, parent=None):
        super().__init__(parent)
        self._queries = queries          # anything with cases_of_member(member_id) -> rows
        self.model = model
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.setMaximumHeight(max_height)
        self.empty = QLabel(none_text)
        box = QGroupBox(title)
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

"""Choosing members by typing, with the member register's own search (name, pinyin initials, phone
or card-number tail): a search box over a list of matches. Used to add participants, to name the
member of a result and the member visited."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.domain.activities.queries import ActivityQueries

DELAY_MS = 120


class MemberPicker(QWidget):
    """`multiple` lets the user pick several (Ctrl/Shift-click); `chosen()` gives their ids."""

    picked = Signal()  # double-click or Enter on a match

    def __init__(self, queries: ActivityQueries, multiple: bool = False, parent=None):
        super().__init__(parent)
        self._queries = queries
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, pinyin initials (zhs), phone or card no."))
        self.matches = QListWidget()
        self.matches.setSelectionMode(QAbstractItemView.ExtendedSelection if multiple
                                      else QAbstractItemView.SingleSelection)
        self.matches.itemDoubleClicked.connect(lambda _item: self.picked.emit())
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._on_return)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches, 1)

    def refresh(self) -> None:
        self._timer.stop()
        self.matches.clear()
        for choice in self._queries.member_choices(self.search.text()):
            text = " · ".join(part for part in (choice.name, choice.department, choice.card_no) if part)
            item = QListWidgetItem(text)
            item.setData(Qt.UserRole, choice.member_id)
            item.setData(Qt.UserRole + 1, choice.name)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def _on_return(self) -> None:
        self.refresh()
        if self.matches.count():
            self.picked.emit()

    def chosen(self) -> list[int]:
        items = self.matches.selectedItems() or ([self.matches.currentItem()] if self.matches.currentItem() else [])
        return [item.data(Qt.UserRole) for item in items]

    def chosen_name(self) -> str:
        item = self.matches.currentItem()
        return item.data(Qt.UserRole + 1) if item else ""

    def preset(self, member_id: int, name: str) -> None:
        """Show one member already chosen (editing a result or a visit)."""
        self.matches.clear()
        item = QListWidgetItem(name)
        item.setData(Qt.UserRole, member_id)
        item.setData(Qt.UserRole + 1, name)
        self.matches.addItem(item)
        self.matches.setCurrentRow(0)

"""Picking members from the register by typing (name, pinyin initials, phone): a search line, the
matches, and — for several people — the list of those chosen. Used for a proposal's 领衔人 and
附议人 and a suggestion's proposers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from desktop.domain.proposals.queries import member_choices
from desktop.messages import UserError
from desktop.views.context import AppContext
from desktop.views.widgets.forms import user_error_text


class MemberPicker(QWidget):
    """One member (`several=False`: the current match) or several (added to a list)."""

    problem = Signal(str)

    def __init__(self, context: AppContext, several: bool, parent=None):
        super().__init__(parent)
        self._context = context
        self._several = several
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search the register: name, pinyin initials, phone"))
        self.search.textChanged.connect(lambda _text: self.find())
        self.matches = QListWidget()
        self.matches.setMaximumHeight(70)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.matches)
        self.chosen = QListWidget()
        if several:
            self.matches.itemDoubleClicked.connect(lambda _item: self.add_current())
            add = QPushButton(self.tr("Add"))
            add.clicked.connect(self.add_current)
            remove = QPushButton(self.tr("Remove"))
            remove.clicked.connect(lambda: self.chosen.takeItem(self.chosen.currentRow()))
            buttons = QHBoxLayout()
            buttons.addWidget(add)
            buttons.addWidget(remove)
            buttons.addStretch(1)
            self.chosen.setMaximumHeight(70)
            layout.addLayout(buttons)
            layout.addWidget(self.chosen)

    def find(self) -> None:
        self.matches.clear()
        text = self.search.text().strip()
        if not text:
            return
        try:
            choices = member_choices(self._context.db, self._context.actor, text)
        except UserError as error:
            self.problem.emit(user_error_text(error))
            return
        for choice in choices:
            item = QListWidgetItem(" · ".join(p for p in (choice.name, choice.department) if p))
            item.setData(Qt.UserRole, choice.member_id)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def add_current(self) -> None:
        item = self.matches.currentItem()
        if item is not None and item.data(Qt.UserRole) not in self.ids():
            self.add(item.data(Qt.UserRole), item.text())

    def add(self, member_id: int, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.UserRole, member_id)
        self.chosen.addItem(item)

    def ids(self) -> tuple[int, ...]:
        return tuple(self.chosen.item(i).data(Qt.UserRole) for i in range(self.chosen.count()))

    def current_id(self) -> int | None:
        item = self.matches.currentItem()
        return item.data(Qt.UserRole) if item else None

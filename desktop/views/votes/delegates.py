"""The named list of a vote (delegates): chosen by searching members in good standing, or read from
the congress's delegate list file (代表团/组, 姓名, 单位) through the roster reader; lines that match
no member in good standing are listed with their row and why."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QVBoxLayout,
)

from desktop.domain.votes.queries import VoteQueries
from desktop.exchange.votes.delegates import read_delegates
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.widgets.forms import ERROR_STYLE, user_error_text


class DelegatePicker(QDialog):
    """Choose the named list (delegates) by searching members in good standing."""

    def __init__(self, queries: VoteQueries, chosen: dict[int, str], parent=None,
                 post_holders: Callable[[str], list[tuple[int, str]]] | None = None, language: str = "zh_CN"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delegates"))
        self._queries = queries
        self._post_holders = post_holders
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name or pinyin"))
        self.found = QListWidget()
        self.chosen = QListWidget()
        for member_id, name in chosen.items():
            self._add(self.chosen, member_id, name)
        add = QPushButton(self.tr("Add →"))
        remove = QPushButton(self.tr("← Remove"))
        add_all = QPushButton(self.tr("Add all found"))
        from_file = QPushButton(self.tr("From a file…"))
        from_file.setToolTip(self.tr("A delegate list (.xlsx, .xls or .csv) with the columns 代表团/组, 姓名, 单位"))
        from_file.clicked.connect(self.from_file)
        self.unmatched = QLabel()
        self.unmatched.setWordWrap(True)
        self.unmatched.setStyleSheet(ERROR_STYLE)
        self.count = QLabel()
        self.search.textChanged.connect(self._find)
        add.clicked.connect(lambda: self._move(self.found.selectedItems()))
        add_all.clicked.connect(lambda: self._move([self.found.item(i) for i in range(self.found.count())]))
        self.found.itemDoubleClicked.connect(lambda item: self._move([item]))
        remove.clicked.connect(self._remove)
        self.found.setSelectionMode(QListWidget.ExtendedSelection)
        self.chosen.setSelectionMode(QListWidget.ExtendedSelection)
        middle = QVBoxLayout()
        for button in (add, add_all, remove, from_file):
            middle.addWidget(button)
        middle.addStretch(1)
        lists = QHBoxLayout()
        lists.addWidget(self.found, 1)
        lists.addLayout(middle)
        lists.addWidget(self.chosen, 1)
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(lists, 1)
        if post_holders is not None:  # e.g. the committee as the electorate of a committee meeting
            from desktop.views.members.posts_dialog import post_group_combo

            self.post_group = post_group_combo(language, None)
            add_group = QPushButton(self.tr("Add the holders of this union post"))
            add_group.clicked.connect(self.add_post_holders)
            row = QHBoxLayout()
            row.addWidget(self.post_group, 1)
            row.addWidget(add_group)
            layout.addLayout(row)
        layout.addWidget(self.count)
        layout.addWidget(self.unmatched)
        layout.addWidget(box)
        self.resize(640, 480)
        self._find("")

    def add_post_holders(self) -> None:
        have = set(self.selected())
        for member_id, label in self._post_holders(self.post_group.currentData()):
            if member_id not in have:
                self._add(self.chosen, member_id, label)
        self._count()

    @staticmethod
    def _add(widget: QListWidget, member_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.UserRole, member_id)
        widget.addItem(item)

    def _find(self, text: str) -> None:
        self.found.clear()
        for member in self._queries.member_choices(text.strip(), limit=300):
            label = f"{member.name}（{member.department}）" if member.department else member.name
            self._add(self.found, member.member_id, label)
        self._count()

    def _move(self, items) -> None:
        have = set(self.selected())
        for item in items:
            if item.data(Qt.UserRole) not in have:
                self._add(self.chosen, item.data(Qt.UserRole), item.text())
        self._count()

    def _remove(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self._count()

    def from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Delegate list"), "",
                                              self.tr("Spreadsheets (*.xlsx *.xls *.csv)"))
        if path:
            self.add_from_file(path)

    def add_from_file(self, path: str) -> None:
        """Add the delegates a file names who are members in good standing; list the others."""
        try:
            matches = self._queries.match_delegates(read_delegates(path))
        except UserError as error:
            self.unmatched.setText(user_error_text(error))
            return
        have = set(self.selected())
        for match in matches:
            if match.member_id is not None and match.member_id not in have:
                self._add(self.chosen, match.member_id, f"{match.name}（{match.unit}）" if match.unit else match.name)
                have.add(match.member_id)
        missing = [self.tr("row {row} {name}: {why}").format(row=m.row, name=m.name, why=message_text(m.problem))
                   for m in matches if m.member_id is None]
        found = len(matches) - len(missing)
        text = self.tr("{found} of {total} delegates in the file added.").format(found=found, total=len(matches))
        if missing:
            text += " " + self.tr("Not added:") + "\n" + "\n".join(missing)
        self.unmatched.setText(text)
        self._count()

    def _count(self) -> None:
        self.count.setText(self.tr("{n} chosen").format(n=self.chosen.count()))

    def selected(self) -> dict[int, str]:
        return {self.chosen.item(i).data(Qt.UserRole): self.chosen.item(i).text() for i in range(self.chosen.count())}

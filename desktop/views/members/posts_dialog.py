"""工会职务 on the member page: the posts a member holds or held, with their dates; adding a post,
ending a term, removing a post entered by mistake. Also the "post group" combo every "who" picker
uses (the committee, or one post)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from desktop.domain.errors import UserError
from desktop.domain.members.posts import COMMITTEE, PostRow, PostService, post_codes, post_label
from desktop.domain.members.queries import MemberQueries
from desktop.models.texts import date_text, message_text
from desktop.views.context import AppContext


def post_text(post: PostRow, language: str) -> str:
    """"工会委员 2023-05-01 起" or "会员代表 2020-05-01 — 2023-04-30"."""
    name = post_label(post.post, language)
    if post.ended_on is None:
        return QCoreApplication.translate("MemberPosts", "{post} since {start}").format(
            post=name, start=date_text(post.started_on))
    return QCoreApplication.translate("MemberPosts", "{post} {start} — {end}").format(
        post=name, start=date_text(post.started_on), end=date_text(post.ended_on))


def post_group_combo(language: str, everything: str | None) -> QComboBox:
    """The committee (主席, 副主席, 委员) and each post; `everything` (data None) first when given."""
    combo = QComboBox()
    if everything is not None:
        combo.addItem(everything, None)
    combo.addItem(QCoreApplication.translate("MemberPosts", "Union committee (chair, vice-chairs, members)"),
                  COMMITTEE)
    for code in post_codes():
        combo.addItem(post_label(code, language), code)
    return combo


def _date_edit(day: QDate | None = None) -> QDateEdit:
    edit = QDateEdit(day or QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class PostsDialog(QDialog):
    def __init__(self, context: AppContext, member_id: int, parent=None):
        super().__init__(parent)
        self._context = context
        self._member_id = member_id
        self._service = PostService(context.db, context.actor)
        self._queries = MemberQueries(context.db, context.actor)
        detail = self._queries.detail(member_id)
        self.setWindowTitle(self.tr("Union posts — {name}").format(name=detail.data.name if detail else ""))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Post"), self.tr("From"), self.tr("To")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)

        self.post = post_group_combo(context.language, None)
        self.post.removeItem(0)  # a member holds a post, not "the committee"
        self.started_on = _date_edit()
        self.has_end = QCheckBox(self.tr("until"))
        self.ended_on = _date_edit()
        self.ended_on.setEnabled(False)
        self.has_end.toggled.connect(self.ended_on.setEnabled)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note, e.g. elected at the 3rd congress"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_post)
        add_row = QHBoxLayout()
        for widget in (self.post, QLabel(self.tr("from")), self.started_on, self.has_end, self.ended_on):
            add_row.addWidget(widget)
        add_row.addWidget(self.note, 1)
        add_row.addWidget(self.add_button)

        self.end_date = _date_edit()
        self.end_button = QPushButton(self.tr("End the selected term on"))
        self.end_button.clicked.connect(self.end_selected)
        self.remove_button = QPushButton(self.tr("Remove (entered by mistake)"))
        self.remove_button.clicked.connect(self.remove_selected)
        change_row = QHBoxLayout()
        change_row.addWidget(self.end_button)
        change_row.addWidget(self.end_date)
        change_row.addStretch(1)
        change_row.addWidget(self.remove_button)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(change_row)
        layout.addWidget(QLabel(self.tr("Add a post:")))
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(820, 420)
        self._rows: list[PostRow] = []
        self.refresh()

    def refresh(self) -> None:
        detail = self._queries.detail(self._member_id)
        self._rows = list(detail.posts) if detail else []
        self.table.setRowCount(len(self._rows))
        for row, post in enumerate(self._rows):
            for column, text in enumerate((post_label(post.post, self._context.language),
                                           date_text(post.started_on), date_text(post.ended_on))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _selected(self) -> PostRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def _run(self, work) -> bool:
        try:
            work()
        except UserError as error:
            self.message.setText(message_text(error.message))
            return False
        self.message.clear()
        self.refresh()
        return True

    def add_post(self) -> bool:
        ended = self.ended_on.date().toPython() if self.has_end.isChecked() else None
        return self._run(lambda: self._service.add(self._member_id, self.post.currentData(),
                                                   self.started_on.date().toPython(), ended, self.note.text().strip()))

    def end_selected(self) -> bool:
        post = self._selected()
        if post is None:
            self.message.setText(self.tr("Select a post in the list first."))
            return False
        return self._run(lambda: self._service.end(post.id, self.end_date.date().toPython()))

    def remove_selected(self) -> bool:
        post = self._selected()
        if post is None:
            self.message.setText(self.tr("Select a post in the list first."))
            return False
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Remove this post from the member's record? Use this only for an entry made by mistake; "
            "a term that ended is ended, not removed."))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._run(lambda: self._service.remove(post.id))

"""Adding participants to an activity: by name, by department or team, or the holders of a union post;
a sign-up of thousands runs with a progress dialog that can be cancelled."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QTabWidget, QVBoxLayout, QWidget,
)

from desktop.domain.activities.queries import ActivityQueries
from desktop.domain.activities.participants import SignUpResult
from desktop.domain.activities.service import ActivityService
from desktop.messages import UserError
from desktop.views.activities.member_picker import MemberPicker
from desktop.views.members.posts_dialog import post_group_combo
from desktop.views.widgets.forms import error_label, user_error_text


MANY = 2000  # sign-ups from which a progress dialog shows


class AddParticipantsDialog(QDialog):
    """Add members to an activity: found by search, a whole department or team, the holders of a union
    post (the committee …), or everyone active.
    Those beyond the capacity go on the waiting list."""

    def __init__(self, service: ActivityService, queries: ActivityQueries, activity_id: int,
                 departments: list[str], teams: list[str], parent=None):
        super().__init__(parent)
        self._service, self._queries, self._activity_id = service, queries, activity_id
        self.result_value: SignUpResult | None = None
        self.setWindowTitle(self.tr("Add participants"))
        self.tabs = QTabWidget()
        self.picker = MemberPicker(queries, multiple=True)
        self.picker.picked.connect(self.save)
        self.tabs.addTab(self.picker, self.tr("By search"))
        group = QWidget()
        group_form = QFormLayout(group)
        self.department = QComboBox()
        self.department.addItem(self.tr("(any department)"), None)
        for name in departments:
            self.department.addItem(name, name)
        self.team = QComboBox()
        self.team.addItem(self.tr("(any team)"), None)
        for name in teams:
            self.team.addItem(name, name)
        self.group_count = QLabel()
        for combo in (self.department, self.team):
            combo.currentIndexChanged.connect(self._count_group)
        group_form.addRow(self.tr("Department"), self.department)
        group_form.addRow(self.tr("Team"), self.team)
        group_form.addRow(self.group_count)
        self.tabs.addTab(group, self.tr("Department or team"))
        posts = QWidget()
        posts_form = QFormLayout(posts)
        self.post_group = post_group_combo(self._language_of(parent), None)
        self.post_count = QLabel()
        self.post_group.currentIndexChanged.connect(self._count_posts)
        posts_form.addRow(self.tr("Union post"), self.post_group)
        posts_form.addRow(self.post_count)
        self.tabs.addTab(posts, self.tr("Union post"))
        everyone = QLabel(self.tr("Every member whose membership is active ({count}).").format(
            count=len(queries.active_member_ids())))
        everyone.setWordWrap(True)
        self.tabs.addTab(everyone, self.tr("Everyone active"))
        self.error = error_label()
        box = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        box.button(QDialogButtonBox.Ok).setText(self.tr("Sign up"))
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(box)
        self._count_group()
        self._count_posts()
        self.resize(520, 480)

    @staticmethod
    def _language_of(parent) -> str:
        return getattr(parent, "_language", "zh_CN")

    def _count_posts(self) -> None:
        self.post_count.setText(self.tr("{count} active members").format(
            count=len(self._queries.post_holders(self.post_group.currentData()))))

    def _group_ids(self) -> list[int]:
        return self._queries.active_member_ids(self.department.currentData(), self.team.currentData())

    def _count_group(self) -> None:
        if self.department.currentData() is None and self.team.currentData() is None:
            self.group_count.setText(self.tr("Choose a department, a team or both."))
        else:
            self.group_count.setText(self.tr("{count} active members").format(count=len(self._group_ids())))

    def chosen_ids(self) -> list[int]:
        page = self.tabs.currentIndex()
        if page == 0:
            return self.picker.chosen()
        if page == 1:
            if self.department.currentData() is None and self.team.currentData() is None:
                return []
            return self._group_ids()
        if page == 2:
            return self._queries.post_holders(self.post_group.currentData())
        return self._queries.active_member_ids()

    def save(self) -> None:
        ids = self.chosen_ids()
        if not ids:
            self.error.setText(self.tr("Nobody chosen yet."))
            return
        try:
            if len(ids) < MANY:
                self.result_value = self._service.sign_up(self._activity_id, ids)
            else:  # "everyone active" in a large union: progress, and Cancel rolls it all back
                from desktop.views.widgets.progress import run_with_progress

                self.result_value = run_with_progress(
                    self, self.tr("Signing up {count} members…").format(count=len(ids)),
                    lambda progress, cancelled: self._service.sign_up(self._activity_id, ids, progress, cancelled))
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()

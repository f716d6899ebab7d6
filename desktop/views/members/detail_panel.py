"""The member page beside the list: every field of the record and the membership history."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHeaderView, QLabel, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from desktop.domain.codes import code_table
from desktop.domain.members.lifecycle import EVENT_LABELS, STATUS_LABELS
from desktop.domain.members.queries import MemberDetail
from desktop.views.members.posts_dialog import post_text
from desktop.models.texts import date_text, message_text


class MemberDetailPanel(QScrollArea):
    """`reveal(member_id, field) -> str` is given to roles that see masked values but may unmask
    them one member at a time (each reveal is audited by the service)."""

    def __init__(self, language: str, reveal: Callable[[int, str], str] | None = None, parent=None,
                 edit_posts: Callable[[int], None] | None = None):
        super().__init__(parent)
        self._language = language
        self._reveal = reveal
        self._edit_posts = edit_posts
        self._member_id: int | None = None
        self.setWidgetResizable(True)
        body = QWidget()
        self.setWidget(body)
        layout = QVBoxLayout(body)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        layout.addWidget(self.title)
        self.reveal_button = QPushButton(self.tr("Show full ID number and phone (recorded)"))
        self.reveal_button.setVisible(reveal is not None)
        self.reveal_button.clicked.connect(self._reveal_sensitive)
        layout.addWidget(self.reveal_button)
        self._values: dict[str, QLabel] = {}
        layout.addWidget(self._group(self.tr("Identity"), [
            ("id_type", self.tr("Document type")), ("id_number", self.tr("ID number")),
            ("gender", self.tr("Gender")), ("birth_date", self.tr("Birth date")),
            ("ethnicity", self.tr("Ethnicity")), ("political_status", self.tr("Political status")),
            ("education", self.tr("Education")), ("mobile", self.tr("Mobile")),
        ]))
        layout.addWidget(self._group(self.tr("Work and household"), [
            ("department", self.tr("Department")), ("team", self.tr("Team")), ("post", self.tr("Post")),
            ("hire_date", self.tr("Hire date")), ("employment_status", self.tr("Employment")),
            ("skill_level", self.tr("Skill level")), ("work_unit", self.tr("Work unit")),
            ("is_migrant_worker", self.tr("Migrant worker")), ("household_type", self.tr("Household type")),
            ("household_place", self.tr("Household registration")), ("native_place", self.tr("Native place")),
        ]))
        layout.addWidget(self._group(self.tr("Membership"), [
            ("status", self.tr("Status")), ("join_date", self.tr("Joined on")),
            ("card_no", self.tr("Member card no.")), ("member_no", self.tr("Member no.")),
            ("consent_date", self.tr("Consent to data collection")), ("remarks", self.tr("Remarks")),
        ]))
        posts_box = QGroupBox(self.tr("Union posts"))
        posts_layout = QVBoxLayout(posts_box)
        self.posts = QLabel()
        self.posts.setWordWrap(True)
        self.posts.setTextInteractionFlags(Qt.TextSelectableByMouse)
        posts_layout.addWidget(self.posts)
        self.posts_button = QPushButton(self.tr("Union posts…"))
        self.posts_button.setVisible(edit_posts is not None)
        self.posts_button.clicked.connect(
            lambda: self._member_id is not None and self._edit_posts(self._member_id))
        posts_layout.addWidget(self.posts_button)
        layout.addWidget(posts_box)
        history_box = QGroupBox(self.tr("Membership history"))
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Change"), self.tr("Reason"), self.tr("Approved by"), self.tr("Note")])
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.setEditTriggers(QTableWidget.NoEditTriggers)
        QVBoxLayout(history_box).addWidget(self.history)
        layout.addWidget(history_box)
        layout.addStretch(1)
        self.show_member(None)

    def _group(self, title: str, rows: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        form = QFormLayout(box)
        for key, label in rows:
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self._values[key] = value
            form.addRow(label, value)
        return box

    def _reveal_sensitive(self) -> None:
        if self._member_id is None or self._reveal is None:
            return
        for field in ("id_number", "mobile"):
            self._values[field].setText(self._reveal(self._member_id, field) or "—")
        self.reveal_button.setEnabled(False)

    def show_member(self, member: MemberDetail | None) -> None:
        self._member_id = member.id if member is not None else None
        self.reveal_button.setEnabled(member is not None)
        self.widget().setEnabled(member is not None)
        if member is None:
            self.title.setText(self.tr("Select a member to see the details."))
            for label in self._values.values():
                label.setText("")
            self.posts.setText("")
            self.history.setRowCount(0)
            return
        data, language = member.data, self._language
        self.title.setText(data.name)
        texts = {
            "id_type": code_table("id_type").label(data.id_type, language), "id_number": data.id_number,
            "gender": code_table("gender").label(data.gender, language),
            "birth_date": member.birth_text,
            "ethnicity": code_table("ethnicity").label(data.ethnicity, language),
            "political_status": code_table("political_status").label(data.political_status, language),
            "education": code_table("education").label(data.education, language), "mobile": data.mobile,
            "department": data.department, "team": data.team, "post": data.post,
            "hire_date": date_text(data.hire_date),
            "employment_status": code_table("employment_status").label(data.employment_status, language),
            "skill_level": code_table("skill_level").label(data.skill_level, language),
            "work_unit": data.work_unit,
            "is_migrant_worker": self.tr("Yes") if data.is_migrant_worker else self.tr("No"),
            "household_type": code_table("household_type").label(data.household_type, language),
            "household_place": data.household_place, "native_place": data.native_place,
            "status": message_text(STATUS_LABELS[member.status]), "join_date": date_text(data.join_date),
            "card_no": data.card_no, "member_no": data.member_no,
            "consent_date": date_text(data.consent_date), "remarks": data.remarks,
        }
        for key, label in self._values.items():
            label.setText(texts.get(key) or "—")
        self.posts.setText("\n".join(post_text(post, language) for post in member.posts) or self.tr("None"))
        reasons = code_table("membership_change_reason")
        self.history.setRowCount(len(member.history))
        for row, event in enumerate(reversed(member.history)):  # newest first
            for column, text in enumerate((date_text(event.event_date), message_text(EVENT_LABELS[event.event_type]),
                                           reasons.label(event.reason, language), event.approver, event.note)):
                self.history.setItem(row, column, QTableWidgetItem(text))

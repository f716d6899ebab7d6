"""Options of a sign-in sheet: its title, date and place, and who is on it (the members in the
list, the selected ones, the holders of a union post such as the committee, or only blank rows),
plus blank rows for people not on the list. With rows selected the selection is the default;
otherwise the dialog asks (nothing is chosen for the user: the whole list can be 78 pages)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from desktop.views.members.posts_dialog import post_group_combo
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLineEdit, QRadioButton,
    QSpinBox, QVBoxLayout,
)

ALL, SELECTED, BLANK, POSTS = "all", "selected", "blank", "posts"


class SignInDialog(QDialog):
    def __init__(self, shown: int, selected: int, parent=None, language: str = "zh_CN"):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print sign-in sheet"))
        self.title = QLineEdit("签到表")  # the paper's own (Chinese) title, edited by the user
        self.title.setPlaceholderText(self.tr("e.g. 2026年工会委员会第一次会议签到表"))
        self.has_date = QCheckBox(self.tr("Date:"))
        self.has_date.setChecked(True)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.has_date.toggled.connect(self.date.setEnabled)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("e.g. 三楼会议室"))

        self.all_members = QRadioButton(self.tr("All {count} members in the list").format(count=shown))
        self.selected_members = QRadioButton(self.tr("The {count} selected members").format(count=selected))
        self.selected_members.setEnabled(selected > 0)
        self.blank_only = QRadioButton(self.tr("Blank rows only"))
        self.post_holders = QRadioButton(self.tr("Holders of a union post:"))
        self.post_group = post_group_combo(language, None)
        self.post_group.activated.connect(lambda _: self.post_holders.setChecked(True))  # choosing a group is choosing it
        self.post_group.currentIndexChanged.connect(lambda _: self.post_holders.setChecked(True))
        group = QButtonGroup(self)
        for button in (self.all_members, self.selected_members, self.post_holders, self.blank_only):
            group.addButton(button)
        if selected > 0:
            self.selected_members.setChecked(True)
        self.blank_rows = QSpinBox()
        self.blank_rows.setRange(0, 500)
        self.blank_rows.setValue(5)
        self.blank_rows.setSuffix(self.tr(" blank rows"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Preview…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.preview_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.preview_button.setEnabled(group.checkedButton() is not None)
        group.buttonToggled.connect(lambda *_: self.preview_button.setEnabled(group.checkedButton() is not None))

        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.has_date, self.date)
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("On the sheet:"), self.all_members)
        form.addRow("", self.selected_members)
        posts = QHBoxLayout()
        posts.addWidget(self.post_holders)
        posts.addWidget(self.post_group, 1)
        form.addRow("", posts)
        form.addRow("", self.blank_only)
        form.addRow(self.tr("Add:"), self.blank_rows)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def who(self) -> str:
        if self.blank_only.isChecked():
            return BLANK
        if self.post_holders.isChecked():
            return POSTS
        return SELECTED if self.selected_members.isChecked() else ALL

    def sheet_date(self) -> dt.date | None:
        return self.date.date().toPython() if self.has_date.isChecked() else None

    def sheet_title(self) -> str:
        return self.title.text().strip() or "签到表"

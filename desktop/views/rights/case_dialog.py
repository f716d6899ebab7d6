"""The case dialog: the worker picked from the register (or a group with its headcount), the other
party, the category, what is asked, when and how it came in, the urgency. Injury details of an
existing case stay masked; typing over them replaces them, leaving them keeps the stored text."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QDialog, QFormLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from desktop.domain.errors import FieldError, ValidationError
from desktop.domain.rights import rules
from desktop.domain.rights.inputs import HEADCOUNT_LIMIT, CaseInput
from desktop.domain.rights.queries import CaseDetail, member_choices
from desktop.domain.rights.service import RightsService
from desktop.messages import QT_TRANSLATE_NOOP, UserError
from desktop.models.texts import message_text
from desktop.views.aid.widgets import YuanEdit
from desktop.views.context import AppContext
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text

CHANNELS = ("来访", "来电", "来信", "网上")


def _combo(labels: dict, codes) -> QComboBox:
    combo = QComboBox()
    for code in codes:
        combo.addItem(message_text(labels[code]), code)
    return combo


class RightsCaseDialog(QDialog):
    def __init__(self, context: AppContext, detail: CaseDetail | None = None, parent=None):
        super().__init__(parent)
        self._context = context
        self._detail = detail
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New rights case") if detail is None else
                            self.tr("Rights case {case_no}").format(case_no=detail.row.case_no))
        self.member_search = QLineEdit()
        self.member_search.setClearButtonEnabled(True)
        self.member_search.setPlaceholderText(self.tr("Search the register: name, pinyin initials, phone"))
        self.member_search.returnPressed.connect(self.search_members)
        self.member_search.textChanged.connect(lambda _text: self.search_members())
        self.member_list = QListWidget()
        self.member_list.setMaximumHeight(90)
        self.collective = QCheckBox(self.tr("Collective dispute (集体争议)"))
        self.headcount = QSpinBox()
        self.headcount.setRange(1, HEADCOUNT_LIMIT)
        self.headcount.setSuffix(self.tr(" workers"))
        self.collective.toggled.connect(self._collective_changed)
        self.group = self._group_box()
        self.other_party = QLineEdit()
        self.other_party.setPlaceholderText(self.tr("Usually the employer or a department"))
        self.category = _combo(rules.CATEGORY_LABELS, rules.CATEGORIES)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.request = QPlainTextEdit()
        self.request.setMaximumHeight(70)
        self.received_on = QDateEdit(QDate.currentDate())
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.channel = QComboBox()
        self.channel.setEditable(True)
        self.channel.addItems(CHANNELS)
        self.urgency = _combo(rules.URGENCY_LABELS, rules.URGENCIES)
        self.amount_claimed = YuanEdit()
        self.injury_detail = QPlainTextEdit()
        self.injury_detail.setMaximumHeight(50)
        self.injury_detail.setPlaceholderText(self.tr("Only for an injury at work: kept masked, revealed with a record"))
        form = QFormLayout()
        form.addRow(self.tr("Worker"), self.member_search)
        form.addRow("", self.member_list)
        form.addRow("", self.collective)
        form.addRow(self.tr("Headcount"), self.headcount)
        form.addRow(self.tr("Members in the group"), self.group)
        form.addRow(self.tr("Other party"), self.other_party)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Request"), self.request)
        form.addRow(self.tr("Received"), self.received_on)
        form.addRow(self.tr("How it came in"), self.channel)
        form.addRow(self.tr("Urgency"), self.urgency)
        form.addRow(self.tr("Amount claimed (yuan)"), self.amount_claimed)
        form.addRow(self.tr("Injury details"), self.injury_detail)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)
        self.resize(560, 640)
        if detail is not None:
            self._load(detail)
        self._collective_changed(self.collective.isChecked())
        self._category_changed()

    def _group_box(self) -> QWidget:
        """The members of a group case found in the register (the headcount may be larger)."""
        self.group_search = QLineEdit()
        self.group_search.setPlaceholderText(self.tr("Find a member to add to the group"))
        self.group_search.textChanged.connect(lambda _text: self._search_group())
        self.group_results = QListWidget()
        self.group_results.setMaximumHeight(60)
        self.group_results.itemDoubleClicked.connect(lambda _item: self.add_to_group())
        add = QPushButton(self.tr("Add to the group"))
        add.clicked.connect(self.add_to_group)
        remove = QPushButton(self.tr("Remove from the group"))
        remove.clicked.connect(lambda: self.group_list.takeItem(self.group_list.currentRow()))
        self.group_list = QListWidget()
        self.group_list.setMaximumHeight(60)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        for widget in (self.group_search, self.group_results):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.group_list)
        return box

    def _search_group(self) -> None:
        self._fill_choices(self.group_results, self.group_search.text())

    def add_to_group(self) -> None:
        item = self.group_results.currentItem()
        ids = {self.group_list.item(i).data(Qt.UserRole) for i in range(self.group_list.count())}
        if item is not None and item.data(Qt.UserRole) not in ids | {self.member_id()}:
            self._add_group_member(item.data(Qt.UserRole), item.text())

    def _add_group_member(self, member_id: int, label: str) -> None:
        added = QListWidgetItem(label)
        added.setData(Qt.UserRole, member_id)
        self.group_list.addItem(added)

    def group_members(self) -> tuple[int, ...]:
        return tuple(self.group_list.item(i).data(Qt.UserRole) for i in range(self.group_list.count()))

    def _collective_changed(self, on: bool) -> None:
        self.group.setVisible(on)
        self.headcount.setEnabled(on)
        if on and self.headcount.value() < 2:
            self.headcount.setValue(2)
        if not on:
            self.headcount.setValue(1)

    def _category_changed(self) -> None:
        self.injury_detail.setEnabled(self.category.currentData() == "injury")

    def search_members(self) -> None:
        if self._detail is None:
            self._fill_choices(self.member_list, self.member_search.text())

    def _fill_choices(self, target: QListWidget, text: str) -> None:
        """The register's members matching `text` in `target`, the first one current."""
        target.clear()
        if not text.strip():
            return
        try:
            choices = member_choices(self._context.db, self._context.actor, text.strip())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        for choice in choices:
            item = QListWidgetItem(" · ".join(p for p in (choice.name, choice.department) if p))
            item.setData(Qt.UserRole, choice.member_id)
            target.addItem(item)
        if target.count():
            target.setCurrentRow(0)

    def member_id(self) -> int | None:
        if self._detail is not None:
            return self._detail.row.member_id
        item = self.member_list.currentItem()
        return item.data(Qt.UserRole) if item else None

    def _load(self, d: CaseDetail) -> None:
        r = d.row
        self.member_search.setText(r.name)
        self.member_search.setEnabled(False)
        self.member_list.setVisible(False)
        self.collective.setChecked(r.collective)
        self.headcount.setValue(r.headcount)
        for member_id, name in d.other_members:
            self._add_group_member(member_id, name)
        self.other_party.setText(r.other_party)
        self.category.setCurrentIndex(self.category.findData(r.category))
        self.request.setPlainText(d.request)
        self.received_on.setDate(QDate(r.received_on.year, r.received_on.month, r.received_on.day))
        self.channel.setCurrentText(d.channel)
        self.urgency.setCurrentIndex(self.urgency.findData(r.urgency))
        self.amount_claimed.set_value(d.amount_claimed)
        self.injury_detail.setPlainText(d.injury_detail)

    def case_input(self) -> CaseInput:
        member_id = self.member_id()
        if member_id is None:
            raise ValidationError([FieldError("member_id", QT_TRANSLATE_NOOP(
                "RightsRules", "Pick the worker who asks for help from the member register."))])
        others = self.group_members() if self.collective.isChecked() else ()
        return CaseInput(
            member_id=member_id, category=self.category.currentData(), request=self.request.toPlainText(),
            received_on=self.received_on.date().toPython(), other_party=self.other_party.text(),
            channel=self.channel.currentText(), urgency=self.urgency.currentData(),
            collective=self.collective.isChecked(), headcount=self.headcount.value(), other_members=others,
            amount_claimed=self.amount_claimed.value(),
            injury_detail=self.injury_detail.toPlainText() if self.category.currentData() == "injury" else "")

    def save(self) -> None:
        service = RightsService(self._context.db, self._context.actor)
        try:
            data = self.case_input()
            if self._detail is None:
                self.saved_id = service.create_case(data)
            else:
                service.update_case(self._detail.row.id, data, self._detail.version)
                self.saved_id = self._detail.row.id
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()

"""The registers' settings (chair only): how many 附议人 and how many days for an answer a new congress
session starts with, the suggestions' score sheet (criteria and points, 100 in all) and the reward
amounts by grade. Changed through ProposalService.change_settings (checked and audited)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from desktop.domain.proposals.service import ProposalService
from desktop.domain.proposals.settings import ProposalSettings
from desktop.domain.suggestions import rules
from desktop.messages import UserError
from desktop.models.texts import message_text
from desktop.views.aid.widgets import YuanEdit
from desktop.views.context import AppContext
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text

GRADES = ("first", "second", "third")


class RegisterSettingsDialog(QDialog):
    def __init__(self, context: AppContext, settings: ProposalSettings, parent=None):
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Proposals and suggestions: settings"))
        self.seconders = QSpinBox()
        self.seconders.setRange(0, 30)
        self.seconders.setValue(settings.seconders_required)
        self.answer_days = QSpinBox()
        self.answer_days.setRange(7, 365)
        self.answer_days.setSuffix(self.tr(" days"))
        self.answer_days.setValue(settings.answer_days)
        self.sheet = QTableWidget(0, 2)
        self.sheet.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Points")])
        self.sheet.horizontalHeader().setStretchLastSection(True)
        self.sheet.setMinimumHeight(150)
        for name, most in settings.score_sheet:
            self.add_criterion(name, most)
        self.total = QLabel()
        self.sheet.itemChanged.connect(lambda _item: self._show_total())
        add = QPushButton(self.tr("Add a line"))
        add.clicked.connect(lambda: self.add_criterion("", 0))
        remove = QPushButton(self.tr("Remove the line"))
        remove.clicked.connect(lambda: (self.sheet.removeRow(self.sheet.currentRow()), self._show_total()))
        sheet_box = QWidget()
        sheet_layout = QVBoxLayout(sheet_box)
        sheet_layout.setContentsMargins(0, 0, 0, 0)
        sheet_layout.addWidget(self.sheet)
        buttons = QHBoxLayout()
        for widget in (add, remove):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        sheet_layout.addLayout(buttons)
        self.rewards = {}
        form = QFormLayout()
        form.addRow(self.tr("Seconders a new session needs"), self.seconders)
        form.addRow(self.tr("Days for an answer (new sessions)"), self.answer_days)
        form.addRow(self.tr("Suggestions' score sheet"), sheet_box)
        for grade in GRADES:
            edit = YuanEdit()
            edit.set_value(settings.reward_for(grade))
            self.rewards[grade] = edit
            form.addRow(message_text(rules.GRADE_LABELS[grade]), edit)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)
        self.resize(520, 560)
        self._show_total()

    def add_criterion(self, name: str, most: int) -> None:
        row = self.sheet.rowCount()
        self.sheet.insertRow(row)
        self.sheet.setItem(row, 0, QTableWidgetItem(name))
        self.sheet.setItem(row, 1, QTableWidgetItem(str(most)))

    def score_sheet(self) -> tuple[tuple[str, int], ...]:
        lines = []
        for row in range(self.sheet.rowCount()):
            name = (self.sheet.item(row, 0).text() if self.sheet.item(row, 0) else "").strip()
            text = (self.sheet.item(row, 1).text() if self.sheet.item(row, 1) else "").strip()
            if name:
                lines.append((name, int(text) if text.isdigit() else 0))
        return tuple(lines)

    def _show_total(self) -> None:
        self.total.setText(self.tr("Total {points} of 100").format(points=sum(m for _, m in self.score_sheet())))

    def settings(self) -> ProposalSettings:
        return ProposalSettings(self.seconders.value(), self.answer_days.value(), self.score_sheet(),
                                tuple((g, self.rewards[g].value() or Decimal("0.00")) for g in GRADES))

    def save(self) -> None:
        self.error.clear()
        try:
            ProposalService(self._context.db, self._context.actor).change_settings(self.settings())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()

"""The yearly settings of the statistics: the unit's headcount (职工人数) on a day and, where no 工会职务
records exist, the size of the union bodies. An empty field means "not known"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QFormLayout, QLineEdit, QSpinBox

from desktop.domain.statistics.inputs import HEADCOUNT_LIMIT, SettingsInput
from desktop.domain.statistics.queries import StatisticsQueries
from desktop.domain.statistics.service import StatisticsService
from desktop.messages import UserError
from desktop.views.context import AppContext
from desktop.views.widgets.forms import error_label, lay_out_form_dialog, user_error_text

OPTIONAL = ("women_workforce", "migrant_workforce", "committee", "audit_committee", "women_committee",
            "member_representatives", "congress_delegates")


def _spin(optional: bool) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(-1 if optional else 0, HEADCOUNT_LIMIT)
    if optional:
        spin.setSpecialValueText("—")   # -1: not known
        spin.setValue(-1)
    return spin


class SettingsDialog(QDialog):
    def __init__(self, context: AppContext, as_of: dt.date, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Yearly settings of the statistics"))
        self._context = context
        self.day = QDateEdit(QDate(as_of.year, as_of.month, as_of.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.spins = {"workforce": _spin(False), **{name: _spin(True) for name in OPTIONAL}}
        self.note = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("True on"), self.day)
        labels = {
            "workforce": self.tr("Headcount of the unit (职工人数)"),
            "women_workforce": self.tr("of whom women"),
            "migrant_workforce": self.tr("of whom migrant workers"),
            "committee": self.tr("Union committee members"),
            "audit_committee": self.tr("Funds review committee members"),
            "women_committee": self.tr("Women workers' committee members"),
            "member_representatives": self.tr("Member representatives"),
            "congress_delegates": self.tr("Workers' congress delegates"),
        }
        for name, spin in self.spins.items():
            form.addRow(labels[name], spin)
        form.addRow(self.tr("Note"), self.note)
        self.error = error_label()
        lay_out_form_dialog(self, form, self.error, self.save)
        self._fill(as_of)

    def _fill(self, as_of: dt.date) -> None:
        """Start from the figures in force on the day, if any (the bodies are typed only when no
        工会职务 records exist: the figures from the posts win)."""
        current = StatisticsQueries(self._context.db, self._context.actor).settings(as_of)
        if current is None:
            return
        for name, spin in self.spins.items():
            value = getattr(current, name)
            spin.setValue(-1 if value is None else value)
        self.note.setText(current.note)

    def values(self) -> SettingsInput:
        counts = {name: (None if spin.value() < 0 else spin.value()) for name, spin in self.spins.items()}
        return SettingsInput(self.day.date().toPython(), note=self.note.text(), **counts)

    def save(self) -> None:
        try:
            StatisticsService(self._context.db, self._context.actor).save_settings(self.values())
        except UserError as error:
            self.error.setText(user_error_text(error))
            return
        self.accept()

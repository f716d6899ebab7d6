"""Input widgets for plain values: a code-table combo box and a date box that may be empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from desktop.domain.codes import code_table

_EMPTY_DATE = QDate(1899, 12, 31)  # shown as blank: QDateEdit has no "no date" of its own


class CodeCombo(QComboBox):
    """Pick a value of a code table; shows labels in the interface language, gives the code."""

    def __init__(self, table: str, language: str, allow_empty: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        if allow_empty:
            self.addItem("", None)
        for entry in code_table(table).entries:
            self.addItem(entry.label(language), entry.code)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code else 0
        self.setCurrentIndex(max(index, 0))


class OptionalDateEdit(QDateEdit):
    """A date box that can be left empty (the blank entry before the first real date)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_EMPTY_DATE)
        self.setMaximumDate(QDate(2100, 12, 31))
        self.setSpecialValueText(" ")
        self.set_value(None)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == _EMPTY_DATE else date.toPython()

    def set_value(self, value: dt.date | None) -> None:
        self.setDate(QDate(value) if value else _EMPTY_DATE)

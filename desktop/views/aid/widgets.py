"""Small input widgets of the aid dialogs: a combo over the aid code tables, amounts in yuan."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from desktop.domain.aid import codes
from desktop.domain.money import format_yuan, parse_yuan


class AidCodeCombo(QComboBox):
    """A choice from one of the area's code tables (desktop/domain/aid/codes.py); "" = none."""

    def __init__(self, table: str, language: str, allow_empty: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        if allow_empty:
            self.addItem("", "")
        for entry in codes.aid_code_table(table).entries:
            self.addItem(entry.label(language), entry.code)

    def value(self) -> str:
        return self.currentData() or ""

    def set_value(self, code: str | None) -> None:
        index = self.findData(code or "")
        self.setCurrentIndex(max(index, 0))


class YuanEdit(QLineEdit):
    """An amount typed in yuan ("1,234.50", "300元"); `value()` raises UserError for bad text."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText("0.00")

    def value(self) -> Decimal:
        return parse_yuan(self.text()) if self.text().strip() else Decimal("0.00")

    def set_value(self, amount: Decimal | None) -> None:
        self.setText(format_yuan(amount, grouping=False) if amount else "")


class AidTypeChecks(QWidget):
    """One check box per aid type."""

    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for number, entry in enumerate(codes.aid_code_table(codes.AID_TYPE).entries):
            box = QCheckBox(entry.label(language))
            self.boxes[entry.code] = box
            layout.addWidget(box, number // 3, number % 3)

    def value(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_value(self, chosen) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in set(chosen))

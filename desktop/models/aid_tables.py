"""Item models of the aid pane: the case list, a case's household and its payments. Small lists
(tens to hundreds of rows), filtered and sorted in SQL by desktop.domain.aid.queries; these models
hold plain frozen rows and show them in the interface language."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.domain.aid import codes, workflow
from desktop.domain.aid.queries import CaseRow, HouseholdRow, PaymentRow
from desktop.domain.money import format_yuan
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.texts import message_text


class _RowsModel(QAbstractTableModel):
    HEADERS: tuple[Message, ...] = ()
    RIGHT: frozenset[int] = frozenset()

    def __init__(self, language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._language = language

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.HEADERS):
            return message_text(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.TextAlignmentRole and index.column() in self.RIGHT:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return row.id
        return None

    def text(self, row, column: int) -> str:
        raise NotImplementedError


class AidCaseTableModel(_RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AidTables", "Case no."),
        QT_TRANSLATE_NOOP("AidTables", "Name"),
        QT_TRANSLATE_NOOP("AidTables", "Department"),
        QT_TRANSLATE_NOOP("AidTables", "Tier"),
        QT_TRANSLATE_NOOP("AidTables", "Last step"),
        QT_TRANSLATE_NOOP("AidTables", "Status"),
        QT_TRANSLATE_NOOP("AidTables", "Opened"),
        QT_TRANSLATE_NOOP("AidTables", "Aid requested"),
        QT_TRANSLATE_NOOP("AidTables", "Paid (yuan)"),
    )
    RIGHT = frozenset({8})

    def text(self, row: CaseRow, column: int) -> str:
        if column == 0:
            return row.case_no
        if column == 1:
            return row.name
        if column == 2:
            return row.department
        if column == 3:
            return codes.aid_label(codes.TIER, row.tier, self._language)
        if column == 4:
            return message_text(workflow.STEP_LABELS[row.stage]) if row.stage else ""
        if column == 5:
            if row.status == "open":
                return message_text(QT_TRANSLATE_NOOP("AidTables", "Open"))
            outcome = workflow.OUTCOME_LABELS.get(row.outcome)
            return message_text(QT_TRANSLATE_NOOP("AidTables", "Closed")) + (f" · {message_text(outcome)}" if outcome else "")
        if column == 6:
            return row.opened_on.isoformat()
        if column == 7:
            return codes.aid_types_label(row.aid_granted or row.aid_requested, self._language)
        if column == 8:
            return format_yuan(row.paid_total)
        return ""

    def row_of(self, case_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == case_id:
                return number
        return -1


class AidHouseholdModel(_RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AidTables", "Name"),
        QT_TRANSLATE_NOOP("AidTables", "Relation"),
        QT_TRANSLATE_NOOP("AidTables", "Birth date"),
        QT_TRANSLATE_NOOP("AidTables", "Health"),
        QT_TRANSLATE_NOOP("AidTables", "Work or school"),
        QT_TRANSLATE_NOOP("AidTables", "Monthly income"),
        QT_TRANSLATE_NOOP("AidTables", "ID number"),
    )
    RIGHT = frozenset({5})

    def text(self, row: HouseholdRow, column: int) -> str:
        values = (row.name, codes.aid_label(codes.RELATION, row.relation, self._language) or row.relation,
                  row.birth_date.isoformat() if row.birth_date else "", row.health, row.work_or_school,
                  format_yuan(row.monthly_income), row.id_number)
        return values[column]


class AidPaymentModel(_RowsModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("AidTables", "Paid on"),
        QT_TRANSLATE_NOOP("AidTables", "Amount"),
        QT_TRANSLATE_NOOP("AidTables", "Aid type"),
        QT_TRANSLATE_NOOP("AidTables", "Form"),
        QT_TRANSLATE_NOOP("AidTables", "What was given"),
        QT_TRANSLATE_NOOP("AidTables", "Recipient"),
        QT_TRANSLATE_NOOP("AidTables", "Category"),
        QT_TRANSLATE_NOOP("AidTables", "Batch"),
    )
    RIGHT = frozenset({1})

    def text(self, row: PaymentRow, column: int) -> str:
        from desktop.domain.funds.categories import category_label
        values = (row.paid_on.isoformat(), format_yuan(row.amount),
                  codes.aid_label(codes.AID_TYPE, row.aid_type, self._language),
                  codes.aid_label(codes.PAYMENT_FORM, row.form, self._language), row.items, row.recipient,
                  f"{row.category_code} {category_label(row.category_code, self._language)}",
                  str(row.batch_id or ""))
        return values[column]

"""Table models of the Dues area, over plain rows the dues queries computed and sorted in SQL.

The list of a month holds one small frozen row per listed member (tens of thousands at most: the
query has already done the work; a model reset with 100 000 rows takes ~60 ms); sorting asks the
pane to query again in the new order — never a proxy model over Python rows."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.dues.owed import MonthLine
from desktop.domain.dues.queries import DuesRow, PaymentLineView
from desktop.domain.dues.rules import METHOD_LABELS, base_of, rate_percent
from desktop.domain.money import format_yuan
from desktop.models.texts import message_text

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_RED = QBrush(QColor("#b3261e"))
_WARN = QBrush(QColor("#fbe3e1"))
_GREY = QBrush(QColor("#777777"))


def _money(value: Decimal | None) -> str:
    return format_yuan(value) if value is not None else ""


class _PlainTable(QAbstractTableModel):
    """Columns of (key, header, text of a row, right-aligned?) over a list of rows."""

    columns: Sequence[tuple[str, str, Callable[[Any], str], bool]] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def row_value(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def key_of(self, column: int) -> str:
        return self.columns[column][0]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        key, _header, show, right = self.columns[index.column()]
        if role == _DISPLAY or role == _TOOLTIP:
            return show(row)
        if role == _ALIGN:
            return _RIGHT if right else None
        if role == ID_ROLE:
            return self.id_of(row)
        return self.style(row, key, role)

    def id_of(self, row) -> int | None:
        return None

    def style(self, row, key: str, role: int):
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):  # noqa: N802
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section][1]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


class DuesListModel(_PlainTable):
    """Who paid and who owes for the chosen month, year or overdue range."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (
            ("name", QCoreApplication.translate("DuesListModel", "Name"), lambda r: r.name, False),
            ("department", QCoreApplication.translate("DuesListModel", "Department"), lambda r: r.department, False),
            ("wage", QCoreApplication.translate("DuesListModel", "Dues base"), lambda r: _money(r.base), True),
            ("owed", QCoreApplication.translate("DuesListModel", "Owed"), lambda r: _money(r.owed), True),
            ("paid", QCoreApplication.translate("DuesListModel", "Paid"), lambda r: _money(r.paid), True),
            ("balance", QCoreApplication.translate("DuesListModel", "Balance"), lambda r: _money(r.balance), True),
            ("unsettled_months", QCoreApplication.translate("DuesListModel", "Months unpaid"), lambda r: str(r.unsettled_months) if r.unsettled_months else "",
             True),
            ("streak", QCoreApplication.translate("DuesListModel", "In a row"), lambda r: str(r.streak) if r.streak else "", True),
            ("note", QCoreApplication.translate("DuesListModel", "Note"), self._note, False),
        )

    @staticmethod
    def _note(row: DuesRow) -> str:
        notes = []
        if row.warning:
            notes.append(QCoreApplication.translate(
                "DuesListModel", "{months} months unpaid in a row: deemed-withdrawal rule, check").format(
                months=row.streak))
        if row.no_wage_months:
            notes.append(QCoreApplication.translate("DuesListModel", "No wage base for {months} month(s)").format(
                months=row.no_wage_months))
        if row.status != "active":
            notes.append(QCoreApplication.translate("DuesListModel", "Not an active member now"))
        return "; ".join(notes)

    def id_of(self, row: DuesRow) -> int:
        return row.member_id

    def row_of(self, member_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.member_id == member_id:
                return number
        return None

    def style(self, row: DuesRow, key: str, role: int):
        if role == _BACKGROUND and row.warning:
            return _WARN
        if role == _FOREGROUND and key == "balance" and row.balance > 0:
            return _RED
        return None


class AccountMonthsModel(_PlainTable):
    """A member's dues account, month by month."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (
            ("period", QCoreApplication.translate("AccountMonthsModel", "Month"), lambda m: str(m.period), False),
            ("base", QCoreApplication.translate("AccountMonthsModel", "Dues base"), lambda m: _money(base_of(m.wage)) if m.wage is not None else "", True),
            ("rate", QCoreApplication.translate("AccountMonthsModel", "Rate"), lambda m: f"{rate_percent(m.rate_ppm)}%", True),
            ("owed", QCoreApplication.translate("AccountMonthsModel", "Owed"), lambda m: _money(m.owed), True),
            ("paid", QCoreApplication.translate("AccountMonthsModel", "Paid"), lambda m: _money(m.paid), True),
            ("balance", QCoreApplication.translate("AccountMonthsModel", "Balance"), lambda m: _money(m.balance), True),
            ("note", QCoreApplication.translate("AccountMonthsModel", "Note"), self._note, False),
        )

    @staticmethod
    def _note(month: MonthLine) -> str:
        if not month.active:
            return QCoreApplication.translate("AccountMonthsModel", "Not owed (not an active member)")
        if month.wage is None:
            return QCoreApplication.translate("AccountMonthsModel", "No wage base")
        if month.balance > 0 and month.paid > 0:
            return QCoreApplication.translate("AccountMonthsModel", "Partly paid (back-dues?)")
        return ""

    def style(self, month: MonthLine, key: str, role: int):
        if role == _FOREGROUND:
            if key == "balance" and month.balance > 0:
                return _RED
            if not month.active:
                return _GREY
        return None


class PaymentsModel(_PlainTable):
    """A member's payment lines, corrections included."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = (
            ("id", QCoreApplication.translate("PaymentsModel", "No."), lambda p: str(p.id), True),
            ("period", QCoreApplication.translate("PaymentsModel", "For month"), lambda p: str(p.period), False),
            ("amount", QCoreApplication.translate("PaymentsModel", "Amount"), lambda p: _money(p.amount), True),
            ("paid_on", QCoreApplication.translate("PaymentsModel", "Paid on"), lambda p: p.paid_on.isoformat(), False),
            ("method", QCoreApplication.translate("PaymentsModel", "How"), lambda p: message_text(METHOD_LABELS[p.method]) if p.method in METHOD_LABELS
             else p.method, False),
            ("receipt_no", QCoreApplication.translate("PaymentsModel", "Receipt"), lambda p: p.receipt_no or "", False),
            ("note", QCoreApplication.translate("PaymentsModel", "Note"), self._note, False),
        )

    @staticmethod
    def _note(payment: PaymentLineView) -> str:
        if payment.reverses_id:
            text = QCoreApplication.translate("PaymentsModel", "Reverses no. {id}").format(id=payment.reverses_id)
            return f"{text}: {payment.note}" if payment.note else text
        if payment.reversed:
            return QCoreApplication.translate("PaymentsModel", "Reversed")
        return payment.note

    def id_of(self, payment: PaymentLineView) -> int:
        return payment.id

    def style(self, payment: PaymentLineView, key: str, role: int):
        if role == _FOREGROUND and (payment.reversed or payment.reverses_id):
            return _GREY
        return None

"""The funds ledger table: the lines of a year (or month) as plain LedgerLine values. A year holds
hundreds of lines, not hundreds of thousands, so a simple table model over the list the query
returns is enough; the sums come from SQL (FundsQueries.totals), not from this model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.funds.categories import category_label
from desktop.domain.funds.queries import ALLOCATION, MANUAL, LedgerLine
from desktop.domain.funds.sources import ACTIVITY, AID, DUES
from desktop.domain.money import format_yuan
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.texts import message_text

KEY_ROLE = Qt.UserRole + 1      # the line's key ("e12", "dues:2024-03", …)
ENTRY_ROLE = Qt.UserRole + 2    # the fund_entries id, or None for a derived line

HEADERS = (
    QT_TRANSLATE_NOOP("FundsLedgerModel", "Date"),
    QT_TRANSLATE_NOOP("FundsLedgerModel", "Voucher no."),
    QT_TRANSLATE_NOOP("FundsLedgerModel", "Category"),
    QT_TRANSLATE_NOOP("FundsLedgerModel", "Source"),
    QT_TRANSLATE_NOOP("FundsLedgerModel", "Counterparty"),
    QT_TRANSLATE_NOOP("FundsLedgerModel", "Description"),
    QT_TRANSLATE_NOOP("FundsLedgerModel", "Income"),
    QT_TRANSLATE_NOOP("FundsLedgerModel", "Spending"),
    QT_TRANSLATE_NOOP("FundsLedgerModel", "Balance"),
    QT_TRANSLATE_NOOP("FundsLedgerModel", "Status"),
)
INCOME_COLUMN, SPENDING_COLUMN, BALANCE_COLUMN = 6, 7, 8
SOURCES = {
    MANUAL: QT_TRANSLATE_NOOP("FundsLedgerModel", "Entered"),
    ALLOCATION: QT_TRANSLATE_NOOP("FundsLedgerModel", "2% allocation"),
    DUES: QT_TRANSLATE_NOOP("FundsLedgerModel", "From dues"),
    ACTIVITY: QT_TRANSLATE_NOOP("FundsLedgerModel", "From activities"),
    AID: QT_TRANSLATE_NOOP("FundsLedgerModel", "From hardship aid"),
}
DERIVED_BACKGROUND = QColor("#eef3fa")
NEGATIVE = QColor("#b3261e")


def _status(line: LedgerLine) -> str:
    parts = []
    if line.activity_id and line.source == MANUAL:
        parts.append(message_text(QT_TRANSLATE_NOOP("FundsLedgerModel", "Activity {id}").format(id=line.activity_id)))
    if line.aid_case_id and line.source == MANUAL:
        parts.append(message_text(QT_TRANSLATE_NOOP("FundsLedgerModel", "Aid case {id}").format(id=line.aid_case_id)))
    if line.closed:
        parts.append(message_text(QT_TRANSLATE_NOOP("FundsLedgerModel", "Closed")))
    if line.reverses_id:
        parts.append(message_text(QT_TRANSLATE_NOOP("FundsLedgerModel", "Reverses no. {id}")
                                  .format(id=line.reverses_id)))
    if line.reversed_by:
        parts.append(message_text(QT_TRANSLATE_NOOP("FundsLedgerModel", "Reversed by no. {id}")
                                  .format(id=line.reversed_by)))
    return "; ".join(parts)


class FundsLedgerModel(QAbstractTableModel):
    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self._language = language
        self._lines: list[LedgerLine] = []

    def set_lines(self, lines: list[LedgerLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> LedgerLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, key: str) -> int | None:
        return next((i for i, line in enumerate(self._lines) if line.key == key), None)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(HEADERS):
            return message_text(HEADERS[section])
        if orientation == Qt.Horizontal and role == Qt.TextAlignmentRole and section in (
                INCOME_COLUMN, SPENDING_COLUMN, BALANCE_COLUMN):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return self._text(line, column)
        if role == Qt.TextAlignmentRole and column in (INCOME_COLUMN, SPENDING_COLUMN, BALANCE_COLUMN):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole and line.entry_id is None:
            return QBrush(DERIVED_BACKGROUND)  # read-only here: recorded in another area
        if role == Qt.ForegroundRole and line.amount < 0 and column in (INCOME_COLUMN, SPENDING_COLUMN):
            return QBrush(NEGATIVE)
        if role == Qt.ToolTipRole:
            if line.entry_id is None:
                return message_text(QT_TRANSLATE_NOOP(
                    "FundsLedgerModel", "Taken from another area's records; change it there."))
            return message_text(QT_TRANSLATE_NOOP("FundsLedgerModel", "Entry no. {id}").format(id=line.entry_id))
        if role == KEY_ROLE:
            return line.key
        if role == ENTRY_ROLE:
            return line.entry_id
        return None

    def _text(self, line: LedgerLine, column: int) -> str:
        if column == 0:
            return line.day.isoformat()
        if column == 1:
            return line.voucher_no
        if column == 2:
            return f"{line.category_code} {category_label(line.category_code, self._language)}"
        if column == 3:
            return message_text(SOURCES.get(line.source, SOURCES[MANUAL]))
        if column == 4:
            return line.counterparty
        if column == 5:
            return line.note
        if column == INCOME_COLUMN:
            return format_yuan(line.income)
        if column == SPENDING_COLUMN:
            return format_yuan(line.spending)
        if column == BALANCE_COLUMN:
            return format_yuan(line.balance)
        if column == 9:
            return _status(line)
        return ""

"""The funds ledger table: the lines of a year (or month) as plain LedgerLine values. A year holds
hundreds of lines, not hundreds of thousands, so a simple table model over the list the query
returns is enough; the sums come from SQL (FundsQueries.totals), not from this model."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.domain.funds.categories import category_label
from desktop.domain.funds.queries import ALLOCATION, MANUAL, LedgerLine
from desktop.domain.funds.sources import ACTIVITY, AID, DUES
from desktop.domain.money import format_yuan
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.columns import Column
from desktop.models.row_list import RowListModel
from desktop.models.texts import message_text

SOURCES = {
    MANUAL: QT_TRANSLATE_NOOP("FundsLedgerModel", "Entered"),
    ALLOCATION: QT_TRANSLATE_NOOP("FundsLedgerModel", "2% allocation"),
    DUES: QT_TRANSLATE_NOOP("FundsLedgerModel", "From dues"),
    ACTIVITY: QT_TRANSLATE_NOOP("FundsLedgerModel", "From activities"),
    AID: QT_TRANSLATE_NOOP("FundsLedgerModel", "From hardship aid"),
}
DERIVED_BACKGROUND = "#eef3fa"
NEGATIVE = "#b3261e"
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _derived(line: LedgerLine) -> str | None:
    """A line recorded in another area is tinted: read-only here."""
    return DERIVED_BACKGROUND if line.entry_id is None else None


def _negative(line: LedgerLine) -> str | None:
    return NEGATIVE if line.amount < 0 else None


def _column(key: str, title, show, right: bool = False, foreground=None) -> Column:
    return Column(key, title, show, right=right, background=_derived, foreground=foreground)


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


COLUMNS = (
    _column("day", QT_TRANSLATE_NOOP("FundsLedgerModel", "Date"), lambda line, _l: line.day.isoformat()),
    _column("voucher_no", QT_TRANSLATE_NOOP("FundsLedgerModel", "Voucher no."), lambda line, _l: line.voucher_no),
    _column("category", QT_TRANSLATE_NOOP("FundsLedgerModel", "Category"),
            lambda line, lang: f"{line.category_code} {category_label(line.category_code, lang)}"),
    _column("source", QT_TRANSLATE_NOOP("FundsLedgerModel", "Source"),
            lambda line, _l: message_text(SOURCES.get(line.source, SOURCES[MANUAL]))),
    _column("counterparty", QT_TRANSLATE_NOOP("FundsLedgerModel", "Counterparty"), lambda line, _l: line.counterparty),
    _column("note", QT_TRANSLATE_NOOP("FundsLedgerModel", "Description"), lambda line, _l: line.note),
    _column("income", QT_TRANSLATE_NOOP("FundsLedgerModel", "Income"), lambda line, _l: format_yuan(line.income),
            right=True, foreground=_negative),
    _column("spending", QT_TRANSLATE_NOOP("FundsLedgerModel", "Spending"),
            lambda line, _l: format_yuan(line.spending), right=True, foreground=_negative),
    _column("balance", QT_TRANSLATE_NOOP("FundsLedgerModel", "Balance"), lambda line, _l: format_yuan(line.balance),
            right=True),
    _column("status", QT_TRANSLATE_NOOP("FundsLedgerModel", "Status"), lambda line, _l: _status(line)),
)


class FundsLedgerModel(RowListModel):
    """The ledger on the shared small-list model; it differs only in its tooltip (where a line
    comes from, not the cell's text) and in right-aligning the amount columns' headers."""

    def __init__(self, language: str, parent=None):
        super().__init__(COLUMNS, id_of=lambda line: line.key, language=language, parent=parent)

    def tooltip(self, line: LedgerLine, column: int) -> str:
        if line.entry_id is None:
            return message_text(QT_TRANSLATE_NOOP(
                "FundsLedgerModel", "Taken from another area's records; change it there."))
        return message_text(QT_TRANSLATE_NOOP("FundsLedgerModel", "Entry no. {id}").format(id=line.entry_id))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole
                and 0 <= section < len(self.columns) and self.columns[section].right):
            return _RIGHT
        return super().headerData(section, orientation, role)

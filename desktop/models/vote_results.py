"""A vote's result, one row per candidate (item, option): yes, no, abstain, write-in, votes and
the standing. For a secret vote of fewer than five voters only the standing is shown.

Not on models/row_list: every count cell depends on that per-vote "hidden" switch as well as on the
row, the rows are built from the count's Outcome rather than given, and no row has an id to answer."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.votes.counting import Kind, Outcome, Standing
from desktop.domain.votes.explain import STANDING_LABELS
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.texts import message_text

HEADERS = (
    QT_TRANSLATE_NOOP("VoteResultColumns", "Candidate / item"),
    QT_TRANSLATE_NOOP("VoteResultColumns", "Yes"),
    QT_TRANSLATE_NOOP("VoteResultColumns", "No"),
    QT_TRANSLATE_NOOP("VoteResultColumns", "Abstain"),
    QT_TRANSLATE_NOOP("VoteResultColumns", "Write-in"),
    QT_TRANSLATE_NOOP("VoteResultColumns", "Votes"),
    QT_TRANSLATE_NOOP("VoteResultColumns", "Result"),
)
GOOD = QColor("#1b5e20")
TIE = QColor("#b26a00")


class VoteResultModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple] = []   # (name, yes, no, abstain, write_in, votes, standing)
        self._hidden = False

    def set_outcome(self, outcome: Outcome | None, names: dict[int, str], kind: Kind | None = None,
                    hidden: bool = False) -> None:
        self.beginResetModel()
        self._hidden = hidden
        self._rows = [] if outcome is None else [
            (names.get(r.key, str(r.key)), r.yes, r.no, r.abstain, r.write_in, r.votes,
             None if outcome.is_void else r.standing) for r in outcome.results]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        standing: Standing | None = row[6]
        if role == Qt.DisplayRole:
            if column == 0:
                return row[0]
            if column == 6:
                return message_text(STANDING_LABELS[standing]) if standing else "—"
            return "·" if self._hidden else str(row[column])
        if role == Qt.TextAlignmentRole and 1 <= column <= 5:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ForegroundRole and column == 6 and standing is not None:
            if standing in (Standing.ELECTED, Standing.PASSED):
                return QBrush(GOOD)
            if standing is Standing.TIED:
                return QBrush(TIE)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(HEADERS):
            return message_text(HEADERS[section])
        return None

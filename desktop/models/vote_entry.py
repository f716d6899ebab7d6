"""The ballot on the teller screen: one row per candidate (item, option) with the mark entered
for the paper ballot in hand, plus the names written in. Plain values only; the teller screen
sends the finished ballot to the vote service.

Not on models/row_list: the rows are not plain values read from a query but the ballot being
entered (a mark per candidate changed cell by cell with dataChanged), and the mark column has its own font."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.votes.counting import ABSTAIN, NO, SPOILED, YES, Kind
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.texts import message_text

HEADERS = (
    QT_TRANSLATE_NOOP("BallotEntryColumns", "No."),
    QT_TRANSLATE_NOOP("BallotEntryColumns", "Candidate / item"),
    QT_TRANSLATE_NOOP("BallotEntryColumns", "Mark"),
)
MARK_TEXT = {YES: "○", NO: "×", ABSTAIN: "弃", SPOILED: "!", "": ""}
MARK_COLOURS = {YES: QColor("#1b5e20"), NO: QColor("#b3261e"), SPOILED: QColor("#b26a00")}


class BallotEntryModel(QAbstractTableModel):
    def __init__(self, kind: Kind, candidates: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.kind = kind
        self._candidates = candidates          # (candidate id, name) in ballot order
        self._marks: dict[int, str] = {}
        self.write_ins: list[str] = []

    # -- the ballot in hand ---------------------------------------------------------------------

    def candidate_id(self, row: int) -> int:
        return self._candidates[row][0]

    def mark(self, row: int) -> str:
        return self._marks.get(self._candidates[row][0], "")

    def set_mark(self, row: int, mark: str) -> None:
        key = self._candidates[row][0]
        if mark:
            self._marks[key] = mark
        else:
            self._marks.pop(key, None)
        index = self.index(row, 2)
        self.dataChanged.emit(index, index)

    def marks(self) -> dict[int, str]:
        return dict(self._marks)

    def chosen(self) -> int:
        """○ marks plus write-ins: more than the seats voids the ballot."""
        return sum(1 for m in self._marks.values() if m == YES) + len(self.write_ins)

    def clear(self) -> None:
        self.beginResetModel()
        self._marks.clear()
        self.write_ins = []
        self.endResetModel()

    # -- Qt -------------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._candidates)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._candidates):
            return None
        row, column = index.row(), index.column()
        if role == Qt.DisplayRole:
            if column == 0:
                return str(row + 1)
            if column == 1:
                return self._candidates[row][1]
            return MARK_TEXT.get(self.mark(row), "")
        if role == Qt.TextAlignmentRole and column != 1:
            return int(Qt.AlignCenter)
        if role == Qt.ForegroundRole and column == 2:
            colour = MARK_COLOURS.get(self.mark(row))
            return QBrush(colour) if colour else None
        if role == Qt.FontRole and column == 2:
            font = QFont()
            font.setPointSize(16)
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(HEADERS):
            return message_text(HEADERS[section])
        return None

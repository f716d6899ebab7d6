"""A small table over a list of plain rows (an activity's participants, expenses, results, visits;
a member's activities): tens or hundreds of rows, so the rows themselves are held, not ids.

Columns are (title Message, text(row) -> str) pairs; a column may also give a background colour or
alignment. Rows are replaced as a whole (a model reset); views keep their selection by key."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.messages import Message
from desktop.models.texts import message_text

KEY_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)


@dataclass(frozen=True)
class RowColumn:
    title: Message
    text: Callable[[Any], str]
    right: bool = False                                   # amounts and counts
    colour: Callable[[Any], str | None] | None = None     # a background colour name, or None


class RowsTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[RowColumn], key: Callable[[Any], Any], parent=None):
        super().__init__(parent)
        self.columns = tuple(columns)
        self._key = key
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_value(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: Any) -> int | None:
        for n, value in enumerate(self._rows):
            if self._key(value) == key:
                return n
        return None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value, column = self._rows[index.row()], self.columns[index.column()]
        if role == _DISPLAY or role == _TOOLTIP:
            return column.text(value)
        if role == KEY_ROLE:
            return self._key(value)
        if role == _ALIGN:
            return (Qt.AlignRight | Qt.AlignVCenter) if column.right else None
        if role == _BACKGROUND and column.colour is not None:
            colour = column.colour(value)
            return QBrush(QColor(colour)) if colour else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):  # noqa: N802
        if role != _DISPLAY:
            return None
        if orientation == Qt.Horizontal and 0 <= section < len(self.columns):
            return message_text(self.columns[section].title)
        if orientation == Qt.Vertical and 0 <= section < len(self._rows):
            return section + 1
        return None

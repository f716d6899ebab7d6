"""A table over a small list of plain frozen rows (an aid case's payments, a month's dues list, an
activity's participants, the rights register): tens to a few thousand rows, so the rows themselves
are held, not ids (long lists use models/id_list_model.py). Columns are the same `Column` values
as the long lists use; `ID_ROLE` answers the id of a row. Rows are replaced as a whole (a model
reset); views keep their selection by id. Filtering and sorting happen in the query, never in a
proxy over these rows."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.models.columns import ID_ROLE, Column
from desktop.models.texts import message_text

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _no_id(_row: Any) -> None:
    return None


class RowListModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], id_of: Callable[[Any], Any] = _no_id,
                 language: str = "zh_CN", parent=None):
        super().__init__(parent)
        self.columns = tuple(columns)
        self._id_of = id_of
        self._language = language
        self._rows: list[Any] = []
        self._brushes: dict[str, QBrush] = {}

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_value(self, row: int | None) -> Any:
        """The plain row shown at `row`, or None for no row."""
        return self._rows[row] if row is not None and 0 <= row < len(self._rows) else None

    def row_of(self, row_id: Any) -> int | None:
        """Where the row with this id is shown, or None if it is not in the list."""
        for number, value in enumerate(self._rows):
            if self._id_of(value) == row_id:
                return number
        return None

    def key_of(self, column: int) -> str:
        return self.columns[column].key

    # -- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        value, column = self._rows[index.row()], self.columns[index.column()]
        if role == _DISPLAY:
            return column.show(value, self._language)
        if role == _TOOLTIP:
            return self.tooltip(value, index.column())
        if role == ID_ROLE:
            return self._id_of(value)
        if role == _ALIGN:
            return _RIGHT if column.right else None
        if role == _BACKGROUND and column.background is not None:
            return self._brush(column.background(value))
        if role == _FOREGROUND and column.foreground is not None:
            return self._brush(column.foreground(value))
        return None

    def tooltip(self, value: Any, column: int) -> str | None:
        """What hovering over a cell shows: its text, unless a subclass has more to say."""
        return self.columns[column].show(value, self._language)

    def _brush(self, colour: str | None) -> QBrush | None:
        if not colour:
            return None
        if colour not in self._brushes:
            self._brushes[colour] = QBrush(QColor(colour))
        return self._brushes[colour]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):  # noqa: N802
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return message_text(self.columns[section].title)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return section + 1
        return None

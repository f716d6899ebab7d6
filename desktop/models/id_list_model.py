"""A table over a long, SQL-ordered list of ids: the model keeps only the ids and fetches the
rows it shows a page at a time, cached by id (the approach of calibre's db/view.py and Anki's
browser table). Subclasses decide which ids (filter, sort) and how to fetch rows; sorting and
filtering re-run their SQL, never a proxy over Python rows.

Reading the ids of a long list (a sort or filter over 100 000 rows) is done through `load`: on the
GUI thread by default (model tests), in the background once the pane sets `background` to its
Lane's `run` (views/widgets/background.py); the ids then arrive a moment later, and an older
request's ids never replace a newer one's."""

from __future__ import annotations

from typing import Any, Callable, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.models.columns import ID_ROLE, Column
from desktop.models.texts import message_text

PAGE_SIZE = 200
CACHE_LIMIT = 20 * PAGE_SIZE

# Roles as plain ints: data() runs for every visible cell, and comparing an int with a PySide6
# enum member costs ~10 µs each time.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)

T = TypeVar("T")
Runner = Callable[[Callable[[], Any], Callable[[Any], None]], Any]  # (work, on_done): Lane.run


class IdListTableModel(QAbstractTableModel):
    counts_changed = Signal(int, int)  # (shown, total)

    def __init__(self, columns: Sequence[Column], fetch_rows: Callable[[Sequence[int]], dict[int, Any]],
                 language: str, parent=None):
        super().__init__(parent)
        self.columns = tuple(columns)
        self._fetch_rows = fetch_rows
        self._language = language
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._cache: dict[int, Any] = {}
        self.total = 0
        self.background: Runner | None = None
        self._loads = 0  # numbers the reads: only the newest one's answer is shown

    def load(self, work: Callable[[], T], on_done: Callable[[T], None]) -> None:
        """Run `work` (plain Python: queries only, no Qt) and hand its result to `on_done`, in the
        background when the pane gave the model a runner. A read started later, in the background
        or not, makes an earlier one's answer stale."""
        self._loads += 1
        number = self._loads

        def done(result: T) -> None:
            if number == self._loads:
                on_done(result)

        if self.background is None:
            done(work())
        else:
            self.background(work, done)

    def show_ids(self, ids: list[int]) -> None:
        """Replace the list shown (a model reset; views restore their selection by id)."""
        self.beginResetModel()
        self._ids = ids
        self._row_of = None  # built when first asked: most keystrokes never need it
        self._cache.clear()
        self.endResetModel()
        self.counts_changed.emit(len(self._ids), self.total)

    def repaint_ids(self, ids) -> None:
        """Fetch these records again and repaint their rows (an edit that moved nothing)."""
        for record_id in ids:
            self._cache.pop(record_id, None)
            row = self.row_of(record_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    # -- ids and rows ---------------------------------------------------------------------------

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {record_id: row for row, record_id in enumerate(self._ids)}
        return self._row_of.get(record_id)

    def row_value(self, row: int):
        """The plain row value shown at `row` (None if it vanished since the ids were read)."""
        record_id = self.id_at(row)
        if record_id is None:
            return None
        if record_id not in self._cache:
            self._fetch_page_of(row)
        return self._cache.get(record_id)

    def _fetch_page_of(self, row: int) -> None:
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        start = row - row % PAGE_SIZE
        wanted = [i for i in self._ids[start:start + PAGE_SIZE] if i not in self._cache]
        self._cache.update(self._fetch_rows(wanted))

    # -- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if role != _DISPLAY and role != _TOOLTIP and role != ID_ROLE:
            return None
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.id_at(index.row())
        value = self.row_value(index.row())
        if value is None:  # deleted since the ids were read; the change announcement will refresh
            return None
        if role == _TOOLTIP:
            return self.tooltip(value, index.column())
        return self.columns[index.column()].show(value, self._language)

    def tooltip(self, value, column: int) -> str | None:
        """What hovering over a cell shows: its text, unless a subclass has more to say."""
        return self.columns[column].show(value, self._language)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY):  # noqa: N802
        if role != _DISPLAY:
            return None
        if orientation == Qt.Horizontal and 0 <= section < len(self.columns):
            return message_text(self.columns[section].title)
        if orientation == Qt.Vertical:
            return section + 1
        return None

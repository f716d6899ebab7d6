"""The audit trail table: the ordered ids for the current filter (newest first) and the rows it
shows, fetched in pages and cached by id, like the member table. The order is fixed: a trail is
read in the order it was written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.domain.audit.labels import ACTION_LABELS, ENTITY_LABELS
from desktop.domain.audit.queries import AuditFilter, AuditQueries, AuditRow, change_text, local_text
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.texts import message_text, qt_translate
from desktop.store.changes import Change

PAGE_SIZE = 200
CACHE_LIMIT = 20 * PAGE_SIZE


def _label(table: dict[str, Message], code: str) -> str:
    message = table.get(code)
    return message_text(message) if message is not None else code


@dataclass(frozen=True)
class Column:
    key: str
    title: Message
    show: Callable[[AuditRow, str], str]  # (row, language) -> text


COLUMNS: tuple[Column, ...] = (
    # The record's own number: the one `verify` names when the chain breaks.
    Column("id", QT_TRANSLATE_NOOP("AuditColumns", "Record no."), lambda row, language: str(row.id)),
    Column("at", QT_TRANSLATE_NOOP("AuditColumns", "When"), lambda row, language: local_text(row.at)),
    Column("actor", QT_TRANSLATE_NOOP("AuditColumns", "Who"), lambda row, language: row.actor),
    Column("action", QT_TRANSLATE_NOOP("AuditColumns", "Action"),
           lambda row, language: _label(ACTION_LABELS, row.action)),
    Column("entity", QT_TRANSLATE_NOOP("AuditColumns", "Item"),
           lambda row, language: _label(ENTITY_LABELS, row.entity)),
    Column("entity_id", QT_TRANSLATE_NOOP("AuditColumns", "Item id"),
           lambda row, language: "" if row.entity_id is None else str(row.entity_id)),
    Column("changes", QT_TRANSLATE_NOOP("AuditColumns", "Changes"),
           lambda row, language: row.summary(qt_translate, language)),
)
CHANGES_COLUMN = len(COLUMNS) - 1

# Roles as plain ints: data() runs for every visible cell (see member_table).
ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1  # the audit record id of a row
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)


class AuditTableModel(QAbstractTableModel):
    counts_changed = Signal(int)  # records shown

    def __init__(self, queries: AuditQueries, language: str, parent=None):
        super().__init__(parent)
        self._queries = queries
        self._language = language
        self._filter = AuditFilter()
        self._ids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._cache: dict[int, AuditRow] = {}

    # -- what is shown --------------------------------------------------------------------------

    @property
    def audit_filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, flt: AuditFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Re-read the ids for the current filter (views restore their selection by id)."""
        ids = self._queries.ids(self._filter)
        self.beginResetModel()
        self._ids = ids
        self._row_of = None
        self._cache.clear()
        self.endResetModel()
        self.counts_changed.emit(len(self._ids))

    def on_change(self, change: Change) -> None:
        """Every change a service announces has written a record: show it (records never change,
        so there is nothing to repaint, only new ids to add)."""
        self.refresh()

    # -- ids and rows ---------------------------------------------------------------------------

    def record_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {record_id: row for row, record_id in enumerate(self._ids)}
        return self._row_of.get(record_id)

    def audit_row(self, row: int) -> AuditRow | None:
        record_id = self.record_id(row)
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
        self._cache.update(self._queries.rows(wanted))

    # -- QAbstractTableModel --------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY):
        if role != _DISPLAY and role != _TOOLTIP and role != ID_ROLE:
            return None
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.record_id(index.row())
        row = self.audit_row(index.row())
        if row is None:
            return None
        if role == _TOOLTIP:
            if index.column() != CHANGES_COLUMN or not row.changes:
                return None
            # One change per line: a create lists every field, too long for one line of the cell.
            return "\n".join(change_text(c, qt_translate, self._language) for c in row.changes)
        return COLUMNS[index.column()].show(row, self._language)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal and 0 <= section < len(COLUMNS):
            return message_text(COLUMNS[section].title)
        if orientation == Qt.Vertical:
            return section + 1
        return None

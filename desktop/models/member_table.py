"""The member table: holds the ordered ids for the current filter and sort, and fetches the rows
it shows in pages, cached by id (the approach of calibre's db/view.py and Anki's browser table).
Sorting and filtering re-run the SQL; there is no proxy model over Python rows."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.domain.codes import code_table
from desktop.domain.members.lifecycle import STATUS_LABELS
from desktop.domain.members.queries import MemberFilter, MemberQueries, MemberRow, SortOrder
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.store.changes import Change
from desktop.models.texts import date_text, message_text

PAGE_SIZE = 200
CACHE_LIMIT = 20 * PAGE_SIZE


@dataclass(frozen=True)
class Column:
    key: str                              # MemberRow attribute and sort key
    title: Message
    show: Callable[[MemberRow, str], str]  # (row, language) -> text
    visible_by_default: bool = True


def _code(table: str, attribute: str):
    return lambda row, language: code_table(table).label(getattr(row, attribute), language)


def _text(attribute: str):
    return lambda row, language: getattr(row, attribute) or ""


def _date(attribute: str):
    return lambda row, language: date_text(getattr(row, attribute))


def _yes(row: MemberRow, language: str) -> str:
    return message_text(QT_TRANSLATE_NOOP("MemberColumns", "Yes")) if row.is_migrant_worker else ""


COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("MemberColumns", "Name"), _text("name")),
    Column("gender", QT_TRANSLATE_NOOP("MemberColumns", "Gender"), _code("gender", "gender")),
    Column("birth_date", QT_TRANSLATE_NOOP("MemberColumns", "Birth date"), _date("birth_date")),
    Column("department", QT_TRANSLATE_NOOP("MemberColumns", "Department"), _text("department")),
    Column("team", QT_TRANSLATE_NOOP("MemberColumns", "Team"), _text("team")),
    Column("post", QT_TRANSLATE_NOOP("MemberColumns", "Post"), _text("post"), False),
    Column("mobile", QT_TRANSLATE_NOOP("MemberColumns", "Mobile"), _text("mobile")),
    Column("id_number", QT_TRANSLATE_NOOP("MemberColumns", "ID number"), _text("id_number")),
    Column("join_date", QT_TRANSLATE_NOOP("MemberColumns", "Joined"), _date("join_date")),
    Column("status", QT_TRANSLATE_NOOP("MemberColumns", "Status"),
           lambda row, language: message_text(STATUS_LABELS[row.status])),
    Column("card_no", QT_TRANSLATE_NOOP("MemberColumns", "Card no."), _text("card_no")),
    Column("member_no", QT_TRANSLATE_NOOP("MemberColumns", "Member no."), _text("member_no"), False),
    Column("ethnicity", QT_TRANSLATE_NOOP("MemberColumns", "Ethnicity"), _code("ethnicity", "ethnicity"), False),
    Column("education", QT_TRANSLATE_NOOP("MemberColumns", "Education"), _code("education", "education"), False),
    Column("political_status", QT_TRANSLATE_NOOP("MemberColumns", "Political status"),
           _code("political_status", "political_status"), False),
    Column("employment_status", QT_TRANSLATE_NOOP("MemberColumns", "Employment"),
           _code("employment_status", "employment_status"), False),
    Column("is_migrant_worker", QT_TRANSLATE_NOOP("MemberColumns", "Migrant worker"), _yes),
)

# Roles as plain ints: data() runs for every visible cell, and comparing an int with a PySide6
# enum member costs ~10 µs each time.
ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1  # the member id of a row
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)


class MemberTableModel(QAbstractTableModel):
    counts_changed = Signal(int, int)  # (shown, total)

    def __init__(self, queries: MemberQueries, language: str, parent=None):
        super().__init__(parent)
        self._queries = queries
        self._language = language
        self._filter = MemberFilter()
        self._order = SortOrder()
        self._ids: list[int] = []
        self._unsearched_ids: list[int] | None = None  # ids for filter and sort before the search
        self._row_of: dict[int, int] | None = None
        self._cache: dict[int, MemberRow] = {}
        self.total = 0

    # -- what is shown --------------------------------------------------------------------------

    @property
    def member_filter(self) -> MemberFilter:
        return self._filter

    def set_filter(self, flt: MemberFilter) -> None:
        if flt == self._filter:
            return
        only_search_changed = replace(flt, search=self._filter.search) == self._filter
        self._filter = flt
        if only_search_changed and self._unsearched_ids is not None:
            self._show(self._queries.narrow(self._unsearched_ids, flt.search))  # typing: no re-sort
        else:
            self.refresh()

    def update_filter(self, **changes) -> None:
        self.set_filter(replace(self._filter, **changes))

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        new = SortOrder(COLUMNS[column].key, order == Qt.DescendingOrder)
        if new != self._order:
            self._order = new
            if self._unsearched_ids is not None:  # before the first filter arrives, just remember it
                self.refresh()

    def refresh(self) -> None:
        """Re-run the query for the current filter and sort (views restore selection by id)."""
        self._unsearched_ids = self._queries.ids(replace(self._filter, search=""), self._order)
        self.total = self._queries.count(MemberFilter(in_trash=self._filter.in_trash))
        self._show(self._queries.narrow(self._unsearched_ids, self._filter.search))

    def _show(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._row_of = None  # built when first asked: most keystrokes never need it
        self._cache.clear()
        self.endResetModel()
        self.counts_changed.emit(len(self._ids), self.total)

    def on_change(self, change: Change) -> None:
        """Apply an announced change: edits repaint their rows, anything else re-runs the query."""
        if change.kind != "member":
            return
        if change.action == "update" and all(self.row_of(i) is not None for i in change.ids) and \
                self._queries.ids(replace(self._filter, search=""), self._order) == self._unsearched_ids and \
                self._queries.narrow(self._unsearched_ids, self._filter.search) == self._ids:
            for member_id in change.ids:
                self._cache.pop(member_id, None)
                row = self.row_of(member_id)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return
        self.refresh()

    # -- ids and rows ---------------------------------------------------------------------------

    def member_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, member_id: int) -> int | None:
        if self._row_of is None:
            self._row_of = {member_id: row for row, member_id in enumerate(self._ids)}
        return self._row_of.get(member_id)

    def ids(self) -> list[int]:
        return list(self._ids)

    def member_row(self, row: int) -> MemberRow | None:
        member_id = self.member_id(row)
        if member_id is None:
            return None
        if member_id not in self._cache:
            self._fetch_page_of(row)
        return self._cache.get(member_id)

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
            return self.member_id(index.row())
        row = self.member_row(index.row())
        if row is None:  # deleted since the ids were read; the change announcement will refresh
            return None
        return COLUMNS[index.column()].show(row, self._language)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if role != Qt.DisplayRole:
            return None
        if orientation == Qt.Horizontal and 0 <= section < len(COLUMNS):
            return message_text(COLUMNS[section].title)
        if orientation == Qt.Vertical:
            return section + 1
        return None

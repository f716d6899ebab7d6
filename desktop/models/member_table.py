"""The member table: its columns, and the filter, sort and search that choose its ids."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from desktop.domain.codes import code_table
from desktop.domain.members.lifecycle import STATUS_LABELS
from desktop.domain.members.queries import MemberFilter, MemberQueries, MemberRow, SortOrder
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.id_list_model import ID_ROLE, Column, IdListTableModel
from desktop.models.texts import date_text, message_text
from desktop.changes import Change

__all__ = ["COLUMNS", "ID_ROLE", "MemberTableModel"]


def _code(table: str, attribute: str):
    return lambda row, language: code_table(table).label(getattr(row, attribute), language)


def _text(attribute: str):
    return lambda row, language: getattr(row, attribute) or ""


def _date(attribute: str):
    return lambda row, language: date_text(getattr(row, attribute))


def _join_date(row: MemberRow, language: str) -> str:
    """An imported member whose join date is not known yet says so (入会时间待补)."""
    if row.join_date is None:
        return message_text(QT_TRANSLATE_NOOP("MemberColumns", "to be filled in"))
    return date_text(row.join_date)


def _yes(row: MemberRow, language: str) -> str:
    return message_text(QT_TRANSLATE_NOOP("MemberColumns", "Yes")) if row.is_migrant_worker else ""


COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("MemberColumns", "Name"), _text("name")),
    Column("gender", QT_TRANSLATE_NOOP("MemberColumns", "Gender"), _code("gender", "gender")),
    Column("birth_date", QT_TRANSLATE_NOOP("MemberColumns", "Birth date"), lambda row, language: row.birth_text),
    Column("department", QT_TRANSLATE_NOOP("MemberColumns", "Department"), _text("department")),
    Column("team", QT_TRANSLATE_NOOP("MemberColumns", "Team"), _text("team")),
    Column("post", QT_TRANSLATE_NOOP("MemberColumns", "Post"), _text("post"), False),
    Column("mobile", QT_TRANSLATE_NOOP("MemberColumns", "Mobile"), _text("mobile")),
    Column("id_number", QT_TRANSLATE_NOOP("MemberColumns", "ID number"), _text("id_number")),
    Column("join_date", QT_TRANSLATE_NOOP("MemberColumns", "Joined"), _join_date),
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

class MemberTableModel(IdListTableModel):
    """The member register for the current filter and sort. Typing in the search box narrows the
    sorted list with one terms look-up instead of re-sorting the whole register."""

    def __init__(self, queries: MemberQueries, language: str, parent=None):
        super().__init__(COLUMNS, queries.rows, language, parent)
        self._queries = queries
        self._filter = MemberFilter()
        self._order = SortOrder()
        self._unsearched_ids: list[int] | None = None  # ids for filter and sort before the search
        self._reading = False                           # a read for a filter or sort is under way

    @property
    def member_filter(self) -> MemberFilter:
        return self._filter

    @property
    def sort_order(self) -> SortOrder:
        return self._order

    def set_filter(self, flt: MemberFilter) -> None:
        if flt == self._filter:
            return
        only_search_changed = replace(flt, search=self._filter.search) == self._filter
        self._filter = flt
        if only_search_changed and self._unsearched_ids is not None:
            # typing: no re-sort, one terms look-up (p95 46 ms at 100 000), in the background when the
            # pane gave a runner; a list still being read is narrowed by the newest search on arrival
            if not self._reading:
                queries, unsearched, search = self._queries, self._unsearched_ids, flt.search
                self.load(lambda: queries.narrow(unsearched, search), self.show_ids)
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

    def refresh(self, repaint: frozenset[int] | None = None) -> None:
        """Re-run the query for the current filter and sort (views restore selection by id); at
        100 000 members a sort takes over 100 ms, so it runs in the background when the pane allows.
        `repaint`: ids edited in place, repainted instead of a reset if the list did not move."""
        queries, flt, order = self._queries, self._filter, self._order
        self._reading = True

        def read() -> tuple[list[int], int, list[int]]:
            unsearched = queries.ids(replace(flt, search=""), order)
            return unsearched, queries.count(MemberFilter(in_trash=flt.in_trash)), queries.narrow(unsearched, flt.search)

        self.load(read, lambda result: self._show_read(flt.search, repaint, *result))

    def _show_read(self, search: str, repaint: frozenset[int] | None, unsearched: list[int], total: int,
                   shown: list[int]) -> None:
        self._reading = False
        if search != self._filter.search:  # typed while the list was read: narrow the fresh list
            shown = self._queries.narrow(unsearched, self._filter.search)
        self._unsearched_ids, self.total = unsearched, total
        if repaint is not None and shown == self._ids:
            self.repaint_ids(repaint)
            return
        self.show_ids(shown)

    def on_change(self, change: Change) -> None:
        """Apply an announced change: edits that move nothing repaint their rows, anything else
        resets the list."""
        if change.kind != "member":
            return
        in_place = change.action == "update" and all(self.row_of(i) is not None for i in change.ids)
        self.refresh(frozenset(change.ids) if in_place else None)

    def member_id(self, row: int) -> int | None:
        return self.id_at(row)

    def member_row(self, row: int) -> MemberRow | None:
        return self.row_value(row)

"""The activities list: SQL-side ids for the filter and sort (desktop.domain.activities.queries),
rows fetched a page at a time, like the member table."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from desktop.domain.activities.queries import ActivityFilter, ActivityQueries, ActivityRow
from desktop.domain.activities.inputs import STATUS_LABELS
from desktop.domain.money import format_yuan
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.id_list_model import Column, IdListTableModel
from desktop.models.texts import date_text, message_text
from desktop.changes import Change


def _dates(row: ActivityRow, language: str) -> str:
    if row.ends_on and row.ends_on != row.starts_on:
        end = f"{row.ends_on:%m-%d}" if row.ends_on.year == row.starts_on.year else date_text(row.ends_on)
        return f"{date_text(row.starts_on)} – {end}"
    return date_text(row.starts_on)


def _attendance(row: ActivityRow, language: str) -> str:
    text = f"{row.present} / {row.signed_up}"
    return text + (f" ({row.capacity})" if row.capacity else "")


def _budget(row: ActivityRow, language: str) -> str:
    return format_yuan(row.budget)


def _spent(row: ActivityRow, language: str) -> str:
    return format_yuan(row.spent)


class ActivityTableModel(IdListTableModel):
    """`type_labels` maps type codes to their label (the table is the union's own code table)."""

    def __init__(self, queries: ActivityQueries, language: str, type_labels: dict[str, str], parent=None):
        self.type_labels = type_labels
        columns = (
            Column("starts_on", QT_TRANSLATE_NOOP("ActivityColumns", "Date"), _dates),
            Column("title", QT_TRANSLATE_NOOP("ActivityColumns", "Title"), lambda r, _l: r.title),
            Column("type_code", QT_TRANSLATE_NOOP("ActivityColumns", "Type"),
                   lambda r, _l: self.type_labels.get(r.type_code, r.type_code)),
            Column("status", QT_TRANSLATE_NOOP("ActivityColumns", "Status"),
                   lambda r, _l: message_text(STATUS_LABELS[r.status])),
            Column("place", QT_TRANSLATE_NOOP("ActivityColumns", "Place"), lambda r, _l: r.place),
            Column("attendance", QT_TRANSLATE_NOOP("ActivityColumns", "Present / signed up"), _attendance),
            Column("budget", QT_TRANSLATE_NOOP("ActivityColumns", "Budget"), _budget),
            Column("spent", QT_TRANSLATE_NOOP("ActivityColumns", "Spent"), _spent),
        )
        super().__init__(columns, queries.rows, language, parent)
        self._queries = queries
        self._filter = ActivityFilter()
        self._sort = ("starts_on", True)

    @property
    def activity_filter(self) -> ActivityFilter:
        return self._filter

    def set_filter(self, flt: ActivityFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def update_filter(self, **changes) -> None:
        self.set_filter(replace(self._filter, **changes))

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        from desktop.domain.activities.queries import SORT_COLUMNS

        if not 0 <= column < len(self.columns) or self.columns[column].key not in SORT_COLUMNS:
            return
        self._sort = (self.columns[column].key, order == Qt.DescendingOrder)
        self.refresh()

    def refresh(self) -> None:
        self.total = self._queries.count()
        self.show_ids(self._queries.ids(self._filter, *self._sort))

    def on_change(self, change: Change) -> None:
        if change.kind == "activity":
            if change.action == "update" and all(self.row_of(i) is not None for i in change.ids):
                self.repaint_ids(change.ids)
            else:
                self.refresh()
        elif change.kind == "activity_type":
            self.layoutChanged.emit()

    def activity_row(self, row: int) -> ActivityRow | None:
        return self.row_value(row)

    def alignment(self, column: int):
        return Qt.AlignRight | Qt.AlignVCenter if self.columns[column].key in ("budget", "spent") else None

    def data(self, index, role: int = int(Qt.ItemDataRole.DisplayRole.value)):
        if role == int(Qt.ItemDataRole.TextAlignmentRole.value) and index.isValid():
            return self.alignment(index.column())
        return super().data(index, role)

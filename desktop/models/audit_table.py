"""The audit trail table: the ids for the current filter (newest first) on the shared paged
id-list model. The order is fixed: a trail is
read in the order it was written."""

from __future__ import annotations

from desktop.domain.audit.labels import ACTION_LABELS, ENTITY_LABELS
from desktop.domain.audit.queries import AuditFilter, AuditQueries, AuditRow, change_text, local_text
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.models.id_list_model import ID_ROLE, Column, IdListTableModel
from desktop.models.texts import message_text, qt_translate
from desktop.changes import Change

def _label(table: dict[str, Message], code: str) -> str:
    message = table.get(code)
    return message_text(message) if message is not None else code


COLUMNS: tuple[Column, ...] = (
    # The record's own number: the one `verify` names when the chain breaks.
    Column("id", QT_TRANSLATE_NOOP("AuditColumns", "Record no."), lambda row, language: str(row.id)),
    Column("at", QT_TRANSLATE_NOOP("AuditColumns", "When"), lambda row, language: local_text(row.at)),
    Column("actor", QT_TRANSLATE_NOOP("AuditColumns", "Who"), lambda row, language: row.who),
    Column("action", QT_TRANSLATE_NOOP("AuditColumns", "Action"),
           lambda row, language: _label(ACTION_LABELS, row.action)),
    Column("entity", QT_TRANSLATE_NOOP("AuditColumns", "Item"),
           lambda row, language: _label(ENTITY_LABELS, row.entity)),
    Column("object", QT_TRANSLATE_NOOP("AuditColumns", "Name"), lambda row, language: row.object_name),
    Column("entity_id", QT_TRANSLATE_NOOP("AuditColumns", "Item id"),
           lambda row, language: "" if row.entity_id is None else str(row.entity_id)),
    Column("changes", QT_TRANSLATE_NOOP("AuditColumns", "Changes"),
           lambda row, language: row.summary(qt_translate, language)),
)
CHANGES_COLUMN = len(COLUMNS) - 1

class AuditTableModel(IdListTableModel):
    def __init__(self, queries: AuditQueries, language: str, parent=None):
        super().__init__(COLUMNS, queries.rows, language, parent)
        self._queries = queries
        self._filter = AuditFilter()

    @property
    def audit_filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, flt: AuditFilter) -> None:
        self._filter = flt
        self.refresh()

    def refresh(self) -> None:
        """Re-read the ids for the current filter (views restore their selection by id)."""
        queries, flt = self._queries, self._filter
        self.load(lambda: queries.ids(flt), self._show_read)

    def _show_read(self, ids: list[int]) -> None:
        self.total = len(ids)
        self.show_ids(ids)

    def on_change(self, change: Change) -> None:
        """Every change a service announces has written a record: show it (records never change,
        so there is nothing to repaint, only new ids to add)."""
        self.refresh()

    def record_id(self, row: int) -> int | None:
        return self.id_at(row)

    def audit_row(self, row: int) -> AuditRow | None:
        return self.row_value(row)

    def tooltip(self, value: AuditRow, column: int) -> str | None:
        if column != CHANGES_COLUMN:
            return super().tooltip(value, column)
        # One change per line: a create lists every field, too long for one line of the cell.
        return "\n".join(change_text(c, qt_translate, self._language) for c in value.changes) or None


__all__ = ["COLUMNS", "ID_ROLE", "AuditTableModel"]

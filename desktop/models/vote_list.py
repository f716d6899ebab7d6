"""The list of votes (a union holds tens to hundreds in its life): a plain table model over the
rows of VoteQueries.rows(), reloaded when a vote changes, selection kept by id by the pane."""

from __future__ import annotations

from desktop.domain.votes.presets import KIND_LABELS
from desktop.domain.votes.queries import STATUS_LABELS, VoteQueries
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.columns import text_column
from desktop.models.row_list import RowListModel
from desktop.models.texts import date_text, message_text


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


COLUMNS = (
    text_column(QT_TRANSLATE_NOOP("VoteColumns", "Date"), lambda r: date_text(r.held_on), key="held_on"),
    text_column(QT_TRANSLATE_NOOP("VoteColumns", "Matter"), lambda r: r.title, key="title"),
    text_column(QT_TRANSLATE_NOOP("VoteColumns", "Kind"), lambda r: message_text(KIND_LABELS[r.kind]), key="kind"),
    text_column(QT_TRANSLATE_NOOP("VoteColumns", "Status"), lambda r: message_text(STATUS_LABELS[r.status]),
                key="status"),
    text_column(QT_TRANSLATE_NOOP("VoteColumns", "Round"), lambda r: str(r.round_no), True, key="round_no"),
    text_column(QT_TRANSLATE_NOOP("VoteColumns", "Due"), lambda r: _number(r.electorate_count), True,
                key="electorate_count"),
    text_column(QT_TRANSLATE_NOOP("VoteColumns", "Present"), lambda r: _number(r.present_count), True,
                key="present_count"),
    text_column(QT_TRANSLATE_NOOP("VoteColumns", "Issued"), lambda r: _number(r.ballots_issued), True,
                key="ballots_issued"),
    text_column(QT_TRANSLATE_NOOP("VoteColumns", "Returned"), lambda r: _number(r.ballots_returned), True,
                key="ballots_returned"),
)


class VoteListModel(RowListModel):
    def __init__(self, queries: VoteQueries, parent=None):
        super().__init__(COLUMNS, id_of=lambda row: row.id, parent=parent)
        self._queries = queries
        self.refresh()

    def refresh(self) -> None:
        self.set_rows(self._queries.rows())

"""The list of votes (a union holds tens to hundreds in its life): a plain table model over the
rows of VoteQueries.rows(), reloaded when a vote changes, selection kept by id by the pane."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from desktop.domain.votes.presets import KIND_LABELS
from desktop.domain.votes.queries import STATUS_LABELS, VoteQueries, VoteRow
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.models.texts import date_text, message_text


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


COLUMNS = (
    (QT_TRANSLATE_NOOP("VoteColumns", "Date"), lambda r: date_text(r.held_on)),
    (QT_TRANSLATE_NOOP("VoteColumns", "Matter"), lambda r: r.title),
    (QT_TRANSLATE_NOOP("VoteColumns", "Kind"), lambda r: message_text(KIND_LABELS[r.kind])),
    (QT_TRANSLATE_NOOP("VoteColumns", "Status"), lambda r: message_text(STATUS_LABELS[r.status])),
    (QT_TRANSLATE_NOOP("VoteColumns", "Round"), lambda r: str(r.round_no)),
    (QT_TRANSLATE_NOOP("VoteColumns", "Due"), lambda r: _number(r.electorate_count)),
    (QT_TRANSLATE_NOOP("VoteColumns", "Present"), lambda r: _number(r.present_count)),
    (QT_TRANSLATE_NOOP("VoteColumns", "Issued"), lambda r: _number(r.ballots_issued)),
    (QT_TRANSLATE_NOOP("VoteColumns", "Returned"), lambda r: _number(r.ballots_returned)),
)
NUMERIC = {4, 5, 6, 7, 8}


class VoteListModel(QAbstractTableModel):
    def __init__(self, queries: VoteQueries, parent=None):
        super().__init__(parent)
        self._queries = queries
        self._rows: list[VoteRow] = []
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = self._queries.rows()
        self.endResetModel()

    def row_at(self, row: int) -> VoteRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, vote_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == vote_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return COLUMNS[index.column()][1](row)
        if role == Qt.TextAlignmentRole and index.column() in NUMERIC:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(COLUMNS):
            return message_text(COLUMNS[section][0])
        return None

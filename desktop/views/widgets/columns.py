"""Columns sized to what they hold, the first time a table is shown (before the user has set and
the program has remembered widths of their own): 余额, 凭证号, 摘要 and activity titles were cut at
fixed default widths."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QTableView

MAX_COLUMN_WIDTH = 320   # one long 摘要 must not push every other column off screen
PADDING = 14


def size_columns_to_content(view: QTableView, max_width: int = MAX_COLUMN_WIDTH) -> None:
    """Each shown column as wide as its heading or its widest visible cell, at most `max_width`."""
    header = view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    last = model.columnCount() - 1
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or (column == last and header.stretchLastSection()):
            continue
        wanted = max(view.sizeHintForColumn(column), header.sectionSizeHint(column)) + PADDING
        header.resizeSection(column, min(wanted, max_width))


class _FirstShow(QObject):
    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Show:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: size_columns_to_content(watched))
            self.deleteLater()
        return False


def size_columns_on_first_show(view: QTableView) -> None:
    """Size the columns to their content once the table is first on screen (its rows are there)."""
    view.installEventFilter(_FirstShow(view))

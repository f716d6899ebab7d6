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
            model = watched.model()
            if model is not None and model.rowCount() == 0:
                _WhenFilled(watched)  # the rows are still being read in the background
            else:
                QTimer.singleShot(0, lambda: size_columns_to_content(watched))
            self.deleteLater()
        return False


class _WhenFilled(QObject):
    """Sizes the columns once, when the first rows arrive (a list read in the background comes
    after the table is shown; sized empty, every column would be as narrow as its heading)."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self._view = view
        self._model = view.model()
        self._model.modelReset.connect(self._check)
        self._model.rowsInserted.connect(self._check)

    def _check(self, *_args) -> None:
        if self._model.rowCount():
            self._model.modelReset.disconnect(self._check)
            self._model.rowsInserted.disconnect(self._check)
            QTimer.singleShot(0, lambda: size_columns_to_content(self._view))
            self.deleteLater()


def size_columns_on_first_show(view: QTableView) -> None:
    """Size the columns to their content once the table is first on screen with its rows."""
    view.installEventFilter(_FirstShow(view))

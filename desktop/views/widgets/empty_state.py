"""Empty tables that say what they will hold and how to fill them, instead of looking broken.

`show_when_empty(view, text)` lays a word-wrapped note over the table's empty area whenever its
model has no rows; `text` may be a function, so the note can tell "nothing yet — here is how to
start" from "nothing matches the filters"."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel
from shiboken6 import isValid

Text = str | Callable[[], str]


class _EmptyNote(QObject):
    def __init__(self, view: QAbstractItemView, text: Text, on_link: Callable[[str], None] | None = None):
        super().__init__(view)
        self._view = view
        self._text = text
        self.label = QLabel(view.viewport())
        self.label.setObjectName("empty_state")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setTextFormat(Qt.RichText)
        self.label.setStyleSheet("color: #555; font-size: 14px; padding: 24px;")
        if on_link is not None:  # links in the note start what it suggests (import, add …)
            self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
            self.label.linkActivated.connect(on_link)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.update)
        self.update()

    def update(self, *_args) -> None:
        if not isValid(self._view) or not isValid(self.label):  # the table is being destroyed
            return
        empty = self._view.model().rowCount() == 0
        if empty:
            self.label.setText(self._text() if callable(self._text) else self._text)
            self.label.resize(self._view.viewport().size())
        self.label.setVisible(empty)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.label.resize(self._view.viewport().size())
        return False


def show_when_empty(view: QAbstractItemView, text: Text, on_link: Callable[[str], None] | None = None) -> QLabel:
    """Returns the note's label (tests read it). `on_link(href)` runs when a link in the text is clicked."""
    return _EmptyNote(view, text, on_link).label

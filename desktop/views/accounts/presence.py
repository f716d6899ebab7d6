"""Keeps this program's row on the "who is connected" board fresh while the window is open
(desktop.domain.accounts.sessions; shared server databases only)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from desktop.domain.accounts.sessions import REFRESH_SECONDS, SessionBoard


class PresenceTimer(QObject):
    def __init__(self, board: SessionBoard, parent=None):
        super().__init__(parent)
        self.board = board
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_SECONDS * 1000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def refresh(self) -> None:
        self.board.refresh()

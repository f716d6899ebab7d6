"""Locking the window after a time without use (a setting), so a PC left on in the union office
does not stay open to whoever passes by."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

IDLE_MINUTES_KEY = "security/idle_minutes"
DEFAULT_IDLE_MINUTES = 10
_ACTIVITY = {QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel}


class IdleLock(QObject):
    """Calls `lock()` once no key or mouse event arrived for `minutes` (0 = never)."""

    def __init__(self, window: QWidget, minutes: int, lock, parent=None):
        super().__init__(parent or window)
        self._window = window
        self._seconds = max(0, minutes) * 60
        self._lock = lock
        self._last_activity = time.monotonic()
        self._locked = False
        self._timer = QTimer(self, interval=5000)
        self._timer.timeout.connect(self._check)
        if self._seconds:
            QApplication.instance().installEventFilter(self)
            self._timer.start()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY:
            self._last_activity = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self._last_activity

    def _check(self) -> None:
        if not self._locked and self._window.isVisible() and self.idle_seconds() >= self._seconds:
            self.lock_now()

    def lock_now(self) -> None:
        self._locked = True
        try:
            self._lock()
        finally:
            self._locked = False
            self._last_activity = time.monotonic()

"""What long work gets to say how far it is and to learn that the user wants it to stop.

Plain Python (no Qt) so a domain query or service can take it: the GUI's background helper
(desktop/views/widgets/background.py) hands one to the work it runs; the command line and the
tests pass `Progress()` or nothing. The work calls `report(done, total)` now and then and stops
at a safe point (between rows, before committing) once `cancelled` is true, raising `Cancelled`
so its transaction rolls back and nothing half-done is stored."""

from __future__ import annotations

import threading
from typing import Callable, Protocol

from desktop.messages import QT_TRANSLATE_NOOP, UserError


class ProgressHandle(Protocol):
    """What long work may rely on; any object with these two members will do."""

    def report(self, done: int, total: int) -> None: ...

    @property
    def cancelled(self) -> bool: ...


class Cancelled(UserError):
    """The user stopped the work; whatever it had begun was rolled back."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Progress", "Stopped; nothing was changed."))


class Progress:
    """A thread-safe handle: the worker reports and checks, the GUI (any thread) cancels."""

    def __init__(self, on_report: Callable[[int, int], None] | None = None):
        self._stop = threading.Event()
        self._on_report = on_report

    def report(self, done: int, total: int) -> None:
        if self._on_report is not None:
            self._on_report(done, total)

    def cancel(self) -> None:
        self._stop.set()

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop (call it where stopping is safe)."""
        if self._stop.is_set():
            raise Cancelled()


class CallbackProgress:
    """A handle over two callables, report(done, total) and cancelled(): what the GUI's
    run_with_progress hands a job, for work that takes a handle."""

    def __init__(self, report: Callable[[int, int], None], cancelled: Callable[[], bool]):
        self.report = report
        self._cancelled = cancelled

    @property
    def cancelled(self) -> bool:
        return self._cancelled()

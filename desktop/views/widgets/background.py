"""The one way to run work off the GUI thread (after Anki's QueryOp/CollectionOp).

The work is a plain Python callable — a domain query or service call, no Qt inside — run on a
small shared thread pool; its result or its error comes back on the GUI thread. It opens its own
database session there (`Database.session()` in the worker: SQLAlchemy's pool hands each thread
its own SQLite connection; see docs/traps.md).

- `Lane`: one list or pane's background work. A newer `run` supersedes the older one: the older
  one's `Progress` is cancelled (work that checks it stops early, work not yet started never
  starts) and its result is dropped, so a slow old query never overwrites a newer list. While busy
  the pane stays usable; an optional status label says "Reading…".
- `run_with_progress` (widgets/progress.py): long work the user waits for (import, export, backup,
  restore) on a Lane behind the progress dialog with Cancel; returns the result or raises the
  error, like a plain call.

Errors a user can act on (UserError: StoreError, ValidationError, …) become a message box in the
user's language; anything else goes to sys.excepthook like an error on the GUI thread would."""

from __future__ import annotations

import atexit
import sys
import time
import weakref
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from desktop.domain.progress import Cancelled, Progress
from desktop.views.widgets.gui_collector import collect_on_gui_thread
from desktop.messages import UserError
from desktop.views.widgets.forms import user_error_text

# Two cores are common on union office PCs; three workers let a list load while a backup runs
# without ever asking SQLAlchemy's connection pool (5 + 10 overflow) for more than it has.
MAX_WORKERS = 3
REPORT_INTERVAL_S = 0.05  # progress reaches the GUI at most 20 times a second

_pool: QThreadPool | None = None
_hub: "_Hub | None" = None


class _Ticket:
    """One request: the work, where its answer goes, and what came of it."""

    def __init__(self, lane: "Lane", work: Callable[..., Any], pass_progress: bool,
                 on_done: Callable[[Any], None], on_error: Callable[[BaseException], None] | None):
        self.lane = weakref.ref(lane)
        self.work = work
        self.pass_progress = pass_progress
        self.on_done, self.on_error = on_done, on_error
        self.progress = Progress(self._report)
        self.result: Any = None
        self.error: BaseException | None = None
        self._last_report = 0.0

    def _report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= REPORT_INTERVAL_S:
            self._last_report = now
            _hub.progressed.emit(self, done, total)

    def execute(self) -> None:
        """On the worker thread. Work cancelled before it started does not run at all."""
        try:
            self.progress.check()
            self.result = self.work(self.progress) if self.pass_progress else self.work()
        except BaseException as error:  # handed to the GUI thread, shown there
            self.error = error
        _hub.delivered.emit(self)


class _Runnable(QRunnable):
    def __init__(self, ticket: _Ticket):
        super().__init__()
        self._ticket = ticket

    def run(self) -> None:
        self._ticket.execute()


class _Hub(QObject):
    """Lives on the GUI thread for the whole run: signals emitted by workers are queued to it and
    handed to the ticket's lane if that still exists (a closed pane's answers are dropped)."""

    delivered = Signal(object)
    progressed = Signal(object, int, int)

    def __init__(self) -> None:
        super().__init__()
        self.delivered.connect(self._deliver)
        self.progressed.connect(self._progress)

    @Slot(object)
    def _deliver(self, ticket: _Ticket) -> None:
        lane = ticket.lane()
        if lane is not None and shiboken6.isValid(lane):  # its pane may have been closed meanwhile
            lane._deliver(ticket)

    @Slot(object, int, int)
    def _progress(self, ticket: _Ticket, done: int, total: int) -> None:
        lane = ticket.lane()
        if lane is not None and shiboken6.isValid(lane) and ticket is lane._current:
            lane.progressed.emit(done, total)


def _start(ticket: _Ticket) -> None:
    global _pool, _hub
    if _hub is None:
        _hub = _Hub()
        collect_on_gui_thread()   # a collection on a worker could delete Qt objects there
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(MAX_WORKERS)
        atexit.register(wait_for_background_work)  # idle workers end before Qt is torn down
    _pool.start(_Runnable(ticket))


def wait_for_background_work() -> None:
    """Block until every running and queued work has finished (before the database is closed)."""
    if _pool is not None:
        _pool.waitForDone()


def show_error(owner: QObject | None, error: BaseException) -> None:
    """The usual user-message path: a message box in the user's language, or the excepthook."""
    if isinstance(error, Cancelled):
        return
    if isinstance(error, UserError):
        parent = owner if isinstance(owner, QWidget) else None
        title = owner.title() if callable(getattr(owner, "title", None)) else parent and parent.windowTitle()
        QMessageBox.warning(parent, title or "UnionDesk", user_error_text(error))
        return
    sys.excepthook(type(error), error, error.__traceback__)


class Lane(QObject):
    """One pane's (or one list's) background work, newest request wins.

    `run(work, on_done)` calls `on_done(result)` on the GUI thread; `on_error(error)` (default:
    `show_error`) if it raised. `settled` is emitted after the newest request's answer has been
    handled: tests wait on it, or on `not lane.busy`."""

    settled = Signal()
    progressed = Signal(int, int)

    def __init__(self, owner: QObject | None, status: QLabel | None = None, busy_text: str | None = None):
        super().__init__(owner)
        self._owner = owner
        self._status = status
        self._busy_text = busy_text if busy_text is not None else self.tr("Reading…")
        self._current: _Ticket | None = None

    @property
    def busy(self) -> bool:
        return self._current is not None

    def run(self, work: Callable[..., Any], on_done: Callable[[Any], None], *,
            on_error: Callable[[BaseException], None] | None = None, pass_progress: bool = False) -> Progress:
        """Start `work` (called with a Progress if pass_progress) and supersede any older request."""
        self.cancel()
        ticket = _Ticket(self, work, pass_progress, on_done, on_error)
        self._current = ticket
        if self._status is not None:
            self._status.setText(self._busy_text)
        _start(ticket)
        return ticket.progress

    def cancel(self) -> None:
        """Stop waiting for the current request (its work is asked to stop; its answer is dropped)."""
        if self._current is not None:
            self._current.progress.cancel()
            self._current = None

    def _deliver(self, ticket: _Ticket) -> None:
        if ticket is not self._current:
            return  # superseded or cancelled: the answer is stale
        self._current = None
        if self._status is not None:
            self._status.setText("")
        try:
            if ticket.error is None:
                ticket.on_done(ticket.result)
            elif ticket.on_error is not None:
                ticket.on_error(ticket.error)
            else:
                show_error(self._owner, ticket.error)
        finally:
            self.settled.emit()


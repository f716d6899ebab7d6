"""The daily backup while the window stays open for days, and the backup when it closes.

Offices often leave the program running; a backup only at exit would then never happen. The timer
checks every hour whether today's backup exists (any backup made today counts) and makes one on a
background Lane (views/widgets/background.py) if not, so a slow USB stick never freezes the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.operations.listing import BackupRun
from desktop.domain.operations.service import exit_backup, scheduled_backup
from desktop.messages import UserError
from desktop.views.backups.settings import folders_for, retention_policy
from desktop.views.context import AppContext
from desktop.views.widgets.background import Lane, wait_for_background_work

CHECK_INTERVAL_MS = 60 * 60 * 1000


class BackupScheduler(QObject):
    """Create it once the window is up; `finished` carries each BackupRun (problems to show)."""

    finished = Signal(object)

    def __init__(self, context: AppContext, parent: QObject | None = None, *, first_check_ms: int = 60_000):
        super().__init__(parent)
        self._context = context
        self._lane = Lane(self)
        self.timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(first_check_ms, self, self.check)  # not during start-up

    def check(self) -> None:
        """Make today's backup in the background if it is due (and none is running)."""
        if self._lane.busy:
            return
        db, settings = self._context.db, self._context.settings
        folders, policy = folders_for(db, settings), retention_policy(settings)

        def work() -> BackupRun | None:
            try:
                return scheduled_backup(db, folders, policy)
            except UserError as error:  # e.g. the backups folder cannot be read
                return BackupRun(problems=[error.message])

        self._lane.run(work, self._report)

    def _report(self, run: BackupRun | None) -> None:
        if run is not None:
            self.finished.emit(run)

    def wait(self) -> None:
        """Let a running daily backup finish (call before the database is closed)."""
        wait_for_background_work()


def backup_on_exit(context: AppContext) -> BackupRun:
    """The exit backup with the folders and retention chosen in the backups pane."""
    return exit_backup(context.db, folders_for(context.db, context.settings), retention_policy(context.settings))

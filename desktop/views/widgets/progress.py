"""Running long work (an import, an export, a backup, a restore) off the GUI thread behind a
QProgressDialog.

The job gets `progress(done, total)` and `cancelled()`; Cancel only sets a flag that the job checks
between rows, so a cancelled import rolls its one transaction back and a cancelled export removes
its temporary file — nothing is left half-done."""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QEventLoop, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class _Worker(QThread):
    progressed = Signal(int, int)

    def __init__(self, job: Job, parent=None):
        super().__init__(parent)
        self._job = job
        self.cancel_flag = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._job(self.progressed.emit, self.cancel_flag.is_set)
        except BaseException as error:  # handed to the GUI thread, shown there
            self.error = error


def run_with_progress(parent: QWidget, label: str, job: Job) -> Any:
    """Run `job` in a thread while a modal progress dialog shows; returns its result or raises its error."""
    dialog = QProgressDialog(parent)  # Qt's own, translated Cancel button
    dialog.setLabelText(label)
    dialog.setRange(0, 0)
    dialog.setWindowTitle(label)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    worker = _Worker(job, parent)

    def show(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    worker.progressed.connect(show)
    dialog.canceled.connect(worker.cancel_flag.set)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    worker.start()
    if worker.isRunning():
        loop.exec()
    worker.wait()
    dialog.close()
    worker.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result

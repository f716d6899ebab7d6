"""Long work the user waits for (an import, an export, a backup, a restore) behind a
QProgressDialog, run on a background Lane (widgets/background.py).

The job gets `progress(done, total)` and `cancelled()`; Cancel only sets a flag that the job checks
between rows, so a cancelled import rolls its one transaction back and a cancelled export removes
its temporary file — nothing is left half-done."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.views.widgets.background import Lane

Job = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


def run_with_progress(parent: QWidget, label: str, job: Job) -> Any:
    """Run `job(progress, cancelled)` off the GUI thread behind a modal progress dialog; return its
    result or raise its error. Cancel only asks: the job stops at a safe point (between rows)."""
    dialog = QProgressDialog(parent)  # Qt's own, translated Cancel button
    dialog.setLabelText(label)
    dialog.setRange(0, 0)
    dialog.setWindowTitle(label)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    lane = Lane(parent)
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def show(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def finish(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    lane.progressed.connect(show)
    handle = lane.run(lambda progress: job(progress.report, lambda: progress.cancelled),
                      lambda result: finish("result", result), on_error=lambda error: finish("error", error),
                      pass_progress=True)
    dialog.canceled.connect(handle.cancel)
    if not outcome:
        loop.exec()
    dialog.close()
    lane.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")

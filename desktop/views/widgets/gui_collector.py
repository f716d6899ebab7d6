"""Python's collector of garbage cycles runs on the GUI thread only.

A cycle of garbage can hold Qt objects (a closed dialog's or pane's wrappers and their slots). If
automatic collection starts while a worker thread runs Python (the background lanes, the progress
dialogs' jobs), PySide deletes those objects on that thread and Qt crashes: a segmentation fault
in the test suite, "Garbage-collecting" on a worker reading a dues list. So once work first goes
to a worker, automatic collection is switched off and the GUI thread collects what is due twice a
second, by the thresholds Python itself would use (the approach of calibre and pyqtgraph).
A pause of the collector for bulk work (desktop.domain.gc_pause) is respected."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from desktop.domain.gc_pause import paused

CHECK_MS = 500

_collector: "_GuiCollector | None" = None


class _GuiCollector(QObject):
    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(CHECK_MS)

    def collect_due(self) -> None:
        if paused():
            return
        counts, thresholds = gc.get_count(), gc.get_threshold()
        if counts[0] <= thresholds[0]:
            return
        generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
        gc.collect(generation)


def collect_on_gui_thread() -> None:
    """Call on the GUI thread, with the application made: from now on garbage cycles are collected
    there only. Idempotent."""
    global _collector
    if _collector is None:
        gc.disable()
        _collector = _GuiCollector()


def installed() -> bool:
    return _collector is not None

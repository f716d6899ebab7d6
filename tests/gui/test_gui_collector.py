"""Garbage cycles are collected on the GUI thread only once work goes to worker threads: a
collection on a worker could delete Qt objects there (a segmentation fault seen in this suite)."""

from __future__ import annotations

import gc
import threading
import weakref

from desktop.views.widgets import gui_collector
from desktop.views.widgets.background import Lane


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_after_the_first_background_work_cycles_are_collected_on_the_gui_thread(qtbot):
    lane = Lane(None)
    threads: list[str] = []
    with qtbot.waitSignal(lane.settled, timeout=10000):
        lane.run(lambda: threading.current_thread().name, threads.append)
    assert threads and threads[0] != threading.main_thread().name
    assert gui_collector.installed() and not gc.isenabled()   # no automatic pass on any thread

    collected_on: list[str] = []
    gc.callbacks.append(lambda phase, _info: phase == "start" and collected_on.append(
        threading.current_thread().name))
    try:
        garbage = Cycle()
        gone = weakref.ref(garbage)
        del garbage
        for _ in range(gc.get_threshold()[0] + 100):   # enough new objects for a collection to be due
            Cycle()
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    finally:
        gc.callbacks.pop()
    assert collected_on and set(collected_on) == {threading.main_thread().name}

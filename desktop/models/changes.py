"""Bridges the store's plain change announcements to a Qt signal, delivered on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.changes import ChangeBus


class ChangeSignals(QObject):
    changed = Signal(object)  # a desktop.changes.Change

    def __init__(self, bus: ChangeBus, parent: QObject | None = None):
        super().__init__(parent)
        # Auto connection: direct on the GUI thread, queued when a service publishes from a worker,
        # so listeners always run on the GUI thread.
        self._relay.connect(self.changed)
        self._unsubscribe = bus.subscribe(self._relay.emit)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    _relay = Signal(object)

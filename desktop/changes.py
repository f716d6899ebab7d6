"""Change announcements: services say what changed (entity kind + ids) after they commit, and
whoever shows that data refreshes only what is affected. Plain Python with no imports of the
program, so every layer may use it: the store holds the bus, services publish on it, and
desktop/models/changes.py bridges it to a Qt signal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Change:
    kind: str                  # "member", …
    ids: frozenset[int]
    action: str = "update"     # create, update, delete, restore


Listener = Callable[[Change], None]


class ChangeBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Start calling listener on every change; returns the function that stops it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

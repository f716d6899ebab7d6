"""The small base of a domain service: the database, the acting user and "today" (fixed in tests),
who the actor is on paper, and announcing a change of one kind. A service adds its use cases; each
checks the permission, validates, writes and records the audit entry in one transaction.
(Every service of the domain builds on it, and the queries that need "today".)"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from desktop.domain.accounts.actor import Actor
from desktop.changes import Change
from desktop.store.database import Database


class ServiceBase:
    CHANGE_KIND = ""   # what views listen for (desktop.changes)

    def __init__(self, db: Database, actor: Actor, today: dt.date | None = None):
        self._db = db
        self._actor = actor
        self._today = today

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    @property
    def _who(self) -> str:
        """The actor as written on a step ("who"): the display name, else the user name."""
        return self._actor.display_name or self._actor.username

    def _publish(self, ids: Iterable[int], action: str = "update", kind: str = "") -> None:
        """Announce a change of this service's kind (or of `kind`, for a service that owns several)."""
        self._db.changes.publish(Change(kind or self.CHANGE_KIND, frozenset(ids), action))

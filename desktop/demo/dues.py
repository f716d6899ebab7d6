"""Demo data of the dues area (being built)."""

from __future__ import annotations

import datetime as dt

from desktop.domain.accounts.actor import Actor
from desktop.store.database import Database


def fill(db: Database, actor: Actor, seed: int, today: dt.date) -> None:
    """Add this area's examples to a demo database whose members exist already."""

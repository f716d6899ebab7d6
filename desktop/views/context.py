"""What every pane is handed: the open database, the acting user, the language and the settings.
Passed explicitly (no global main-window singleton)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.sessions import SessionBoard

if TYPE_CHECKING:  # the open database is handed through, never used here
    from desktop.store.database import Database


@dataclass
class AppContext:
    db: "Database"
    actor: Actor
    language: str          # "zh_CN" or "en": labels of code tables follow it
    settings: QSettings
    # On a shared server database: this program's row on the "who is connected" board.
    presence: SessionBoard | None = None

"""What the window shows about backups, as plain values: the backups folder and the backups in it,
the retention rules and folders chosen in settings. Views read these here instead of reaching into
desktop.store (the values themselves are the store's frozen dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.store.backups import (
    BackupInfo, BackupPreview, BackupRun, RestoreResult, RetentionPolicy, backup_folders, default_backup_folder,
    list_backups, size_text,
)
from desktop.store.database import Database
from desktop.store.sqlite_copy import Cancelled

__all__ = [
    "BackupInfo", "BackupListing", "BackupPreview", "BackupRun", "Cancelled", "RestoreResult", "RetentionPolicy",
    "backup_folders", "backups_of", "size_text",
]


@dataclass(frozen=True)
class BackupListing:
    folder: Path | None                 # None for a database on a server
    backups: tuple[BackupInfo, ...]     # newest first


def backups_of(db: Database) -> BackupListing:
    """The backups kept beside the database (of this database only)."""
    if db.file_path is None:
        return BackupListing(None, ())
    folder = default_backup_folder(db.file_path)
    return BackupListing(folder, tuple(list_backups(folder, db.file_path.stem)))

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
from desktop.store.server_backups import database_name, server_backup_folder
from desktop.store.sqlite_copy import Cancelled

__all__ = [
    "BackupInfo", "BackupListing", "BackupPreview", "BackupRun", "Cancelled", "RestoreResult", "RetentionPolicy",
    "backup_folders", "backups_of", "server_folders", "size_text",
]


@dataclass(frozen=True)
class BackupListing:
    folder: Path                        # beside the file; for a server database, on this PC
    backups: tuple[BackupInfo, ...]     # newest first


def backups_of(db: Database) -> BackupListing:
    """The backups kept beside the database (of this database only); of a server database, those
    this PC made."""
    if db.file_path is None:
        folder = server_backup_folder(db.location)
        return BackupListing(folder, tuple(list_backups(folder, database_name(db.location))))
    folder = default_backup_folder(db.file_path)
    return BackupListing(folder, tuple(list_backups(folder, db.file_path.stem)))


def server_folders(db: Database) -> list[Path]:
    """Where this PC keeps the backups of a server database ([] for a file: see backup_folders)."""
    return [server_backup_folder(db.location)] if db.file_path is None else []

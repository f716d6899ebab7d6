"""Where a union's data lives on this PC (the data folder, a database's backup folder), for the
windows that show it (帮助 → 关于): the views ask here, not the store."""

from __future__ import annotations

from pathlib import Path

from desktop.store.backups import default_backup_folder
from desktop.store.paths import default_database_path


def data_folder() -> Path:
    """The folder of the default database (the user's data folder)."""
    return default_database_path().parent


def backup_folder(database: Path) -> Path:
    """Where the automatic backups of this database file go."""
    return default_backup_folder(database)

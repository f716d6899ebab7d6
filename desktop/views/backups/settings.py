"""Where backups go and how long they are kept, as chosen in the backups pane (QSettings), turned into
the plain values the store's backup functions take. Used by the pane and at start-up and exit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from desktop.domain.operations.listing import RetentionPolicy, backup_folders, server_folders

SECOND_FOLDER_KEY = "backup/second_folder"
KEEP_DAILY_KEY = "backup/keep_daily"
KEEP_WEEKLY_KEY = "backup/keep_weekly"
KEEP_MONTHLY_KEY = "backup/keep_monthly"
KEEP_LAST_KEY = "backup/keep_last"

_DEFAULTS = RetentionPolicy()


def _number(settings: QSettings, key: str, default: int) -> int:
    try:
        return max(int(settings.value(key, default)), 0)
    except (TypeError, ValueError):  # a hand-edited settings file
        return default


def retention_policy(settings: QSettings) -> RetentionPolicy:
    return RetentionPolicy(
        keep_daily=_number(settings, KEEP_DAILY_KEY, _DEFAULTS.keep_daily),
        keep_weekly=_number(settings, KEEP_WEEKLY_KEY, _DEFAULTS.keep_weekly),
        keep_monthly=_number(settings, KEEP_MONTHLY_KEY, _DEFAULTS.keep_monthly),
        keep_last=_number(settings, KEEP_LAST_KEY, _DEFAULTS.keep_last),
    )


def second_folder(settings: QSettings) -> Path | None:
    value = str(settings.value(SECOND_FOLDER_KEY, "") or "")
    return Path(value) if value else None


def folders_for(db, settings: QSettings) -> list[Path]:
    """The main backup folder (beside the database) and the second one, if chosen; for a database
    on a server, the folder on this PC where its dumps go."""
    if db.file_path is None:
        return server_folders(db)
    return backup_folders(db, second_folder(settings))

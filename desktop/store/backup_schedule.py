"""The occasions a backup is made on by itself (on exit, once a day, into one or two folders) and
the rotation that keeps a backups folder from growing without end.

Nothing a union enters may be lost, and the people who use the program are not IT staff: so backups
happen by themselves. A missing USB stick never stops the program from closing: problems are
collected in the result, not raised.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.store.backup_files import (
    BackupInfo, OpenDatabase, Reason, _folder_unusable, backup_file, database_file, default_backup_folder,
    delete_backup, list_backups, make_backup, remove_leftovers,
)
from desktop.store.errors import StoreError
from desktop.store.server_backups import back_up_server, database_name
from desktop.store.retention import RetentionPolicy, to_keep
from desktop.store.sqlite_copy import Cancelled, Progress

@dataclass
class BackupRun:
    """The backups made into several folders, and why any folder got none (never an exception:
    a missing USB stick must not stop the program from closing)."""

    made: list[BackupInfo] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)
    pruned: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.made) and not self.problems


# -- several folders, and the automatic occasions ------------------------------------------------

def backup_everywhere(db: OpenDatabase, folders: Sequence[Path | str], reason: str, *, detail: str = "",
                      progress: Progress | None = None, now: dt.datetime | None = None) -> BackupRun:
    """One snapshot, written to each folder in turn (the first is the main one, created if
    missing; the others, such as a USB stick, must exist). A folder that fails gets a message in
    the result; the others still get their copy. Only Cancelled is raised."""
    run = BackupRun()
    first: BackupInfo | None = None
    seen: set[Path] = set()
    for index, folder in enumerate(Path(f).expanduser() for f in folders):
        if folder.resolve() in seen:
            continue
        seen.add(folder.resolve())
        if index > 0 and not folder.is_dir():
            run.problems.append(QT_TRANSLATE_NOOP(
                "Backups", "The second backup folder {folder} is not available (is the USB stick "
                "plugged in?). No copy was made there this time.").format(folder=str(folder)))
            continue
        try:
            if first is None:
                first = make_backup(db, folder, reason, detail=detail, progress=progress, now=now)
                run.made.append(first)
            else:  # a copy of the same snapshot, so every folder holds the same state
                run.made.append(backup_file(first.path, folder, reason, detail=detail,
                                            database=first.database, now=first.created))
        except Cancelled:
            raise
        except StoreError as error:
            run.problems.append(error.message)
    return run


def backup_folders(db: OpenDatabase, second_folder: Path | str | None = None) -> list[Path]:
    """The folders the automatic backups go to: beside the database, and the second one if set."""
    folders = [default_backup_folder(database_file(db))]
    if second_folder:
        folders.append(Path(second_folder))
    return folders


def on_exit_backup(db: OpenDatabase, folders: Sequence[Path | str], policy: RetentionPolicy = RetentionPolicy(),
                   now: dt.datetime | None = None) -> BackupRun:
    """What the program does as it closes: back up everywhere, then rotate each folder. Does
    nothing for a database on a server."""
    if db.file_path is None:
        return BackupRun()
    return _rotated(backup_everywhere(db, folders, Reason.EXIT, now=now), policy)


def scheduled_backup_due(folder: Path | str, now: dt.datetime | None = None, database: str | None = None) -> bool:
    """True when `folder` holds no backup made today (of any kind): the daily backup is due."""
    today = (now or dt.datetime.now()).astimezone().date()
    return not any(b.created.date() == today for b in list_backups(folder, database))


def run_scheduled_backup(db: OpenDatabase, folders: Sequence[Path | str],
                         policy: RetentionPolicy = RetentionPolicy(),
                         now: dt.datetime | None = None) -> BackupRun | None:
    """The daily backup, if due (None if not): for a timer that fires, say, every hour."""
    if db.file_path is None or not folders:
        return None
    if not scheduled_backup_due(folders[0], now, db.file_path.stem):
        return None
    return _rotated(backup_everywhere(db, folders, Reason.DAILY, now=now), policy)


def run_scheduled_server_backup(url: str, folder: Path | str, policy: RetentionPolicy = RetentionPolicy(),
                                now: dt.datetime | None = None) -> BackupRun | None:
    """The daily backup of a server database, if due (None if not), on the PC that is its backup
    station (the caller checks that): a dump, or a logical export, then the folder is rotated."""
    if not scheduled_backup_due(folder, now, database_name(url)):
        return None
    run = BackupRun()
    try:
        run.made.append(back_up_server(url, folder, Reason.DAILY, now=now))
    except StoreError as error:
        run.problems.append(error.message)
    return _rotated(run, policy)


def _rotated(run: BackupRun, policy: RetentionPolicy) -> BackupRun:
    for info in run.made:
        try:
            run.pruned += prune(info.path.parent, policy, database=info.database)
        except OSError as exc:
            run.problems.append(_folder_unusable(info.path.parent, exc).message)
    return run

def prune(folder: Path | str, policy: RetentionPolicy = RetentionPolicy(), *, database: str | None = None,
          now: dt.datetime | None = None) -> list[Path]:
    """Delete the automatic backups the policy does not keep, for each database separately.
    Backups by hand, before a restore and before an upgrade are never deleted. Returns what was
    deleted. (`now` is accepted for symmetry; the rules count periods that have backups.)"""
    del now
    deleted: list[Path] = []
    by_database: dict[str, list[BackupInfo]] = {}
    for info in list_backups(folder, database):
        by_database.setdefault(info.database, []).append(info)
    for backups in by_database.values():
        keep = to_keep(backups, policy, lambda b: b.created, lambda b: b.reason)
        for index, info in enumerate(backups):
            if index not in keep:
                delete_backup(info.path)
                deleted.append(info.path)
    return deleted + remove_leftovers(folder)

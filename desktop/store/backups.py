"""Backups of the database: looking inside one, and restoring it; the one place to import backup
functions from (the pieces live in backup_files, backup_schedule and, for a server, server_backups).

Nothing a union enters may be lost: a restore first checks the backup in full, then backs up what it
replaces (reason "before-restore"), so a restore can itself be undone.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.store import sqlite_copy
from desktop.store.backup_files import (
    FOLDER_NAME, LEFTOVER_AGE_S, PARTIAL_SUFFIX, REASON_LABELS, BackupInfo, Reason, _read_info, _sha256, backup_before,
    backup_file, database_file, default_backup_folder, delete_backup, list_backups, make_backup, remove_leftovers,
    remove_leftovers_of, size_text,
)
from desktop.store.backup_schedule import (
    BackupRun, backup_everywhere, backup_folders, on_exit_backup, prune, run_scheduled_backup, scheduled_backup_due,
)
from desktop.store.database import open_read_only_file
from desktop.store.errors import StoreError
from desktop.store.integrity import verify_database
from desktop.store.migrations_runner import HEAD_REVISION, known_revision
from desktop.store.paths import is_url
from desktop.store.retention import PROTECTED_REASONS, RetentionPolicy
from desktop.store.sqlite_copy import Cancelled, Progress

__all__ = [
    "BackupInfo", "BackupPreview", "BackupRun", "Cancelled", "FOLDER_NAME", "LEFTOVER_AGE_S", "PROTECTED_REASONS",
    "REASON_LABELS", "Reason", "RestoreResult", "RetentionPolicy", "backup_before", "backup_everywhere",
    "backup_file", "backup_folders", "check_restorable", "database_file", "default_backup_folder", "delete_backup",
    "list_backups", "make_backup", "on_exit_backup", "preview", "prune", "remove_leftovers", "remove_leftovers_of",
    "restore_backup", "run_scheduled_backup", "scheduled_backup_due", "size_text",
]


@dataclass(frozen=True)
class BackupPreview:
    """What a restore would bring back, so the user can tell the right backup from the wrong one."""

    path: Path
    members: int
    members_in_trash: int
    events: int
    audit_records: int
    newest_change: dt.datetime | None   # UTC
    revision: str | None

    def lines(self) -> list[Message]:
        newest = (self.newest_change.astimezone().strftime("%Y-%m-%d %H:%M") if self.newest_change
                  else QT_TRANSLATE_NOOP("Backups", "none"))
        return [
            QT_TRANSLATE_NOOP("Backups", "Backup file: {path}").format(path=str(self.path)),
            QT_TRANSLATE_NOOP("Backups", "Members: {count} (and {trash} in the trash)")
            .format(count=self.members, trash=self.members_in_trash),
            QT_TRANSLATE_NOOP("Backups", "Membership changes recorded: {count}").format(count=self.events),
            QT_TRANSLATE_NOOP("Backups", "Audit records: {count}").format(count=self.audit_records),
            QT_TRANSLATE_NOOP("Backups", "Newest change in it: {when}").format(when=newest),
        ]


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    members: int | None
    safety_copy: BackupInfo | None   # the state that was replaced; None if there was no database


# -- looking inside, and restoring ---------------------------------------------------------------

def preview(backup_path: Path | str) -> BackupPreview:
    """What the backup holds, read without changing it."""
    path = Path(backup_path)
    if not path.is_file():
        raise StoreError(QT_TRANSLATE_NOOP("Backups", "There is no backup file at {path}.").format(path=str(path)))
    facts = sqlite_copy.read_facts(path)
    return BackupPreview(path, facts.members or 0, facts.members_in_trash, facts.events, facts.audit_records,
                         facts.newest_change, facts.revision)


def check_restorable(backup_path: Path | str) -> BackupPreview:
    """Everything that can refuse a restore, before anything is touched: the file is there, is a
    UnionDesk database from this release or an older one, is unchanged since it was written (when
    its checksum is known) and passes SQLite's full check."""
    path = Path(backup_path)
    facts = preview(path)
    if facts.revision is None:
        raise sqlite_copy.not_a_database(path)
    if facts.revision != HEAD_REVISION and not known_revision(facts.revision):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Backups", "{path} was made by a newer UnionDesk. Install the newer release to restore "
            "it.").format(path=str(path)))
    info = _read_info(path)
    if (info is not None and info.sha256 and info.size == path.stat().st_size and _sha256(path) != info.sha256) \
            or sqlite_copy.integrity_problems(path):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Backups", "The backup {path} is damaged (it changed after it was written). Choose another "
            "backup.").format(path=str(path)))
    _check_trail(path)
    return facts


def _check_trail(path: Path) -> None:
    """The backup's own audit trail and row seals, checked as `verify` checks a database (against
    the anchor in its sidecar, when it has one). A backup without a sidecar gets the same check:
    its checksum cannot be compared, but an edited row, record or seal still shows."""
    db = open_read_only_file(path)
    try:
        report = verify_database(db)  # against the anchor in its sidecar, if it has one
    finally:
        db.close()
    if report.ok:
        return
    found = _findings(report)
    raise StoreError(QT_TRANSLATE_NOOP(
        "Backups", "The backup {path} was changed after it was written, so it is not restored. First "
        "finding: {problem} ({count} finding(s) in all; `uniondesk --db FILE verify` lists them.) Choose "
        "another backup.").format(path=str(path), problem=found[0], count=len(found)))


def _findings(report) -> list[Message]:
    found = [b.message for b in report.breaks] + list(report.anchor_problems) + list(report.seal_problems) \
        + [p.message for p in report.row_problems]
    if report.integrity_problems or report.foreign_key_problems:
        found.insert(0, QT_TRANSLATE_NOOP("Backups", "SQLite's check found damaged pages or broken links."))
    return found or [QT_TRANSLATE_NOOP("Backups", "SQLite's check found damaged pages or broken links.")]


def restore_backup(target_location: Path | str, backup_path: Path | str, backups_folder: Path | str, *,
                   progress: Progress | None = None, now: dt.datetime | None = None) -> RestoreResult:
    """Replace the database at `target_location` with the content of a backup.

    The backup is checked first; then the current state is backed up (reason "before-restore"), so
    a restore can itself be undone; then the content is replaced in one transaction through
    SQLite's backup API (never by copying files over an open database, whose -wal file would no
    longer match); then the result is checked. A failure before the last step changes nothing."""
    if is_url(str(target_location)):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Backups", "This database is on a server ({location}). Its backups are made with `uniondesk --db URL "
            "backup` (or “Back up now” in Backups), and one is restored into a new, empty server database with `uniondesk --db "
            "URL restore FILE`.").format(location=str(target_location)))
    target, source = Path(target_location).expanduser().resolve(), Path(backup_path).expanduser().resolve()
    if target == source:
        raise StoreError(QT_TRANSLATE_NOOP("Backups", "{path} is the database itself, not a backup of it.")
                         .format(path=str(source)))
    facts = check_restorable(source)
    safety = None
    if target.exists() and target.stat().st_size > 0:
        safety = backup_file(target, backups_folder, Reason.BEFORE_RESTORE, progress=progress, now=now)
        sqlite_copy.copy_into(source, target)
    else:  # no database yet (a new PC): the backup becomes it
        partial = Path(str(target) + PARTIAL_SUFFIX)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            sqlite_copy.copy_snapshot(source, partial)
            os.replace(partial, target)
        finally:
            sqlite_copy.remove_database_file(partial)
    if sqlite_copy.integrity_problems(target) or sqlite_copy.member_count(target) != facts.members:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Backups", "The restored database failed its check. The state before the restore is kept "
            "in {path}; restore that, or ask whoever looks after the program.")
            .format(path=str(safety.path) if safety else "-"))
    return RestoreResult(source, facts.members, safety)

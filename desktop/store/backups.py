"""Backups of the database: made, checked, listed, rotated, previewed and restored.

Nothing a union enters may be lost, and the people who use the program are not IT staff: so backups
happen by themselves (on exit, once a day, before migrations, imports, bulk changes and restores),
each one is checked right after it is written (SQLite's integrity check, and the member count
compared with the database's at that moment), and a restore first backs up what it replaces.

A backup is one self-contained SQLite file named so that a folder listing sorts by time and says
why it was made (`uniondesk_2026-11-22_173005_exit.sqlite3`), with a small JSON file beside it
holding what the list shows (date, reason, member count, size, checksum). Without the JSON (copied
by hand) the name alone still says enough.

Only SQLite files are backed up here; a database on a PostgreSQL server is backed up with the
server's tools.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Sequence

from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.store import sqlite_copy
from desktop.store.anchor import Anchor, anchor_fields
from desktop.store.database import Database
from desktop.store.errors import StoreError
from desktop.store.paths import is_url
from desktop.store.retention import PROTECTED_REASONS, RetentionPolicy, to_keep
from desktop.store.sqlite_copy import Cancelled, Progress

__all__ = [
    "BackupInfo", "BackupPreview", "BackupRun", "Cancelled", "Reason", "RestoreResult", "RetentionPolicy",
    "PROTECTED_REASONS", "backup_everywhere", "backup_file", "backup_folders", "check_restorable",
    "database_file", "default_backup_folder", "list_backups", "make_backup", "on_exit_backup", "preview",
    "prune", "restore_backup", "run_scheduled_backup", "scheduled_backup_due", "size_text",
]

FOLDER_NAME = "backups"
SIDECAR_SUFFIX = ".json"
PARTIAL_SUFFIX = ".partial"
SIDECAR_FORMAT = 1
_NAME = re.compile(r"^(?P<database>.+)_(?P<date>\d{4}-\d{2}-\d{2})_(?P<time>\d{6})_(?P<label>[A-Za-z0-9-]+?)"
                   r"(?:_(?P<n>\d+))?$")


class Reason(StrEnum):
    EXIT = "exit"
    DAILY = "daily"
    MIGRATION = "migration"
    IMPORT = "import"
    BULK = "bulk"
    MANUAL = "manual"
    BEFORE_RESTORE = "before-restore"


REASON_LABELS: dict[str, Message] = {
    Reason.EXIT: QT_TRANSLATE_NOOP("Backups", "When the program closed"),
    Reason.DAILY: QT_TRANSLATE_NOOP("Backups", "Daily"),
    Reason.MIGRATION: QT_TRANSLATE_NOOP("Backups", "Before a program update"),
    Reason.IMPORT: QT_TRANSLATE_NOOP("Backups", "Before an import"),
    Reason.BULK: QT_TRANSLATE_NOOP("Backups", "Before a bulk change"),
    Reason.MANUAL: QT_TRANSLATE_NOOP("Backups", "Made by hand"),
    Reason.BEFORE_RESTORE: QT_TRANSLATE_NOOP("Backups", "Before a restore"),
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime        # local time, aware
    reason: str                 # a Reason value (or, in a foreign name, whatever it says)
    database: str               # name of the database file it was made from, without extension
    members: int | None         # on the register when it was made; None if unknown
    size: int                   # bytes
    detail: str = ""            # e.g. "before-upgrade-0001"
    sha256: str = ""            # of the file as written; "" if unknown

    @property
    def label(self) -> Message:
        """The reason in words for a list."""
        return REASON_LABELS.get(self.reason, Message("Backups", "{reason}").format(reason=self.reason))


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


def size_text(size: int) -> str:
    """A file size as people read it (the units are the same in Chinese)."""
    if size < 1024 * 1024:
        return f"{max(size, 1) / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


# -- where and under which name ------------------------------------------------------------------

def default_backup_folder(db_path: Path | str) -> Path:
    """The "backups" folder beside the database file."""
    return Path(db_path).expanduser().resolve().parent / FOLDER_NAME


def database_file(db: Database) -> Path:
    """The database's file; a StoreError for a database on a server, which is backed up there."""
    if db.file_path is None or is_url(db.location):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Backups", "This database is on a server ({location}); back it up with the server's own "
            "tools (pg_dump).").format(location=db.location))
    return db.file_path


def _label(reason: str, detail: str) -> str:
    detail = re.sub(r"[^A-Za-z0-9-]+", "-", detail).strip("-")
    return f"{reason}-{detail}" if detail else str(reason)


def _free_name(folder: Path, database: str, created: dt.datetime, label: str, suffix: str) -> Path:
    base = f"{database}_{created:%Y-%m-%d_%H%M%S}_{label}"
    candidate, n = folder / f"{base}{suffix}", 1
    while candidate.exists() or Path(str(candidate) + PARTIAL_SUFFIX).exists():
        n += 1
        candidate = folder / f"{base}_{n}{suffix}"
    return candidate


def _sidecar(path: Path) -> Path:
    return path.with_name(path.name + SIDECAR_SUFFIX)


# -- making --------------------------------------------------------------------------------------

def make_backup(db: Database, folder: Path | str, reason: str, *, detail: str = "",
                progress: Progress | None = None, now: dt.datetime | None = None) -> BackupInfo:
    """Back up the open database into `folder` (created if missing) and check the copy.

    Safe while the program keeps writing: the copy is the database as it was at one moment."""
    return backup_file(database_file(db), folder, reason, detail=detail, progress=progress, now=now)


def backup_before(db: Database, reason: str) -> BackupInfo | None:
    """The safety copy taken before an import or a bulk change, in the usual backups folder; None
    for a database on a server (backed up with its own tools)."""
    if db.file_path is None or is_url(db.location):
        return None
    return make_backup(db, default_backup_folder(db.file_path), reason)


def backup_file(source: Path | str, folder: Path | str, reason: str, *, detail: str = "",
                database: str | None = None, progress: Progress | None = None,
                now: dt.datetime | None = None) -> BackupInfo:
    """Back up the SQLite file `source` (open or not) into `folder`; the file is named after
    `database` (default: the source's own name). Raises StoreError if the copy fails its check;
    then no file is left behind."""
    source, folder = Path(source), Path(folder)
    database = database or source.stem
    created = (now or dt.datetime.now()).astimezone()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, database, created, _label(reason, detail), source.suffix or ".sqlite3")
    except OSError as exc:
        raise _folder_unusable(folder, exc) from exc
    partial = Path(str(target) + PARTIAL_SUFFIX)
    try:
        expected = sqlite_copy.copy_snapshot(source, partial, progress)
        members = _checked(partial, expected)
        os.replace(partial, target)
        info = BackupInfo(target, created, str(reason), database, members, target.stat().st_size,
                          detail, _sha256(target))
        _write_sidecar(info, source)
    except OSError as exc:
        sqlite_copy.remove_database_file(partial)
        raise sqlite_copy.cannot_write(target, exc) from exc
    except BaseException:
        sqlite_copy.remove_database_file(partial)
        raise
    return info


def _checked(copy: Path, expected_members: int | None) -> int | None:
    """The copy's member count, after SQLite's full check and a comparison with the source."""
    problems = sqlite_copy.integrity_problems(copy)
    members = sqlite_copy.member_count(copy) if not problems else None
    if problems or members != expected_members:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Backups", "The backup copy failed its check, so it was not kept. The database itself is "
            "unchanged; try again, or back up to another folder."))
    return members


def _folder_unusable(folder: Path, exc: OSError) -> StoreError:
    return StoreError(QT_TRANSLATE_NOOP(
        "Backups", "Cannot write backups to {folder} ({error}). Choose a folder you may write to.")
        .format(folder=str(folder), error=exc.strerror or str(exc)))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_sidecar(info: BackupInfo, source: Path) -> None:
    data = {"format": SIDECAR_FORMAT, "created": info.created.isoformat(), "reason": info.reason,
            "detail": info.detail, "database": info.database, "source": str(source),
            "members": info.members, "size": info.size, "sha256": info.sha256,
            # the audit trail's end in the copy: a second anchor, checked before it is restored
            "audit": _trail_end(info.path)}
    _sidecar(info.path).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def _trail_end(path: Path) -> dict | None:
    """{"records": n, "head": hash} of a database file's audit trail; None without a hash chain."""
    connection = sqlite_copy.connect(path, read_only=True)
    try:
        row = connection.execute("SELECT id, hash FROM audit_records ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return anchor_fields(Anchor(row[0], row[1]) if row else Anchor(0, ""))


# -- several folders, and the automatic occasions ------------------------------------------------

def backup_everywhere(db: Database, folders: Sequence[Path | str], reason: str, *, detail: str = "",
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


def backup_folders(db: Database, second_folder: Path | str | None = None) -> list[Path]:
    """The folders the automatic backups go to: beside the database, and the second one if set."""
    folders = [default_backup_folder(database_file(db))]
    if second_folder:
        folders.append(Path(second_folder))
    return folders


def on_exit_backup(db: Database, folders: Sequence[Path | str], policy: RetentionPolicy = RetentionPolicy(),
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


def run_scheduled_backup(db: Database, folders: Sequence[Path | str],
                         policy: RetentionPolicy = RetentionPolicy(),
                         now: dt.datetime | None = None) -> BackupRun | None:
    """The daily backup, if due (None if not): for a timer that fires, say, every hour."""
    if db.file_path is None or not folders:
        return None
    if not scheduled_backup_due(folders[0], now, db.file_path.stem):
        return None
    return _rotated(backup_everywhere(db, folders, Reason.DAILY, now=now), policy)


def _rotated(run: BackupRun, policy: RetentionPolicy) -> BackupRun:
    for info in run.made:
        try:
            run.pruned += prune(info.path.parent, policy, database=info.database)
        except OSError as exc:
            run.problems.append(_folder_unusable(info.path.parent, exc).message)
    return run


# -- listing and rotating ------------------------------------------------------------------------

def list_backups(folder: Path | str, database: str | None = None) -> list[BackupInfo]:
    """The backups in `folder` (of one database, if named), newest first. A missing folder has none."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        if path.suffix in (SIDECAR_SUFFIX, PARTIAL_SUFFIX) or not path.is_file():
            continue
        info = _read_info(path)
        if info is not None and (database is None or info.database == database):
            found.append(info)
    return sorted(found, key=lambda b: (b.created, b.path.name), reverse=True)


def _read_info(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.stem)
    if match is None:
        return None
    try:
        size = path.stat().st_size
        data = json.loads(_sidecar(path).read_text(encoding="utf-8"))
        return BackupInfo(path, dt.datetime.fromisoformat(data["created"]).astimezone(), data["reason"],
                          data["database"], data.get("members"), size, data.get("detail", ""),
                          data.get("sha256", ""))
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no sidecar (or a damaged one): the name says enough
    try:
        created = dt.datetime.strptime(f"{match['date']} {match['time']}", "%Y-%m-%d %H%M%S").astimezone()
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    label = match["label"]
    reason = next((r for r in sorted(Reason, key=len, reverse=True) if label == r or label.startswith(r + "-")),
                  label)
    return BackupInfo(path, created, str(reason), match["database"], None, size, label[len(reason) + 1:])


def delete_backup(path: Path) -> None:
    """Remove a backup and its sidecar (a copy that could not be recorded)."""
    Path(path).unlink(missing_ok=True)
    _sidecar(Path(path)).unlink(missing_ok=True)


# A *.partial file not written to for this long belongs to a backup, restore or export that was
# killed; a live one is written to continuously (page by page), so its time stays fresh.
LEFTOVER_AGE_S = 120


def remove_leftovers(folder: Path | str, prefix: str = "", *, now: float | None = None) -> list[Path]:
    """Delete the *.partial files (and their SQLite journals) a killed backup, restore or export
    left in `folder` (only those whose name starts with `prefix`). Returns what was deleted."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    now = time.time() if now is None else now
    removed = []
    for path in folder.iterdir():
        base = path.name.removesuffix("-journal").removesuffix("-wal").removesuffix("-shm")
        if not base.endswith(PARTIAL_SUFFIX) or not path.name.startswith(prefix):
            continue
        try:
            if now - path.stat().st_mtime < LEFTOVER_AGE_S:
                continue
            path.unlink()
            removed.append(path)
        except OSError:
            continue  # in use (Windows) or already gone: the next start tries again
    return removed


def remove_leftovers_of(db_path: Path | str) -> list[Path]:
    """What a start-up clears: leftovers beside the database (a killed restore or import) and in
    its backups folder."""
    db_path = Path(db_path)
    return remove_leftovers(db_path.parent, db_path.name) + remove_leftovers(default_backup_folder(db_path))


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
    from desktop.store.migrations_runner import HEAD_REVISION, known_revision  # Alembic only if needed

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
    from desktop.store.database import open_read_only_file
    from desktop.store.integrity import verify_database

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
            "Backups", "This database is on a server ({location}); restore it with the server's own "
            "tools.").format(location=str(target_location)))
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

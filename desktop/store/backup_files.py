"""Backups as files: one SQLite file per backup, made, checked, named, listed and cleared away.

A backup is one self-contained SQLite file named so that a folder listing sorts by time and says
why it was made (`uniondesk_2026-11-22_173005_exit.sqlite3`), with a small JSON file beside it
holding what the list shows (date, reason, member count, size, checksum). Without the JSON (copied
by hand) the name alone still says enough. Each copy is checked right after it is written
(SQLite's integrity check, and the member count compared with the database's at that moment).

This module knows files, not the open database: desktop.store.database uses it (leftovers at open,
the copy before an upgrade) without an import cycle. The occasions and rotation are in
backup_schedule, looking inside and restoring in backups, a server database in server_backups.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.store import sqlite_copy
from desktop.store.anchor import Anchor, anchor_fields
from desktop.store.errors import StoreError
from desktop.store.paths import is_url
from desktop.store.sqlite_copy import Progress


class OpenDatabase(Protocol):
    """What is needed of an open desktop.store.database.Database: where it is."""

    location: str
    file_path: Path | None


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


def size_text(size: int) -> str:
    """A file size as people read it (the units are the same in Chinese)."""
    if size < 1024 * 1024:
        return f"{max(size, 1) / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"

# -- where and under which name ------------------------------------------------------------------

def default_backup_folder(db_path: Path | str) -> Path:
    """The "backups" folder beside the database file."""
    return Path(db_path).expanduser().resolve().parent / FOLDER_NAME


def database_file(db: OpenDatabase) -> Path:
    """The database's file; a StoreError for a database on a server, which is backed up there."""
    if db.file_path is None or is_url(db.location):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Backups", "This database is on a server ({location}). Its backups are made with `uniondesk --db URL "
            "backup` (or “Back up now” in Backups), and one is restored into a new, empty server database with `uniondesk --db "
            "URL restore FILE`.").format(location=db.location))
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

def make_backup(db: OpenDatabase, folder: Path | str, reason: str, *, detail: str = "",
                progress: Progress | None = None, now: dt.datetime | None = None) -> BackupInfo:
    """Back up the open database into `folder` (created if missing) and check the copy.

    Safe while the program keeps writing: the copy is the database as it was at one moment."""
    return backup_file(database_file(db), folder, reason, detail=detail, progress=progress, now=now)


def backup_before(db: OpenDatabase, reason: str) -> BackupInfo | None:
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



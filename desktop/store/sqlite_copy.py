"""Copying and checking SQLite files with SQLite's own tools, for backups, restores and exports.

A database being written must never be copied as a file (a copy taken between two writes can be
torn). The online backup API copies pages under SQLite's locking. The copy holds one read
transaction on the source for its whole run: in WAL mode that pins one consistent snapshot, so
other connections keep writing meanwhile and the copy shows the database exactly as it was when it
started. (Without it, a step-by-step backup restarts after every write by another connection and
never finishes while someone types.)
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.errors import StoreError

BUSY_TIMEOUT_S = 5.0
STEP_PAGES = 256  # pages per step when someone watches the progress (1 MiB with 4 KiB pages)

# (pages done, pages in all) -> False to stop. Called from the thread doing the copy.
Progress = Callable[[int, int], bool]


class Cancelled(StoreError):
    """The user stopped the copy; the half-written file has been removed."""


@dataclass(frozen=True)
class FileFacts:
    """What a database file holds, as a user counts it."""

    members: int | None          # on the register (not in the trash); None: no member table
    members_in_trash: int
    events: int
    audit_records: int
    newest_change: dt.datetime | None   # UTC: the latest audit record or member edit
    revision: str | None         # schema revision stamped by the migrations


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to an existing file (never creates one), in autocommit mode so that
    transactions are exactly the ones we begin."""
    mode = "ro" if read_only else "rw"
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True,
                                     timeout=BUSY_TIMEOUT_S, isolation_level=None)
    except sqlite3.OperationalError as exc:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Backups", "{path} cannot be opened: check that the file exists and that you may read "
            "it.").format(path=str(path))) from exc
    return connection


def copy_snapshot(source: Path, dest: Path, progress: Progress | None = None) -> int | None:
    """Copy the database at `source` into a new file `dest` (rollback-journal mode, so it is one
    self-contained file). Returns the member count of the snapshot that was copied.

    With no `progress` the copy is a single step; with one it runs in steps and can be stopped
    (raises Cancelled; the caller removes `dest`)."""
    src = connect(source)
    try:
        try:
            src.execute("BEGIN")
            members = _member_count(src)   # also starts the read transaction that pins the snapshot
        except sqlite3.DatabaseError as exc:
            raise not_a_database(source) from exc
        dst = sqlite3.connect(dest, isolation_level=None)
        try:
            src.backup(dst, pages=STEP_PAGES if progress else -1,
                       progress=_stepper(progress) if progress else None)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
        return members
    except sqlite3.OperationalError as exc:
        raise in_use(source) if _busy(exc) else cannot_write(dest, exc) from exc
    finally:
        src.close()  # ends the read transaction


def copy_into(source: Path, target: Path) -> None:
    """Replace the content of the existing database `target` with that of `source` in one write
    transaction (all or nothing, also if the power fails). The target keeps its journal mode, so a
    WAL database stays one with its -wal and -shm files consistent."""
    src = connect(source, read_only=True)
    try:
        dst = connect(target)
        try:
            src.backup(dst)
        except sqlite3.OperationalError as exc:
            raise in_use(target) if _busy(exc) else cannot_write(target, exc) from exc
        finally:
            dst.close()
    finally:
        src.close()


def _stepper(progress: Progress):
    def step(_status: int, remaining: int, total: int) -> None:
        if not progress(total - remaining, total):
            raise Cancelled(QT_TRANSLATE_NOOP("Backups", "Stopped. Nothing was written."))
    return step


def integrity_problems(path: Path) -> list[str]:
    """SQLite's own full check of every page and index; [] when the file is sound."""
    connection = connect(path, read_only=True)
    try:
        lines = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()
    return [line for line in lines if line != "ok"]


def read_facts(path: Path) -> FileFacts:
    """Counts a user recognises, read from a database file without changing it."""
    connection = connect(path, read_only=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "members" not in tables:
            raise not_a_database(path)

        def count(table: str, where: str = "") -> int:
            if table not in tables:
                return 0
            return connection.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0]

        newest = [connection.execute("SELECT max(updated_at) FROM members").fetchone()[0]]
        if "audit_records" in tables:
            newest.append(connection.execute("SELECT max(at) FROM audit_records").fetchone()[0])
        revision = None
        if "alembic_version" in tables:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = revision[0] if revision else None
        return FileFacts(
            members=count("members", "WHERE deleted_at IS NULL"),
            members_in_trash=count("members", "WHERE deleted_at IS NOT NULL"),
            events=count("membership_events"), audit_records=count("audit_records"),
            newest_change=max((_utc(v) for v in newest if v), default=None), revision=revision)
    except sqlite3.DatabaseError as exc:
        raise not_a_database(path) from exc
    finally:
        connection.close()


def _member_count(connection: sqlite3.Connection) -> int | None:
    """Members on the register, or None in a file without the table (a brand-new database)."""
    found = connection.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='members'").fetchone()
    if not found:
        return None
    return connection.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL").fetchone()[0]


def member_count(path: Path) -> int | None:
    connection = connect(path, read_only=True)
    try:
        return _member_count(connection)
    finally:
        connection.close()


def _utc(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).replace(tzinfo=dt.timezone.utc)


def remove_database_file(path: Path) -> None:
    """Delete a database file we were writing, with any journal files beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def not_a_database(path: Path) -> StoreError:
    return StoreError(QT_TRANSLATE_NOOP(
        "Backups", "{path} is not a UnionDesk database (or it is damaged). Choose another "
        "file.").format(path=str(path)))


def _busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def cannot_write(path: Path, exc: BaseException) -> StoreError:
    return StoreError(QT_TRANSLATE_NOOP(
        "Backups", "Could not write {path} ({error}). Check that the disk is not full and that you "
        "may write there.").format(path=str(path), error=str(exc)))


def in_use(path: Path) -> StoreError:
    return StoreError(QT_TRANSLATE_NOOP(
        "Backups", "The database {path} stayed busy (another program was writing to it). Nothing was "
        "changed; try again in a moment.").format(path=str(path)))

"""Opening the database: an SQLite file (the default) or a PostgreSQL URL.

Opening applies pending migrations, after a backup (a copy of the file, or a dump of the server
database), so that a database from an older release always opens and keeps every row.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.backup_files import Reason, backup_file, default_backup_folder, remove_leftovers_of
from desktop.changes import ChangeBus
from desktop.store.errors import (
    PasswordRefused, StoreError, fault_message, password_refused, server_refusal,
)
from desktop.store.paths import engine_url, is_url, safe_url

BUSY_TIMEOUT_MS = 5000


@dataclass
class Database:
    """An open database: the engine, a session factory and the change announcements."""

    engine: Engine
    location: str
    file_path: Path | None
    changes: ChangeBus = field(default_factory=ChangeBus)
    backups: list[Path] = field(default_factory=list)  # copies made before migrating

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading; nothing it does is committed."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together at the end, or rolled back on any error."""
        with self._sessions() as session, translate_errors(self.location):
            with session.begin():
                serialise_writers(session)
                yield session

    def close(self) -> None:
        self.engine.dispose()


# The key of the one transaction-scoped advisory lock that PostgreSQL writers take (any fixed
# 64-bit number no other program on the server uses; this one is "UDWRITE" in ASCII).
WRITERS_LOCK_KEY = 0x5544_5752_4954_45


def serialise_writers(session: Session) -> None:
    """On PostgreSQL, wait until no other writing transaction is open, and hold that until this one
    ends. SQLite needs nothing: it lets one writer at a time commit.

    Taken first in every writing transaction, before the transaction reads anything it decides
    on: the audit chain's end (so the chain never forks), the last receipt, case or proposal
    number (so numbers stay gapless and unique), a vote's running totals (so two tellers' ballots
    both count). One lock, always taken first, cannot deadlock with the row locks taken after it.
    Readers never wait for it; writers wait for each other for the few milliseconds a write takes.
    Taking it twice in one transaction is harmless (the recorder takes it again)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITERS_LOCK_KEY})


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _sqlite_engine(path: Path) -> Engine:
    from desktop.store.row_seals import on_checkout

    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _set_sqlite_pragmas)
    event.listen(engine, "checkout", on_checkout)  # note the rows each transaction writes
    return engine


def _server_engine(location: str, read_only: bool = False) -> Engine:
    """An engine for a database server. `pool_pre_ping`: an office PC sleeps, the server restarts,
    and a connection kept in the pool is found dead only when used; checking it first costs one
    round trip per checkout on the office network. `read_only`: the server itself refuses every
    write of these connections (what `verify` promises)."""
    options = {"connect_args": {"options": "-c default_transaction_read_only=on"}} if read_only else {}
    return create_engine(engine_url(location), pool_pre_ping=True, **options)


@contextmanager
def translate_errors(location: str) -> Iterator[None]:
    """Turn driver failures a user can act on into a plain message."""
    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig) if exc.orig else str(exc)
        fault = fault_message(exc, location)  # locked, read-only, disk full
        if fault is not None:
            raise StoreError(fault) from exc
        refusal = server_refusal(exc, location) if is_url(location) else None
        if refusal is not None:
            raise (PasswordRefused if password_refused(exc) else StoreError)(refusal) from exc
        if "unable to open" in text:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Store", "The database {path} cannot be opened: check that the folder exists and that "
                "you may write to it.").format(path=location)) from exc
        raise
    except DatabaseError as exc:
        if isinstance(exc.orig, sqlite3.DatabaseError) and "not a database" in str(exc.orig):
            raise StoreError(QT_TRANSLATE_NOOP(
                "Store", "{path} is not a UnionDesk database (or it is damaged). Choose the right "
                "file, or restore a backup.").format(path=location)) from exc
        raise


def backup_before_upgrade(db: Database, revision: str) -> list[Path]:
    """The copy made before a database holding a union's data is upgraded to a newer schema: of the
    SQLite file into the backups folder beside it, or of the server database into this PC's backups
    folder (pg_dump, else a logical export)."""
    detail = f"before-upgrade-{revision}"
    if db.file_path is None:
        from desktop.store.server_backups import back_up_server, server_backup_folder

        return [back_up_server(db.location, server_backup_folder(db.location), Reason.MIGRATION, detail=detail).path]
    return [backup_file(db.file_path, default_backup_folder(db.file_path), Reason.MIGRATION, detail=detail).path]


def open_database(location: str, *, create: bool = True, migrate: bool = True) -> Database:
    """Open (and create, if allowed) the database at a file path or URL, migrated to the newest schema."""
    from desktop.store.migrations_runner import upgrade_to_head  # Alembic only when opening

    if is_url(location):
        db = Database(_server_engine(location), safe_url(location), None)
    else:
        path = Path(location).expanduser().resolve()
        if not path.exists():
            if not create:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "Store", "There is no database at {path}. Check the path given with --db or "
                    "UNIONDESK_DB; a new union's database is created with: uniondesk --db {path} init"
                ).format(path=str(path)))
            if not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
        db = Database(_sqlite_engine(path), str(path), path)
        if migrate:
            remove_leftovers_of(path)  # what killed backups, restores and imports left behind
    if migrate:
        with translate_errors(db.location):
            # the runner types the database by the Protocol it needs; this function takes the real one
            db.backups.extend(upgrade_to_head(db, backup_before_upgrade))  # type: ignore[arg-type]
    return db


def open_read_only(location: str) -> Database:
    """Open an existing UnionDesk database for checking only: never created, never migrated, not
    one byte of the file changed (SQLite is told the file is read-only, or immutable when no other
    program has it open). A file that is empty, someone else's, or of another schema revision is
    refused with a message saying so."""
    from desktop.store.migrations_runner import HEAD_REVISION, current_revision, known_revision

    if is_url(location):
        db = Database(_server_engine(location, read_only=True), safe_url(location), None)
    else:
        path = Path(location).expanduser().resolve()
        if not path.is_file():
            raise StoreError(QT_TRANSLATE_NOOP(
                "Store", "There is no database at {path}. Check the path given with --db or "
                "UNIONDESK_DB.").format(path=str(path)))
        if path.stat().st_size == 0:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Store", "{path} is empty (0 bytes): it is not a UnionDesk database. Nothing was "
                "changed.").format(path=str(path)))
        db = open_read_only_file(path)
    with translate_errors(db.location):
        revision = current_revision(db)
        tables = _table_names(db)
    if revision is None:
        db.close()
        if tables:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Store", "{path} belongs to another program, not UnionDesk. Nothing was changed.")
                .format(path=db.location))
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "{path} is not a UnionDesk database (it holds no tables). Nothing was changed.")
            .format(path=db.location))
    if revision != HEAD_REVISION:
        db.close()
        if not known_revision(revision):
            raise StoreError(QT_TRANSLATE_NOOP(
                "Store", "The database {path} was written by a newer UnionDesk. Install the newer "
                "release to open it.").format(path=db.location))
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "The database {path} has the layout of an older release ({revision}). Open it once "
            "with this release (it is backed up, then upgraded), then check it again. Nothing was "
            "changed.").format(path=db.location, revision=revision))
    return db


def open_read_only_file(path: Path) -> Database:
    """An existing SQLite file opened so that nothing can write to it, whatever its schema."""
    path = Path(path).expanduser().resolve()
    return Database(_read_only_engine(path), str(path), path)


def _read_only_engine(path: Path) -> Engine:
    """An engine that cannot write to the file. Without a -wal file beside it nobody has unsaved
    pages, so the file is opened immutable (SQLite creates nothing, takes no locks); with one, a
    read-only connection still sees what the other program committed."""
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "immutable=1"
    uri = f"{path.as_uri()}?{mode}"
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False))
    event.listen(engine, "connect", _set_read_only_pragmas)
    return engine


def _set_read_only_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA query_only=ON")
    cursor.close()


def _table_names(db: Database) -> list[str]:
    from sqlalchemy import inspect

    with db.engine.connect() as connection:
        return inspect(connection).get_table_names()

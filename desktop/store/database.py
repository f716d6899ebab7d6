"""Opening the database: an SQLite file (the default) or a PostgreSQL URL.

Opening applies pending migrations, after copying the file aside, so that a database from an
older release always opens and keeps every row.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.changes import ChangeBus
from desktop.store.errors import StoreError
from desktop.store.paths import is_url

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
                yield session

    def close(self) -> None:
        self.engine.dispose()


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


@contextmanager
def translate_errors(location: str) -> Iterator[None]:
    """Turn driver failures a user can act on into a plain message."""
    try:
        yield
    except OperationalError as exc:
        text = str(exc.orig) if exc.orig else str(exc)
        if "locked" in text or "busy" in text:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Store", "The database {path} is in use by another program. Close the other UnionDesk "
                "window (or the program holding the file) and try again.").format(path=location)) from exc
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


def open_database(location: str, *, create: bool = True, migrate: bool = True) -> Database:
    """Open (and create, if allowed) the database at a file path or URL, migrated to the newest schema."""
    from desktop.store.migrations_runner import upgrade_to_head  # Alembic only when opening

    if is_url(location):
        engine = create_engine(location)
        db = Database(engine, location, None)
    else:
        path = Path(location).expanduser().resolve()
        if not path.exists():
            if not create:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "Store", "There is no database at {path}. Check the path given with --db or "
                    "UNIONDESK_DB.").format(path=str(path)))
            if not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
        db = Database(_sqlite_engine(path), str(path), path)
    if migrate:
        with translate_errors(db.location):
            db.backups.extend(upgrade_to_head(db))
    return db

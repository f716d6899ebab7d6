"""Applying Alembic migrations at open, with a backup made first when any are pending.

The backup is the caller's (desktop.store.database passes it in: a copy of the SQLite file, or a
dump of the server database), so this module imports nothing that imports the database module.

Alembic itself (a quarter of a second to import) is loaded only when the stamp in the database
differs from HEAD_REVISION, so an up-to-date database opens without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Protocol

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError, ProgrammingError

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.errors import StoreError



class Database(Protocol):
    """What the migrations need of desktop.store.database.Database (not imported: that module
    imports this one)."""

    engine: Engine
    location: str
    file_path: Path | None


# Called with the revision the database has, before it is upgraded; returns the backups it made.
BackupFirst = Callable[["Database", str], list[Path]]

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions; a test keeps the two in step.
HEAD_REVISION = "0022"


def alembic_config(db: "Database"):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["database"] = db
    return config


def upgrade_on(connection: Connection, revision: str) -> None:
    """Create (or bring) the schema on `connection` up to `revision`, inside the caller's transaction:
    used to give an empty database the schema of the union copied into it."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


def head_revision() -> str:
    """The newest revision according to the migration scripts themselves."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_plain_config()).get_current_head()


def _plain_config():
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def current_revision(db: "Database") -> str | None:
    """The revision stamped in the database; None for a new (or foreign) file."""
    with db.engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):  # no stamp table yet
            return None


def known_revision(revision: str) -> bool:
    """Whether the migration scripts know this revision (an unknown one was written by a newer release)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    try:
        return ScriptDirectory.from_config(_plain_config()).get_revision(revision) is not None
    except CommandError:  # Alembic raises for an id it has never heard of
        return False


def _has_foreign_tables(db: "Database") -> bool:
    """Tables but no migration stamp: someone else's database, which we must not write into."""
    return bool(inspect(db.engine).get_table_names())


def _changes_sealed_rows(current: str) -> bool:
    """Whether a migration after `current` may change the hash of a sealed row. A migration that
    cannot (it adds an index, or changes only tables and columns the seals leave out) says so with
    `SEALED_ROWS_UNCHANGED = True`; the upgrade then skips hashing every sealed row twice (over 4
    million hashes, most of a 100 000-member upgrade). A wrong claim makes verify report the rows,
    never hides a change."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_plain_config()).iterate_revisions(HEAD_REVISION, current)
    return not all(getattr(script.module, "SEALED_ROWS_UNCHANGED", False) for script in scripts)


def _intact_rows(db: "Database", current: str) -> dict | None:
    """Before an upgrade of a file that has row seals: which rows still match them (the upgrade
    seals those again if it changes their hash; see desktop.store.row_seals.reseal_after_upgrade)."""
    if db.engine.dialect.name != "sqlite" or not _changes_sealed_rows(current):
        return None
    from desktop.store import row_seals

    with db.engine.connect() as connection:
        if "row_seals" not in row_seals.existing_tables(connection):
            return None
        return row_seals.intact_rows(connection)


def upgrade_to_head(db: "Database", backup_first: BackupFirst | None = None) -> list[Path]:
    """Bring the schema to the newest revision, after `backup_first` (when the database already has
    a schema, i.e. holds a union's data). Returns the backups made."""
    current = current_revision(db)
    if current == HEAD_REVISION:
        return []
    if current is None and _has_foreign_tables(db):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "{path} belongs to another program, not UnionDesk. Choose a UnionDesk database, "
            "or a new file name to start a new one.").format(path=db.location))
    if current is not None and not known_revision(current):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "The database {path} was written by a newer UnionDesk. Install the newer "
            "release to open it.").format(path=db.location))
    copies = backup_first(db, current) if backup_first is not None and current is not None else []
    from alembic import command

    intact = _intact_rows(db, current) if current is not None else None
    command.upgrade(alembic_config(db), "head")
    if intact is not None:
        from desktop.store.row_seals import reseal_after_upgrade

        with db.engine.begin() as connection:
            reseal_after_upgrade(connection, intact, (current, HEAD_REVISION))
    if db.file_path is not None:  # a migration may write records (0009 does), outside any session
        from desktop.store.anchor import refresh_anchor

        with db.engine.connect() as connection:
            refresh_anchor(db.file_path, connection)
    return copies

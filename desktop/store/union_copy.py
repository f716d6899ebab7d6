"""Copying a whole union from one database into an empty one: an SQLite file to a PostgreSQL
database ("moving up" to a server) and back, and the logical backup of a server database.

The target gets the schema at the source's revision through the same migrations as a new
database, then every table's rows in dependency order with their ids, and (on PostgreSQL) its id
sequences moved past the copied ids. Everything happens in one transaction on the target (an
SQLite target is written as a *.partial file and renamed at the end), so a failed or cancelled
copy leaves the target as empty as it was. The rows are counted per table on both sides before the
copy is committed. The caller then checks the audit chain on the target (desktop.store.integrity,
which imports the database module and so is not imported here).
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import MetaData, create_engine, func, inspect, select, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import OperationalError

from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.anchor import refresh_anchor
from desktop.store.errors import StoreError
from desktop.store.paths import engine_url, is_url
from desktop.store.sqlite_copy import Cancelled

PARTIAL_SUFFIX = ".partial"
BATCH_ROWS = 2000
STAMP_TABLE = "alembic_version"   # written by the migrations on the target, never copied

# (rows copied, rows in all) -> False to stop; same contract as sqlite_copy.Progress.
RowProgress = Callable[[int, int], bool]


@dataclass(frozen=True)
class CopyResult:
    source: str
    target: str
    revision: str
    rows: dict[str, int]     # table -> rows copied (equal on both sides, or the copy was undone)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def plain_engine(location: str) -> Engine:
    """An engine without the program's per-connection hooks (row-seal triggers): the copy writes
    the rows and their seals exactly as they are in the source."""
    if is_url(location):
        return create_engine(engine_url(location))  # postgresql:// as users write it: psycopg 3
    return create_engine(f"sqlite:///{Path(location).expanduser().resolve()}")


def union_schema(url: str) -> str | None:
    """The union's schema, when the URL chooses one (options=-csearch_path=NAME); None: public."""
    options = make_url(url).query.get("options", "")
    options = options if isinstance(options, str) else " ".join(options)
    for part in options.split():
        if part.startswith("-csearch_path="):
            return part.split("=", 1)[1].split(",")[0].strip() or None
    return None


def _schema_missing(connection: Connection, url: str) -> bool:
    schema = union_schema(url)
    return bool(schema) and not connection.execute(
        text("SELECT 1 FROM information_schema.schemata WHERE schema_name = :s"), {"s": schema}).scalar()


def stamped_revision(connection: Connection) -> str | None:
    if STAMP_TABLE not in inspect(connection).get_table_names():
        return None
    return connection.execute(text(f"SELECT version_num FROM {STAMP_TABLE}")).scalar()


def is_empty(location: str) -> bool:
    """No database there yet: no file (or an empty one), or a server database without tables."""
    if not is_url(location):
        path = Path(location).expanduser()
        return not path.exists() or path.stat().st_size == 0
    engine = plain_engine(location)
    try:
        with engine.connect() as connection:
            return _schema_missing(connection, location) or not inspect(connection).get_table_names()
    except OperationalError as exc:  # no server there, a wrong password, a database not created yet
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "Cannot connect to {target} ({error}). Check the address, that the server is running "
            "and that the database has been created on it.").format(
                target=shown_location(location), error=str(exc.orig or exc).strip().splitlines()[0])) from exc
    finally:
        engine.dispose()


def refuse_unless_empty(location: str) -> None:
    if not is_empty(location):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "{target} already holds data. A union is copied only into an empty database: "
            "create a new one on the server (or give a new file name), then try again. Nothing was "
            "changed.").format(target=shown_location(location)))


def copy_union(source: str, target: str, progress: RowProgress | None = None) -> CopyResult:
    """Copy every table of the union at `source` into the empty database at `target` (file paths
    or URLs). Raises StoreError (nothing changed on the target) if the target is not empty, the
    source is no UnionDesk database, or the counts differ; Cancelled if `progress` says stop."""
    refuse_unless_empty(target)
    source_engine = plain_engine(source)
    try:
        with _snapshot(source_engine) as reading:
            revision = stamped_revision(reading)
            if revision is None:
                raise StoreError(QT_TRANSLATE_NOOP(
                    "Store", "{source} is not a UnionDesk database (it has no schema revision). "
                    "Nothing was copied.").format(source=shown_location(source)))
            if is_url(target):
                rows = _copy_to_server(reading, target, revision, progress)
            else:
                rows = _copy_to_file(reading, Path(target).expanduser().resolve(), revision, progress)
    finally:
        source_engine.dispose()
    return CopyResult(shown_location(source), shown_location(target), revision, rows)


@contextmanager
def _snapshot(engine: Engine) -> Iterator[Connection]:
    """A connection that sees one moment of the source for the whole copy (a repeatable-read
    transaction on PostgreSQL, a read transaction on SQLite)."""
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as connection:
            with connection.begin():
                yield connection
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("BEGIN")  # pysqlite would not start a transaction for a SELECT
        try:
            yield connection
        finally:
            connection.exec_driver_sql("ROLLBACK")


def _copy_to_server(reading: Connection, url: str, revision: str, progress: RowProgress | None) -> dict[str, int]:
    engine = plain_engine(url)
    try:
        with engine.connect() as writing:
            with writing.begin():  # schema and rows together: a cancel or failure leaves no table
                if _schema_missing(writing, url):  # a new union on a server that holds several
                    writing.execute(text(f'CREATE SCHEMA "{union_schema(url)}"'))
                return _fill(reading, writing, revision, progress)
    finally:
        engine.dispose()


def _copy_to_file(reading: Connection, path: Path, revision: str, progress: RowProgress | None) -> dict[str, int]:
    partial = Path(str(path) + PARTIAL_SUFFIX)
    _remove(partial)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = plain_engine(str(partial))
    try:
        with engine.connect() as writing:
            writing.exec_driver_sql("PRAGMA foreign_keys=ON")
            writing.commit()
            with writing.begin():
                rows = _fill(reading, writing, revision, progress)
            refresh_anchor(path, writing)  # the trail's end, kept beside the file as the program does
        engine.dispose()
        os.replace(partial, path)
    finally:
        engine.dispose()
        _remove(partial)
    return rows


def _remove(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _fill(reading: Connection, writing: Connection, revision: str, progress: RowProgress | None) -> dict[str, int]:
    """Schema, rows, sequences and the count check, all on the caller's transaction."""
    from desktop.store.migrations_runner import upgrade_on  # Alembic only when copying

    upgrade_on(writing, revision)
    source_tables, target_tables = MetaData(), MetaData()
    source_tables.reflect(reading)
    target_tables.reflect(writing)
    order = [t for t in target_tables.sorted_tables if t.name != STAMP_TABLE]
    missing = [t.name for t in order if t.name not in source_tables.tables]
    if missing:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "The source lacks the table(s) {tables} of its own schema revision: it is damaged. "
            "Nothing was copied.").format(tables=", ".join(missing)))
    counts = {t.name: reading.execute(select(func.count()).select_from(source_tables.tables[t.name])).scalar_one()
              for t in order}
    for table in reversed(order):  # what the migrations seed (built-in types, settings) comes from the source
        writing.execute(table.delete())
    total, done = sum(counts.values()), 0
    for table in order:
        done = _copy_table(reading, writing, source_tables.tables[table.name], table, done, total, progress)
    if writing.dialect.name == "postgresql":
        _move_sequences(writing, order)
    copied = {t.name: writing.execute(select(func.count()).select_from(t)).scalar_one() for t in order}
    differing = [name for name in counts if counts[name] != copied[name]]
    if differing:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "The copy of table(s) {tables} does not hold as many rows as the source, so it was "
            "undone. Nothing was changed on the target.").format(tables=", ".join(differing)))
    return counts


def _copy_table(reading: Connection, writing: Connection, source, target, done: int, total: int,
                progress: RowProgress | None) -> int:
    columns = [c.name for c in target.columns]
    absent = [c for c in columns if c not in source.columns]
    if absent:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Store", "Table {table} of the source lacks the column(s) {columns}: it is damaged. Nothing "
            "was copied.").format(table=target.name, columns=", ".join(absent)))
    key = list(source.primary_key.columns) or [source.columns[columns[0]]]
    result = reading.execution_options(stream_results=True).execute(
        select(*(source.columns[c] for c in columns)).order_by(*key))
    while batch := result.fetchmany(BATCH_ROWS):
        writing.execute(target.insert(), [dict(zip(columns, row)) for row in batch])
        done += len(batch)
        if progress is not None and progress(done, total) is False:
            raise Cancelled(QT_TRANSLATE_NOOP(
                "Store", "The copy was stopped. The target is as empty as before."))
    return done


def _move_sequences(writing: Connection, tables) -> None:
    """PostgreSQL hands out ids from a sequence per table; after rows were inserted with their own
    ids, each sequence must continue after the largest, or the next new row collides."""
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1:
            continue
        sequence = writing.execute(text("SELECT pg_get_serial_sequence(:t, :c)"),
                                   {"t": table.name, "c": keys[0].name}).scalar()
        if sequence:
            writing.execute(text(
                f'SELECT setval(:s, COALESCE((SELECT MAX("{keys[0].name}") FROM "{table.name}"), 0) + 1, false)'),
                {"s": sequence})


def shown_location(location: str) -> str:
    """A location as it may be shown: a server URL without its password."""
    if not is_url(location):
        return str(Path(location).expanduser())
    return make_url(location).render_as_string(hide_password=True)

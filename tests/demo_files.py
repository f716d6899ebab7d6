"""Demo databases for tests: built once per module or session, copied fresh for each test; and a
dump of every row, which is what "nothing is lost" is checked against. On a `--db-server=postgresql`
run the template is a database of the throwaway cluster and each copy a new database
(tests/db_backend.py); the locations are then URLs, which the tests pass to --db unchanged."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import MetaData, create_engine, select

from desktop.demo.generator import create_demo_database
from tests import db_backend


def build_template(folder: Path, members: int, seed: int) -> Path | str:
    return db_backend.template(f"demo_{members}_{seed}",
                               lambda location: create_demo_database(location, members=members, seed=seed), folder)


def fresh_copy(template: Path | str, folder: Path) -> Path | str:
    """A copy of the template that one test may change as it likes."""
    return db_backend.copy_of(template, folder)


def all_rows(location) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order (by every column: server tables have no rowid)."""
    engine = create_engine(db_backend.sqlalchemy_url(str(location)))
    try:
        tables = MetaData()
        tables.reflect(engine)
        with engine.connect() as connection:
            return {name: [tuple(row) for row in connection.execute(
                        select(table).order_by(*table.primary_key.columns or table.columns))]
                    for name, table in sorted(tables.tables.items()) if not name.startswith("sqlite_")}
    finally:
        engine.dispose()

"""Inserting many plain rows through the driver's own executemany.

For the search terms (a dozen per member) SQLAlchemy's per-row parameter processing cost more than
SQLite's inserts: ~1 s of a 10 000-member import for 100 000 terms. Only for columns that need no
type conversion (text, integers); the placeholder follows the driver's paramstyle, so SQLite and
PostgreSQL drivers both take it.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from sqlalchemy import Connection

_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def insert_rows(connection: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    placeholder = _PLACEHOLDER.get(connection.dialect.paramstyle)
    if placeholder is None:
        raise NotImplementedError(f"paramstyle {connection.dialect.paramstyle}")
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([placeholder] * len(columns))})"
    connection.exec_driver_sql(sql, list(rows))

"""Inserting many plain rows through the driver's own executemany.

For the search terms (a dozen per member) SQLAlchemy's per-row parameter processing cost more than
SQLite's inserts: ~1 s of a 10 000-member import for 100 000 terms. Only for columns that need no
type conversion (text, integers); the placeholder follows the driver's paramstyle, so SQLite and
PostgreSQL drivers both take it.
"""

from __future__ import annotations

from typing import Any, Iterable, Sequence

from sqlalchemy import Connection, Table

_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def insert_rows(connection: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    placeholder = _PLACEHOLDER.get(connection.dialect.paramstyle)
    if placeholder is None:
        raise NotImplementedError(f"paramstyle {connection.dialect.paramstyle}")
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([placeholder] * len(columns))})"
    connection.exec_driver_sql(sql, list(rows))


def insert_values(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Like `connection.execute(insert(table), rows)` for rows that all name the same columns, with
    each column's conversion (dates, times, money) looked up once instead of SQLAlchemy working
    out every row's parameters: an import writes four rows per member (the member, the history
    entry, the audit record, the batch item), and that bookkeeping cost more than SQLite's work."""
    if not rows:
        return
    # A plain default (a row version starting at 1) is filled in as SQLAlchemy would; a computed
    # one (a time stamp) must be given, so that every row of the batch gets the same value.
    fixed = {c.name: getattr(c.default, "arg") for c in table.c
             if c.default is not None and c.default.is_scalar and c.name not in rows[0]}
    if fixed:
        rows = [{**row, **fixed} for row in rows]
    columns = list(rows[0])
    missing = [c.name for c in table.c if c.default is not None and c.name not in rows[0]]
    if missing:  # SQLAlchemy would have filled these in; this does not
        raise ValueError(f"{table.name}: give {', '.join(missing)} (they have defaults)")
    dialect = connection.dialect
    processors = [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns]
    pairs = list(zip(columns, processors))
    insert_rows(connection, table.name, columns,
                [tuple(convert(row[name]) if convert is not None and row[name] is not None else row[name]
                       for name, convert in pairs) for row in rows])

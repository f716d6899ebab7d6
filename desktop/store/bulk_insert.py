"""Inserting many plain rows through the driver's own executemany.

For the search terms (a dozen per member) SQLAlchemy's per-row parameter processing cost more than
SQLite's inserts: ~1 s of a 10 000-member import for 100 000 terms. Only for columns that need no
type conversion (text, integers); the placeholder follows the driver's paramstyle, so SQLite and
PostgreSQL drivers both take it.
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any, Callable, Iterable, Sequence

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
    insert_rows(connection, table.name, columns, _converted(rows, columns, processors))


def _converted(rows: Sequence[dict[str, Any]], columns: list[str], processors: list) -> list[tuple]:
    """Each row's values in column order, converted where the column's type converts (a date, a
    time stamp, a flag) and the value is not NULL. The values are taken with one itemgetter call and
    only the converting columns are visited: most of a member's 33 columns are text that needs
    nothing, and a generator over every column of every row cost as much as SQLite's insert."""
    get: Callable[[dict[str, Any]], tuple] = itemgetter(*columns)
    if len(columns) == 1:   # itemgetter of one name gives the value, not a tuple
        only = columns[0]

        def get(row: dict[str, Any]) -> tuple:
            return (row[only],)
    converting = [(i, convert) for i, convert in enumerate(processors) if convert is not None]
    if not converting:
        return [get(row) for row in rows]
    # A value object shared by many rows (the batch's one time stamp) is converted once. Keyed by
    # identity, not equality: two equal values may convert differently (times in two zones), and
    # every row stays alive during the call, so no id is reused.
    done: dict[tuple[int, int], Any] = {}
    converted = []
    for row in rows:
        values = list(get(row))
        for i, convert in converting:
            value = values[i]
            if value is not None:
                key = (i, id(value))
                if key not in done:
                    done[key] = convert(value)
                values[i] = done[key]
        converted.append(tuple(values))  # the driver call takes tuples, not lists
    return converted

"""Keeping PostgreSQL's id counters ahead of ids written explicitly.

SQLite gives a new row max(id) + 1, whatever wrote the rows before. PostgreSQL takes ids from a
sequence that only moves when it hands one out, so after rows are inserted with their ids given
(the demo's bulk inserts, a copy of another database) the next ordinary insert would get an id
already taken. `catch_up_sequences` moves every table's sequence past its largest id.
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect, text


def catch_up_sequences(connection: Connection) -> None:
    if connection.dialect.name != "postgresql":
        return  # SQLite has no sequences to fall behind
    inspector = inspect(connection)
    for table in inspector.get_table_names():
        if not any(column["name"] == "id" for column in inspector.get_columns(table)):
            continue
        sequence = connection.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}).scalar()
        if sequence:
            # setval(…, false) when the table is empty: the next id is then 1, as on a new database.
            connection.execute(text(
                f'SELECT setval(:s, COALESCE((SELECT max(id) FROM "{table}"), 0) + 1, false)'), {"s": sequence})

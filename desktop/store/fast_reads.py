"""Reading long single-column results (id lists) without SQLAlchemy's per-row objects.

The member table keeps the ids of the whole filtered register; building one Row object per id cost
~150 ms more than the driver's own fetchall for 100 000 ids on our reference machine
(bench/RESULTS.md). The statement is still built and bound by SQLAlchemy, so this works on every
dialect; only the fetching goes straight to the driver's cursor.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Executable


def first_column(connection: Connection, statement: Executable) -> list[Any]:
    result = connection.execute(statement)
    try:
        return [row[0] for row in result.cursor.fetchall()]
    finally:
        result.close()

"""Demo databases for tests: built once per module or session, copied fresh for each test; and a
dump of every row, which is what "nothing is lost" is checked against."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.demo.generator import create_demo_database


def build_template(folder: Path, members: int, seed: int) -> Path:
    path = folder / "union.sqlite3"
    create_demo_database(str(path), members=members, seed=seed)
    return path


def fresh_copy(template: Path, folder: Path) -> Path:
    """A copy of the template that one test may change as it likes."""
    path = folder / template.name
    path.write_bytes(template.read_bytes())
    return path


def all_rows(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order."""
    connection = sqlite3.connect(path)
    try:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: connection.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in tables}
    finally:
        connection.close()

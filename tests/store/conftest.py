"""Fixtures for the Qt-free store tests: a path for a database file in a fresh folder, and a
database opened (created and migrated) there, closed after the test."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from desktop.store import migrations_runner
from desktop.store.database import Database, open_database


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "t.sqlite3"


@pytest.fixture
def db(migrated_db_location) -> Database:
    database = open_database(migrated_db_location)
    yield database
    database.close()


def file_at_revision_0001(db_path, records: int) -> None:
    """A file as release 0001 left it, with audit records written before hashes existed."""
    from alembic import command

    old = open_database(str(db_path), migrate=False)
    command.upgrade(migrations_runner.alembic_config(old), "0001")
    with old.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO members (id, name, gender, id_type, id_number, is_migrant_worker, status, name_sort,"
            " created_at, updated_at) VALUES (1, '王芳', '2', '1', '11010519491231002X', 0, 'active',"
            " 'wang fang', '2025-01-01 00:00:00', '2025-01-01 00:00:00')"))
        for i in range(1, records + 1):
            # Release 0001 stored microseconds; a hand-made row may not have them.
            at = f"2025-01-{i % 28 + 1:02d} 08:00:00" + (".123456" if i % 2 else "")
            connection.execute(text(
                "INSERT INTO audit_records (id, at, actor, action, entity, entity_id, changes)"
                " VALUES (:id, :at, 'admin', 'update', 'member', 1, :changes)"),
                {"id": i, "at": at, "changes": json.dumps({"remarks": [None, f"第{i}次"]}, ensure_ascii=False)})
    old.close()

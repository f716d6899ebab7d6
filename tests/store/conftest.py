"""Fixtures for the Qt-free store tests: a path for a database file in a fresh folder, and a
database opened (created and migrated) there, closed after the test."""

from __future__ import annotations

import pytest

from desktop.store.database import Database, open_database


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "t.sqlite3"


@pytest.fixture
def db(db_path) -> Database:
    database = open_database(str(db_path))
    yield database
    database.close()

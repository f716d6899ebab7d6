"""Fixtures for the Qt-free exchange tests: a fresh database, a fixed "today", an admin actor."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.store.database import open_database

TODAY = dt.date(2024, 6, 1)


@pytest.fixture
def db(migrated_db_location):
    database = open_database(migrated_db_location)
    yield database
    database.close()

"""Fixtures for the Qt-free exchange tests: a fresh database, a fixed "today", an admin actor."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.store.database import open_database

TODAY = dt.date(2024, 6, 1)


@pytest.fixture
def db(tmp_path):
    database = open_database(str(tmp_path / "t.sqlite3"))
    yield database
    database.close()

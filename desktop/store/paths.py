"""Where the database file is: `--db PATH`, else $UNIONDESK_DB, else the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "UnionDesk"
DB_ENV_VAR = "UNIONDESK_DB"
DEFAULT_DB_NAME = "uniondesk.sqlite3"


def default_database_path() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DEFAULT_DB_NAME


def resolve_database(option: str | None) -> str:
    """The database location the user asked for: a file path or a database URL."""
    return option or os.environ.get(DB_ENV_VAR) or str(default_database_path())


def is_url(location: str) -> bool:
    return "://" in location


def safe_url(location: str) -> str:
    """A location fit to show or print: a URL without its password."""
    if not is_url(location):
        return location
    from sqlalchemy.engine import make_url

    try:
        return make_url(location).render_as_string(hide_password=True)
    except Exception:  # not a URL SQLAlchemy understands: show it cut before any credentials
        return location.split("@")[-1]


def engine_url(location: str) -> str:
    """The SQLAlchemy URL for a database URL as a user writes it: plain postgresql:// (the form
    PostgreSQL's own tools take) goes through psycopg 3, the driver UnionDesk ships."""
    for plain in ("postgresql://", "postgres://"):
        if location.startswith(plain):
            return "postgresql+psycopg://" + location[len(plain):]
    return location

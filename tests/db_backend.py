"""Which database server a test run uses, and where each test's database is.

`pytest` alone runs on SQLite files, as a union's PC does. `pytest --db-server=postgresql` (or
UNIONDESK_TEST_DB_SERVER=postgresql) runs the same tests against a throwaway PostgreSQL cluster
(tests/pg_server.py): every "database file" a test asks for becomes a new database of that cluster,
copied with CREATE DATABASE … TEMPLATE from a database migrated (or filled with demo data) once per
session — copying takes ~65 ms where migrating takes ~350 ms. Each test's databases are dropped
after it.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Callable

SQLITE = "sqlite"
POSTGRESQL = "postgresql"
SERVERS = (SQLITE, POSTGRESQL)
ENV_VAR = "UNIONDESK_TEST_DB_SERVER"


class _State:
    server = SQLITE
    cluster = None                         # tests.pg_server.ThrowawayCluster, started on first use
    templates: dict[str, str] = {}         # key -> template database name
    made_by_current_test: list[str] = []   # databases to drop when the test ends
    counter = itertools.count(1)


def use(server: str) -> None:
    _State.server = server


def server() -> str:
    return _State.server


def on_postgresql() -> bool:
    return _State.server == POSTGRESQL


def cluster():
    if _State.cluster is None:
        from tests.pg_server import ThrowawayCluster

        _State.cluster = ThrowawayCluster().start()
    return _State.cluster


def stop() -> None:
    if _State.cluster is not None:
        _State.cluster.stop()
        _State.cluster = None


def drop_databases_of_the_test() -> None:
    made, _State.made_by_current_test = _State.made_by_current_test, []
    for name in made:
        cluster().drop_database(name)


def _name(hint: str) -> str:
    return f"t{next(_State.counter)}_" + re.sub(r"\W", "_", hint.lower())[:40]


def new_server_database(hint: str, template: str | None = None) -> str:
    """A new database of the cluster (a copy of `template` when given), dropped when the test ends."""
    name = _name(hint)
    url = cluster().create_database(name, template)
    _State.made_by_current_test.append(name)
    return url


def new_location(folder: Path, filename: str = "t.sqlite3") -> Path | str:
    """Where a test's new database goes: a file path not yet created, or an empty server database's
    URL (the first opening creates the schema in either)."""
    if not on_postgresql():
        return folder / filename
    return new_server_database(Path(filename).stem)


def migrated_location(folder: Path, filename: str = "t.sqlite3") -> str:
    """A new database already at the newest schema (on SQLite: the path, migrated when opened)."""
    if not on_postgresql():
        return str(folder / filename)
    from desktop.store.database import open_database

    return copy_of(template("migrated", lambda url: open_database(url).close()))


def template(key: str, fill: Callable[[str], None], folder: Path | None = None) -> Path | str:
    """A database filled once by `fill(location)` that tests copy with `copy_of`: a file in
    `folder` on SQLite (its Path), a template database of the cluster on PostgreSQL."""
    if not on_postgresql():
        assert folder is not None
        path = folder / "union.sqlite3"
        fill(str(path))
        return path
    if key not in _State.templates:
        name = _name("template_" + key)
        fill(cluster().create_database(name))
        _State.templates[key] = name
    return "template:" + _State.templates[key]


def copy_of(template_location: Path | str, folder: Path | None = None) -> Path | str:
    """A copy of a template that one test may change as it likes (a Path on SQLite, a URL on
    PostgreSQL: either goes to --db as str(…))."""
    if str(template_location).startswith("template:"):
        return new_server_database("copy", str(template_location).removeprefix("template:"))
    source = Path(template_location)
    assert folder is not None
    path = folder / source.name
    path.write_bytes(source.read_bytes())
    return path


def sqlalchemy_url(location: Path | str) -> str:
    location = str(location)
    return location if "://" in location else f"sqlite:///{location}"


def run_sql(location: str, sql: str) -> None:
    """One statement on a connection of its own, outside the program (what someone with a SQLite
    browser or psql could do behind its back)."""
    from sqlalchemy import create_engine

    engine = create_engine(sqlalchemy_url(location))
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(sql)
    finally:
        engine.dispose()


def opened_template(template_location: Path | str) -> str:
    """Where to open a template itself, for tests that only read it."""
    if str(template_location).startswith("template:"):
        return cluster().url(str(template_location).removeprefix("template:"))
    return str(template_location)

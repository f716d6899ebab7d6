"""Shared test set-up: Qt runs offscreen (no screen in CI), and nothing touches the user's real
settings or data folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from desktop.resources import use_office_screen_when_offscreen  # noqa: E402

use_office_screen_when_offscreen()  # the GUI tests run on the office PC's 1366×768 screen
os.environ.pop("UNIONDESK_DB", None)


import pytest  # noqa: E402

from tests import db_backend  # noqa: E402

SQLITE_FILE_REASON = ("about the SQLite file itself (copies of the file, WAL, read-only opening, "
                      "the file lock), which a server database does not have")
FILE_AND_SERVER_REASON = ("moving a union between a SQLite file and the throwaway server, server backups "
                          "and the federation: they use both already and run against the server in "
                          "the default run")


def pytest_addoption(parser):
    parser.addoption("--db-server", choices=db_backend.SERVERS,
                     default=os.environ.get(db_backend.ENV_VAR, db_backend.SQLITE),
                     help="the database the tests' databases live on: SQLite files (default) or a "
                          "throwaway PostgreSQL cluster (also UNIONDESK_TEST_DB_SERVER)")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_file: " + SQLITE_FILE_REASON + "; deselected by "
                            "--db-server=postgresql")
    config.addinivalue_line("markers", "file_and_server: " + FILE_AND_SERVER_REASON + "; deselected by "
                            "--db-server=postgresql")
    db_backend.use(config.getoption("--db-server"))


def pytest_collection_modifyitems(config, items):
    """On PostgreSQL, tests about the SQLite file are deselected (not skipped: they are not about
    the server), and the terminal says which and why."""
    if not db_backend.on_postgresql():
        return
    kept, dropped, both = [], [], []
    for item in items:
        if item.get_closest_marker("sqlite_file"):
            dropped.append(item)
        elif item.get_closest_marker("file_and_server"):
            both.append(item)
        else:
            kept.append(item)
    if dropped or both:
        config.hook.pytest_deselected(items=dropped + both)
        items[:] = kept
        config._sqlite_file_deselected = len(dropped)
        config._file_and_server_deselected = len(both)


def pytest_terminal_summary(terminalreporter, config):
    count = getattr(config, "_sqlite_file_deselected", 0)
    if count:
        terminalreporter.write_line(f"PostgreSQL run: {count} tests deselected, {SQLITE_FILE_REASON}.")
    both = getattr(config, "_file_and_server_deselected", 0)
    if both:
        terminalreporter.write_line(f"PostgreSQL run: {both} tests deselected, {FILE_AND_SERVER_REASON}.")


def pytest_unconfigure(config):
    db_backend.stop()


@pytest.fixture(autouse=True)
def _drop_server_databases_after_each_test():
    yield
    db_backend.drop_databases_of_the_test()  # nothing to do (and no server started) if none was made


@pytest.fixture
def new_db_location(tmp_path):
    """Where a test's database goes (a new file, or a new empty server database)."""
    return str(db_backend.new_location(tmp_path))


@pytest.fixture
def migrated_db_location(tmp_path):
    """A database at the newest schema for this test alone."""
    return db_backend.migrated_location(tmp_path)


@pytest.fixture(autouse=True, scope="session")
def _quick_password_hashes():
    """Real accounts use a deliberately slow hash (~0.3 s); tests create many, so they use cheap
    parameters. Verification reads the parameters from each hash, so nothing else changes."""
    from desktop.domain.accounts import passwords

    slow = passwords.HASHER
    passwords.HASHER = passwords.CHEAP_HASHER
    yield
    passwords.HASHER = slow


@pytest.fixture
def demo_admin_env(monkeypatch):
    """The command line logs in as the demo database's administrator."""
    monkeypatch.setenv("UNIONDESK_USER", "admin")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "demo-admin")


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL cluster (tests/pg_server.py), started when a test first asks for it."""
    return db_backend.cluster()  # the same cluster the --db-server=postgresql run uses


@pytest.fixture
def pg_url(pg_cluster, request):
    """The URL of a new, empty PostgreSQL database for this test, dropped after it (also in the
    SQLite run, for the tests that use a file and a server together)."""
    return db_backend.new_server_database(request.node.name)

"""Shared test set-up: Qt runs offscreen (no screen in CI), and nothing touches the user's real
settings or data folder."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from desktop.resources import use_office_screen_when_offscreen  # noqa: E402

use_office_screen_when_offscreen()  # the GUI tests run on the office PC's 1366×768 screen
os.environ.pop("UNIONDESK_DB", None)


import pytest  # noqa: E402


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
    from tests.pg_server import ThrowawayCluster

    cluster = ThrowawayCluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster, request):
    """The URL of a new, empty PostgreSQL database for this test, dropped afterwards."""
    import re

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:50] + f"_{id(request) % 100000}"
    url = pg_cluster.create_database(name)
    yield url
    pg_cluster.drop_database(name)

"""Starting the window as a person would (`python -m desktop`), in its own process: the start
loads the window's code while the password is checked, and reads the schema stamp before anything
else, so these check what the start must still do whatever it does meanwhile."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.demo.generator import create_demo_database

ROOT = Path(__file__).resolve().parent.parent
READY = "UNIONDESK_READY"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """A demo register as a file (the start's own checks are about files, also on a server run)."""
    path = tmp_path_factory.mktemp("start") / "demo.sqlite3"
    create_demo_database(str(path), members=40, seed=5)
    return path


@pytest.fixture
def register(demo_file, tmp_path) -> Path:
    copy = tmp_path / "union.sqlite3"
    shutil.copyfile(demo_file, copy)
    return copy


def start(register: Path, tmp_path: Path, password: str = "demo-admin") -> subprocess.CompletedProcess:
    """The window opened on the member register, told to say when its rows show and to quit then."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "UNIONDESK_EXIT_WHEN_READY": "1", "UNIONDESK_USER": "admin", "UNIONDESK_PASSWORD": password}
    env.pop("UNIONDESK_DB", None)
    return subprocess.run([sys.executable, "-m", "desktop", "--db", str(register), "--lang", "en",
                           "--pane", "members"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def current_members(register: Path) -> int:
    with sqlite3.connect(register) as connection:
        return connection.execute("SELECT count(*) FROM members WHERE deleted_at IS NULL "
                                  "AND status IN ('active', 'retained')").fetchone()[0]


def stamp(register: Path) -> str:
    with sqlite3.connect(register) as connection:
        return connection.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_the_window_opens_on_the_register_with_its_rows(register, tmp_path):
    result = start(register, tmp_path)
    assert result.returncode == 0, result.stderr
    ready = next(line for line in result.stdout.splitlines() if line.startswith(READY))
    assert f"rows={current_members(register)}" in ready.split()


def test_a_wrong_password_still_stops_the_start_before_any_row_shows(register, tmp_path):
    result = start(register, tmp_path, password="not-the-password")
    assert result.returncode == 2
    assert "The user name or the password is wrong." in result.stderr
    assert READY not in result.stdout
    assert "Traceback" not in result.stderr


def test_a_register_from_a_newer_release_is_refused_at_start_and_left_as_it_was(register, tmp_path):
    with sqlite3.connect(register) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    members = current_members(register)
    result = start(register, tmp_path)
    assert result.returncode == 2
    assert "was written by a newer UnionDesk" in result.stderr
    assert READY not in result.stdout
    assert stamp(register) == "9999" and current_members(register) == members
    assert not (register.parent / "backups").exists()  # refused before any copy or upgrade


GARBAGE_COLLECTION_AT_READY = """
import gc, sys
import desktop.app
shown = desktop.app._report_ready
def ready(window):
    from desktop.views.widgets.gui_collector import installed   # collected on the GUI thread
    print("collecting" if gc.isenabled() or installed() else "NOT collecting", flush=True)
    shown(window)
desktop.app._report_ready = ready
from desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_garbage_is_collected_again_once_the_window_shows(register, tmp_path):
    """The start pauses the collection of garbage cycles (0.1 s of its CPU); a window left without
    it would grow for as long as it stays open."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "UNIONDESK_EXIT_WHEN_READY": "1", "UNIONDESK_USER": "admin", "UNIONDESK_PASSWORD": "demo-admin"}
    result = subprocess.run([sys.executable, "-c", GARBAGE_COLLECTION_AT_READY, "--db", str(register),
                             "--pane", "members"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "collecting"

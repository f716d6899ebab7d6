"""The `uniondesk` command as a script or a cadre would use it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from tests import db_backend

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def demo_db(tmp_path, demo_admin_env):
    path = db_backend.new_location(tmp_path, "demo.sqlite3")
    assert main(["--db", str(path), "demo", "--members", "120", "--seed", "3"]) == 0
    return path


def test_demo_creates_a_database_whose_members_list_as_json(demo_db, capsys):
    capsys.readouterr()
    assert main(["--db", str(demo_db), "members", "list", "--json"]) == 0
    members = json.loads(capsys.readouterr().out)
    assert len(members) == 120
    first = members[0]
    for key in ("name", "gender", "id_number", "phone", "department", "status", "join_date"):
        assert key in first
    assert len(first["join_date"]) == 10 and first["join_date"][4] == "-"  # ISO date text
    assert any(m["name"] == "张海生" for m in members)


def test_demo_is_the_same_for_the_same_seed(tmp_path, capsys, demo_admin_env):
    outputs = []
    for name in ("a.sqlite3", "b.sqlite3"):
        main(["--db", str(tmp_path / name), "demo", "--members", "50", "--seed", "9"])
        capsys.readouterr()
        main(["--db", str(tmp_path / name), "members", "list", "--json"])
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]


@pytest.mark.sqlite_file  # --force and the demo file; on a server see the next test
def test_demo_refuses_to_overwrite_without_force(demo_db, capsys):
    assert main(["--db", str(demo_db), "demo"]) == 2
    assert "--force" in capsys.readouterr().err


def test_a_demo_never_replaces_a_server_database(pg_url, capsys):
    assert main(["--db", pg_url, "demo", "--members", "5"]) == 0
    capsys.readouterr()
    assert main(["--db", pg_url, "demo", "--members", "5", "--force"]) == 2
    assert "already holds a union's database" in capsys.readouterr().err


def test_members_list_filters_by_status_and_search(demo_db, capsys):
    capsys.readouterr()
    main(["--db", str(demo_db), "members", "list", "--json", "--search", "zhs"])
    found = json.loads(capsys.readouterr().out)
    assert "张海生" in [m["name"] for m in found]
    main(["--db", str(demo_db), "members", "list", "--json", "--status", "retained"])
    assert {m["status"] for m in json.loads(capsys.readouterr().out)} <= {"retained"}


def test_a_missing_database_is_one_plain_line_not_a_traceback(tmp_path):
    env = {**os.environ, "LANG": "zh_CN.UTF-8", "LANGUAGE": "zh_CN"}
    env.pop("UNIONDESK_DB", None)
    result = subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "none.sqlite3"),
                             "members", "list"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "没有数据库" in result.stderr  # in the user's language


def test_screenshot_saves_a_picture_of_the_main_window(demo_db, tmp_path):
    picture = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "UNIONDESK_USER": "admin", "UNIONDESK_PASSWORD": "demo-admin"}
    result = subprocess.run([sys.executable, "-m", "desktop", "--db", str(demo_db), "--lang", "zh_CN",
                             "--screenshot", str(picture), "--pane", "members"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert picture.stat().st_size > 20_000  # a real window with rows, not an empty frame


def test_members_list_needs_the_right_password(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("UNIONDESK_PASSWORD", "wrong-password")
    assert main(["--db", str(demo_db), "members", "list"]) == 2
    assert "password is wrong" in capsys.readouterr().err


def test_a_read_only_account_sees_id_numbers_masked(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("UNIONDESK_USER", "viewer")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "demo-viewer")
    capsys.readouterr()
    main(["--db", str(demo_db), "members", "list", "--json"])
    members = json.loads(capsys.readouterr().out)
    assert all("*" in m["id_number"] and len(m["id_number"]) == 18 for m in members)


def test_a_new_database_takes_its_administrator_from_the_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UNIONDESK_USER", "chair")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "s3cret-pass")
    path = tmp_path / "new.sqlite3"
    from desktop.store.database import open_database

    open_database(str(path)).close()  # an empty, migrated database
    assert main(["--db", str(path), "members", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    from desktop.domain.accounts.service import authenticate

    db = open_database(str(path))
    try:
        assert authenticate(db, "chair", "s3cret-pass").role == "admin"
    finally:
        db.close()


def test_a_read_only_account_cannot_import_members_from_the_command_line(demo_db, tmp_path, capsys, monkeypatch):
    from tests.exchange.rosters import messy_roster_xlsx

    roster = messy_roster_xlsx(tmp_path / "roster.xlsx")
    monkeypatch.setenv("UNIONDESK_USER", "viewer")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "demo-viewer")
    capsys.readouterr()
    assert main(["--db", str(demo_db), "--lang", "en", "import", "members", str(roster)]) == 2
    assert "may not do this" in capsys.readouterr().err
    monkeypatch.setenv("UNIONDESK_USER", "admin")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "demo-admin")
    main(["--db", str(demo_db), "members", "list", "--json"])
    assert len(json.loads(capsys.readouterr().out)) == 120  # nothing was added


def test_init_then_import_starts_a_union_without_the_window(tmp_path, capsys, monkeypatch):
    from tests.exchange.rosters import messy_roster_xlsx

    monkeypatch.setenv("UNIONDESK_USER", "chair")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "a-long-secret")
    path = tmp_path / "new" / "union.sqlite3"
    assert main(["--lang", "en", "--db", str(path), "members", "list"]) == 2
    assert "init" in capsys.readouterr().err and not path.exists()   # nothing created by accident
    assert main(["--lang", "en", "--db", str(path), "init"]) == 0
    assert "chair" in capsys.readouterr().out
    assert main(["--lang", "en", "--db", str(path), "init"]) == 2     # never over an existing union
    assert "already exists" in capsys.readouterr().err
    roster = messy_roster_xlsx(tmp_path / "roster.xlsx")
    assert main(["--db", str(path), "import", "members", str(roster), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["imported"] == 4
    assert main(["--db", str(path), "members", "list", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 4


def test_init_on_an_empty_server_database_makes_the_schema_and_the_first_administrator(pg_url, monkeypatch,
                                                                                         capsys):
    monkeypatch.setenv("UNIONDESK_USER", "chair")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "first-chair-2026")
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")  # as a user writes it
    assert main(["--lang", "en", "--db", plain, "init"]) == 0
    assert "with the administrator chair" in capsys.readouterr().out
    assert main(["--db", plain, "members", "list", "--json"]) == 0  # signs in as chair
    assert json.loads(capsys.readouterr().out) == []

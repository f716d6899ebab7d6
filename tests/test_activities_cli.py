"""`uniondesk activities list` and the activity papers of `uniondesk print`, as a script uses them."""

from __future__ import annotations

import json

import pytest

import desktop.cli
from desktop.cli import main
from tests.pdf_reading import pdf_text
from tests import db_backend


@pytest.fixture(autouse=True)
def print_command(monkeypatch):
    if "paper" not in desktop.cli.COMMAND_MODULES:
        monkeypatch.setattr(desktop.cli, "COMMAND_MODULES", desktop.cli.COMMAND_MODULES + ("paper",))


@pytest.fixture
def demo_db(tmp_path, demo_admin_env):
    path = db_backend.new_location(tmp_path, "demo.sqlite3")
    assert main(["--db", str(path), "demo", "--members", "120", "--seed", "3"]) == 0
    return path


def listed(db, capsys, *extra) -> list[dict]:
    capsys.readouterr()
    assert main(["--db", str(db), "activities", "list", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def text(path) -> str:
    out = pdf_text(path)
    return "".join(out.split())


def test_activities_list_json_with_filters(demo_db, capsys):
    everything = listed(demo_db, capsys)
    assert len(everything) >= 12
    assert {r["status"] for r in everything} == {"planned", "running", "finished", "cancelled"}
    assert [r["starts_on"] for r in everything] == sorted((r["starts_on"] for r in everything), reverse=True)
    competitions = listed(demo_db, capsys, "--type", "competition")
    assert competitions and all(r["type"] == "competition" for r in competitions)
    finished = listed(demo_db, capsys, "--status", "finished", "--year", "2025")
    assert finished and all(r["starts_on"].startswith("2025") and r["status"] == "finished" for r in finished)
    assert all(float(r["spent"]) >= 0 and r["present"] <= r["signed_up"] for r in finished)


def test_print_signin_and_notice_for_an_activity(demo_db, tmp_path, capsys):
    [badminton] = [r for r in listed(demo_db, capsys, "--search", "羽毛球")]
    out = tmp_path / "signin.pdf"
    assert main(["--db", str(demo_db), "print", "signin", "--activity", str(badminton["id"]), str(out)]) == 0
    content = text(out)
    assert f"{badminton['title']}签到表" in content and "市体育馆羽毛球馆" in content
    assert f"应到{badminton['signed_up']}人" in content

    notice = tmp_path / "notice.pdf"
    assert main(["--db", str(demo_db), "print", "notice", "--activity", str(badminton["id"]), str(notice)]) == 0
    content = text(notice)
    assert f"关于开展{badminton['title']}的通知" in content and "限24人" in content and "特此通知" in content


def test_print_notice_still_needs_its_options_without_an_activity(demo_db, tmp_path, capsys):
    assert main(["--db", str(demo_db), "print", "notice", str(tmp_path / "n.pdf"), "--title", "x"]) != 0
    assert "--template" in capsys.readouterr().err + capsys.readouterr().out


def test_print_participants_and_results(demo_db, tmp_path, capsys):
    [competition] = listed(demo_db, capsys, "--type", "competition", "--year", "2025")
    out = tmp_path / "p.pdf"
    assert main(["--db", str(demo_db), "print", "participants", "--activity", str(competition["id"]), str(out)]) == 0
    assert "参加人员名单" in text(out)
    out = tmp_path / "r.pdf"
    assert main(["--db", str(demo_db), "print", "results", "--activity", str(competition["id"]), str(out)]) == 0
    assert "成绩表" in text(out) and "一等奖" in text(out)


def test_unknown_activity_is_one_plain_line(demo_db, tmp_path, capsys):
    assert main(["--db", str(demo_db), "print", "signin", "--activity", "9999", str(tmp_path / "x.pdf")]) != 0
    captured = capsys.readouterr()
    assert "9999" in captured.err + captured.out and "Traceback" not in captured.err

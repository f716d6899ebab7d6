"""`uniondesk votes list/show` and `uniondesk print ballots/vote-result` as a script would use them."""

from __future__ import annotations

import json
import re

import pytest

from desktop.cli import main
from tests.pdf_reading import pdf_text


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("votes-cli") / "demo.sqlite3"
    from desktop.demo.generator import create_demo_database

    create_demo_database(str(path), members=100, seed=4)
    return path


@pytest.fixture
def demo_db(tmp_path, demo_template, demo_admin_env):
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    return path


def _json(capsys):
    return json.loads(capsys.readouterr().out)


def test_list_and_show_as_json(demo_db, capsys):
    assert main(["--db", str(demo_db), "votes", "list", "--json"]) == 0
    votes = _json(capsys)
    assert {v["status"] for v in votes} >= {"setup", "counting", "closed", "published"}
    congress = next(v for v in votes if v["kind"] == "motion" and v["status"] == "published")
    assert (congress["due"], congress["present"], congress["issued"], congress["returned"]) == (60, 45, 45, 45)

    assert main(["--db", str(demo_db), "votes", "show", str(congress["id"]), "--json"]) == 0
    shown = _json(capsys)
    assert shown["rule"]["preset"] == "workers_congress" and shown["rule"]["base"] == "due"
    assert shown["result"]["required"] == 31 and shown["result"]["base_value"] == 60
    assert all(row["standing"] == "passed" for row in shown["result"]["rows"])

    counting = next(v for v in votes if v["status"] == "counting")
    assert main(["--db", str(demo_db), "votes", "show", str(counting["id"]), "--json"]) == 0
    shown = _json(capsys)
    assert shown["result"] is None            # the running count is hidden until counting closes
    assert shown["counts"]["entered"][0] == 20 and shown["electorate"]["frozen"]


def test_list_as_text(demo_db, capsys):
    assert main(["--db", str(demo_db), "votes", "list", "--status", "published"]) == 0
    out = capsys.readouterr().out
    assert "选举第三届工会委员会委员" in out and "4 votes" in out


def test_print_ballots_and_vote_result(demo_db, tmp_path, capsys):
    assert main(["--db", str(demo_db), "votes", "list", "--json"]) == 0
    votes = _json(capsys)
    setup = next(v for v in votes if v["status"] == "setup")
    out = tmp_path / "ballots.pdf"
    assert main(["--db", str(demo_db), "print", "ballots", "--vote", str(setup["id"]), "--copies", "5", str(out)]) == 0
    assert len(re.findall(rb"/Type\s*/Page(?!s)", out.read_bytes())) == 5
    text = pdf_text(out)
    assert "表决票" in text
    capsys.readouterr()
    assert main(["--db", str(demo_db), "votes", "show", str(setup["id"]), "--json"]) == 0
    assert _json(capsys)["counts"]["printed"] == 5

    closed = next(v for v in votes if v["kind"] == "election" and v["status"] == "published")
    result = tmp_path / "result.pdf"
    assert main(["--db", str(demo_db), "print", "vote-result", "--vote", str(closed["id"]), str(result)]) == 0
    text = pdf_text(result)
    assert "计票结果报告单" in text and "应到人数" in text and "总监票人" in text

    counting = next(v for v in votes if v["status"] == "counting")
    assert main(["--db", str(demo_db), "print", "vote-result", "--vote", str(counting["id"]),
                 str(tmp_path / "no.pdf")]) != 0
    captured = capsys.readouterr()
    assert "once counting is closed" in captured.err + captured.out


def test_print_electorate_signin_and_announcement(demo_db, tmp_path, capsys):
    assert main(["--db", str(demo_db), "votes", "list", "--json"]) == 0
    votes = _json(capsys)
    congress = next(v for v in votes if v["kind"] == "motion" and v["status"] == "published")
    signin = tmp_path / "signin.pdf"
    assert main(["--db", str(demo_db), "print", "vote-signin", "--vote", str(congress["id"]), str(signin)]) == 0
    text = pdf_text(signin)
    assert "应到 60 人" in text and "名单校验码" in text
    notice = tmp_path / "notice.pdf"
    assert main(["--db", str(demo_db), "print", "vote-notice", "--vote", str(congress["id"]), str(notice)]) == 0
    text = "".join(pdf_text(notice, layout=False).split())
    assert "公告" in text and "应到60人" in text and "通过" in text

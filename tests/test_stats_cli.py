"""`uniondesk stats`: the yearly figures of the demo union as a script reads them."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("statscli") / "demo.sqlite3"
    from desktop.demo.generator import create_demo_database
    create_demo_database(str(path), members=60, seed=3)
    return path


@pytest.fixture
def demo_db(tmp_path, demo_template, demo_admin_env):
    path = tmp_path / "demo.sqlite3"
    path.write_bytes(demo_template.read_bytes())
    return path


def test_stats_json_has_every_figure_and_the_checks_pass(demo_db, capsys):
    assert main(["--db", str(demo_db), "stats", "--as-of", "2025-12-31", "--workforce", "80", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["as_of"] == "2025-12-31" and report["workforce"] == 80
    members = report["members"]
    assert members["members"] == members["active"] + members["retained"] > 0
    assert report["membership_rate"] == f"{members['members'] * 100 / 80:.1f}%"
    moved = report["movements"]
    assert report["start_members"] + moved["join"] + moved["transfer_in"] - moved["transfer_out"] \
        - moved["withdraw"] - moved["expel"] == members["members"]
    assert all(check["passed"] for check in report["checks"]), report["checks"]
    assert {line["key"] for line in report["lines"]} >= {"workforce", "rate", "women", "join", "committee"}
    assert report["funds"]["401"] == report["dues_collected"]


def test_stats_text_in_chinese_and_a_bad_date(demo_db, capsys):
    assert main(["--db", str(demo_db), "--lang", "zh_CN", "stats", "--as-of", "2025-12-31"]) == 0
    out = capsys.readouterr().out
    assert "女会员" in out and "入会" in out
    assert main(["--db", str(demo_db), "--lang", "zh_CN", "stats", "--as-of", "2025-13-01"]) == 2
    assert "2025-12-31" in capsys.readouterr().err

"""`uniondesk aid list` and the aid papers of `uniondesk print`, as a script would use them."""

from __future__ import annotations

import json

import pytest

import desktop.cli
from desktop.cli import main
from tests.pdf_reading import pdf_text
from tests.demo_files import build_template, fresh_copy

SENSITIVE = ("id_number", "bank_card_no", "bank", "health", "health_detail", "disability_type", "disability_grade",
             "yearly_income", "rigid_spending", "accident_costs", "monthly_income", "household", "address",
             "consent_scope", "situation", "phone", "mobile")


@pytest.fixture(autouse=True)
def print_command(monkeypatch):
    if "paper" not in desktop.cli.COMMAND_MODULES:
        monkeypatch.setattr(desktop.cli, "COMMAND_MODULES", desktop.cli.COMMAND_MODULES + ("paper",))


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("aidcli"), members=60, seed=3)


@pytest.fixture
def demo_db(tmp_path, demo_template, demo_admin_env):
    return fresh_copy(demo_template, tmp_path)


def test_aid_list_json_has_no_sensitive_field(demo_db, capsys):
    assert main(["--db", str(demo_db), "aid", "list", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) >= 15
    assert {r["status"] for r in records} == {"open", "closed"}
    assert {r["tier"] for r in records} >= {"deep", "relative", "accident"}
    for record in records:
        assert not set(record) & set(SENSITIVE)
        assert set(record) >= {"case_no", "name", "department", "tier", "stage", "paid_total"}
    text = json.dumps(records, ensure_ascii=False)
    assert "6222" not in text  # no bank card number anywhere


def test_aid_list_filters_and_text(demo_db, capsys):
    assert main(["--db", str(demo_db), "aid", "list", "--status", "closed"]) == 0
    out = capsys.readouterr().out
    assert "aid cases" in out or "帮扶" in out
    assert all("\topen\t" not in line for line in out.splitlines())


def test_a_read_only_user_is_refused(demo_db, monkeypatch, capsys):
    monkeypatch.setenv("UNIONDESK_USER", "viewer")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "demo-viewer")
    assert main(["--db", str(demo_db), "aid", "list", "--json"]) != 0
    captured = capsys.readouterr()
    assert "may not do this" in captured.err + captured.out
    assert "BF20" not in captured.out


def test_print_notice_and_payment_sheet(demo_db, tmp_path, capsys):
    main(["--db", str(demo_db), "aid", "list", "--json"])
    year = max(int(r["opened_on"][:4]) for r in json.loads(capsys.readouterr().out))
    notice = tmp_path / "notice.pdf"
    assert main(["--db", str(demo_db), "print", "aid-notice", "--year", str(year), str(notice)]) == 0
    text = pdf_text(notice, layout=False)
    assert f"{year}年度困难职工帮扶" in text and "健康" not in text
    sheet = tmp_path / "sheet.pdf"
    assert main(["--db", str(demo_db), "print", "payment-sheet", "--batch", "1", str(sheet)]) == 0
    text = pdf_text(sheet, layout=False)
    assert "发放签领表" in text and "大写" in text
    for paper in ("aid-application", "aid-approval"):
        out = tmp_path / f"{paper}.pdf"
        assert main(["--db", str(demo_db), "print", paper, "--case", "1", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF")

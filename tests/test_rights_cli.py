"""`uniondesk cases list` and the rights papers of `uniondesk print`, as a script would use them."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader

import desktop.cli
from desktop.cli import main
from tests.demo_files import build_template, fresh_copy

SENSITIVE = ("id_number", "injury_detail", "request", "mobile", "phone", "terms", "summary")


@pytest.fixture(autouse=True)
def print_command(monkeypatch):
    if "paper" not in desktop.cli.COMMAND_MODULES:
        monkeypatch.setattr(desktop.cli, "COMMAND_MODULES", desktop.cli.COMMAND_MODULES + ("paper",))


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("rightscli"), members=60, seed=3)


@pytest.fixture
def demo_db(tmp_path, demo_template, demo_admin_env):
    return fresh_copy(demo_template, tmp_path)


def pdf_text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_cases_list_json_has_the_15_demo_cases_and_no_sensitive_field(demo_db, capsys):
    assert main(["--db", str(demo_db), "cases", "list", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 15
    assert {r["status"] for r in records} == {"open", "closed"}
    assert len({r["category"] for r in records}) == 9
    assert "overdue" in {r["deadline"] for r in records}
    for record in records:
        assert not set(record) & set(SENSITIVE)
    assert "九级伤残" not in json.dumps(records, ensure_ascii=False)


def test_cases_list_filters_and_text(demo_db, capsys):
    assert main(["--db", str(demo_db), "cases", "list", "--status", "closed", "--category", "wages"]) == 0
    out = capsys.readouterr().out
    assert "rights cases" in out or "维权" in out
    assert all("\topen\t" not in line for line in out.splitlines())
    assert sum(1 for line in out.splitlines() if line.startswith("WQ")) == 2


def test_other_roles_get_no_cases(demo_db, monkeypatch, capsys):
    monkeypatch.setenv("UNIONDESK_USER", "viewer")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "demo-viewer")
    assert main(["--db", str(demo_db), "cases", "list", "--json"]) != 0
    assert "WQ" not in capsys.readouterr().out


def test_print_case_summary_is_anonymous(demo_db, tmp_path, capsys):
    out = tmp_path / "summary.pdf"
    year = dt.date.today().year
    assert main(["--db", str(demo_db), "print", "case-summary", "--year", str(year), str(out)]) == 0
    text = pdf_text(out)
    assert f"{year}年度维权案件统计表" in text and "劳动报酬" in text and "解决率" in text
    assert main(["--db", str(demo_db), "cases", "list", "--json"]) == 0
    capsys.readouterr()


def test_case_summary_as_an_editable_word_table(demo_db, tmp_path, capsys):
    """The yearly list as .docx: a real Word table with the category rows and the total, no names."""
    import io

    from docx import Document

    out = tmp_path / "summary.docx"
    year = dt.date.today().year
    assert main(["--db", str(demo_db), "print", "case-summary", "--year", str(year), str(out)]) == 0
    document = Document(io.BytesIO(out.read_bytes()))
    text = "\n".join(p.text for p in document.paragraphs)
    assert f"{year}年度维权案件统计表" in text and "解决率" in text
    cells = [c.text for row in document.tables[0].rows for c in row.cells]
    assert "劳动报酬" in cells and "合计" in cells
    capsys.readouterr()
    assert main(["--db", str(demo_db), "cases", "list", "--json"]) == 0
    names = {r["name"] for r in json.loads(capsys.readouterr().out)}
    assert not names & set(cells) and not any(name in text for name in names)


def test_print_a_case_agreement(demo_db, tmp_path, capsys):
    assert main(["--db", str(demo_db), "cases", "list", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    collective = next(r for r in records if r["headcount"] == 23)
    out = tmp_path / "agreement.pdf"
    assert main(["--db", str(demo_db), "print", "case-paper", "--case", collective["case_no"], "--paper",
                 "agreement", str(out)]) == 0
    text = pdf_text(out)
    assert "劳动争议调解协议书" in text and collective["name"] in text and "86000" in text
    missing = tmp_path / "none.pdf"
    assert main(["--db", str(demo_db), "print", "case-paper", "--case", "WQ1999-001", "--paper", "agreement",
                 str(missing)]) != 0
    assert not missing.exists()

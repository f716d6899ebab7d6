"""`uniondesk proposals list`, `uniondesk suggestions list` and their papers of `uniondesk print`,
as a script would use them: the demo's 20 proposals and 40 suggestions, the PDFs read back with
pypdf, the .docx copy read with python-docx, and every list and print in the audit trail."""

from __future__ import annotations

import io
import json

import pytest
from docx import Document
from pypdf import PdfReader

import desktop.cli
from desktop.cli import main
from tests.demo_files import build_template, fresh_copy


@pytest.fixture(autouse=True)
def print_command(monkeypatch):
    if "paper" not in desktop.cli.COMMAND_MODULES:
        monkeypatch.setattr(desktop.cli, "COMMAND_MODULES", desktop.cli.COMMAND_MODULES + ("paper",))


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("proposalscli"), members=60, seed=3)


@pytest.fixture
def demo_db(tmp_path, demo_template, demo_admin_env):
    return fresh_copy(demo_template, tmp_path)


def pdf_text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def session_id(demo_db, capsys) -> int:
    assert main(["--db", str(demo_db), "proposals", "sessions"]) == 0
    return int(capsys.readouterr().out.split("\t")[0])


def test_proposals_list_json_has_every_state(demo_db, capsys):
    assert main(["--db", str(demo_db), "proposals", "list", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 20
    assert {r["decision"] for r in records} == {"", "accept", "reject", "opinion", "merge"}
    assert {r["satisfaction"] for r in records} == {"", "satisfied", "basic", "unsatisfied"}
    assert "overdue" in {r["deadline"] for r in records}
    assert {r["status"] for r in records} == {"open", "closed"}
    assert all("id_number" not in r and "mobile" not in r for r in records)


def test_suggestions_list_over_two_years(demo_db, capsys):
    assert main(["--db", str(demo_db), "suggestions", "list", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 40
    assert len({r["submitted_on"][:4] for r in records}) == 2
    assert {r["decision"] for r in records} >= {"adopt", "trial", "archive", "reject", ""}
    assert any(r["reward_grade"] for r in records)
    assert main(["--db", str(demo_db), "suggestions", "list"]) == 0
    assert "JY" in capsys.readouterr().out


def test_proposal_summary_and_report(demo_db, tmp_path, capsys):
    session = session_id(demo_db, capsys)
    out = tmp_path / "summary.pdf"
    assert main(["--db", str(demo_db), "print", "proposal-summary", "--session", str(session), str(out)]) == 0
    text = pdf_text(out)
    assert "提案汇总表" in text and "落实高温津贴发放" in text and "按时答复率" in text
    report = tmp_path / "report.pdf"
    assert main(["--db", str(demo_db), "print", "proposal-report", "--session", str(session), str(report)]) == 0
    text = pdf_text(report)
    assert "提案办理情况的报告" in text and "满意率" in text and "劳动保护" in text
    word = tmp_path / "summary.docx"
    assert main(["--db", str(demo_db), "print", "proposal-summary", "--session", str(session), str(word)]) == 0
    cells = [c.text for t in Document(str(word)).tables for row in t.rows for c in row.cells]
    assert "落实高温津贴发放" in cells and "案由" in cells


def test_papers_of_one_proposal(demo_db, tmp_path, capsys):
    assert main(["--db", str(demo_db), "proposals", "list", "--json"]) == 0
    records = {r["title"]: r["number"] for r in json.loads(capsys.readouterr().out)}
    checks = (("提高总经理年薪", "decision", ("不予立案说明", "不属于职代会审议范围")),
              ("维修职工宿舍热水器", "assign", ("提案交办单", "后勤保障部")),
              ("提高班组长津贴", "answer", ("提案答复单", "400元")),
              ("增加职工体检项目", "form", ("职工代表大会提案表", "肿瘤")))
    for title, kind, wanted in checks:
        out = tmp_path / f"{kind}.pdf"
        assert main(["--db", str(demo_db), "print", "proposal-paper", "--number", records[title], "--paper", kind,
                     str(out)]) == 0
        text = pdf_text(out)
        assert all(w in text for w in wanted), (kind, text[:200])
    out = tmp_path / "early.pdf"
    assert main(["--db", str(demo_db), "print", "proposal-paper", "--number", records["增加职工体检项目"],
                 "--paper", "answer", str(out)]) != 0          # not answered yet: nothing to print
    assert not out.exists()


def test_suggestion_papers(demo_db, tmp_path, capsys):
    assert main(["--db", str(demo_db), "suggestions", "list", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    rewarded = next(r for r in records if r["reward_grade"])
    year = rewarded["submitted_on"][:4]
    out = tmp_path / "summary.pdf"
    assert main(["--db", str(demo_db), "print", "suggestion-summary", "--year", year, str(out)]) == 0
    text = pdf_text(out)
    assert f"{year}年度合理化建议汇总表" in text and rewarded["department"] in text and "合计" in text
    rewards = tmp_path / "rewards.pdf"
    assert main(["--db", str(demo_db), "print", "suggestion-rewards", "--year", year, str(rewards)]) == 0
    text = pdf_text(rewards)
    assert rewarded["number"] in text and rewarded["title"] in text
    review = tmp_path / "review.pdf"
    scored = next(r for r in records if r["reviews"] == 3)
    assert main(["--db", str(demo_db), "print", "suggestion-review", "--number", scored["number"], str(review)]) == 0
    text = pdf_text(review)
    assert "合理化建议评审表" in text and "技术水平" in text and scored["score"] in text


def test_lists_and_prints_are_audited(demo_db, tmp_path, capsys):
    from sqlalchemy import select

    from desktop.domain.audit.entities import AuditRecord
    from desktop.store.database import open_database

    session = session_id(demo_db, capsys)
    assert main(["--db", str(demo_db), "proposals", "list", "--json"]) == 0
    assert main(["--db", str(demo_db), "print", "proposal-summary", "--session", str(session),
                 str(tmp_path / "s.pdf")]) == 0
    db = open_database(str(demo_db))
    with db.session() as s:
        actions = s.execute(select(AuditRecord.action, AuditRecord.entity).where(
            AuditRecord.entity.in_(("proposal", "congress_session")), AuditRecord.action.in_(("export", "print")))
        ).all()
    db.close()
    assert ("export", "proposal") in actions and ("print", "congress_session") in actions

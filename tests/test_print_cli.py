"""`uniondesk print …` as a script would use it: the PDF is written, the chosen members and columns
are on it, full ID numbers need the right and leave an audit record, mistakes are one plain line.

The command module is desktop/commands/paper.py (command name "print"); until it is listed in
desktop.commands.COMMAND_MODULES the tests add it themselves."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

import desktop.cli
from desktop.cli import main
from tests.pdf_reading import pdf_text
from tests import db_backend


@pytest.fixture(autouse=True)
def print_command(monkeypatch):
    if "paper" not in desktop.cli.COMMAND_MODULES:  # cli.py holds its own reference to the tuple
        monkeypatch.setattr(desktop.cli, "COMMAND_MODULES", desktop.cli.COMMAND_MODULES + ("paper",))


@pytest.fixture
def demo_db(tmp_path, demo_admin_env):
    path = db_backend.new_location(tmp_path, "demo.sqlite3")
    assert main(["--db", str(path), "demo", "--members", "60", "--seed", "3"]) == 0
    return path


def pages(path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", path.read_bytes()))


def text(path) -> str:
    return pdf_text(path)


def audit_actions(db_path) -> list[str]:
    from desktop.domain.audit.entities import AuditRecord
    from desktop.store.database import open_database

    db = open_database(str(db_path))
    try:
        with db.session() as session:
            return list(session.scalars(select(AuditRecord.action).order_by(AuditRecord.id)))
    finally:
        db.close()


def test_roster_of_one_department_with_chosen_columns(demo_db, tmp_path, capsys):
    out = tmp_path / "roster.pdf"
    assert main(["--db", str(demo_db), "print", "roster", str(out), "--department", "生产一车间",
                 "--columns", "name,gender,department,id_number"]) == 0
    assert "roster.pdf" in capsys.readouterr().out
    content = text(out)
    assert "会员花名册" in content and "部门：生产一车间" in content
    assert "身份证号码已部分隐藏" in content and "********" in content
    assert "手机号码" not in content
    assert "销售部" not in content


def test_full_ids_are_audited_as_an_export(demo_db, tmp_path):
    before = audit_actions(demo_db).count("export")
    out = tmp_path / "full.pdf"
    assert main(["--db", str(demo_db), "print", "roster", str(out), "--full-ids", "--columns", "name,id_number"]) == 0
    assert audit_actions(demo_db).count("export") == before + 1
    assert "********" not in text(out)


def test_full_ids_are_refused_to_a_role_without_the_right(demo_db, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("UNIONDESK_USER", "viewer")
    monkeypatch.setenv("UNIONDESK_PASSWORD", "demo-viewer")
    out = tmp_path / "no.pdf"
    assert main(["--db", str(demo_db), "print", "roster", str(out), "--full-ids"]) == 2
    assert not out.exists()
    assert "viewer" in capsys.readouterr().err


def test_blank_signin_sheet(demo_db, tmp_path):
    out = tmp_path / "signin.pdf"
    assert main(["--db", str(demo_db), "print", "signin", str(out), "--blank", "60", "--title", "培训签到表"]) == 0
    assert pages(out) >= 3
    assert "培训签到表" in text(out)


def test_signin_sheet_of_a_department(demo_db, tmp_path):
    out = tmp_path / "dept.pdf"
    assert main(["--db", str(demo_db), "print", "signin", str(out), "--department", "销售部",
                 "--date", "2026-04-02", "--place", "三楼会议室"]) == 0
    content = text(out)
    assert "2026年4月2日" in content and "三楼会议室" in content


def test_notice_from_a_body_file(demo_db, tmp_path):
    body = tmp_path / "body.txt"
    body.write_text("# 会议时间\n2026年4月10日上午9:00\n# 会议地点\n三楼会议室\n特此通知。\n", encoding="utf-8")
    out = tmp_path / "notice.pdf"
    assert main(["--db", str(demo_db), "print", "notice", str(out), "--template", "meeting",
                 "--title", "关于召开会员大会的通知", "--body-file", str(body), "--date", "2026-04-02"]) == 0
    content = text(out)
    assert "关于召开会员大会的通知" in content and "一、会议时间" in content and "2026年4月2日" in content


def test_unknown_column_and_missing_body_are_plain_errors(demo_db, tmp_path, capsys):
    assert main(["--db", str(demo_db), "print", "roster", str(tmp_path / "x.pdf"), "--columns", "name,salary"]) == 2
    assert "salary" in capsys.readouterr().err
    assert main(["--db", str(demo_db), "print", "notice", str(tmp_path / "n.pdf"), "--template", "public",
                 "--title", "公示", "--body-file", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err

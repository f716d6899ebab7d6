"""`uniondesk votes list/show` and `uniondesk print ballots/vote-result` as a script would use them."""

from __future__ import annotations

import json
import re

import pytest

from desktop.cli import main
from tests.pdf_reading import pdf_text
from tests.demo_files import build_template, fresh_copy


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    return build_template(tmp_path_factory.mktemp("votes-cli"), members=100, seed=4)


@pytest.fixture
def demo_db(tmp_path, demo_template, demo_admin_env):
    return fresh_copy(demo_template, tmp_path)


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
    assert len(re.findall(rb"/Type\s*/Page(?!s)", out.read_bytes())) == 3   # two short motion ballots a sheet
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


def test_a_tie_with_a_write_in_through_the_command_line(demo_db, tmp_path, capsys):
    """Issue 15: `votes show --json` names the write-in in the tie and in the re-vote that follows;
    `print vote-result` prints the write-in's row (read back with pypdf)."""
    import io

    from pypdf import PdfReader
    from sqlalchemy import select

    from desktop.domain.accounts.actor import LOCAL_ADMIN
    from desktop.domain.members.entities import Member
    from desktop.domain.votes.counting import YES, Kind
    from desktop.domain.votes.queries import ElectorateKind, VoteQueries
    from desktop.domain.votes.inputs import BallotInput, CandidateInput, VoteInput
    from desktop.domain.votes.service import VoteService
    from desktop.store.database import open_database
    from tests.enrol import enrol

    db = open_database(str(demo_db))
    enrol(db, ["甲一", "乙二", "丙三", "赵磊磊"])
    with db.session() as session:
        electors = tuple(session.execute(select(Member.id).where(Member.status == "active").limit(10)).scalars())
    service = VoteService(db, LOCAL_ADMIN)
    vote_id = service.create(VoteInput("选举工会委员会委员", Kind.ELECTION, "union_committee", seats=2,
                                       electorate_kind=ElectorateKind.LIST, elector_ids=electors),
                             [CandidateInput(n) for n in ("甲一", "乙二", "丙三")])
    service.record_presence(vote_id, 10)
    service.record_printed(vote_id, 10)
    service.open(vote_id)
    service.record_paper(vote_id, 10, 10)
    ids = {c.name: c.id for c in VoteQueries(db, LOCAL_ADMIN).detail(vote_id).candidates}
    a, b = ids["甲一"], ids["乙二"]
    service.enter_ballots(vote_id, [BallotInput({a: YES, b: YES})] * 4
                          + [BallotInput({a: YES}, write_ins=("赵磊磊",))] * 4
                          + [BallotInput({b: YES}, write_ins=("赵磊磊",))] * 2)
    service.close(vote_id)
    db.close()

    assert main(["--db", str(demo_db), "votes", "show", str(vote_id), "--json"]) == 0
    shown = _json(capsys)
    assert shown["result"]["next_step"] == {"step": "revote", "seats": 1, "candidates": ["乙二", "赵磊磊"]}
    write_in = next(c for c in shown["candidates"] if c["write_in"])
    assert write_in["name"] == "赵磊磊" and write_in["eligible"] and write_in["member_id"]
    result = tmp_path / "result.pdf"
    assert main(["--db", str(demo_db), "print", "vote-result", "--vote", str(vote_id), str(result)]) == 0
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(result.read_bytes())).pages)
    assert "赵磊磊（另选）" in text and "乙二、赵磊磊得票相等" in text

    db = open_database(str(demo_db))
    revote = VoteService(db, LOCAL_ADMIN).new_round(vote_id)
    db.close()
    capsys.readouterr()
    assert main(["--db", str(demo_db), "votes", "show", str(revote), "--json"]) == 0
    shown = _json(capsys)
    assert sorted(c["name"] for c in shown["candidates"]) == ["乙二", "赵磊磊"]
    assert shown["rule"]["seats"] == 1 and shown["rule"]["margin_percent"] == 0 and shown["round_reason"] == "revote"


def test_the_whole_paper_trail_in_one_pdf(demo_db, tmp_path, capsys):
    import io

    from pypdf import PdfReader

    assert main(["--db", str(demo_db), "votes", "list", "--json"]) == 0
    votes = _json(capsys)
    first = next(v for v in votes if v["kind"] == "election" and v["status"] == "published" and v["round"] == 1
                 and "第三届工会委员会委员" in v["title"])
    out = tmp_path / "archive.pdf"
    assert main(["--db", str(demo_db), "print", "vote-archive", "--vote", str(first["id"]), str(out)]) == 0
    pages = ["".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(out.read_bytes())).pages]
    text = "".join(pages)
    order = [text.index(word) for word in ("签到表", "选举第三届工会委员会委员选票", "计票统计表", "计票结果报告单",
                                           "选举结果公告")]
    assert order == sorted(order)                       # in the order the papers were made
    assert "第一计票人" in text and "有效票54张，无效票2张" in text
    counting = next(v for v in votes if v["status"] == "counting")
    assert main(["--db", str(demo_db), "print", "vote-archive", "--vote", str(counting["id"]),
                 str(tmp_path / "no.pdf")]) != 0

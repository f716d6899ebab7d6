"""The papers of a vote as a user reads them: ballots with the title and 应选 N 名, as many as asked
and counted as printed; the result report with its figures, rule and signature lines; the
electorate sign-in sheet with count and fingerprint; the announcement naming those elected."""

from __future__ import annotations

import pytest

from desktop.documents.votes.ballots import BallotCandidate, BallotPaper, ballots_pdf
from desktop.documents.votes.contents import (
    electorate_signin, print_announcement, print_ballots, print_result, result_report,
)
from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.errors import RuleViolation
from desktop.domain.votes.counting import Kind
from desktop.domain.votes.queries import VoteQueries, VoteStatus
from tests.documents.conftest import page_count, text_of


def _vote(db, kind: Kind, status: VoteStatus):
    return next(r for r in VoteQueries(db, LOCAL_ADMIN).rows() if r.kind is kind and r.status is status)


def test_election_ballots_have_the_title_seats_and_instructions(tmp_path):
    paper = BallotPaper("某公司工会", "第三届会员代表大会", "选举工会委员会委员", "election", 7,
                        tuple(BallotCandidate(n) for n in "甲乙丙丁戊己庚辛"))
    pdf = ballots_pdf(paper, copies=3)
    assert page_count(pdf) == 3
    text = text_of(pdf, tmp_path, page=1)
    assert "选举工会委员会委员选票" in text
    assert "应选 7 名，多选无效" in text
    assert "另选" in text and "无记名投票" in text
    assert "辛" in text


def test_printing_ballots_counts_them_and_refuses_too_few_candidates(db, tmp_path):
    setup = _vote(db, Kind.MOTION, VoteStatus.SETUP)
    before = VoteQueries(db, LOCAL_ADMIN).detail(setup.id).ballots_printed
    pdf = print_ballots(db, LOCAL_ADMIN, setup.id, 4)
    assert page_count(pdf) == 2          # a short motion ballot: two to an A4 sheet (issue 15)
    assert "逐项表决" in text_of(pdf, tmp_path, page=1)
    assert VoteQueries(db, LOCAL_ADMIN).detail(setup.id).ballots_printed == before + 4
    from desktop.domain.votes.inputs import CandidateInput, VoteInput
    from desktop.domain.votes.service import VoteService
    service = VoteService(db, LOCAL_ADMIN)
    people = [e.name for e in VoteQueries(db, LOCAL_ADMIN).member_choices(limit=3)]   # only members stand
    short = service.create(VoteInput("选举女职工委员会委员", Kind.ELECTION, "union_committee", seats=3),
                           [CandidateInput(n) for n in people])
    with pytest.raises(RuleViolation):
        print_ballots(db, LOCAL_ADMIN, short, 10)
    assert VoteQueries(db, LOCAL_ADMIN).detail(short).ballots_printed == 0


def test_result_report_carries_the_figures_rule_and_signatures(db, tmp_path):
    motion = _vote(db, Kind.MOTION, VoteStatus.PUBLISHED)
    report = result_report(db, LOCAL_ADMIN, motion.id)
    assert (report.due, report.present, report.issued, report.returned) == (60, 45, 45, 45)
    text = " ".join(text_of(print_result(db, LOCAL_ADMIN, motion.id), tmp_path).split())
    assert "计票结果报告单" in text
    for caption in ("应到人数", "实到人数", "发出票数", "收回票数", "有效票", "无效票"):
        assert caption in text
    assert "60 45 45 45 44 1" in text
    assert "至少 31 票" in text and "通过" in text
    for line in ("总监票人", "监票人", "计票人", "报告日期"):
        assert line in text


def test_election_report_explains_the_tie_and_the_notice_names_the_elected(db, tmp_path):
    elections = [r for r in VoteQueries(db, LOCAL_ADMIN).rows() if r.kind is Kind.ELECTION
                 and r.status is VoteStatus.PUBLISHED]
    first = min(elections, key=lambda r: r.round_no)
    text = " ".join(text_of(print_result(db, LOCAL_ADMIN, first.id), tmp_path).split())
    assert "重新投票" in text and "当选" in text and "另选票" in text
    revote = max(elections, key=lambda r: r.round_no)
    notice = " ".join(text_of(print_announcement(db, LOCAL_ADMIN, revote.id), tmp_path).split())
    winner = next(c.name for c in VoteQueries(db, LOCAL_ADMIN).detail(revote.id).candidates
                  if c.id in VoteQueries(db, LOCAL_ADMIN).outcome(revote.id).elected)
    assert "公告" in notice and winner in notice.replace(" ", "")


def test_electorate_signin_prints_count_and_fingerprint(db, tmp_path):
    election = _vote(db, Kind.ELECTION, VoteStatus.COUNTING)
    detail = VoteQueries(db, LOCAL_ADMIN).detail(election.id)
    text = text_of(electorate_signin(db, LOCAL_ADMIN, election.id), tmp_path)
    assert f"应到 {detail.electorate_count} 人" in text
    assert detail.electorate_fingerprint in text
    assert "签到表" in text


def test_result_cannot_be_printed_while_counting(db):
    counting = _vote(db, Kind.ELECTION, VoteStatus.COUNTING)
    with pytest.raises(RuleViolation):
        print_result(db, LOCAL_ADMIN, counting.id)


def test_secret_vote_of_fewer_than_five_shows_no_numbers(db, tmp_path):
    from sqlalchemy import select

    from desktop.domain.members.entities import Member
    from desktop.domain.votes.counting import YES
    from desktop.domain.votes.queries import ElectorateKind
    from desktop.domain.votes.inputs import BallotInput, CandidateInput, VoteInput
    from desktop.domain.votes.service import VoteService

    with db.session() as session:
        four = list(session.execute(select(Member.id).where(Member.status == "active").limit(4)).scalars())
    from tests.enrol import enrol

    enrol(db, ["甲", "乙"])
    service = VoteService(db, LOCAL_ADMIN)
    vote_id = service.create(VoteInput("选举小组长", Kind.ELECTION, "union_committee", seats=1,
                                       electorate_kind=ElectorateKind.LIST, elector_ids=tuple(four)),
                             [CandidateInput("甲"), CandidateInput("乙")])
    service.record_presence(vote_id, 4)
    service.record_printed(vote_id, 4)
    service.open(vote_id)
    service.record_paper(vote_id, 4, 4)
    first = VoteQueries(db, LOCAL_ADMIN).detail(vote_id).listed[0].id
    service.enter_ballots(vote_id, [BallotInput({first: YES})] * 3 + [BallotInput({})])
    service.close(vote_id)
    report = result_report(db, LOCAL_ADMIN, vote_id)
    assert report.hide_breakdown
    text = " ".join(text_of(print_result(db, LOCAL_ADMIN, vote_id), tmp_path).split())
    assert "不公布票数明细" in text and "不赞成票" not in text and "当选" in text  # no vote columns

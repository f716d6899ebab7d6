"""Issue 15 on paper, read back with pypdf: the write-in tied at the last seat on the re-vote ballot,
no write-in person from an invalid ballot on the result report, a write-in who may not stand shown
as such, and announcements worded as a secretary writes them (根据…办法, no doubled words)."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader
from sqlalchemy import select

from desktop.documents.votes.contents import print_announcement, print_ballots, print_result
from desktop.domain.accounts.actor import LOCAL_ADMIN
from desktop.domain.members.entities import Member
from desktop.domain.members.lifecycle import EventType
from desktop.domain.members.service import MemberService
from desktop.domain.members.inputs import EventInput
from desktop.domain.votes.counting import YES, Kind
from desktop.domain.votes.queries import ElectorateKind, VoteQueries, VoteStatus
from desktop.domain.votes.inputs import BallotInput, CandidateInput, VoteInput
from desktop.domain.votes.service import VoteService
from tests.enrol import enrol


def pdf_text(pdf: bytes) -> str:
    """The text of every page, without the line breaks and spaces the layout puts in."""
    return "".join("".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages)


def _election(db, seats: int = 2, returned: int = 10) -> tuple[VoteService, int, dict[str, int]]:
    enrol(db, ["甲一", "乙二", "丙三", "赵磊磊", "钱保留"])
    with db.session() as session:
        electors = list(session.execute(select(Member.id).where(Member.status == "active").limit(10)).scalars())
    service = VoteService(db, LOCAL_ADMIN)
    vote_id = service.create(VoteInput(
        "选举工会委员会委员", Kind.ELECTION, "union_committee", seats=seats, meeting="会员大会",
        held_on=dt.date(2026, 4, 2), electorate_kind=ElectorateKind.LIST, elector_ids=tuple(electors)),
        [CandidateInput(n) for n in ("甲一", "乙二", "丙三")])
    service.record_presence(vote_id, 10)
    service.record_printed(vote_id, 10)
    service.open(vote_id)
    service.record_paper(vote_id, returned, returned)
    ids = {c.name: c.id for c in VoteQueries(db, LOCAL_ADMIN).detail(vote_id).candidates}
    return service, vote_id, ids


def test_a_write_in_tied_at_the_last_seat_is_printed_on_the_re_vote_ballot(db):
    service, vote_id, ids = _election(db)
    a, b = ids["甲一"], ids["乙二"]
    service.enter_ballots(vote_id, [BallotInput({a: YES, b: YES})] * 4
                          + [BallotInput({a: YES}, write_ins=("赵磊磊",))] * 4
                          + [BallotInput({b: YES}, write_ins=("赵磊磊",))] * 2)
    service.close(vote_id)
    report = pdf_text(print_result(db, LOCAL_ADMIN, vote_id))
    assert "赵磊磊（另选）" in report and "票数相等，重新投票" in report
    assert "乙二、赵磊磊得票相等" in report
    revote = service.new_round(vote_id)
    ballot = pdf_text(print_ballots(db, LOCAL_ADMIN, revote, 10))
    assert "赵磊磊" in ballot and "乙二" in ballot and "甲一" not in ballot
    assert "不得另选他人" in ballot


def test_a_write_in_on_an_invalid_ballot_is_not_on_the_result_report(db):
    service, vote_id, ids = _election(db, returned=8)
    a, b = ids["甲一"], ids["乙二"]
    service.enter_ballots(vote_id, [BallotInput({a: YES, b: YES})] * 6
                          + [BallotInput({}, write_ins=("赵磊磊",), spoiled="unreadable"),
                             BallotInput({a: YES, b: YES}, write_ins=("丙三丙",))])
    service.close(vote_id)
    report = pdf_text(print_result(db, LOCAL_ADMIN, vote_id))
    assert "另选）" not in report and "赵磊磊" not in report
    assert "无法辨认1张" in report and "多选1张" in report


def test_a_write_in_who_may_not_stand_is_shown_so(db):
    service, vote_id, ids = _election(db, seats=1)
    with db.session() as session:
        member_id = session.execute(select(Member.id).where(Member.name == "钱保留")).scalar_one()
    MemberService(db, LOCAL_ADMIN).record_event(member_id, EventInput(EventType.RETAIN, dt.date(2026, 3, 1),
                                                                       reason="1"))
    service.enter_ballots(vote_id, [BallotInput({}, write_ins=("钱保留",))] * 7
                          + [BallotInput({ids["甲一"]: YES})] * 3)
    service.close(vote_id)
    report = pdf_text(print_result(db, LOCAL_ADMIN, vote_id))
    assert "钱保留（另选）" in report and "不具备当选资格" in report
    assert "无人当选" in report


def test_announcements_read_as_a_secretary_writes_them(db):
    queries = VoteQueries(db, LOCAL_ADMIN)
    texts = {}
    for row in queries.rows():
        if row.status in (VoteStatus.CLOSED, VoteStatus.PUBLISHED):
            texts[(row.kind, row.round_no, row.title)] = pdf_text(print_announcement(db, LOCAL_ADMIN, row.id,
                                                                                     dt.date(2026, 12, 5)))
    for text in texts.values():
        for wrong in ("规则规则", "进行了选举", "进行了评选", "进行了表决选举", "关于选举", "会会"):
            assert wrong not in text
        assert "根据" in text and "办法" in text and "特此公告" in text
    first = next(t for (kind, n, title), t in texts.items() if kind is Kind.ELECTION and n == 1
                 and "第三届工会委员会委员" in title)
    assert "第三届工会委员会委员选举结果公告" in first
    assert "以无记名投票方式选举第三届工会委员会委员。" in first
    assert "根据《工会基层组织选举工作条例》和本次大会通过的选举办法，获得赞成票超过应到人数（60人）半数（即31票以上）" \
        "的候选人始得当选。" in first
    revote = next(t for (kind, n, title), t in texts.items() if kind is Kind.ELECTION and n == 2
                  and "第三届工会委员会委员" in title)
    assert "在选举第三届工会委员会委员中，以无记名投票方式对得票相等的候选人" in revote
    selection = next(t for (kind, _, _), t in texts.items() if kind is Kind.SELECTION)
    assert "以记名投票方式评选" in selection and "根据本次会议确定的评选办法，按得票多少为序确定入选人。" in selection
    motion = next(t for (kind, _, _), t in texts.items() if kind is Kind.MOTION)
    assert "根据职工代表大会有关规定和本次大会通过的表决办法" in motion and "的事项通过" in motion


def test_sixty_motion_ballots_take_thirty_sheets_with_a_cut_line():
    from desktop.documents.votes.ballots import BallotCandidate, BallotPaper, ballots_pdf, ballots_per_sheet

    motion = BallotPaper("某公司工会", "第五届职工代表大会第二次会议", "审议通过集体合同等事项", "motion", 0,
                         tuple(BallotCandidate(n) for n in ("《工资集体协议（草案）》", "《女职工权益保护专项集体合同（草案）》",
                                                            "《职工福利费使用管理办法（修订稿）》")))
    reader = PdfReader(io.BytesIO(ballots_pdf(motion, 60)))
    assert len(reader.pages) == 30
    first = "".join(reader.pages[0].extract_text().split())
    assert first.count("审议通过集体合同等事项表决票") == 2 and "沿虚线裁开" in first
    seven = BallotPaper("某公司工会", "会员大会", "选举工会委员会委员", "election", 7,
                        tuple(BallotCandidate(n) for n in "甲乙丙丁戊己庚辛"))
    assert ballots_per_sheet(seven) == 1                        # a long ballot keeps its whole page
    assert len(PdfReader(io.BytesIO(ballots_pdf(seven, 3))).pages) == 3

"""Every editable record refuses a save made from a copy someone else has saved over since: one
test per kind of record, each with a second open database (another PC, or the command line) doing
the first save. (Members, activities and rights cases: tests/domain/test_shared_server.py.)"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.accounts.service import AccountService
from desktop.domain.concurrency import StaleEditError
from desktop.domain.members.service import MemberService
from desktop.store.database import open_database
from tests.domain.conftest import TODAY

CHAIR = Actor("admin", "王主席", Role.ADMIN)


@pytest.fixture
def other_pc(db):
    second = open_database(db.location)
    yield second
    second.close()


def _refused(save) -> str:
    with pytest.raises(StaleEditError) as refused:
        save()
    return str(refused.value)


def test_an_account(db, other_pc):
    AccountService(db, CHAIR).create_user("clerk", "李干事", Role.OFFICER, "Clerk-Pass-2024!")
    mine = next(u for u in AccountService(db, CHAIR).users() if u.username == "clerk")
    AccountService(other_pc, CHAIR).update_user(mine.id, "李明", Role.OFFICER, True, mine.version)
    text = _refused(lambda: AccountService(db, CHAIR).update_user(mine.id, "李干事", Role.FINANCE, True, mine.version))
    assert "李明" in text
    assert next(u for u in AccountService(db, CHAIR).users() if u.username == "clerk").role == Role.OFFICER


def test_a_fund_entry(db, other_pc):
    from desktop.domain.funds.queries import FundsQueries
    from desktop.domain.funds.service import EntryInput, FundsService

    entry_id = FundsService(db, CHAIR, TODAY).add_entry(EntryInput(dt.date(2024, 2, 3), "408", D("20.00")))
    mine = FundsQueries(db, CHAIR).entry(entry_id)
    FundsService(other_pc, CHAIR, TODAY).update_entry(
        entry_id, EntryInput(mine.entry_date, mine.category_code, D("25.00"), voucher_no="记-7"), mine.version)
    text = _refused(lambda: FundsService(db, CHAIR, TODAY).update_entry(
        entry_id, EntryInput(mine.entry_date, mine.category_code, D("30.00")), mine.version))
    assert "记-7" in text
    assert FundsQueries(db, CHAIR).entry(entry_id).amount == D("25.00")


def test_a_vote(db, other_pc, make_member):
    from desktop.domain.votes.counting import Kind
    from desktop.domain.votes.queries import VoteQueries
    from desktop.domain.votes.service import CandidateInput, VoteInput, VoteService

    members = MemberService(db, CHAIR, TODAY)
    for name in ("王芳", "李娜", "张伟"):
        members.create(make_member(name=name))
    data = VoteInput("选举工会委员会委员", Kind.ELECTION, "union_committee", seats=2, meeting="会员大会", held_on=TODAY)
    vote_id = VoteService(db, CHAIR, TODAY).create(data, [CandidateInput(n) for n in ("王芳", "李娜", "张伟")])
    mine = VoteQueries(db, CHAIR).detail(vote_id)
    VoteService(other_pc, CHAIR, TODAY).update(vote_id, replace(data, place="大礼堂"), mine.version)
    text = _refused(lambda: VoteService(db, CHAIR, TODAY).update(vote_id, replace(data, place="食堂"), mine.version))
    assert "大礼堂" in text
    assert VoteQueries(db, CHAIR).detail(vote_id).place == "大礼堂"


def test_a_proposal(db, other_pc, make_member):
    from desktop.domain.proposals.inputs import ProposalInput, SessionInput
    from desktop.domain.proposals.queries import ProposalQueries
    from desktop.domain.proposals.service import ProposalService

    people = [MemberService(db, CHAIR, TODAY).create(make_member(name=n)) for n in ("张领衔", "李附议", "王附议")]
    congress = ProposalService(db, CHAIR, TODAY).create_session(
        SessionInput("第五届职工代表大会第三次会议", TODAY - dt.timedelta(days=100), seconders_required=2, answer_days=30))
    data = ProposalInput(session_id=congress, title="增设夜班职工热餐供应", category="welfare", lead_id=people[0],
                         submitted_on=TODAY - dt.timedelta(days=90), seconder_ids=(people[1], people[2]),
                         reason="夜班无热饭", measures="食堂延长供餐至凌晨1点")
    proposal_id = ProposalService(db, CHAIR, TODAY).create_proposal(data)
    mine = ProposalQueries(db, CHAIR).detail(proposal_id)
    ProposalService(other_pc, CHAIR, TODAY).update_proposal(proposal_id, replace(data, title="夜班热餐"), mine.version)
    text = _refused(lambda: ProposalService(db, CHAIR, TODAY).update_proposal(
        proposal_id, replace(data, measures="送餐"), mine.version))
    assert "夜班热餐" in text


def test_a_suggestion(db, other_pc, make_member):
    from desktop.domain.suggestions.inputs import SuggestionInput
    from desktop.domain.suggestions.queries import SuggestionQueries
    from desktop.domain.suggestions.service import SuggestionService

    people = [MemberService(db, CHAIR, TODAY).create(make_member(name=n, department="机修车间")) for n in ("周师傅",)]
    data = SuggestionInput(title="冲床加装光栅保护", submitted_on=TODAY - dt.timedelta(days=60),
                           proposer_ids=tuple(people), department="机修车间", situation="冲床无防护",
                           proposal="加装红外光栅", expected_benefit="杜绝压手事故")
    suggestion_id = SuggestionService(db, CHAIR, TODAY).create(data)
    mine = SuggestionQueries(db, CHAIR).detail(suggestion_id)
    SuggestionService(other_pc, CHAIR, TODAY).update(suggestion_id, replace(data, proposal="加装光幕"), mine.version)
    text = _refused(lambda: SuggestionService(db, CHAIR, TODAY).update(
        suggestion_id, replace(data, title="冲床防护"), mine.version))
    assert "加装光幕" in text


def test_an_aid_case(db, other_pc, make_member):
    from tests.domain.test_aid_cases import case_input
    from desktop.domain.aid.queries import AidQueries
    from desktop.domain.aid.service import AidService

    aid = Actor("li", "李帮扶", Role.AID)
    member_id = MemberService(db, CHAIR, TODAY).create(make_member(name="王大力"))
    case_id = AidService(db, aid, TODAY).create_case(case_input(member_id))
    mine = AidQueries(db, aid).detail(case_id)
    AidService(other_pc, aid, TODAY).update_case(case_id, case_input(member_id, address="幸福路 8 号"), mine.version)
    text = _refused(lambda: AidService(db, aid, TODAY).update_case(
        case_id, case_input(member_id, address="和平路 1 号"), mine.version))
    assert "幸福路 8 号" in text

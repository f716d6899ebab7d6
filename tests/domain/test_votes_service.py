"""The life of a vote through the service: setup, 差额 check, quorum gate, frozen electorate,
paper counts, ballots by tellers, double entry, closing, rounds, permissions and the audit trail."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from desktop.domain.accounts.actor import Actor, PermissionDenied
from desktop.domain.accounts.permissions import Role
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.errors import RuleViolation, ValidationError
from desktop.domain.members.lifecycle import EventType
from desktop.domain.members.inputs import EventInput
from desktop.domain.votes.counting import NO, YES, Kind, Standing, Step
from desktop.domain.votes.entities import VoteBallot
from desktop.domain.votes.ordering import CandidateOrder
from desktop.domain.votes.queries import ElectorateKind, RoundReason, VoteQueries, VoteStatus, fingerprint
from desktop.domain.votes.inputs import BallotInput, CandidateInput, TotalsInput, VoteInput
from desktop.domain.votes.service import VoteService
from tests.domain.conftest import TODAY

TELLER = Actor("teller1", "计票员", Role.TELLER)
ADMIN = Actor("admin", "管理员", Role.ADMIN)

NAMES = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周强", "吴敏"]


@pytest.fixture
def members(service, make_member):
    return [service.create(make_member(name=n, department="一车间" if i < 6 else "二车间"))
            for i, n in enumerate(NAMES)]


@pytest.fixture
def teller_accounts(db):
    """Two teller accounts, as the chair creates them before the meeting."""
    from desktop.domain.accounts.service import AccountService

    accounts = AccountService(db, ADMIN)
    for name in ("teller1", "teller2"):
        accounts.create_user(name, name, Role.TELLER, "Ballot-Box-2024!")
    return Actor("teller1", "", Role.TELLER), Actor("teller2", "", Role.TELLER)


@pytest.fixture
def votes(db):
    return VoteService(db, ADMIN, today=TODAY)


def committee(votes, seats=2, candidates=("王芳", "李娜", "张伟"), **kw) -> int:
    data = VoteInput("选举工会委员会委员", Kind.ELECTION, "union_committee", seats=seats, meeting="会员大会",
                     held_on=TODAY, **kw)
    return votes.create(data, [CandidateInput(n) for n in candidates])


def open_counting(votes, vote_id, present=10, issued=10, returned=10, copies=10):
    votes.record_presence(vote_id, present)
    votes.record_printed(vote_id, copies)
    votes.open(vote_id)
    return votes.record_paper(vote_id, issued, returned)


def test_candidates_are_ordered_by_surname_strokes(db, votes, service, make_member, members):
    service.create(make_member(name="丁一"))   # only members may stand (issue 15)
    vote_id = committee(votes, candidates=("张伟", "王芳", "李娜", "丁一"))
    names = [c.name for c in VoteQueries(db, ADMIN).detail(vote_id).candidates]
    assert names == ["丁一", "王芳", "李娜", "张伟"]  # 2, 4, 7 (李 before 张 by pinyin), 7 strokes


def test_cha_e_refused_before_ballots_are_printed(votes, members):
    vote_id = committee(votes, seats=3, candidates=("王芳", "李娜", "张伟"))
    with pytest.raises(RuleViolation) as error:
        votes.record_printed(vote_id, 10)
    assert "at least 4 candidates" in str(error.value)
    votes.set_candidates(vote_id, [CandidateInput(n) for n in ("王芳", "李娜", "张伟", "刘洋")])
    assert votes.record_printed(vote_id, 10).ballots_printed == 10


def test_no_quorum_no_opening_and_electorate_frozen_on_opening(db, votes, service, members):
    vote_id = committee(votes)
    votes.record_printed(vote_id, 10)
    with pytest.raises(RuleViolation):
        votes.open(vote_id)          # presence not recorded
    votes.record_presence(vote_id, 6)  # 6 * 3 < 10 * 2
    with pytest.raises(RuleViolation) as error:
        votes.open(vote_id)
    assert "at least 7" in str(error.value)
    votes.record_presence(vote_id, 7)
    # a retained member is not in the electorate
    service.record_event(members[-1], EventInput(EventType.RETAIN, dt.date(2024, 5, 1), reason="1"))
    votes.open(vote_id)
    detail = VoteQueries(db, ADMIN).detail(vote_id)
    assert detail.status is VoteStatus.OPEN and detail.electorate_frozen
    assert detail.electorate_count == 9
    assert detail.electorate_fingerprint == fingerprint(members[:-1])
    # later changes to the register do not change the frozen electorate
    service.record_event(members[0], EventInput(EventType.RETAIN, dt.date(2024, 5, 2), reason="1"))
    assert VoteQueries(db, ADMIN).detail(vote_id).electorate_count == 9
    assert len(VoteQueries(db, ADMIN).electorate(vote_id)) == 9


def test_paper_account_cannot_exceed_the_ballots_printed(db, votes, members):
    vote_id = committee(votes)
    votes.record_presence(vote_id, 10)
    votes.record_printed(vote_id, 10)
    votes.open(vote_id)
    with pytest.raises(ValidationError) as error:
        votes.record_paper(vote_id, 9, 9, spoiled=1, destroyed=1)
    assert "10 printed" in str(error.value)
    votes.record_paper(vote_id, 8, 8, spoiled=1, destroyed=1)
    detail = VoteQueries(db, ADMIN).detail(vote_id)
    assert (detail.ballots_issued, detail.ballots_spoiled, detail.ballots_destroyed) == (8, 1, 1)


def test_department_electorate(db, votes, members):
    vote_id = committee(votes, electorate_kind=ElectorateKind.DEPARTMENT, electorate_department="二车间")
    assert VoteQueries(db, ADMIN).detail(vote_id).electorate_count == 4


def test_returned_more_than_issued_voids_and_a_rerun_round_follows(db, votes, service, members):
    vote_id = committee(votes)
    status = open_counting(votes, vote_id, present=9, issued=8, returned=9)
    assert status is VoteStatus.VOID
    detail = VoteQueries(db, ADMIN).detail(vote_id)
    assert detail.void_reason == "returned_exceeds_issued"
    with pytest.raises(RuleViolation):
        votes.enter_ballot(vote_id, BallotInput({}))
    rerun = votes.new_round(vote_id)
    again = VoteQueries(db, ADMIN).detail(rerun)
    assert again.round_no == 2 and again.round_reason == "rerun" and again.status is VoteStatus.SETUP
    assert [c.name for c in again.candidates] == [c.name for c in detail.candidates]
    # the rerun keeps the electorate frozen for the first round, whatever happens to the register since
    assert again.electorate_frozen and again.electorate_fingerprint == detail.electorate_fingerprint
    # 刘洋 is no candidate: a candidate retained since would be taken off the list (issue 15)
    service.record_event(members[3], EventInput(EventType.RETAIN, dt.date(2024, 5, 2), reason="1"))
    with pytest.raises(ValidationError):
        votes.update(rerun, VoteInput("选举工会委员会委员", Kind.ELECTION, "union_committee", seats=2,
                                      electorate_kind=ElectorateKind.DEPARTMENT, electorate_department="一车间"))
    votes.record_printed(rerun, 9)
    votes.open(rerun)
    reopened = VoteQueries(db, ADMIN).detail(rerun)
    assert reopened.electorate_count == 10 and reopened.electorate_fingerprint == detail.electorate_fingerprint


def test_ballots_entered_by_teller_counted_and_closed(db, votes, members):
    vote_id = committee(votes)
    open_counting(votes, vote_id)
    teller = VoteService(db, TELLER, today=TODAY)
    ids = {c.name: c.id for c in VoteQueries(db, ADMIN).detail(vote_id).candidates}
    wang, li, zhang = ids["王芳"], ids["李娜"], ids["张伟"]
    for _ in range(6):
        teller.enter_ballot(vote_id, BallotInput({wang: YES, li: YES}))
    teller.enter_ballot(vote_id, BallotInput({wang: YES, li: YES, zhang: YES}))   # over-marked
    teller.enter_ballot(vote_id, BallotInput({wang: NO}, write_ins=("赵磊",)))
    teller.enter_ballot(vote_id, BallotInput({}, spoiled="unreadable"))
    assert VoteQueries(db, ADMIN).outcome(vote_id) is None   # running count hidden while counting
    with pytest.raises(RuleViolation) as error:
        votes.close(vote_id)
    assert "9 of the 10" in str(error.value)
    teller.enter_ballot(vote_id, BallotInput({zhang: YES}))
    with pytest.raises(RuleViolation):
        teller.enter_ballot(vote_id, BallotInput({}))          # all 10 entered
    outcome = votes.close(vote_id)
    assert (outcome.valid_ballots, outcome.invalid_ballots) == (8, 2)
    assert outcome.required == 6  # more than half of 10 due
    by_id = {r.key: r for r in outcome.results}
    assert by_id[wang].yes == 6 and by_id[wang].no == 1 and by_id[wang].standing is Standing.ELECTED
    assert by_id[li].standing is Standing.ELECTED
    write_in = next(c for c in VoteQueries(db, ADMIN).detail(vote_id).candidates if c.write_in)
    assert write_in.name == "赵磊" and by_id[write_in.id].write_in == 1
    # ballots carry no voter, and the audit trail says a ballot was entered, not what was on it
    with db.session() as session:
        ballot_columns = set(VoteBallot.__table__.columns.keys())
        assert not ballot_columns & {"member_id", "voter", "voter_id"}
        records = session.execute(select(AuditRecord).where(AuditRecord.action == "ballot")).scalars().all()
        assert len(records) == 10 and all(set(json.loads(r.changes)) == {"pass", "entry_no"} for r in records)
    votes.publish(vote_id)
    with pytest.raises(RuleViolation) as error:
        votes.record_presence(vote_id, 9)
    assert "closed and cannot be changed" in str(error.value)
    correction = votes.new_round(vote_id, RoundReason.CORRECTION)
    assert VoteQueries(db, ADMIN).detail(correction).round_reason == "correction"


def test_tie_at_the_last_seat_leads_to_a_revote_among_the_tied(db, votes, members):
    vote_id = committee(votes, seats=2, candidates=("王芳", "李娜", "张伟"))
    open_counting(votes, vote_id)
    ids = {c.name: c.id for c in VoteQueries(db, ADMIN).detail(vote_id).candidates}
    a, b, c = ids["王芳"], ids["李娜"], ids["张伟"]
    for marks in [{a: YES, b: YES}] * 4 + [{a: YES, c: YES}] * 4 + [{b: YES, c: YES}] * 2:
        votes.enter_ballot(vote_id, BallotInput(marks))
    outcome = votes.close(vote_id)
    assert outcome.elected == (a,)
    assert outcome.next_step.step is Step.REVOTE and set(outcome.next_step.candidates) == {b, c}
    revote = VoteQueries(db, ADMIN).detail(votes.new_round(vote_id))
    assert revote.round_reason == "revote" and revote.rule.seats == 1
    assert {x.name for x in revote.candidates} == {"李娜", "张伟"}


def test_nobody_reaching_the_threshold_leads_to_another_round(db, votes, members):
    vote_id = committee(votes, seats=1, candidates=("王芳", "李娜"))
    open_counting(votes, vote_id, present=8, issued=8, returned=8)
    ids = {c.name: c.id for c in VoteQueries(db, ADMIN).detail(vote_id).candidates}
    for name in ("王芳", "李娜"):
        for _ in range(4):
            votes.enter_ballot(vote_id, BallotInput({ids[name]: YES}))
    outcome = votes.close(vote_id)
    # 4 each, 6 needed of 10 due: nobody reaches the threshold → another round among both
    assert outcome.next_step.step is Step.ANOTHER_ROUND and outcome.unfilled == 1
    round_id = votes.new_round(vote_id)
    detail = VoteQueries(db, ADMIN).detail(round_id)
    assert detail.round_reason == "another_round" and detail.rule.seats == 1 and len(detail.candidates) == 2


def test_double_entry_disagreement_blocks_closing(db, votes, members, teller_accounts):
    vote_id = committee(votes, double_entry=True)
    open_counting(votes, vote_id, present=10, issued=3, returned=3)
    votes.assign_tellers(vote_id, "teller1", "teller2")   # two different tellers (issue 15)
    first, second = (VoteService(db, t, today=TODAY) for t in teller_accounts)
    ids = [c.id for c in VoteQueries(db, ADMIN).detail(vote_id).candidates]
    for marks in ({ids[0]: YES}, {ids[1]: YES}, {ids[2]: NO}):
        first.enter_ballot(vote_id, BallotInput(marks), pass_no=1)
    for marks in ({ids[0]: YES}, {ids[1]: NO}, {ids[2]: NO}):
        second.enter_ballot(vote_id, BallotInput(marks), pass_no=2)
    differ = VoteQueries(db, ADMIN).disagreements(vote_id)
    assert [d.entry_no for d in differ] == [2] and differ[0].keys == (ids[1],)
    with pytest.raises(RuleViolation) as error:
        votes.close(vote_id)
    assert "disagree on ballots 2" in str(error.value)
    assert second.undo_last_ballot(vote_id, 2) == 2
    second.undo_last_ballot(vote_id, 2)
    second.enter_ballot(vote_id, BallotInput({ids[1]: YES}), pass_no=2)
    second.enter_ballot(vote_id, BallotInput({ids[2]: NO}), pass_no=2)
    assert votes.close(vote_id).void is not None  # 3 returned of 10 due: no quorum among the ballots


def test_totals_entry_workers_congress_motion(db, votes, members):
    vote_id = votes.create(VoteInput("审议通过集体合同草案", Kind.MOTION, "workers_congress", held_on=TODAY),
                           [CandidateInput("集体合同草案"), CandidateInput("女职工专项集体合同")])
    votes.update(vote_id, VoteInput("审议通过集体合同草案", Kind.MOTION, "workers_congress", held_on=TODAY,
                                    entry_mode="totals", candidate_order=CandidateOrder.ENTERED))
    open_counting(votes, vote_id, present=8, issued=8, returned=8)
    items = [c.id for c in VoteQueries(db, ADMIN).detail(vote_id).candidates]
    with pytest.raises(ValidationError):
        votes.enter_totals(vote_id, TotalsInput({items[0]: (6, 1, 1), items[1]: (5, 2, 1)}, valid=7, invalid=0))
    votes.enter_totals(vote_id, TotalsInput({items[0]: (6, 1, 1), items[1]: (5, 2, 1)}, valid=8, invalid=0))
    outcome = votes.close(vote_id)
    assert outcome.required == 6  # more than half of all 10 delegates
    assert [r.standing for r in outcome.results] == [Standing.PASSED, Standing.FAILED]


def test_setup_rules(votes, members):
    with pytest.raises(ValidationError) as error:
        votes.create(VoteInput("", Kind.MOTION, "union_committee"))
    assert {e.field for e in error.value.errors} >= {"title", "kind"}
    with pytest.raises(ValidationError) as error:
        votes.create(VoteInput("评选先进", Kind.SELECTION, "custom", seats=2))
    assert {e.field for e in error.value.errors} == {"base", "threshold", "quorum"}
    with pytest.raises(ValidationError) as error:
        votes.create(VoteInput("表决", Kind.MOTION, "member_assembly", secret=False))
    assert {e.field for e in error.value.errors} >= {"secret"}
    with pytest.raises(ValidationError) as error:
        committee(votes, chief_scrutineer="王芳")
    assert "scrutineer" in str(error.value)


def test_permissions(db, votes, members):
    vote_id = committee(votes)
    teller = VoteService(db, TELLER, today=TODAY)
    viewer = VoteService(db, Actor("viewer", "", Role.READONLY), today=TODAY)
    with pytest.raises(PermissionDenied):
        teller.create(VoteInput("x", Kind.ELECTION, "union_committee"))
    with pytest.raises(PermissionDenied):
        teller.open(vote_id)
    with pytest.raises(PermissionDenied):
        viewer.enter_ballot(vote_id, BallotInput({}))
    with pytest.raises(PermissionDenied):
        viewer.record_presence(vote_id, 3)
    assert VoteQueries(db, Actor("viewer", "", Role.READONLY)).detail(vote_id).title == "选举工会委员会委员"

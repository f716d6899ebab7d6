"""Issue 15 through the service: who may stand (members in good standing, on the ballot and as a
write-in), hand-counted write-ins checked, ties and another round carrying write-ins, re-votes
without the 差额 margin, 另行选举 差额 or 等额, committee size, presets, item order and tellers."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Role
from desktop.domain.errors import RuleViolation, ValidationError
from desktop.domain.members.lifecycle import EventType
from desktop.domain.members.inputs import EventInput
from desktop.domain.votes.counting import YES, Base, Kind, Standing, Step, Threshold
from desktop.domain.votes.queries import VoteQueries
from desktop.domain.votes.inputs import BallotInput, CandidateInput, TotalsInput, VoteInput
from desktop.domain.votes.service import VoteService
from tests.domain.conftest import TODAY
from tests.domain.test_votes_service import (  # noqa: F401 - fixtures
    ADMIN, committee, members, open_counting, teller_accounts, votes,
)


def retain(service, member_id: int) -> None:
    service.record_event(member_id, EventInput(EventType.RETAIN, dt.date(2024, 5, 1), reason="1"))


def ids_of(db, vote_id: int) -> dict[str, int]:
    return {c.name: c.id for c in VoteQueries(db, ADMIN).detail(vote_id).candidates}


# -- 1. who may stand --------------------------------------------------------------------------------

def test_a_retained_member_cannot_be_put_on_the_ballot(db, votes, service, members):
    retain(service, members[1])                                    # 王芳
    with pytest.raises(ValidationError) as error:
        committee(votes, candidates=("王芳", "李娜", "张伟"))
    assert "王芳 is not a member in good standing" in str(error.value)
    with pytest.raises(ValidationError):
        votes.create(VoteInput("选举工会委员会委员", Kind.ELECTION, "union_committee", seats=2),
                     [CandidateInput("王芳", members[1]), CandidateInput("李娜"), CandidateInput("张伟")])
    with pytest.raises(ValidationError) as error:
        committee(votes, candidates=("王芳芳", "李娜", "张伟"))
    assert "not in the register" in str(error.value)
    vote_id = committee(votes, candidates=("李娜", "张伟", "刘洋"))
    detail = VoteQueries(db, ADMIN).detail(vote_id)
    assert all(c.member_id is not None for c in detail.candidates)   # linked to the register


def test_a_candidate_retained_after_nomination_stops_the_printing(votes, service, members):
    vote_id = committee(votes, candidates=("王芳", "李娜", "张伟"))
    retain(service, members[2])                                    # 李娜
    with pytest.raises(RuleViolation) as error:
        votes.record_printed(vote_id, 10)
    assert "李娜" in str(error.value)


def test_a_retained_member_written_in_is_counted_but_never_elected(db, votes, service, members):
    retain(service, members[-1])                                   # 吴敏
    vote_id = committee(votes, seats=1, candidates=("李娜", "张伟"))
    open_counting(votes, vote_id, present=9, issued=9, returned=9)
    ids = ids_of(db, vote_id)
    ballots = [BallotInput({}, write_ins=("吴敏",))] * 6 + [BallotInput({ids["李娜"]: YES})] * 3
    votes.enter_ballots(vote_id, ballots)
    outcome = votes.close(vote_id)
    write_in = next(c for c in VoteQueries(db, ADMIN).detail(vote_id).candidates if c.write_in)
    assert write_in.name == "吴敏" and not write_in.eligible
    row = next(r for r in outcome.results if r.key == write_in.id)
    assert row.votes == 6 and row.standing is Standing.INELIGIBLE     # 6 reach the threshold, yet not elected
    assert outcome.elected == ()
    assert outcome.next_step.step is Step.ANOTHER_ROUND
    assert write_in.id not in outcome.next_step.candidates


# -- 2. hand-counted write-ins -----------------------------------------------------------------------

def _totals_vote(votes, db):
    vote_id = committee(votes, seats=2, candidates=("王芳", "李娜", "张伟"), entry_mode="totals")
    open_counting(votes, vote_id, present=10, issued=10, returned=10)
    return vote_id, ids_of(db, vote_id)


@pytest.mark.parametrize("write_ins, words", [
    ((("赵磊", 100),), "100 votes cannot come from 9 valid ballots"),
    ((("赵磊", -3),), "votes cannot be negative"),
    ((("王芳", 2),), "王芳 is on the ballot"),
    ((("赵磊", 1), ("赵磊", 1)), "written in twice"),
])
def test_hand_counted_write_ins_are_checked(db, votes, members, write_ins, words):
    vote_id, ids = _totals_vote(votes, db)
    with pytest.raises(ValidationError) as error:
        votes.enter_totals(vote_id, TotalsInput({ids["王芳"]: (7, 2, 0)}, valid=9, invalid=1, write_ins=write_ins))
    assert words in str(error.value)
    assert VoteQueries(db, ADMIN).totals(vote_id) == {}            # nothing half-stored


# -- 3, 4, 6. next rounds --------------------------------------------------------------------------

def test_a_write_in_tied_at_the_last_seat_is_on_the_re_vote_ballot(db, votes, members):
    vote_id = committee(votes, seats=2, candidates=("王芳", "李娜", "张伟"))
    open_counting(votes, vote_id)
    ids = ids_of(db, vote_id)
    wang, li = ids["王芳"], ids["李娜"]
    votes.enter_ballots(vote_id, [BallotInput({wang: YES, li: YES})] * 4
                        + [BallotInput({wang: YES}, write_ins=("赵磊",))] * 4
                        + [BallotInput({li: YES}, write_ins=("赵磊",))] * 2)
    outcome = votes.close(vote_id)
    zhao = ids_of(db, vote_id)["赵磊"]
    assert outcome.elected == (wang,)
    assert outcome.next_step.step is Step.REVOTE and set(outcome.next_step.candidates) == {li, zhao}
    revote = votes.new_round(vote_id)
    detail = VoteQueries(db, ADMIN).detail(revote)
    assert {c.name for c in detail.listed} == {"李娜", "赵磊"} and detail.rule.seats == 1
    assert detail.rule.margin_percent == 0
    assert next(c for c in detail.listed if c.name == "赵磊").member_id == members[6]
    assert votes.record_printed(revote, 10).ballots_printed == 10   # printable
    with pytest.raises(ValidationError) as error:                  # among exactly the tied
        votes.set_candidates(revote, [CandidateInput("李娜"), CandidateInput("赵磊"), CandidateInput("张伟")])
    assert "exactly the tied" in str(error.value)


def test_another_round_carries_the_write_ins_it_names(db, votes, members):
    vote_id = committee(votes, seats=2, candidates=("王芳", "李娜", "张伟"))
    open_counting(votes, vote_id)
    ids = ids_of(db, vote_id)
    votes.enter_ballots(vote_id, [BallotInput({ids["王芳"]: YES, ids["李娜"]: YES})] * 5
                        + [BallotInput({ids["王芳"]: YES}, write_ins=("赵磊",))] * 3
                        + [BallotInput({ids["张伟"]: YES})] * 2)
    outcome = votes.close(vote_id)
    names = {v: k for k, v in ids_of(db, vote_id).items()}
    assert outcome.next_step.step is Step.ANOTHER_ROUND
    assert {names[k] for k in outcome.next_step.candidates} == {"李娜", "张伟", "赵磊"}
    detail = VoteQueries(db, ADMIN).detail(votes.new_round(vote_id))
    assert {c.name for c in detail.listed} == {"李娜", "张伟", "赵磊"}
    assert detail.round_reason == "another_round" and detail.rule.margin_percent == 5


def test_another_round_may_be_deng_e_and_only_among_those_not_elected(db, votes, members):
    vote_id = committee(votes, seats=2, candidates=("王芳", "李娜", "张伟"))
    open_counting(votes, vote_id)
    ids = ids_of(db, vote_id)
    votes.enter_ballots(vote_id, [BallotInput({ids["王芳"]: YES})] * 6 + [BallotInput({ids["李娜"]: YES})] * 4)
    votes.close(vote_id)
    round_id = votes.new_round(vote_id, competitive=False)         # 等额 per the union's rules
    detail = VoteQueries(db, ADMIN).detail(round_id)
    assert detail.rule.margin_percent == 0 and detail.rule.seats == 1
    votes.set_candidates(round_id, [CandidateInput("李娜")])        # one candidate for one seat
    assert votes.record_printed(round_id, 10).ballots_printed == 10
    with pytest.raises(ValidationError) as error:
        votes.set_candidates(round_id, [CandidateInput("王芳")])    # elected in the round before
    assert "not elected in the round before" in str(error.value)


def test_22_tied_for_21_seats_is_a_valid_re_vote(db, votes, service, make_member, members):
    names = [f"候选{chr(0x4e00 + n)}" for n in range(23)]
    for name in names:
        service.create(make_member(name=name))
    vote_id = votes.create(VoteInput("选举工会委员会委员", Kind.ELECTION, "union_committee", seats=21,
                                     entry_mode="totals"), [CandidateInput(n) for n in names])
    due = VoteQueries(db, ADMIN).detail(vote_id).electorate_count
    open_counting(votes, vote_id, present=due, issued=due, returned=due, copies=due)
    ids = [c.id for c in VoteQueries(db, ADMIN).detail(vote_id).candidates]
    votes.enter_totals(vote_id, TotalsInput({k: (20 if n < 22 else 5, 0, 0) for n, k in enumerate(ids)},
                                            valid=due, invalid=0))
    outcome = votes.close(vote_id)
    assert outcome.next_step.step is Step.REVOTE and len(outcome.next_step.candidates) == 22
    assert outcome.next_step.seats == 21
    revote = votes.new_round(vote_id)
    assert votes.record_printed(revote, due).ballots_printed == due   # no 差额 margin on a re-vote


# -- 5. a write-in on an invalid ballot -------------------------------------------------------------

def test_a_write_in_on_an_invalid_ballot_is_not_registered(db, votes, members):
    vote_id = committee(votes, seats=2, candidates=("王芳", "李娜", "张伟"))
    open_counting(votes, vote_id, present=10, issued=3, returned=3)
    ids = ids_of(db, vote_id)
    votes.enter_ballot(vote_id, BallotInput({}, write_ins=("赵磊",), spoiled="unreadable"))
    votes.enter_ballot(vote_id, BallotInput({ids["王芳"]: YES, ids["李娜"]: YES}, write_ins=("黄丽",)))  # over-marked
    votes.enter_ballot(vote_id, BallotInput({ids["王芳"]: YES}))
    assert {c.name for c in VoteQueries(db, ADMIN).detail(vote_id).candidates} == {"王芳", "李娜", "张伟"}
    outcome = votes.close(vote_id)
    assert outcome.invalid_ballots == 2 and len(outcome.results) == 3


# -- 7. committee size -----------------------------------------------------------------------------

def test_committee_seats_outside_the_membership_table_are_flagged(db, votes, members):
    vote_id = committee(votes, seats=7, candidates=("王芳", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽"))
    detail = VoteQueries(db, ADMIN).detail(vote_id)
    assert detail.members_in_good_standing == 10 and detail.committee_seats == (3, 5)
    assert detail.seats_outside_rules
    fine = VoteQueries(db, ADMIN).detail(committee(votes, seats=3, candidates=("王芳", "李娜", "张伟", "刘洋")))
    assert not fine.seats_outside_rules
    women = votes.create(VoteInput("选举女职工委员会委员", Kind.ELECTION, "union_committee", seats=1),
                         [CandidateInput("王芳"), CandidateInput("李娜")])
    assert VoteQueries(db, ADMIN).detail(women).committee_seats is None   # other bodies: not by membership


# -- 8. presets --------------------------------------------------------------------------------------

def test_custom_rules_are_for_motions_and_selections(votes, members):
    with pytest.raises(ValidationError) as error:
        votes.create(VoteInput("选举工会委员会委员", Kind.ELECTION, "custom", seats=3, base=Base.VALID,
                               threshold=Threshold.PLURALITY, quorum=None))
    assert "Custom rules are for motions and selections" in str(error.value)


def test_a_member_assembly_elects_under_the_union_rules(db, votes, members):
    vote_id = votes.create(VoteInput("选举工会委员会委员", Kind.ELECTION, "member_assembly", seats=3,
                                     base=Base.VALID, threshold=Threshold.PLURALITY),
                           [CandidateInput(n) for n in ("王芳", "李娜", "张伟")])
    detail = VoteQueries(db, ADMIN).detail(vote_id)
    assert detail.preset == "union_committee"
    assert (detail.rule.base, detail.rule.threshold, detail.rule.margin_percent) == (
        Base.DUE, Threshold.MORE_THAN_HALF, 5)
    with pytest.raises(RuleViolation) as error:                    # 3 for 3 is not 差额
        votes.record_printed(vote_id, 10)
    assert "at least 4 candidates" in str(error.value)


# -- 9. motion items ---------------------------------------------------------------------------------

def test_motion_items_keep_the_order_entered(db, votes, members):
    items = ["《职工福利费使用管理办法》", "《工资集体协议》", "《女职工权益保护专项集体合同》"]
    vote_id = votes.create(VoteInput("审议通过集体合同等事项", Kind.MOTION, "workers_congress"),
                           [CandidateInput(i) for i in items])
    assert [c.name for c in VoteQueries(db, ADMIN).detail(vote_id).candidates] == items


# -- 10. tellers -------------------------------------------------------------------------------------

def test_tellers_are_assigned_and_double_entry_needs_two_of_them(db, votes, members, teller_accounts):
    first, second = (VoteService(db, t, today=TODAY) for t in teller_accounts)
    vote_id = committee(votes, double_entry=True)
    open_counting(votes, vote_id, present=10, issued=2, returned=2)
    ids = ids_of(db, vote_id)
    with pytest.raises(RuleViolation) as error:
        first.enter_ballot(vote_id, BallotInput({ids["王芳"]: YES}), pass_no=1)
    assert "two different tellers" in str(error.value)
    with pytest.raises(ValidationError) as error:
        votes.assign_tellers(vote_id, "teller1", "teller1")
    assert "cannot enter both passes" in str(error.value)
    with pytest.raises(ValidationError) as error:
        votes.assign_tellers(vote_id, "teller1", "nobody")
    assert "nobody is not an active account" in str(error.value)
    votes.assign_tellers(vote_id, "teller1", "teller2")
    assert VoteQueries(db, ADMIN).detail(vote_id).tellers == ("teller1", "teller2")
    first.enter_ballot(vote_id, BallotInput({ids["王芳"]: YES}), pass_no=1)
    with pytest.raises(RuleViolation) as error:                    # one account, both passes
        first.enter_ballot(vote_id, BallotInput({ids["王芳"]: YES}), pass_no=2)
    assert "may not enter that pass" in str(error.value)
    with pytest.raises(RuleViolation):
        votes.enter_ballot(vote_id, BallotInput({ids["王芳"]: YES}), pass_no=1)   # the chair is no teller here
    second.enter_ballot(vote_id, BallotInput({ids["王芳"]: YES}), pass_no=2)
    assert VoteQueries(db, ADMIN).detail(vote_id).entered == (1, 1)


def test_a_single_pass_with_a_teller_assigned_is_theirs(db, votes, members, teller_accounts):
    vote_id = committee(votes)
    open_counting(votes, vote_id, present=10, issued=2, returned=2)
    votes.assign_tellers(vote_id, "teller2")
    with pytest.raises(RuleViolation):
        VoteService(db, Actor("teller1", "", Role.TELLER)).enter_ballot(vote_id, BallotInput({}))
    assert VoteService(db, teller_accounts[1]).enter_ballot(vote_id, BallotInput({})) == 1

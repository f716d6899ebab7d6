"""The counting rules (desktop/domain/votes/counting.py) on the rules of docs/domain.md ("Votes and
elections") and the edge cases a union meets: odd and even bases, ties at the last seat, write-ins, void votes."""

from __future__ import annotations

import pytest

from desktop.domain.votes.counting import (
    ABSTAIN, NO, SPOILED, YES, Ballot, Base, Figures, Kind, Quorum, Rule, Standing, Step, Tallies, Tally,
    Threshold, Void, breakdown_hidden, compare, count, minimum_candidates, quorum_met, quorum_needed,
    required_votes, tally,
)
from desktop.domain.votes.presets import UNION_COMMITTEE, WORKERS_CONGRESS, rule_for, threshold_zh

COMMITTEE = rule_for(UNION_COMMITTEE, Kind.ELECTION, 7)


def election(seats: int, **kw) -> Rule:
    return rule_for(UNION_COMMITTEE, Kind.ELECTION, seats, **kw)


def totals(votes: dict, valid: int, invalid: int = 0) -> Tallies:
    return Tallies.from_totals([Tally(k, v, valid - v, 0) for k, v in votes.items()], valid, invalid)


def test_more_than_half_of_odd_and_even_bases():
    assert required_votes(Threshold.MORE_THAN_HALF, 60) == 31
    assert required_votes(Threshold.MORE_THAN_HALF, 61) == 31
    assert required_votes(Threshold.MORE_THAN_HALF, 1) == 1
    assert required_votes(Threshold.MORE_THAN_HALF, 2) == 2
    assert required_votes(Threshold.TWO_THIRDS, 60) == 40
    assert required_votes(Threshold.TWO_THIRDS, 61) == 41
    assert required_votes(Threshold.TWO_THIRDS, 3) == 2
    assert required_votes(Threshold.PLURALITY, 60) is None


def test_two_thirds_quorum_is_exact_integer_arithmetic():
    assert quorum_met(Quorum.TWO_THIRDS, 60, 40) and not quorum_met(Quorum.TWO_THIRDS, 60, 39)
    assert quorum_met(Quorum.TWO_THIRDS, 100, 67) and not quorum_met(Quorum.TWO_THIRDS, 100, 66)
    assert quorum_needed(Quorum.TWO_THIRDS, 100) == 67
    assert quorum_needed(Quorum.TWO_THIRDS, 3) == 2
    assert quorum_met(Quorum.MORE_THAN_HALF, 10, 6) and not quorum_met(Quorum.MORE_THAN_HALF, 10, 5)


def test_cha_e_margin_rounds_up():
    assert minimum_candidates(7) == 8       # DOMAIN.md: 7 seats → at least 8 candidates
    assert minimum_candidates(20) == 21
    assert minimum_candidates(21) == 23     # 22.05 rounds up
    assert minimum_candidates(1) == 2
    assert minimum_candidates(7, 0) == 7


def test_workers_congress_60_delegates_45_present_needs_31():
    rule = rule_for(WORKERS_CONGRESS, Kind.MOTION, 0)
    tallies = Tallies.from_totals([Tally("工资集体协议", 31, 10, 4), Tally("福利方案", 30, 10, 5)], 45, 0)
    outcome = count(rule, Figures(due=60, present=45, issued=45, returned=45), tallies)
    assert outcome.required == 31 and outcome.base_value == 60
    assert [r.standing for r in outcome.results] == [Standing.PASSED, Standing.FAILED]
    assert outcome.elected == ("工资集体协议",)
    assert "应到人数 60" in threshold_zh(rule, 60) and "至少 31 票" in threshold_zh(rule, 60)


def test_committee_election_threshold_is_half_of_those_due_not_of_votes_cast():
    # 61 due, 45 vote: 23 votes is a majority of votes cast but not of those due (31 needed).
    figures = Figures(61, 45, 45, 45)
    votes = {"甲": 44, "乙": 40, "丙": 38, "丁": 36, "戊": 35, "己": 33, "庚": 31, "辛": 23}
    outcome = count(COMMITTEE, figures, totals(votes, 45))
    assert outcome.required == 31
    assert outcome.elected == ("甲", "乙", "丙", "丁", "戊", "己", "庚")
    assert outcome.results[-1].standing is Standing.BELOW_THRESHOLD
    assert outcome.next_step is None and outcome.unfilled == 0


def test_more_winners_than_seats_highest_votes_fill_the_seats():
    figures = Figures(10, 10, 10, 10)
    outcome = count(election(2), figures, totals({"A": 9, "B": 8, "C": 7}, 10))
    assert outcome.elected == ("A", "B")
    assert outcome.results[2].standing is Standing.NOT_ELECTED


def test_tie_at_the_last_seat_means_a_revote_among_the_tied():
    figures = Figures(10, 10, 10, 10)
    outcome = count(election(2), figures, totals({"A": 9, "B": 7, "C": 7, "D": 3}, 10))
    assert outcome.elected == ("A",)
    assert [r.standing for r in outcome.results] == [Standing.ELECTED, Standing.TIED, Standing.TIED,
                                                    Standing.BELOW_THRESHOLD]
    assert outcome.next_step.step is Step.REVOTE
    assert outcome.next_step.candidates == ("B", "C") and outcome.next_step.seats == 1
    assert outcome.unfilled == 1


def test_tie_that_fits_the_seats_elects_both():
    outcome = count(election(3), Figures(10, 10, 10, 10), totals({"A": 9, "B": 7, "C": 7, "D": 3}, 10))
    assert outcome.elected == ("A", "B", "C") and outcome.next_step is None


def test_shortfall_means_another_round_among_the_rest():
    outcome = count(election(3), Figures(10, 9, 9, 9), totals({"A": 8, "B": 6, "C": 5, "D": 4}, 9))
    assert outcome.required == 6
    assert outcome.elected == ("A", "B")
    assert outcome.next_step.step is Step.ANOTHER_ROUND
    assert outcome.next_step.candidates == ("C", "D") and outcome.next_step.seats == 1


def test_write_in_reaching_the_threshold_is_elected():
    rule = election(1)
    ballots = ([Ballot({"A": YES})] * 2 + [Ballot({"A": NO}, write_ins=("W",))] * 4
               + [Ballot({"A": ABSTAIN})] * 1)
    tallies = tally(rule, ["A", "B", "W"], ballots, write_in_keys=["W"])
    assert tallies.row("W").write_in == 4 and tallies.row("W").abstain == 0
    assert tallies.row("A").yes == 2 and tallies.row("A").no == 4 and tallies.row("B").abstain == 7
    outcome = count(rule, Figures(7, 7, 7, 7), tallies)
    assert outcome.required == 4
    assert outcome.elected == ("W",)


def test_over_marked_ballot_is_void_but_a_ballot_with_fewer_marks_counts():
    rule = election(2)
    ballots = [
        Ballot({"A": YES, "B": YES}),                     # full
        Ballot({"A": YES, "B": YES, "C": YES}),           # 3 marks for 2 seats: void
        Ballot({"A": YES, "B": YES}, write_ins=("W",)),   # 2 + 1 write-in: void
        Ballot({"A": YES}),                               # fewer marks: valid
        Ballot({}),                                       # all blank: valid, all abstain
        Ballot({"A": YES}, spoiled="unreadable"),         # the teller's reason
    ]
    tallies = tally(rule, ["A", "B", "C", "W"], ballots, write_in_keys=["W"])
    assert (tallies.valid, tallies.invalid) == (3, 3)
    assert tallies.invalid_reasons == {"over_marked": 2, "unreadable": 1}
    assert tallies.row("A").yes == 2 and tallies.row("C").abstain == 3 and tallies.row("W").write_in == 0


def test_selection_over_marked_and_plurality():
    rule = Rule(Kind.SELECTION, Base.VALID, Threshold.PLURALITY, Quorum.NONE, seats=2)
    ballots = [Ballot({"A": YES, "B": YES}), Ballot({"A": YES, "C": YES}), Ballot({"A": YES, "B": YES, "C": YES}),
               Ballot({"B": YES})]
    tallies = tally(rule, ["A", "B", "C"], ballots)
    assert tallies.invalid == 1
    outcome = count(rule, Figures(5, 5, 5, 4), tallies)
    assert outcome.elected == ("A", "B")
    assert outcome.required is None


def test_returned_more_than_issued_voids_the_whole_vote():
    outcome = count(COMMITTEE, Figures(60, 50, 50, 51), totals({"A": 50}, 51))
    assert outcome.void is Void.RETURNED_EXCEEDS_ISSUED and outcome.is_void
    assert outcome.elected == () and outcome.next_step.step is Step.RERUN


def test_quorum_not_met_by_ballots_returned_voids():
    outcome = count(COMMITTEE, Figures(60, 45, 39, 39), totals({"A": 39}, 39))
    assert outcome.void is Void.QUORUM_NOT_MET
    assert count(COMMITTEE, Figures(60, 45, 40, 40), totals({"A": 39}, 40)).void is None


def test_motion_item_by_item_with_valid_base_and_spoiled_items():
    rule = Rule(Kind.MOTION, Base.VALID, Threshold.TWO_THIRDS, Quorum.NONE, seats=0)
    ballots = [Ballot({1: YES, 2: YES})] * 4 + [Ballot({1: NO, 2: SPOILED})] * 2
    outcome = count(rule, Figures(6, 6, 6, 6), tally(rule, [1, 2], ballots))
    first, second = outcome.results
    assert first.item_base == 6 and first.item_required == 4 and first.standing is Standing.PASSED
    assert second.item_base == 4 and second.item_required == 3 and second.standing is Standing.PASSED


def test_motion_blank_counts_as_abstention_and_plurality_means_more_yes_than_no():
    rule = Rule(Kind.MOTION, Base.PRESENT, Threshold.PLURALITY, Quorum.NONE, seats=0)
    ballots = [Ballot({1: YES}), Ballot({1: NO}), Ballot({})]
    tallies = tally(rule, [1], ballots)
    assert (tallies.row(1).yes, tallies.row(1).no, tallies.row(1).abstain) == (1, 1, 1)
    assert count(rule, Figures(3, 3, 3, 3), tallies).results[0].standing is Standing.FAILED


def test_double_entry_disagreement_by_entry_number():
    first = [Ballot({1: YES, 2: NO}), Ballot({1: YES}), Ballot({2: YES}), Ballot({1: ABSTAIN})]
    second = [Ballot({1: YES, 2: NO}), Ballot({1: NO}), Ballot({2: YES}, spoiled="marked"), Ballot({})]
    differ = compare(first, second)
    assert [d.entry_no for d in differ] == [2, 3]   # blank and 弃权 are the same on paper
    assert differ[0].keys == (1,) and differ[1].invalid
    assert compare(first, second[:3])[-1].missing


def test_small_secret_groups_show_no_breakdown():
    assert breakdown_hidden(True, 4) and not breakdown_hidden(True, 5) and not breakdown_hidden(False, 2)


def test_plurality_election_tie_at_last_seat_with_zero_votes_not_elected():
    rule = Rule(Kind.ELECTION, Base.VALID, Threshold.PLURALITY, Quorum.NONE, seats=2)
    outcome = count(rule, Figures(3, 3, 3, 3), totals({"A": 3, "B": 0, "C": 0}, 3))
    assert outcome.elected == ("A",)
    assert outcome.next_step.step is Step.ANOTHER_ROUND and outcome.next_step.seats == 1


@pytest.mark.parametrize("seats", [0, -1])
def test_an_election_needs_seats(seats):
    with pytest.raises(ValueError):
        Rule(Kind.ELECTION, Base.DUE, Threshold.MORE_THAN_HALF, seats=seats)

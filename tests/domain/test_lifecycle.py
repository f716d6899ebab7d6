"""Membership lifecycle (会籍): the status follows from the history, and only sensible events may be
appended to it."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.members.lifecycle import (
    NATIONAL_CODES, EventType, HistoryEvent, Status, allowed_events, can_vote, check_next_event,
    derive_status,
)

TODAY = dt.date(2024, 6, 1)
E = EventType


def history(*types: EventType, start: dt.date = dt.date(2015, 1, 1)) -> list[HistoryEvent]:
    """A history of these events, one year apart, starting on `start`."""
    return [HistoryEvent(t, start.replace(year=start.year + i)) for i, t in enumerate(types)]


# One history that leads to each status; None = a member with no history yet.
HISTORY_FOR = {
    None: [],
    Status.ACTIVE: history(E.JOIN),
    Status.RETAINED: history(E.JOIN, E.RETAIN),
    Status.TRANSFERRED_OUT: history(E.JOIN, E.TRANSFER_OUT),
    Status.EXPELLED: history(E.JOIN, E.EXPEL),
    Status.WITHDRAWN: history(E.JOIN, E.WITHDRAW),
}

# What the union's rules allow after each status (written out here, not read from the code).
ALLOWED = {
    None: {E.JOIN, E.TRANSFER_IN},
    Status.ACTIVE: {E.RETAIN, E.TRANSFER_OUT, E.WITHDRAW, E.EXPEL},
    Status.RETAINED: {E.REINSTATE, E.TRANSFER_OUT, E.WITHDRAW, E.EXPEL},
    Status.TRANSFERRED_OUT: {E.JOIN, E.TRANSFER_IN},
    Status.EXPELLED: {E.JOIN, E.TRANSFER_IN},
    Status.WITHDRAWN: {E.JOIN, E.TRANSFER_IN},
}

CASES = [(status, event) for status in ALLOWED for event in EventType]


def _id(case):
    status, event = case
    return f"{status or 'new'}-{event}"


# -- deriving the status ---------------------------------------------------------------------------

def test_empty_history_has_no_status():
    assert derive_status([]) is None


@pytest.mark.parametrize("status", [s for s in HISTORY_FOR if s is not None])
def test_each_history_leads_to_its_status(status):
    assert derive_status(HISTORY_FOR[status]) == status


def test_transfer_in_makes_an_active_member():
    assert derive_status(history(E.TRANSFER_IN)) == Status.ACTIVE


def test_reinstating_a_retained_member_makes_them_active_again():
    assert derive_status(history(E.JOIN, E.RETAIN, E.REINSTATE)) == Status.ACTIVE


def test_rejoining_after_withdrawal_makes_them_active_again():
    assert derive_status(history(E.JOIN, E.WITHDRAW, E.JOIN)) == Status.ACTIVE


def test_the_last_event_decides_the_status():
    assert derive_status(history(E.TRANSFER_IN, E.RETAIN, E.REINSTATE, E.TRANSFER_OUT)) == Status.TRANSFERRED_OUT


# -- which event may follow which status -----------------------------------------------------------

@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_transition_is_allowed_or_refused_by_the_rules(case):
    status, event = case
    problem = check_next_event(HISTORY_FOR[status], event, TODAY, TODAY)
    if event in ALLOWED[status]:
        assert problem is None, problem.render()
    else:
        assert problem is not None
        assert "cannot be recorded" in problem.render()


@pytest.mark.parametrize("status", list(ALLOWED), ids=lambda s: str(s or "new"))
def test_allowed_events_lists_exactly_the_rules(status):
    assert set(allowed_events(status)) == ALLOWED[status]


def test_retaining_twice_is_refused_naming_event_and_status():
    problem = check_next_event(history(E.JOIN, E.RETAIN), E.RETAIN, TODAY, TODAY)
    assert problem.render() == "“Membership retained” cannot be recorded for a member whose status is “Retained”."


def test_reinstating_an_active_member_is_refused():
    assert check_next_event(history(E.JOIN), E.REINSTATE, TODAY, TODAY) is not None


def test_reinstating_a_retained_member_is_allowed():
    assert check_next_event(history(E.JOIN, E.RETAIN), E.REINSTATE, TODAY, TODAY) is None


def test_rejoining_after_withdrawal_is_allowed():
    assert check_next_event(history(E.JOIN, E.WITHDRAW), E.JOIN, TODAY, TODAY) is None


def test_joining_twice_is_refused():
    assert check_next_event(history(E.JOIN), E.JOIN, TODAY, TODAY) is not None


def test_a_new_member_cannot_start_with_retention():
    problem = check_next_event([], E.RETAIN, TODAY, TODAY)
    assert problem is not None
    assert "“—”" in problem.render()


# -- dates -----------------------------------------------------------------------------------------

def test_event_dated_before_the_last_one_is_refused():
    events = history(E.JOIN, start=dt.date(2020, 5, 1))
    problem = check_next_event(events, E.RETAIN, dt.date(2020, 4, 30), TODAY)
    assert problem is not None
    assert "2020-05-01" in problem.render()


def test_event_on_the_same_day_as_the_last_one_is_allowed():
    events = history(E.JOIN, start=dt.date(2020, 5, 1))
    assert check_next_event(events, E.RETAIN, dt.date(2020, 5, 1), TODAY) is None


def test_event_dated_in_the_future_is_refused():
    problem = check_next_event(history(E.JOIN), E.RETAIN, TODAY + dt.timedelta(days=1), TODAY)
    assert problem is not None
    assert "2024-06-02" in problem.render()
    assert "future" in problem.render()


def test_event_dated_today_is_allowed():
    assert check_next_event(history(E.JOIN), E.RETAIN, TODAY, TODAY) is None


def test_first_event_in_the_future_is_refused():
    assert check_next_event([], E.JOIN, dt.date(2025, 1, 1), TODAY) is not None


# -- voting ----------------------------------------------------------------------------------------

def test_active_member_can_vote():
    assert can_vote(Status.ACTIVE)


def test_retained_member_cannot_vote():
    assert not can_vote(Status.RETAINED)


@pytest.mark.parametrize("status", [Status.TRANSFERRED_OUT, Status.EXPELLED, Status.WITHDRAWN, None])
def test_former_or_unrecorded_member_cannot_vote(status):
    assert not can_vote(status)


def test_national_codes_for_export():
    assert NATIONAL_CODES == {E.JOIN: "1", E.TRANSFER_IN: "2", E.RETAIN: "3", E.TRANSFER_OUT: "4",
                              E.EXPEL: "5", E.WITHDRAW: "6"}

"""Counting: the tellers assigned to a vote by the chair, the paper ballots they enter one by one
(or the totals counted by hand), and taking back the last ballot entered.

Who enters (docs/domain.md "Votes and elections"): the chair assigns a teller account to each pass.
Once a teller is assigned, only that account enters its pass; double entry needs two different
accounts (one person entering both passes checks nothing). A vote with no teller assigned and a
single pass is entered by any account allowed to count, as before.

The audit trail records that a ballot was entered (teller pass and entry number), never what was on
it. A write-in on an invalid ballot is kept with that ballot by name only (it still counts towards
the marks that made the ballot over-marked) and is never registered as a person.
"""

from __future__ import annotations

import json
from typing import Sequence

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from desktop.domain.accounts.entities import User
from desktop.domain.accounts.permissions import ROLE_PERMISSIONS, Permission, Role
from desktop.domain.audit import recorder
from desktop.domain.errors import FieldError, RuleViolation, ValidationError
from desktop.domain.votes.candidates import clean_write_ins, write_in_id
from desktop.domain.votes.counting import ABSTAIN, NO, SPOILED, YES, Ballot, InvalidReason, Kind, ballot_problem
from desktop.domain.votes.entities import Vote, VoteBallot, VoteTotal
from desktop.domain.votes.queries import ENTITY, VoteStatus, candidate_rows, rule_of
from desktop.messages import QT_TRANSLATE_NOOP

MARKS = {Kind.ELECTION: {YES, NO, ABSTAIN}, Kind.MOTION: {YES, NO, ABSTAIN, SPOILED}, Kind.SELECTION: {YES}}


class CountingMixin:
    """The counting use cases of VoteService (service.py): self._db, self._actor, self._vote,
    self._counting and self._announce come from there."""

    # -- tellers --------------------------------------------------------------------------------

    def assign_tellers(self, vote_id: int, first: str, second: str = "") -> None:
        """The chair names the account entering pass 1 and, for double entry, pass 2."""
        self._actor.require(Permission.VOTES_SETUP)
        first, second = first.strip(), second.strip()
        with self._db.transaction() as session:
            vote = self._vote(session, vote_id, VoteStatus.SETUP, VoteStatus.OPEN, VoteStatus.COUNTING)
            errors = []
            for field, name in (("teller_1", first), ("teller_2", second)):
                if name and not _can_count(session, name):
                    errors.append(FieldError(field, QT_TRANSLATE_NOOP(
                        "VoteRules", "{name} is not an active account allowed to enter ballots (role Teller or "
                        "Chair).").format(name=name)))
            if first and first == second:
                errors.append(FieldError("teller_2", QT_TRANSLATE_NOOP(
                    "VoteRules", "Double entry needs two different tellers: {name} cannot enter both passes.").format(
                        name=first)))
            if second and not first:
                errors.append(FieldError("teller_1", QT_TRANSLATE_NOOP("VoteRules", "Name the first teller.")))
            if errors:
                raise ValidationError(errors)
            entered = session.execute(select(VoteBallot.pass_no).where(VoteBallot.vote_id == vote_id)
                                      .distinct()).scalars().all()
            for pass_no, old, new in ((1, vote.teller_1, first), (2, vote.teller_2, second)):
                if pass_no in entered and old != new:
                    raise RuleViolation(QT_TRANSLATE_NOOP(
                        "VoteRules", "Teller {n} has entered ballots already; take them back before naming "
                        "another teller.").format(n=pass_no))
            recorder.record(session, self._actor, "tellers", ENTITY, vote_id, recorder.diff(
                {"teller_1": vote.teller_1, "teller_2": vote.teller_2}, {"teller_1": first, "teller_2": second}))
            vote.teller_1, vote.teller_2 = first, second
        self._announce(vote_id)

    def _check_teller(self, vote: Vote, pass_no: int) -> None:
        assigned = (vote.teller_1 or "", vote.teller_2 or "")
        if vote.double_entry and (not all(assigned) or assigned[0] == assigned[1]):
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "VoteRules", "Double entry needs two different tellers assigned to this vote by the chair "
                "(Counting › Tellers…)."))
        teller = assigned[pass_no - 1]
        if teller and teller != self._actor.username:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "VoteRules", "Teller {n} of this vote is {name}; your account ({user}) may not enter that pass.").format(
                    n=pass_no, name=teller, user=self._actor.username))

    # -- ballots --------------------------------------------------------------------------------

    def enter_ballot(self, vote_id: int, ballot, pass_no: int = 1) -> int:
        """Enter the next paper ballot; returns its entry number (1, 2, …)."""
        return self.enter_ballots(vote_id, [ballot], pass_no)[-1]

    def enter_ballots(self, vote_id: int, ballots: Sequence, pass_no: int = 1) -> list[int]:
        """Enter paper ballots (BallotInput) in the order given, in one transaction (all or none);
        returns their entry numbers. The audit trail gets one record per ballot: pass and entry number."""
        self._actor.require(Permission.VOTES_TELLER)
        with self._db.transaction() as session:
            vote = self._counting(session, vote_id, "ballots", pass_no)
            self._check_teller(vote, pass_no)
            entered = session.execute(select(func.count()).select_from(VoteBallot).where(
                VoteBallot.vote_id == vote_id, VoteBallot.pass_no == pass_no)).scalar_one()
            if entered + len(ballots) > (vote.ballots_returned or 0):
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "VoteRules", "All {returned} returned ballots have been entered. Correct the last one with "
                    "Undo, or close counting.").format(returned=vote.ballots_returned or 0))
            candidates = candidate_rows(session, vote_id)
            rows = []
            for n, ballot in enumerate(ballots, start=entered + 1):
                marks, write_ins = _checked_ballot(session, vote, ballot, candidates)
                rows.append(dict(vote_id=vote_id, pass_no=pass_no, entry_no=n, spoiled=ballot.spoiled or None,
                                 marks=json.dumps({str(k): v for k, v in sorted(marks.items())}),
                                 write_ins=json.dumps(write_ins, ensure_ascii=False)))
            if rows:
                session.execute(insert(VoteBallot.__table__), rows)
            recorder.record_many(session, self._actor, [
                ("ballot", ENTITY, vote_id, {"pass": pass_no, "entry_no": r["entry_no"]}) for r in rows])
        self._announce(vote_id)
        return [r["entry_no"] for r in rows]

    def undo_last_ballot(self, vote_id: int, pass_no: int = 1) -> int:
        """Take back the last ballot a teller entered (before counting closes); returns how many remain."""
        self._actor.require(Permission.VOTES_TELLER)
        with self._db.transaction() as session:
            vote = self._counting(session, vote_id, "ballots", pass_no)
            self._check_teller(vote, pass_no)
            last = session.execute(select(func.max(VoteBallot.entry_no)).where(
                VoteBallot.vote_id == vote_id, VoteBallot.pass_no == pass_no)).scalar_one()
            if not last:
                return 0
            session.execute(delete(VoteBallot).where(VoteBallot.vote_id == vote_id, VoteBallot.pass_no == pass_no,
                                                     VoteBallot.entry_no == last))
            recorder.record(session, self._actor, "undo_ballot", ENTITY, vote_id, {"pass": pass_no, "entry_no": last})
        self._announce(vote_id)
        return last - 1

    # -- totals ---------------------------------------------------------------------------------

    def enter_totals(self, vote_id: int, totals) -> None:
        """Totals counted by hand (TotalsInput), checked against the ballots returned: no figure
        negative or above the valid ballots, write-ins by distinct names not printed on the ballot."""
        self._actor.require(Permission.VOTES_TELLER)
        with self._db.transaction() as session:
            vote = self._counting(session, vote_id, "totals", 1)
            self._check_teller(vote, 1)
            listed = [c for c in candidate_rows(session, vote_id) if not c.write_in]
            errors = _totals_errors(vote, listed, totals)
            pairs = [(name, votes) for name, votes in totals.write_ins if name.strip()]
            write_ins: list[tuple[str, int]] = []
            try:
                names = clean_write_ins(vote, [name for name, _ in pairs], {c.name for c in listed})
                write_ins = list(zip(names, [votes for _, votes in pairs]))
            except RuleViolation as error:
                errors.append(FieldError("write_ins", error.message))
            if errors:
                raise ValidationError(errors)
            session.execute(delete(VoteTotal).where(VoteTotal.vote_id == vote_id))
            kind = Kind(vote.kind)
            rows = []
            for c in listed:
                yes, no, abstain = totals.rows.get(c.id, (0, 0, 0))
                if kind is not Kind.SELECTION and yes + no + abstain < totals.valid:
                    abstain = totals.valid - yes - no  # unmarked counts as abstaining
                rows.append(dict(vote_id=vote_id, candidate_id=c.id, yes=yes, no=no, abstain=abstain, write_in=0))
            for name, votes in write_ins:
                if votes:
                    rows.append(dict(vote_id=vote_id, candidate_id=write_in_id(session, vote, name), yes=0, no=0,
                                     abstain=0, write_in=votes))
            if rows:
                session.execute(insert(VoteTotal.__table__), rows)
            old = [vote.totals_valid, vote.totals_invalid]
            vote.totals_valid, vote.totals_invalid = totals.valid, totals.invalid
            recorder.record(session, self._actor, "totals", ENTITY, vote_id,
                            {"valid": [old[0], totals.valid], "invalid": [old[1], totals.invalid]})
        self._announce(vote_id)


def _can_count(session: Session, username: str) -> bool:
    role = session.execute(select(User.role).where(User.username == username, User.active.is_(True))).scalar()
    return role is not None and Permission.VOTES_TELLER in ROLE_PERMISSIONS[Role(role)]


def _totals_errors(vote: Vote, listed, totals) -> list[FieldError]:
    kind = Kind(vote.kind)
    errors = []
    returned = vote.ballots_returned or 0
    if totals.valid < 0 or totals.invalid < 0 or totals.valid + totals.invalid != returned:
        errors.append(FieldError("valid", QT_TRANSLATE_NOOP(
            "VoteRules", "Valid and invalid ballots must add up to the {returned} returned.").format(
                returned=returned)))
    for c in listed:
        yes, no, abstain = totals.rows.get(c.id, (0, 0, 0))
        if min(yes, no, abstain) < 0:
            errors.append(FieldError("rows", QT_TRANSLATE_NOOP(
                "VoteRules", "{name}: votes cannot be negative.").format(name=c.name)))
        elif kind is Kind.SELECTION and yes > totals.valid:
            errors.append(FieldError("rows", QT_TRANSLATE_NOOP(
                "VoteRules", "{name}: more votes than valid ballots.").format(name=c.name)))
        elif kind is not Kind.SELECTION and yes + no + abstain > totals.valid:
            errors.append(FieldError("rows", QT_TRANSLATE_NOOP(
                "VoteRules", "{name}: yes, no and abstain add up to more than the {valid} valid "
                "ballots.").format(name=c.name, valid=totals.valid)))
    for name, votes in totals.write_ins:
        if votes < 0:
            errors.append(FieldError("write_ins", QT_TRANSLATE_NOOP(
                "VoteRules", "{name}: votes cannot be negative.").format(name=name)))
        elif votes > totals.valid:
            errors.append(FieldError("write_ins", QT_TRANSLATE_NOOP(
                "VoteRules", "{name} (written in): {votes} votes cannot come from {valid} valid ballots.").format(
                    name=name, votes=votes, valid=totals.valid)))
    if kind in (Kind.ELECTION, Kind.SELECTION):
        marks = sum(totals.rows.get(c.id, (0, 0, 0))[0] for c in listed) + sum(max(v, 0) for _, v in totals.write_ins)
        if marks > totals.valid * vote.seats:
            errors.append(FieldError("rows", QT_TRANSLATE_NOOP(
                "VoteRules", "{marks} votes in all cannot come from {valid} valid ballots of at most "
                "{seats} marks each.").format(marks=marks, valid=totals.valid, seats=vote.seats)))
    return errors


def _checked_ballot(session: Session, vote: Vote, ballot, candidates: Sequence) -> tuple[dict[int, str], list]:
    """The ballot's marks and its write-ins: candidate ids of write-in persons on a valid ballot,
    the names as written on an invalid one (never registered as persons)."""
    kind = Kind(vote.kind)
    listed = {c.id for c in candidates if not c.write_in}
    allowed = MARKS[kind]
    marks = {}
    for key, mark in ballot.marks.items():
        if key not in listed:
            raise ValueError(f"candidate {key} is not on vote {vote.id}'s ballot")
        if mark in ("", ABSTAIN) and kind is not Kind.MOTION:
            continue
        if mark not in allowed:
            raise RuleViolation(QT_TRANSLATE_NOOP("VoteRules", "That mark is not used on this ballot."))
        if mark:
            marks[key] = mark
    if ballot.spoiled and ballot.spoiled not in set(InvalidReason):
        raise ValueError(f"unknown reason {ballot.spoiled}")
    names = clean_write_ins(vote, ballot.write_ins, {c.name for c in candidates if not c.write_in})
    if ballot_problem(rule_of(vote), Ballot(marks, tuple(names), ballot.spoiled)):
        return marks, names
    return marks, [write_in_id(session, vote, n) for n in names]

"""The round after a vote: a re-vote among the tied, another round (另行选举) for unfilled seats,
the rerun of a void vote, or a correction of a closed result.

- A re-vote is among exactly the candidates tied at the last seat — write-ins among them are
  printed on the new ballot like everyone else — for the seats left, with no 差额 margin (22 tied
  for 21 seats is a valid re-vote).
- 另行选举 is among those not elected (write-ins who may stand included), 差额 or 等额 as the
  union's election rules say: the chair chooses, and the margin is kept with the round.
- A rerun or a correction repeats the round's own candidates under the round's own rule.
The new round keeps the electorate frozen for the first one (the same meeting, the same people).
"""

from __future__ import annotations

from sqlalchemy import insert

from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.errors import RuleViolation
from desktop.domain.votes.counting import Kind, Step
from desktop.domain.votes.entities import Vote, VoteCandidate, VoteElector
from desktop.domain.votes.ordering import ordered
from desktop.domain.votes.candidates import ballot_order
from desktop.domain.votes.queries import (
    ENTITY, RoundReason, VoteStatus, candidate_rows, electorate_ids, outcome_of,
)
from desktop.messages import QT_TRANSLATE_NOOP

_COPIED = ("title", "meeting", "kind", "preset", "base", "threshold", "quorum", "secret", "electorate_kind",
           "electorate_department", "present_count", "entry_mode", "double_entry", "hide_running", "held_on",
           "place", "chief_scrutineer", "scrutineers", "counters", "note", "candidate_order", "teller_1",
           "teller_2")


class RoundsMixin:
    """new_round of VoteService (service.py)."""

    def new_round(self, vote_id: int, reason: RoundReason | None = None, competitive: bool | None = None) -> int:
        """A new recorded round after this one, in setup with the candidates and seats it is for.
        `reason` is asked for by name only for a correction; otherwise the outcome says what comes
        next. `competitive`: for 另行选举, 差额 (True, the default) or 等额 (False)."""
        self._actor.require(Permission.VOTES_SETUP)
        with self._db.transaction() as session:
            vote = self._vote(session, vote_id, VoteStatus.CLOSED, VoteStatus.PUBLISHED, VoteStatus.VOID)
            rows = candidate_rows(session, vote_id)
            candidates = [c for c in rows if not c.write_in]
            seats = vote.seats
            margin = vote.margin_percent
            if reason is None:
                step = outcome_of(session, vote).next_step
                if step is None:
                    raise RuleViolation(QT_TRANSLATE_NOOP(
                        "VoteRules", "This vote needs no further round. To correct its result, start a "
                        "correction round."))
                if step.step is Step.RERUN:
                    reason = RoundReason.RERUN
                else:
                    reason = RoundReason.REVOTE if step.step is Step.REVOTE else RoundReason.ANOTHER_ROUND
                    keep = set(step.candidates)
                    candidates = [c for c in rows if c.id in keep]  # write-ins among them too
                    seats = step.seats
                    if reason is RoundReason.REVOTE:
                        margin = 0
                    elif vote.kind == Kind.ELECTION:
                        margin = 0 if competitive is False else None  # None: the preset's 差额 margin
            elif reason is not RoundReason.CORRECTION:
                raise ValueError("only a correction round is asked for by name")
            candidates = ordered(candidates, ballot_order(vote), lambda c: c.name)
            new = Vote(**{k: getattr(vote, k) for k in _COPIED}, seats=seats, status=str(VoteStatus.SETUP),
                       round_no=vote.round_no + 1, previous_id=vote.id, round_reason=str(reason),
                       margin_percent=margin, ballots_printed=0, created_by=self._actor.username)
            new.electorate_count = vote.electorate_count
            new.electorate_fingerprint = vote.electorate_fingerprint
            session.add(new)
            session.flush()
            session.execute(insert(VoteElector.__table__),
                            [{"vote_id": new.id, "member_id": m} for m in electorate_ids(session, vote)])
            session.execute(insert(VoteCandidate.__table__), [
                dict(vote_id=new.id, position=n, name=c.name, member_id=c.member_id, detail=c.detail,
                     write_in=False, eligible=True)
                for n, c in enumerate(candidates, start=1)])
            recorder.record(session, self._actor, "new_round", ENTITY, new.id, {
                "previous_id": [None, vote_id], "round_no": [None, new.round_no], "round_reason": [None, str(reason)],
                "seats": [None, seats], "candidates": [None, len(candidates)], "margin_percent": [None, margin]})
            new_id = new.id
        self._announce(new_id, "create")
        return new_id

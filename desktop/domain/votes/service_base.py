"""What every part of VoteService stands on (service.py, meeting.py, entry.py, rounds.py): the
vote in a state a use case allows, and announcing its change."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.domain.errors import RuleViolation
from desktop.domain.service_base import ServiceBase
from desktop.domain.votes.entities import Vote
from desktop.domain.votes.queries import ENTITY, VoteStatus, get_vote, live_electorate
from desktop.messages import QT_TRANSLATE_NOOP


class VoteServiceBase(ServiceBase):
    CHANGE_KIND = ENTITY

    def _announce(self, vote_id: int, action: str = "update") -> None:
        self._publish({vote_id}, action)

    def _vote(self, session: Session, vote_id: int, *statuses: VoteStatus) -> Vote:
        vote = get_vote(session, vote_id)
        if vote.status not in statuses:
            if vote.status in (VoteStatus.CLOSED, VoteStatus.PUBLISHED, VoteStatus.VOID):
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "VoteRules", "This vote is closed and cannot be changed. A correction is a new round."))
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "VoteRules", "This cannot be done while the vote is {status}.").format(
                    status=_STATUS_WORDS[VoteStatus(vote.status)]))
        return vote

    def _counting(self, session: Session, vote_id: int, mode: str, pass_no: int) -> Vote:
        vote = self._vote(session, vote_id, VoteStatus.COUNTING)
        if vote.entry_mode != mode:
            if mode == "totals":
                raise RuleViolation(QT_TRANSLATE_NOOP("VoteRules", "This vote is counted ballot by ballot."))
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "VoteRules", "This vote's ballots were counted by hand: enter the totals."))
        if pass_no not in (1, 2) or (pass_no == 2 and not vote.double_entry):
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "VoteRules", "This vote has no second teller's entry (double entry is off)."))
        return vote

    def _due(self, session: Session, vote: Vote) -> int:
        return vote.electorate_count if vote.electorate_count is not None else len(live_electorate(session, vote))


_STATUS_WORDS = {
    VoteStatus.SETUP: QT_TRANSLATE_NOOP("VoteRules", "being set up"),
    VoteStatus.OPEN: QT_TRANSLATE_NOOP("VoteRules", "open for voting"),
    VoteStatus.COUNTING: QT_TRANSLATE_NOOP("VoteRules", "being counted"),
    VoteStatus.CLOSED: QT_TRANSLATE_NOOP("VoteRules", "closed"),
    VoteStatus.PUBLISHED: QT_TRANSLATE_NOOP("VoteRules", "published"),
    VoteStatus.VOID: QT_TRANSLATE_NOOP("VoteRules", "void"),
}

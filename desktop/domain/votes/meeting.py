"""The meeting's part of a vote, as use cases of VoteService (service.py): record presence, print,
open (quorum gate, electorate frozen), record the ballots issued and returned, close, publish.
Each runs in one transaction with its audit record, then announces the change."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, delete, insert

from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.errors import FieldError, RuleViolation, ValidationError
from desktop.domain.votes.candidates import check_candidates
from desktop.domain.votes.counting import Outcome, Void, compare, quorum_met, quorum_needed
from desktop.domain.votes.entities import VoteElector
from desktop.domain.votes.queries import (
    ENTITY, ElectorateKind, VoteDetail, VoteStatus, ballot_values, detail_of, electorate_ids, entered_counts,
    fingerprint, get_vote, is_frozen, named_list, outcome_of, rule_of,
)
from desktop.domain.votes.service_base import VoteServiceBase
from desktop.messages import QT_TRANSLATE_NOOP


class MeetingMixin(VoteServiceBase):
    """From the printed ballots to the published result."""

    # -- before voting --------------------------------------------------------------------------

    def record_presence(self, vote_id: int, present: int) -> None:
        """实到: how many of the electorate signed in. A number only, kept apart from the ballots."""
        self._actor.require(Permission.VOTES_SETUP)
        with self._db.transaction() as session:
            vote = self._vote(session, vote_id, VoteStatus.SETUP, VoteStatus.OPEN)
            due = self._due(session, vote)
            if present < 0 or present > due:
                raise ValidationError([FieldError("present", QT_TRANSLATE_NOOP(
                    "VoteRules", "Those present must be between 0 and the {due} due to attend.").format(due=due))])
            if vote.status == VoteStatus.OPEN and vote.ballots_issued is not None and present < vote.ballots_issued:
                raise ValidationError([FieldError("present", QT_TRANSLATE_NOOP(
                    "VoteRules", "{issued} ballots were issued already; those present cannot be fewer.").format(
                        issued=vote.ballots_issued))])
            recorder.record(session, self._actor, "presence", ENTITY, vote_id, {"present": [vote.present_count, present]})
            vote.present_count = present
        self._announce(vote_id)

    def check_printable(self, vote_id: int) -> VoteDetail:
        """The vote, if its ballots may be printed: candidates in place, and for an election under a
        差额 rule enough candidates (checked before any ballot is printed)."""
        with self._db.session() as session:
            vote = get_vote(session, vote_id)
            if vote.status not in (VoteStatus.SETUP, VoteStatus.OPEN):
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "VoteRules", "Voting on this vote is over; no more ballots can be printed."))
            check_candidates(session, vote)
            return detail_of(session, vote)

    def record_printed(self, vote_id: int, copies: int) -> VoteDetail:
        """Count `copies` ballots as printed (each printing adds up) and return the vote to print."""
        self._actor.require(Permission.VOTES_SETUP)
        if copies < 1:
            raise ValidationError([FieldError("copies", QT_TRANSLATE_NOOP(
                "VoteRules", "Print at least one ballot."))])
        self.check_printable(vote_id)
        with self._db.transaction() as session:
            vote = self._vote(session, vote_id, VoteStatus.SETUP, VoteStatus.OPEN)
            recorder.record(session, self._actor, "print_ballots", ENTITY, vote_id,
                            {"ballots_printed": [vote.ballots_printed, vote.ballots_printed + copies]})
            vote.ballots_printed += copies
            detail = detail_of(session, vote)
        self._announce(vote_id)
        return detail

    def open(self, vote_id: int) -> None:
        """Open voting: the electorate is frozen (count and fingerprint), and only with a quorum."""
        self._actor.require(Permission.VOTES_SETUP)
        with self._db.transaction() as session:
            vote = self._vote(session, vote_id, VoteStatus.SETUP)
            check_candidates(session, vote)
            frozen = is_frozen(vote)  # a later round keeps the electorate of the round before
            ids = electorate_ids(session, vote)
            if not ids:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "VoteRules", "Nobody is in the electorate (no member in good standing matches). Check the "
                    "electorate before opening."))
            if vote.electorate_kind == ElectorateKind.LIST and not frozen:
                dropped = len(named_list(session, vote_id)) - len(ids)
                if dropped:
                    raise RuleViolation(QT_TRANSLATE_NOOP(
                        "VoteRules", "{count} people on the named list are no longer members in good standing "
                        "(retained, left or deleted). Take them off the list first.").format(count=dropped))
            rule = rule_of(vote)
            if vote.present_count is None:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "VoteRules", "Record how many are present (from the sign-in sheet) before opening."))
            if vote.present_count > len(ids):
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "VoteRules", "{present} present, but only {due} are due: correct the count first.").format(
                        present=vote.present_count, due=len(ids)))
            if not quorum_met(rule.quorum, len(ids), vote.present_count):
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "VoteRules", "No quorum: {present} present of {due} due; at least {needed} are needed. "
                    "The vote cannot open.").format(present=vote.present_count, due=len(ids),
                                                     needed=quorum_needed(rule.quorum, len(ids))))
            if not frozen:
                session.execute(delete(VoteElector).where(VoteElector.vote_id == vote_id))
                session.execute(insert(cast(Table, VoteElector.__table__)), [{"vote_id": vote_id, "member_id": i} for i in ids])
            vote.electorate_count = len(ids)
            vote.electorate_fingerprint = fingerprint(ids)
            vote.status = str(VoteStatus.OPEN)
            vote.opened_at = utc_now()
            recorder.record(session, self._actor, "open", ENTITY, vote_id, {
                "status": ["setup", "open"], "electorate_count": [None, len(ids)],
                "electorate_fingerprint": [None, vote.electorate_fingerprint]})
        self._announce(vote_id)

    # -- during ---------------------------------------------------------------------------------

    def record_paper(self, vote_id: int, issued: int, returned: int, spoiled: int = 0,
                     destroyed: int = 0) -> VoteStatus:
        """Ballots issued (发出) and returned (收回), and for the paper's account those spoiled and
        exchanged (写错换票) and those left unused and destroyed. More returned than issued makes the
        whole vote void (it is rerun as a new round); otherwise counting starts."""
        self._actor.require(Permission.VOTES_SETUP)
        with self._db.transaction() as session:
            vote = self._vote(session, vote_id, VoteStatus.OPEN, VoteStatus.COUNTING)
            errors = []
            if issued < 0 or issued > (vote.present_count or 0):
                errors.append(FieldError("issued", QT_TRANSLATE_NOOP(
                    "VoteRules", "One ballot per person present: issue between 0 and {present}.").format(
                        present=vote.present_count or 0)))
            if issued > vote.ballots_printed:
                errors.append(FieldError("issued", QT_TRANSLATE_NOOP(
                    "VoteRules", "Only {printed} ballots were printed; {issued} cannot have been issued.").format(
                        printed=vote.ballots_printed, issued=issued)))
            if spoiled < 0 or destroyed < 0 or issued + spoiled + destroyed > vote.ballots_printed:
                errors.append(FieldError("destroyed", QT_TRANSLATE_NOOP(
                    "VoteRules", "Issued, spoiled and destroyed ballots cannot add up to more than the {printed} "
                    "printed.").format(printed=vote.ballots_printed)))
            if returned < 0:
                errors.append(FieldError("returned", QT_TRANSLATE_NOOP("VoteRules", "Enter 0 or more.")))
            entered = max(entered_counts(session, vote_id))
            if returned < entered:
                errors.append(FieldError("returned", QT_TRANSLATE_NOOP(
                    "VoteRules", "{entered} ballots were entered already; returned cannot be fewer.").format(
                        entered=entered)))
            if errors:
                raise ValidationError(errors)
            changes = {"ballots_issued": [vote.ballots_issued, issued], "ballots_returned": [vote.ballots_returned, returned],
                       "ballots_spoiled": [vote.ballots_spoiled, spoiled],
                       "ballots_destroyed": [vote.ballots_destroyed, destroyed]}
            vote.ballots_issued, vote.ballots_returned = issued, returned
            vote.ballots_spoiled, vote.ballots_destroyed = spoiled, destroyed
            if returned > issued:
                vote.status = str(VoteStatus.VOID)
                vote.void_reason = str(Void.RETURNED_EXCEEDS_ISSUED)
                vote.closed_at = utc_now()
                changes["status"] = [None, "void"]
                changes["void_reason"] = [None, vote.void_reason]
            else:
                vote.status = str(VoteStatus.COUNTING)
            recorder.record(session, self._actor, "paper", ENTITY, vote_id, changes)
            status = VoteStatus(vote.status)
        self._announce(vote_id)
        return status

    # -- closing and after ----------------------------------------------------------------------

    def close(self, vote_id: int) -> Outcome:
        """Close counting: every returned ballot entered (by both tellers, agreeing, with double
        entry); the outcome is computed under the rule and kept. No quorum makes the vote void."""
        self._actor.require(Permission.VOTES_SETUP)
        with self._db.transaction() as session:
            vote = self._vote(session, vote_id, VoteStatus.COUNTING)
            returned = vote.ballots_returned or 0
            if vote.entry_mode == "ballots":
                first, second = entered_counts(session, vote_id)
                if first != returned:
                    raise RuleViolation(QT_TRANSLATE_NOOP(
                        "VoteRules", "{entered} of the {returned} returned ballots have been entered. Enter them "
                        "all before closing.").format(entered=first, returned=returned))
                if vote.double_entry:
                    if second != returned:
                        raise RuleViolation(QT_TRANSLATE_NOOP(
                            "VoteRules", "The second teller has entered {entered} of the {returned} ballots. "
                            "Double entry needs both.").format(entered=second, returned=returned))
                    differ = compare(ballot_values(session, vote_id, 1), ballot_values(session, vote_id, 2))
                    if differ:
                        raise RuleViolation(QT_TRANSLATE_NOOP(
                            "VoteRules", "The two tellers disagree on ballots {entries}. Check those paper "
                            "ballots and correct the entries.").format(
                                entries=", ".join(str(d.entry_no) for d in differ[:20])))
            elif vote.totals_valid is None:
                raise RuleViolation(QT_TRANSLATE_NOOP("VoteRules", "Enter the totals before closing."))
            outcome = outcome_of(session, vote)
            vote.closed_at = utc_now()
            if outcome.void is not None:
                vote.status = str(VoteStatus.VOID)
                vote.void_reason = str(outcome.void)
            else:
                vote.status = str(VoteStatus.CLOSED)
            recorder.record(session, self._actor, "close", ENTITY, vote_id, {
                "status": ["counting", vote.status], "valid": outcome.valid_ballots,
                "invalid": outcome.invalid_ballots, "elected": len(outcome.elected)})
        self._announce(vote_id)
        return outcome

    def publish(self, vote_id: int) -> None:
        self._actor.require(Permission.VOTES_SETUP)
        with self._db.transaction() as session:
            vote = self._vote(session, vote_id, VoteStatus.CLOSED)
            vote.status = str(VoteStatus.PUBLISHED)
            vote.published_at = utc_now()
            recorder.record(session, self._actor, "publish", ENTITY, vote_id, {"status": ["closed", "published"]})
        self._announce(vote_id)

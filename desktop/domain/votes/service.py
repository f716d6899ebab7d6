"""The life of a vote, as use cases: set up, print, record presence, open (quorum gate, electorate
frozen), record ballots issued and returned, enter ballots (tellers) or totals, close, publish, and
start a new round. Each runs in one transaction with its audit record, then announces the change.

Permissions: VOTES_SETUP for everything but entering ballots, which is VOTES_TELLER. The audit
trail records that a ballot was entered (teller pass and entry number), never what was on it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from desktop.domain.concurrency import check_version
from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.errors import FieldError, RuleViolation, ValidationError
from desktop.domain.votes.candidates import check_candidates, write_candidates
from desktop.domain.votes.counting import (
    Base, Kind, Outcome, Quorum, Threshold, Void, compare, quorum_met, quorum_needed,
)
from desktop.domain.votes.entities import Vote, VoteElector
from desktop.domain.votes.entry import MARKS, CountingMixin  # noqa: F401 - MARKS re-exported for callers
from desktop.domain.votes.ordering import CandidateOrder
from desktop.domain.votes.presets import CUSTOM, MEMBER_ASSEMBLY, PRESETS, UNION_COMMITTEE
from desktop.domain.votes.queries import (
    ENTITY, ElectorateKind, VoteDetail, VoteStatus, ballot_values, candidate_rows, detail_of,
    electorate_ids, entered_counts, fingerprint, get_vote, is_frozen, live_electorate, named_list, outcome_of,
    rule_of,
)
from desktop.domain.votes.rounds import RoundsMixin
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.store.changes import Change
from desktop.store.database import Database

ENTRY_MODES = ("ballots", "totals")


@dataclass(frozen=True)
class VoteInput:
    title: str
    kind: Kind
    preset: str
    seats: int = 1
    meeting: str = ""
    base: Base | None = None          # explicit for member assembly / custom
    threshold: Threshold | None = None
    quorum: Quorum | None = None
    secret: bool = True
    candidate_order: CandidateOrder = CandidateOrder.STROKES
    electorate_kind: ElectorateKind = ElectorateKind.ALL
    electorate_department: str | None = None
    elector_ids: tuple[int, ...] = ()  # the named list (delegates)
    held_on: dt.date | None = None
    place: str = ""
    entry_mode: str = "ballots"
    double_entry: bool = False
    hide_running: bool = True
    chief_scrutineer: str = ""
    scrutineers: str = ""
    counters: str = ""
    note: str = ""


@dataclass(frozen=True)
class CandidateInput:
    name: str
    member_id: int | None = None
    detail: str = ""                   # department, or a motion item's text


@dataclass(frozen=True)
class BallotInput:
    marks: Mapping[int, str] = field(default_factory=dict)  # candidate id → o / x / a / !
    write_ins: tuple[str, ...] = ()   # names written in (另选他人)
    spoiled: str | None = None        # the teller declares the ballot invalid: InvalidReason


@dataclass(frozen=True)
class TotalsInput:
    """Hand-counted totals: per candidate id (yes, no, abstain); write-ins by name with votes."""

    rows: Mapping[int, tuple[int, int, int]]
    valid: int
    invalid: int
    write_ins: tuple[tuple[str, int], ...] = ()


def _names(text: str) -> set[str]:
    return {n for n in text.replace("，", ",").replace("、", ",").replace(" ", ",").split(",") if n}


class VoteService(CountingMixin, RoundsMixin):
    """Counting (tellers, ballots, totals) is in entry.py, the next round in rounds.py, who may
    stand and the candidate checks in candidates.py."""

    def __init__(self, db: Database, actor: Actor, today: dt.date | None = None):
        self._db = db
        self._actor = actor
        self._today = today

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    # -- setting up -----------------------------------------------------------------------------

    def create(self, data: VoteInput, candidates: Sequence[CandidateInput] = ()) -> int:
        self._actor.require(Permission.VOTES_SETUP)
        values = self._checked(data)
        with self._db.transaction() as session:
            vote = Vote(**values, status=str(VoteStatus.SETUP), created_by=self._actor.username)
            session.add(vote)
            session.flush()
            self._write_list(session, vote, data)
            recorder.record(session, self._actor, "create", ENTITY, vote.id, recorder.diff({}, _audited(values)))
            if candidates:
                self._write_candidates(session, vote, candidates)
            self._check_scrutineers(session, vote)
            vote_id = vote.id
        self._announce(vote_id, "create")
        return vote_id

    def update(self, vote_id: int, data: VoteInput,
               loaded_version: int | None = None) -> None:
        self._actor.require(Permission.VOTES_SETUP)
        values = self._checked(data)
        with self._db.transaction() as session:
            vote = self._vote(session, vote_id, VoteStatus.SETUP)
            check_version(session, vote, loaded_version, ENTITY, vote_id)  # someone else saved meanwhile?
            if is_frozen(vote):
                self._keep_electorate(vote, values)
            old = {k: getattr(vote, k) for k in values}
            for key, value in values.items():
                setattr(vote, key, value)
            old_list = sorted(named_list(session, vote_id))
            self._write_list(session, vote, data)
            changes = recorder.diff(_audited(old), _audited(values))
            new_list = sorted(named_list(session, vote_id))
            if new_list != old_list:
                changes["electors"] = [len(old_list), len(new_list)]
            self._check_scrutineers(session, vote)
            if changes:
                recorder.record(session, self._actor, "update", ENTITY, vote_id, changes)
        self._announce(vote_id)

    def set_candidates(self, vote_id: int, candidates: Sequence[CandidateInput]) -> None:
        """Replace the candidates (items, options) of a vote being set up; they are put in the
        vote's ballot order (surname strokes by default)."""
        self._actor.require(Permission.VOTES_SETUP)
        with self._db.transaction() as session:
            vote = self._vote(session, vote_id, VoteStatus.SETUP)
            self._write_candidates(session, vote, candidates)
        self._announce(vote_id)

    def delete(self, vote_id: int) -> None:
        """Remove a vote still being set up (nothing was printed or cast yet)."""
        self._actor.require(Permission.VOTES_SETUP)
        with self._db.transaction() as session:
            vote = self._vote(session, vote_id, VoteStatus.SETUP)
            if vote.ballots_printed:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "VoteRules", "Ballots of this vote were printed already; it cannot be deleted. Leave "
                    "it unopened, or open and void it, so the printed ballots stay accounted for."))
            recorder.record(session, self._actor, "delete", ENTITY, vote_id, {"title": [vote.title, None]})
            session.delete(vote)
        self._announce(vote_id, "delete")

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
                session.execute(insert(VoteElector.__table__), [{"vote_id": vote_id, "member_id": i} for i in ids])
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
                vote.result = _snapshot(outcome_of(session, vote))
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
            vote.result = _snapshot(outcome)
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

    # -- helpers --------------------------------------------------------------------------------

    def _announce(self, vote_id: int, action: str = "update") -> None:
        self._db.changes.publish(Change(ENTITY, frozenset({vote_id}), action))

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

    def _checked(self, data: VoteInput) -> dict:
        errors: list[FieldError] = []
        preset = PRESETS.get(data.preset)
        title = " ".join(data.title.split())
        if not title:
            errors.append(FieldError("title", QT_TRANSLATE_NOOP("VoteRules", "Enter what is voted on (the title).")))
        if preset is None:
            errors.append(FieldError("preset", QT_TRANSLATE_NOOP("VoteRules", "Choose the rule the vote follows.")))
            raise ValidationError(errors)
        kind = Kind(data.kind)
        if kind is Kind.ELECTION and preset is MEMBER_ASSEMBLY:
            preset = UNION_COMMITTEE  # a member assembly elects union bodies under the union's rules
        if kind not in preset.kinds:
            errors.append(FieldError("kind", QT_TRANSLATE_NOOP(
                "VoteRules", "Custom rules are for motions and selections. An election of a union body follows "
                "the union's election rules: choose \"Union committee election\".") if preset is CUSTOM
                else QT_TRANSLATE_NOOP("VoteRules", "This rule is for elections only.")))
        if kind is not Kind.MOTION and data.seats < 1:
            errors.append(FieldError("seats", QT_TRANSLATE_NOOP(
                "VoteRules", "Enter how many are to be elected or chosen (at least 1).")))
        base = preset.base or data.base
        threshold = preset.threshold or data.threshold
        quorum = preset.quorum or data.quorum
        if base is None:
            errors.append(FieldError("base", QT_TRANSLATE_NOOP(
                "VoteRules", "Choose the base the threshold is taken of: those due, those present or valid "
                "ballots.")))
        if threshold is None:
            errors.append(FieldError("threshold", QT_TRANSLATE_NOOP(
                "VoteRules", "Choose the threshold: more than half, two thirds or most votes.")))
        if quorum is None:
            errors.append(FieldError("quorum", QT_TRANSLATE_NOOP("VoteRules", "Choose the quorum.")))
        secret = True if preset.secret else bool(data.secret)
        if not secret and kind is not Kind.SELECTION:
            errors.append(FieldError("secret", QT_TRANSLATE_NOOP(
                "VoteRules", "Only a selection (e.g. of model workers) may be a named vote; elections and "
                "motions are secret.")))
        electorate = ElectorateKind(data.electorate_kind)
        department = (data.electorate_department or "").strip() or None
        if electorate is ElectorateKind.DEPARTMENT and not department:
            errors.append(FieldError("electorate_department", QT_TRANSLATE_NOOP(
                "VoteRules", "Choose the department whose members vote.")))
        if electorate is ElectorateKind.LIST and not data.elector_ids:
            errors.append(FieldError("elector_ids", QT_TRANSLATE_NOOP(
                "VoteRules", "Add the delegates who vote (the named list is empty).")))
        if data.entry_mode not in ENTRY_MODES:
            errors.append(FieldError("entry_mode", QT_TRANSLATE_NOOP("VoteRules", "Choose how ballots are counted.")))
        if errors:
            raise ValidationError(errors)
        return dict(
            title=title, meeting=data.meeting.strip(), kind=str(kind), preset=preset.key, base=str(base),
            threshold=str(threshold), quorum=str(quorum), secret=secret,
            seats=data.seats if kind is not Kind.MOTION else 0,
            candidate_order=str(CandidateOrder.ENTERED if kind is Kind.MOTION else CandidateOrder(data.candidate_order)),
            electorate_kind=str(electorate), electorate_department=department if electorate is ElectorateKind.DEPARTMENT
            else None, held_on=data.held_on, place=data.place.strip(), entry_mode=data.entry_mode,
            double_entry=bool(data.double_entry) and data.entry_mode == "ballots", hide_running=bool(data.hide_running),
            chief_scrutineer=data.chief_scrutineer.strip(), scrutineers=data.scrutineers.strip(),
            counters=data.counters.strip(), note=data.note.strip())

    def _keep_electorate(self, vote: Vote, values: dict) -> None:
        """A later round votes with the electorate frozen for the round before: it cannot change."""
        if (values["electorate_kind"], values["electorate_department"]) != (
                vote.electorate_kind, vote.electorate_department):
            raise ValidationError([FieldError("electorate_kind", QT_TRANSLATE_NOOP(
                "VoteRules", "A later round keeps the electorate of the round before; it cannot be changed."))])

    def _write_list(self, session: Session, vote: Vote, data: VoteInput) -> None:
        if is_frozen(vote):
            return
        session.execute(delete(VoteElector).where(VoteElector.vote_id == vote.id))
        if vote.electorate_kind == ElectorateKind.LIST and data.elector_ids:
            session.execute(insert(VoteElector.__table__),
                            [{"vote_id": vote.id, "member_id": m} for m in sorted(set(data.elector_ids))])

    def _write_candidates(self, session: Session, vote: Vote, candidates: Sequence[CandidateInput]) -> None:
        old = write_candidates(session, vote, candidates)
        self._check_scrutineers(session, vote)
        recorder.record(session, self._actor, "candidates", ENTITY, vote.id,
                        {"candidates": [old, [c.name for c in candidate_rows(session, vote.id)]]})

    def _check_scrutineers(self, session: Session, vote: Vote) -> None:
        """监票人 may not be candidates (docs/domain.md)."""
        if vote.kind != Kind.ELECTION:
            return
        tellers = _names(vote.chief_scrutineer) | _names(vote.scrutineers)
        both = sorted(tellers & {c.name for c in candidate_rows(session, vote.id)})
        if both:
            raise ValidationError([FieldError("scrutineers", QT_TRANSLATE_NOOP(
                "VoteRules", "{names}: a candidate cannot be a scrutineer of the same election.").format(
                    names="、".join(both)))])

_STATUS_WORDS = {
    VoteStatus.SETUP: QT_TRANSLATE_NOOP("VoteRules", "being set up"),
    VoteStatus.OPEN: QT_TRANSLATE_NOOP("VoteRules", "open for voting"),
    VoteStatus.COUNTING: QT_TRANSLATE_NOOP("VoteRules", "being counted"),
    VoteStatus.CLOSED: QT_TRANSLATE_NOOP("VoteRules", "closed"),
    VoteStatus.PUBLISHED: QT_TRANSLATE_NOOP("VoteRules", "published"),
    VoteStatus.VOID: QT_TRANSLATE_NOOP("VoteRules", "void"),
}


def _audited(values: Mapping) -> dict:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}


def _snapshot(outcome: Outcome) -> str:
    """The outcome as it stood at closing, kept with the vote for the record."""
    return json.dumps({
        "void": outcome.void, "base_value": outcome.base_value, "required": outcome.required,
        "valid": outcome.valid_ballots, "invalid": outcome.invalid_ballots,
        "results": [{"id": r.key, "yes": r.yes, "no": r.no, "abstain": r.abstain, "write_in": r.write_in,
                     "standing": str(r.standing)} for r in outcome.results],
        "elected": list(outcome.elected), "unfilled": outcome.unfilled,
        "next_step": None if outcome.next_step is None else {
            "step": str(outcome.next_step.step), "candidates": list(outcome.next_step.candidates),
            "seats": outcome.next_step.seats},
    }, ensure_ascii=False)

"""The life of a vote, as use cases: set up, print, record presence, open (quorum gate, electorate
frozen), record ballots issued and returned, enter ballots (tellers) or totals, close, publish, and
start a new round. Each runs in one transaction with its audit record, then announces the change.

Permissions: VOTES_SETUP for everything but entering ballots, which is VOTES_TELLER. The audit
trail records that a ballot was entered (teller pass and entry number), never what was on it.
"""

from __future__ import annotations

import datetime as dt
from typing import Mapping, Sequence, cast

from sqlalchemy import Table, delete, insert
from sqlalchemy.orm import Session

from desktop.domain.concurrency import check_version
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.errors import FieldError, RuleViolation, ValidationError
from desktop.domain.votes.candidates import write_candidates
from desktop.domain.votes.counting import (
    Kind,
)
from desktop.domain.votes.entities import Vote, VoteElector
from desktop.domain.votes.entry import MARKS, CountingMixin  # noqa: F401 - MARKS re-exported for callers
from desktop.domain.votes.ordering import CandidateOrder
from desktop.domain.votes.presets import CUSTOM, MEMBER_ASSEMBLY, PRESETS, UNION_COMMITTEE
from desktop.domain.votes.queries import (
    ENTITY, ElectorateKind, VoteStatus, candidate_rows, is_frozen, named_list,
)
from desktop.domain.votes.inputs import ENTRY_MODES, CandidateInput, VoteInput
from desktop.domain.votes.meeting import MeetingMixin
from desktop.domain.votes.rounds import RoundsMixin
from desktop.messages import QT_TRANSLATE_NOOP

def _names(text: str) -> set[str]:
    return {n for n in text.replace("，", ",").replace("、", ",").replace(" ", ",").split(",") if n}


class VoteService(CountingMixin, RoundsMixin, MeetingMixin):
    """Setting a vote up. The meeting (presence, printing, opening, paper counts, closing) is in
    meeting.py, counting (tellers, ballots, totals) in entry.py, the next round in rounds.py, who may
    stand and the candidate checks in candidates.py; what they share in service_base.py."""

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

    # -- helpers --------------------------------------------------------------------------------

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
            session.execute(insert(cast(Table, VoteElector.__table__)),
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



def _audited(values: Mapping) -> dict:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}


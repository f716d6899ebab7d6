"""Use cases that change the proposals register. Each checks the permission, validates, writes and
records the audit entry in ONE transaction, then announces the change. Views and the CLI call these.

Permissions: PROPOSALS_WRITE enters proposals and records 交办, 办理, 答复, 满意度 and 办结;
PROPOSALS_DECIDE records the committee's review (立案 …), opens sessions and changes the settings;
asking the congress to approve the accepted list is set up through the votes service (VOTES_SETUP).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.domain.concurrency import check_version
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.service_base import ServiceBase
from desktop.domain.errors import FieldError, NotFoundError, RuleViolation, ValidationError
from desktop.domain.members.entities import Member
from desktop.domain.proposals import rules
from desktop.domain.proposals.entities import (
    CongressSession, Proposal, ProposalSeconder, ProposalSetting, ProposalStep,
)
from desktop.domain.proposals.inputs import (
    ProposalInput, SessionInput, StepInput, validate_proposal, validate_session, validate_step,
)
from desktop.domain.proposals.settings import ProposalSettings, read_settings
from desktop.messages import QT_TRANSLATE_NOOP

CHANGE_KIND = "proposals"
PROPOSAL = "proposal"
SESSION = "congress_session"
_DECIDER_STEPS = {rules.REVIEW}


def records_of(proposal: Proposal) -> list[rules.StepRecord]:
    return [rules.StepRecord(s.step, s.decision, s.done_on, s.due_on, s.department, s.merged_into_id)
            for s in proposal.steps]


def _plain(values: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in values.items()}


class ProposalService(ServiceBase):
    CHANGE_KIND = CHANGE_KIND

    # -- sessions and settings ------------------------------------------------------------------

    def create_session(self, data: SessionInput) -> int:
        self._actor.require(Permission.PROPOSALS_DECIDE)
        errors = validate_session(data)
        if errors:
            raise ValidationError(errors)
        with self._db.transaction() as session:
            if session.scalar(select(CongressSession.id).where(CongressSession.name == data.name.strip())):
                raise ValidationError([FieldError("name", QT_TRANSLATE_NOOP(
                    "ProposalRules", "A session of this name exists already; pick it from the list."))])
            row = CongressSession(name=data.name.strip(), year=data.opened_on.year, opened_on=data.opened_on,
                                  seconders_required=data.seconders_required, answer_days=data.answer_days,
                                  created_by=self._actor.username)
            session.add(row)
            session.flush()
            recorder.record(session, self._actor, "create", SESSION, row.id, recorder.diff({}, _plain({
                "name": row.name, "opened_on": row.opened_on, "seconders_required": row.seconders_required,
                "answer_days": row.answer_days})))
            session_id = row.id
        self._publish({session_id}, "create")
        return session_id

    def change_settings(self, settings: ProposalSettings) -> None:
        self._actor.require(Permission.PROPOSALS_DECIDE)
        if any(m <= 0 for _, m in settings.score_sheet) or sum(m for _, m in settings.score_sheet) != 100:
            raise ValidationError([FieldError("score_sheet", QT_TRANSLATE_NOOP(
                "ProposalRules", "The score sheet's points must be positive and add up to 100."))])
        with self._db.transaction() as session:
            old = read_settings(session).stored()
            new = settings.stored()
            session.execute(delete(ProposalSetting))
            session.add_all(ProposalSetting(key=k, value=v) for k, v in new.items())
            recorder.record(session, self._actor, "update", "proposal_settings", None, recorder.diff(old, new))
        self._publish(set(), "settings")

    # -- proposals ------------------------------------------------------------------------------

    def create_proposal(self, data: ProposalInput) -> int:
        """Register a proposal (its first step, 征集) with the next number of its session."""
        self._actor.require(Permission.PROPOSALS_WRITE)
        with self._db.transaction() as session:
            congress = self._session(session, data.session_id)
            errors = validate_proposal(data, congress.seconders_required, self.today)
            if errors:
                raise ValidationError(errors)
            self._check_members(session, data)
            proposal = Proposal(number=self._next_number(session, congress), **data.file_values(),
                                filed_by=self._who, stage=rules.SUBMIT)
            session.add(proposal)
            session.flush()
            session.add_all(ProposalSeconder(proposal_id=proposal.id, member_id=m)
                            for m in dict.fromkeys(data.seconder_ids))
            session.add(ProposalStep(proposal_id=proposal.id, step=rules.SUBMIT, done_on=data.submitted_on,
                                     handler=self._who, recorded_by=self._actor.username))
            recorder.record(session, self._actor, "create", PROPOSAL, proposal.id, recorder.diff({}, _plain({
                "number": proposal.number, **data.file_values(), "seconder_ids": list(data.seconder_ids)})))
            proposal_id = proposal.id
        self._publish({proposal_id}, "create")
        return proposal_id

    def update_proposal(self, proposal_id: int, data: ProposalInput,
                        loaded_version: int | None = None) -> None:
        """Correct what was typed in; only before the review (the committee decided on that text)."""
        self._actor.require(Permission.PROPOSALS_WRITE)
        with self._db.transaction() as session:
            proposal = self._get(session, proposal_id)
            check_version(session, proposal, loaded_version, PROPOSAL, proposal_id)  # someone else saved meanwhile?
            if proposal.stage != rules.SUBMIT:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "ProposalRules", "The committee has reviewed this proposal; its text can no longer be changed."))
            data = replace(data, session_id=proposal.session_id)
            congress = self._session(session, proposal.session_id)
            errors = validate_proposal(data, congress.seconders_required, self.today)
            if errors:
                raise ValidationError(errors)
            self._check_members(session, data)
            old = {k: getattr(proposal, k) for k in data.file_values()}
            old["seconder_ids"] = [s.member_id for s in proposal.seconders]
            for key, value in data.file_values().items():
                setattr(proposal, key, value)
            session.execute(delete(ProposalSeconder).where(ProposalSeconder.proposal_id == proposal_id))
            session.expire(proposal, ["seconders"])
            session.add_all(ProposalSeconder(proposal_id=proposal_id, member_id=m)
                            for m in dict.fromkeys(data.seconder_ids))
            changes = recorder.diff(_plain(old), _plain({**data.file_values(),
                                                         "seconder_ids": list(data.seconder_ids)}))
            if not changes:
                return
            proposal.updated_at = utc_now()
            recorder.record(session, self._actor, "update", PROPOSAL, proposal_id, changes)
        self._publish({proposal_id})

    def record_step(self, proposal_id: int, data: StepInput) -> int:
        """Record one step (审查, 交办, 办理, 答复, 满意度, 办结)."""
        self._actor.require(Permission.PROPOSALS_DECIDE if data.step in _DECIDER_STEPS
                            else Permission.PROPOSALS_WRITE)
        with self._db.transaction() as session:
            proposal = self._get(session, proposal_id)
            records = records_of(proposal)
            problem = rules.step_not_allowed(records, data.step)
            if problem is not None:
                raise RuleViolation(problem)
            errors = validate_step(data, records[-1].done_on, self.today)
            if errors:
                raise ValidationError(errors)
            if data.step == rules.REVIEW and data.decision == rules.MERGE:
                self._check_merge(session, proposal, data.merged_into_id)
            congress = self._session(session, proposal.session_id)
            step = ProposalStep(
                proposal_id=proposal_id, step=data.step, decision=data.decision, done_on=data.done_on,
                handler=data.handler.strip() or self._who, text=data.text.strip(),
                department=data.department.strip(), due_on=self._due(data, congress),
                merged_into_id=data.merged_into_id if data.decision == rules.MERGE else None,
                recorded_by=self._actor.username)
            session.add(step)
            session.flush()
            recorder.record(session, self._actor, "proposal_step", PROPOSAL, proposal_id, recorder.diff({}, _plain({
                "step": step.step, "decision": step.decision, "done_on": step.done_on, "handler": step.handler,
                "department": step.department, "due_on": step.due_on, "merged_into_id": step.merged_into_id,
                "text": step.text})))
            session.expire(proposal, ["steps"])
            self._apply_state(proposal)
            step_id = step.id
        self._publish({proposal_id})
        return step_id

    def _due(self, data: StepInput, congress: CongressSession) -> dt.date | None:
        """交办 has a deadline (typed, or the session's answer days); so has the return after 不满意."""
        if data.step == rules.ASSIGN:
            return data.due_on or data.done_on + dt.timedelta(days=congress.answer_days)
        if data.step == rules.FEEDBACK and data.decision == rules.UNSATISFIED:
            return data.due_on or data.done_on + dt.timedelta(days=congress.answer_days)
        return None

    @staticmethod
    def _check_merge(session: Session, proposal: Proposal, other_id: int | None) -> None:
        other = session.get(Proposal, other_id) if other_id is not None else None
        if other is None or other.id == proposal.id or other.session_id != proposal.session_id:
            raise ValidationError([FieldError("merged_into_id", QT_TRANSLATE_NOOP(
                "ProposalRules", "Merge only with another proposal of the same session."))])
        if other.decision == rules.MERGE:
            raise ValidationError([FieldError("merged_into_id", QT_TRANSLATE_NOOP(
                "ProposalRules", "That proposal was itself merged into another; merge with that one."))])

    @staticmethod
    def _apply_state(proposal: Proposal) -> None:
        state = rules.fold(records_of(proposal))
        proposal.stage = state.stage
        proposal.status = "closed" if state.closed else "open"
        proposal.decision = state.decision
        proposal.merged_into_id = state.merged_into_id
        proposal.department = state.department
        proposal.due_on = state.due_on
        proposal.answered_on = state.answered_on
        proposal.answered_in_time = state.answered_in_time
        proposal.satisfaction = state.satisfaction
        proposal.returned = state.returned
        proposal.closed_on = state.closed_on
        proposal.updated_at = utc_now()

    # -- the congress's approval ----------------------------------------------------------------

    def link_vote(self, session_id: int, vote_id: int, mode: str, item_ids: dict[int, int]) -> None:
        """Remember the motion that puts the accepted list to the congress (item id per proposal)."""
        self._actor.require(Permission.VOTES_SETUP)
        with self._db.transaction() as session:
            congress = self._session(session, session_id)
            congress.vote_id, congress.vote_mode = vote_id, mode
            for proposal_id, item_id in item_ids.items():
                proposal = self._get(session, proposal_id)
                proposal.vote_item_id, proposal.approved = item_id, None
            recorder.record(session, self._actor, "proposal_vote", SESSION, session_id,
                            {"vote_id": [None, vote_id], "mode": [None, mode], "proposals": [None, len(item_ids)]})
        self._publish(set(item_ids), "update")

    def record_vote_result(self, session_id: int, passed_item_ids: set[int]) -> int:
        """Write the motion's result back onto the proposals; returns how many were approved."""
        self._actor.require(Permission.PROPOSALS_WRITE)
        with self._db.transaction() as session:
            congress = self._session(session, session_id)
            proposals = session.scalars(select(Proposal).where(Proposal.session_id == session_id,
                                                               Proposal.vote_item_id.is_not(None))).all()
            for proposal in proposals:
                proposal.approved = proposal.vote_item_id in passed_item_ids
            approved = sum(1 for p in proposals if p.approved)
            recorder.record(session, self._actor, "proposal_vote_result", SESSION, session_id,
                            {"vote_id": [None, congress.vote_id], "approved": [None, approved],
                             "not_approved": [None, len(proposals) - approved]})
            ids = {p.id for p in proposals}
        self._publish(ids)
        return approved

    # -- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _check_members(session: Session, data: ProposalInput) -> None:
        wanted = {data.lead_id, *data.seconder_ids}
        found = set(session.scalars(select(Member.id).where(Member.id.in_(wanted), Member.deleted_at.is_(None))))
        if data.lead_id not in found:
            raise ValidationError([FieldError("lead_id", QT_TRANSLATE_NOOP(
                "ProposalRules", "Pick the lead proposer (领衔人) from the member register."))])
        if wanted - found:
            raise ValidationError([FieldError("seconder_ids", QT_TRANSLATE_NOOP(
                "ProposalRules", "A seconder is no longer in the member register; remove them."))])

    @staticmethod
    def _next_number(session: Session, congress: CongressSession) -> str:
        prefix = f"{congress.year}-"
        last = session.scalar(select(func.max(Proposal.number)).where(Proposal.session_id == congress.id))
        sequence = int(last[len(prefix):]) + 1 if last and last.startswith(prefix) else 1
        return rules.format_number(congress.year, sequence)

    @staticmethod
    def _session(session: Session, session_id: int) -> CongressSession:
        congress = session.get(CongressSession, session_id)
        if congress is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("ProposalRules", "This congress session no longer exists."))
        return congress

    @staticmethod
    def _get(session: Session, proposal_id: int) -> Proposal:
        proposal = session.get(Proposal, proposal_id)
        if proposal is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "ProposalRules", "This proposal no longer exists. Refresh the list."))
        return proposal


__all__ = ["CHANGE_KIND", "ProposalService"]

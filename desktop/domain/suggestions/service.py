"""Use cases that change the suggestions register (合理化建议). Each checks the permission,
validates, writes and records the audit entry in one transaction, then announces the change.

Permissions: PROPOSALS_WRITE enters suggestions and records their implementation; PROPOSALS_DECIDE
scores, decides and rewards. The reward is paid as a ledger line through the funds service
(FUNDS_WRITE, under 专项业务费 50303): the ledger line is written first, then the reward step with
the line's id; if the second write fails, the line is deleted again (its month is open: it was
just written), so the books and the register never disagree.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.domain.concurrency import check_version
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.service_base import ServiceBase
from desktop.domain.errors import FieldError, NotFoundError, RuleViolation, ValidationError
from desktop.domain.funds.categories import SUGGESTION_REWARDS
from desktop.domain.funds.inputs import EntryInput
from desktop.domain.funds.service import FundsService
from desktop.domain.members.entities import Member
from desktop.domain.proposals.settings import read_settings
from desktop.domain.suggestions import rules
from desktop.domain.suggestions.entities import Suggestion, SuggestionProposer, SuggestionScore, SuggestionStep
from desktop.domain.suggestions.inputs import (
    DecisionInput, ImplementationInput, RewardInput, ScoreInput, SuggestionInput, validate_decision,
    validate_implementation, validate_reward, validate_score, validate_suggestion,
)
from desktop.messages import QT_TRANSLATE_NOOP

CHANGE_KIND = "suggestions"
SUGGESTION = "suggestion"


def records_of(suggestion: Suggestion) -> list[rules.StepRecord]:
    return [rules.StepRecord(s.step, s.decision, s.done_on) for s in suggestion.steps]


def _plain(values: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, dt.date) else f"{v:.2f}" if isinstance(v, Decimal) else v)
            for k, v in values.items()}


class SuggestionService(ServiceBase):
    CHANGE_KIND = CHANGE_KIND

    def create(self, data: SuggestionInput) -> int:
        """Register a suggestion (受理) with the next number of its year."""
        self._actor.require(Permission.PROPOSALS_WRITE)
        errors = validate_suggestion(data, self.today)
        if errors:
            raise ValidationError(errors)
        with self._db.transaction() as session:
            self._check_members(session, data.proposer_ids)
            row = Suggestion(number=self._next_number(session, data.submitted_on.year), **data.file_values(),
                             stage=rules.RECEIVE, filed_by=self._who)
            session.add(row)
            session.flush()
            session.add_all(SuggestionProposer(suggestion_id=row.id, member_id=m)
                            for m in dict.fromkeys(data.proposer_ids))
            session.add(SuggestionStep(suggestion_id=row.id, step=rules.RECEIVE, done_on=data.submitted_on,
                                       handler=self._who, recorded_by=self._actor.username))
            recorder.record(session, self._actor, "create", SUGGESTION, row.id, recorder.diff({}, _plain({
                "number": row.number, **data.file_values(), "proposer_ids": list(data.proposer_ids)})))
            suggestion_id = row.id
        self._publish({suggestion_id}, "create")
        return suggestion_id

    def update(self, suggestion_id: int, data: SuggestionInput,
               loaded_version: int | None = None) -> None:
        """Correct what was typed in; only before the first score."""
        self._actor.require(Permission.PROPOSALS_WRITE)
        errors = validate_suggestion(data, self.today)
        if errors:
            raise ValidationError(errors)
        with self._db.transaction() as session:
            row = self._get(session, suggestion_id)
            check_version(session, row, loaded_version, SUGGESTION, suggestion_id)  # someone else saved meanwhile?
            if row.stage != rules.RECEIVE:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "SuggestionRules", "The suggestion has been scored; its text can no longer be changed."))
            self._check_members(session, data.proposer_ids)
            old = {k: getattr(row, k) for k in data.file_values()}
            old["proposer_ids"] = [p.member_id for p in row.proposers]
            for key, value in data.file_values().items():
                setattr(row, key, value)
            session.execute(delete(SuggestionProposer).where(SuggestionProposer.suggestion_id == suggestion_id))
            session.expire(row, ["proposers"])
            session.add_all(SuggestionProposer(suggestion_id=suggestion_id, member_id=m)
                            for m in dict.fromkeys(data.proposer_ids))
            changes = recorder.diff(_plain(old), _plain({**data.file_values(),
                                                         "proposer_ids": list(data.proposer_ids)}))
            if not changes:
                return
            row.updated_at = utc_now()
            recorder.record(session, self._actor, "update", SUGGESTION, suggestion_id, changes)
        self._publish({suggestion_id})

    def score(self, suggestion_id: int, data: ScoreInput) -> int:
        """One reviewer's scores on the current sheet; the suggestion's score is the average."""
        self._actor.require(Permission.PROPOSALS_DECIDE)
        with self._db.transaction() as session:
            row = self._allowed(session, suggestion_id, rules.REVIEW)
            sheet = read_settings(session).score_sheet
            errors = validate_score(data, sheet, self.today) + self._order_error(row, data.scored_on)
            if errors:
                raise ValidationError(errors)
            if any(s.reviewer == data.reviewer.strip() for s in row.scores):
                raise ValidationError([FieldError("reviewer", QT_TRANSLATE_NOOP(
                    "SuggestionRules", "This reviewer has scored the suggestion already."))])
            total = rules.sheet_total(data.points)
            score = SuggestionScore(
                suggestion_id=suggestion_id, reviewer=data.reviewer.strip(), scored_on=data.scored_on,
                sheet=json.dumps([[n, m, str(p)] for (n, m), p in zip(sheet, data.points)], ensure_ascii=False),
                total=total, comment=data.comment.strip(), recorded_by=self._actor.username)
            session.add(score)
            session.add(SuggestionStep(suggestion_id=suggestion_id, step=rules.REVIEW, done_on=data.scored_on,
                                       handler=score.reviewer, amount=total, recorded_by=self._actor.username))
            session.flush()
            session.expire(row, ["scores", "steps"])
            row.score = rules.average([s.total for s in row.scores])
            row.reviews = len(row.scores)
            recorder.record(session, self._actor, "suggestion_score", SUGGESTION, suggestion_id, {
                "reviewer": [None, score.reviewer], "total": [None, f"{total:.2f}"],
                "average": [None, f"{row.score:.2f}"]})
            self._apply_state(row)
            score_id = score.id
        self._publish({suggestion_id})
        return score_id

    def decide(self, suggestion_id: int, data: DecisionInput) -> None:
        self._actor.require(Permission.PROPOSALS_DECIDE)
        errors = validate_decision(data, self.today)
        if errors:
            raise ValidationError(errors)
        self._record(suggestion_id, rules.DECIDE, data.done_on, decision=data.decision, text=data.reason.strip())

    def implement(self, suggestion_id: int, data: ImplementationInput) -> None:
        self._actor.require(Permission.PROPOSALS_WRITE)
        errors = validate_implementation(data, self.today)
        if errors:
            raise ValidationError(errors)
        self._record(suggestion_id, rules.IMPLEMENT, data.done_on, text=data.text.strip(),
                     department=data.department.strip(), amount=data.actual_benefit)

    def close(self, suggestion_id: int, done_on: dt.date, text: str = "") -> None:
        """办结 without a reward."""
        self._actor.require(Permission.PROPOSALS_WRITE)
        self._record(suggestion_id, rules.CLOSE, done_on, text=text.strip())

    def reward(self, suggestion_id: int, data: RewardInput) -> int:
        """Pay the reward as a ledger line (through the funds service) and record it; returns the
        ledger line's id."""
        self._actor.require(Permission.PROPOSALS_DECIDE)
        self._actor.require(Permission.FUNDS_WRITE)
        errors = validate_reward(data, self.today)
        if errors:
            raise ValidationError(errors)
        with self._db.session() as session:
            row = self._allowed(session, suggestion_id, rules.REWARD)
            order = self._order_error(row, data.paid_on)
            if order:
                raise ValidationError(order)
            note = f"合理化建议奖励 {row.number} {rules.GRADE_ZH[data.grade]}：{row.title}"[:200]
            payee = self._payee(session, row)
        funds = FundsService(self._db, self._actor, self.today)
        entry_id = funds.add_entry(EntryInput(data.paid_on, SUGGESTION_REWARDS, data.amount, counterparty=payee,
                                              voucher_no=data.voucher_no, note=note))
        try:
            self._record(suggestion_id, rules.REWARD, data.paid_on, decision=data.grade, amount=data.amount,
                         entry_id=entry_id)
        except Exception:
            funds.delete_entry(entry_id)
            raise
        return entry_id

    # -- helpers --------------------------------------------------------------------------------

    def _record(self, suggestion_id: int, step: str, done_on: dt.date, decision: str = "", text: str = "",
                department: str = "", amount: Decimal = Decimal("0"), entry_id: int | None = None) -> None:
        with self._db.transaction() as session:
            row = self._allowed(session, suggestion_id, step)
            order = self._order_error(row, done_on)
            if order:
                raise ValidationError(order)
            if step == rules.DECIDE and not row.scores:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "SuggestionRules", "Record at least one reviewer's scores before deciding."))
            session.add(SuggestionStep(suggestion_id=suggestion_id, step=step, decision=decision, done_on=done_on,
                                       handler=self._who, text=text, department=department, amount=amount,
                                       recorded_by=self._actor.username))
            if step == rules.IMPLEMENT:
                row.implemented_on, row.actual_benefit = done_on, amount
                row.department = department or row.department
            if step == rules.REWARD:
                row.reward_grade, row.reward_amount = decision, amount
                row.reward_entry_id, row.rewarded_on = entry_id, done_on
            session.flush()
            session.expire(row, ["steps"])
            recorder.record(session, self._actor, "suggestion_step", SUGGESTION, suggestion_id, recorder.diff({}, _plain({
                "step": step, "decision": decision, "done_on": done_on, "department": department,
                "amount": amount if amount else None, "fund_entry_id": entry_id, "text": text})))
            self._apply_state(row)
        self._publish({suggestion_id})

    def _allowed(self, session: Session, suggestion_id: int, step: str) -> Suggestion:
        row = self._get(session, suggestion_id)
        problem = rules.step_not_allowed(records_of(row), step)
        if problem is not None:
            raise RuleViolation(problem)
        return row

    @staticmethod
    def _order_error(row: Suggestion, day: dt.date) -> list[FieldError]:
        last = max(s.done_on for s in row.steps)
        if day < last:
            return [FieldError("done_on", QT_TRANSLATE_NOOP(
                "SuggestionRules", "The date is before the suggestion's last recorded step; steps are recorded "
                "in order."))]
        return []

    @staticmethod
    def _apply_state(row: Suggestion) -> None:
        state = rules.fold(records_of(row))
        row.stage, row.decision = state.stage, state.decision
        row.status = "closed" if state.closed else "open"
        row.updated_at = utc_now()

    @staticmethod
    def _payee(session: Session, row: Suggestion) -> str:
        names = session.scalars(select(Member.name).join(SuggestionProposer, SuggestionProposer.member_id == Member.id)
                                .where(SuggestionProposer.suggestion_id == row.id)
                                .order_by(SuggestionProposer.id)).all()
        return ("、".join(names) or row.team)[:100]

    @staticmethod
    def _check_members(session: Session, ids: tuple[int, ...]) -> None:
        if not ids:
            return
        found = set(session.scalars(select(Member.id).where(Member.id.in_(ids), Member.deleted_at.is_(None))))
        if set(ids) - found:
            raise ValidationError([FieldError("proposer_ids", QT_TRANSLATE_NOOP(
                "SuggestionRules", "A proposer is no longer in the member register; remove them."))])

    @staticmethod
    def _next_number(session: Session, year: int) -> str:
        prefix = f"JY{year}-"
        last = session.scalar(select(func.max(Suggestion.number)).where(Suggestion.number.like(prefix + "%")))
        return rules.format_number(year, int(last[len(prefix):]) + 1 if last else 1)

    @staticmethod
    def _get(session: Session, suggestion_id: int) -> Suggestion:
        row = session.get(Suggestion, suggestion_id)
        if row is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "SuggestionRules", "This suggestion no longer exists. Refresh the list."))
        return row


__all__ = ["CHANGE_KIND", "SuggestionService"]

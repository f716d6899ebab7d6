"""Use cases that change rights cases. Each checks the permission, validates, writes and records
the audit entry in ONE transaction, then announces the change. Views and the CLI call these."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desktop.domain.concurrency import check_version
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.errors import FieldError, NotFoundError, RuleViolation, ValidationError
from desktop.domain.members.entities import Member
from desktop.domain.rights import rules
from desktop.domain.rights.entities import RightsCase, RightsCaseMember, RightsCaseStep
from desktop.domain.rights.inputs import CaseInput, StepInput, validate_case, validate_step
from desktop.domain.service_base import ServiceBase
from desktop.messages import QT_TRANSLATE_NOOP

CHANGE_KIND = "rights"
CASE = "rights_case"
HIDDEN = "******"
# Audit values of these fields are never written in clear (the trail is read by more people).
SECRET_FIELDS = {"injury_detail"}


def records_of(case: RightsCase) -> list[rules.StepRecord]:
    return [rules.StepRecord(s.step, s.outcome, s.done_on, s.amount) for s in case.steps]


def _plain(value):
    return f"{value:.2f}" if isinstance(value, Decimal) else value


def audit_values(old: dict, new: dict) -> dict:
    changes = recorder.diff({k: _plain(v) for k, v in old.items()}, {k: _plain(v) for k, v in new.items()})
    for key in SECRET_FIELDS & changes.keys():
        changes[key] = ["***" if changes[key][0] not in (None, "") else None, "***"]
    return changes


class RightsService(ServiceBase):
    CHANGE_KIND = CHANGE_KIND

    # -- cases ----------------------------------------------------------------------------------

    def create_case(self, data: CaseInput) -> int:
        """Register a request (its first step, 登记, on the day it was received)."""
        self._actor.require(Permission.RIGHTS_WRITE)
        errors = validate_case(data, self.today)
        if errors:
            raise ValidationError(errors)
        with self._db.transaction() as session:
            self._check_members(session, data)
            case = RightsCase(case_no=self._next_case_no(session, data.received_on.year), **data.file_values(),
                              filed_by=self._actor.display_name or self._actor.username)
            session.add(case)
            session.flush()
            self._write_members(session, case.id, data)
            session.add(RightsCaseStep(case_id=case.id, step=rules.RECEIVE, done_on=data.received_on,
                                       handler=case.filed_by, summary=data.channel.strip(),
                                       recorded_by=self._actor.username))
            case.stage = rules.RECEIVE
            recorder.record(session, self._actor, "create", CASE, case.id, audit_values(
                {}, {"case_no": case.case_no, **data.file_values(), "other_members": list(data.other_members)}))
            case_id = case.id
        self._publish({case_id}, "create")
        return case_id

    def update_case(self, case_id: int, data: CaseInput,
                    loaded_version: int | None = None) -> None:
        """Change a case's registration. Injury details still shown masked keep their stored value."""
        self._actor.require(Permission.RIGHTS_WRITE)
        with self._db.transaction() as session:
            case = self._get(session, case_id)
            check_version(session, case, loaded_version, CASE, case_id)  # someone else saved meanwhile?
            if data.injury_detail == HIDDEN:
                from dataclasses import replace
                data = replace(data, injury_detail=case.injury_detail)
            errors = validate_case(data, self.today)
            if errors:
                raise ValidationError(errors)
            if case.member_id != data.member_id:
                raise ValidationError([FieldError("member_id", QT_TRANSLATE_NOOP(
                    "RightsRules", "The applicant of a case cannot be changed; register a new case instead."))])
            self._check_members(session, data)
            old = {k: getattr(case, k) for k in data.file_values()}
            old["other_members"] = [p.member_id for p in case.parties]
            for key, value in data.file_values().items():
                setattr(case, key, value)
            session.execute(delete(RightsCaseMember).where(RightsCaseMember.case_id == case_id))
            session.expire(case, ["parties"])
            self._write_members(session, case_id, data)
            changes = audit_values(old, {**data.file_values(), "other_members": list(data.other_members)})
            if not changes:
                return
            case.updated_at = utc_now()
            recorder.record(session, self._actor, "update", CASE, case_id, changes)
        self._publish({case_id})

    @staticmethod
    def _check_members(session: Session, data: CaseInput) -> None:
        wanted = {data.member_id, *data.other_members}
        found = set(session.scalars(select(Member.id).where(Member.id.in_(wanted), Member.deleted_at.is_(None))))
        if data.member_id not in found:
            raise ValidationError([FieldError("member_id", QT_TRANSLATE_NOOP(
                "RightsRules", "Pick the worker who asks for help from the member register."))])
        if wanted - found:
            raise ValidationError([FieldError("other_members", QT_TRANSLATE_NOOP(
                "RightsRules", "A member listed in the group is no longer in the register; remove them."))])

    @staticmethod
    def _write_members(session: Session, case_id: int, data: CaseInput) -> None:
        if not data.collective:
            return
        for member_id in dict.fromkeys(data.other_members):
            if member_id != data.member_id:
                session.add(RightsCaseMember(case_id=case_id, member_id=member_id))

    @staticmethod
    def _next_case_no(session: Session, year: int) -> str:
        prefix = f"WQ{year}-"
        last = session.scalar(select(func.max(RightsCase.case_no)).where(RightsCase.case_no.like(prefix + "%")))
        number = int(last[len(prefix):]) + 1 if last else 1
        return f"{prefix}{number:03d}"

    # -- steps ----------------------------------------------------------------------------------

    def record_step(self, case_id: int, data: StepInput) -> int:
        """Record one step of the timeline (受理, a mediation session, the result, 结案 …)."""
        self._actor.require(Permission.RIGHTS_WRITE)
        with self._db.transaction() as session:
            case = self._get(session, case_id)
            records = records_of(case)
            problem = rules.step_not_allowed(records, data.step)
            if problem is not None:
                raise RuleViolation(problem)
            last_on = max((r.done_on for r in records), default=None)
            errors = validate_step(data, case.received_on, last_on, self.today)
            if errors:
                raise ValidationError(errors)
            step = RightsCaseStep(
                case_id=case_id, step=data.step, outcome=data.outcome if data.step in (rules.RESULT, rules.CLOSE)
                else "", done_on=data.done_on, handler=data.handler.strip() or self._actor.display_name
                or self._actor.username, participants=data.participants.strip(), summary=data.summary.strip(),
                reason=data.reason.strip(), referral=data.referral, terms=data.terms.strip(), amount=data.amount,
                recorded_by=self._actor.username)
            session.add(step)
            session.flush()
            recorder.record(session, self._actor, "rights_step", CASE, case_id, audit_values({}, {
                "step": data.step, "outcome": step.outcome, "done_on": data.done_on, "handler": step.handler,
                "referral": data.referral, "amount": data.amount if data.amount else None,
                "reason": step.reason}))
            session.expire(case, ["steps"])
            self._apply_state(case)
            step_id = step.id
        self._publish({case_id})
        return step_id

    @staticmethod
    def _apply_state(case: RightsCase) -> None:
        state = rules.fold(records_of(case))
        case.stage = state.stage
        case.status = "closed" if state.closed else "open"
        case.outcome = state.outcome
        case.closed_on = state.closed_on
        case.accepted_on = state.accepted_on
        case.mediation_due = state.mediation_due
        case.amount_recovered = state.amount_recovered
        case.updated_at = utc_now()

    @staticmethod
    def _get(session: Session, case_id: int) -> RightsCase:
        case = session.get(RightsCase, case_id)
        if case is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("RightsRules", "This case no longer exists. Refresh the list."))
        return case


__all__ = ["CHANGE_KIND", "HIDDEN", "RightsService"]

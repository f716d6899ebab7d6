"""Use cases that change hardship cases. Each checks the permission, validates, writes and records
the audit entry in ONE transaction, then announces the change. Views and the CLI call these.
Payments are in payments.py, the retention period in retention.py."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from desktop.domain.concurrency import check_version
from desktop.domain.accounts.permissions import Permission
from desktop.domain.aid import workflow
from desktop.domain.aid.entities import AidCase, AidCaseStep, AidHouseholdMember
from desktop.domain.aid.inputs import CaseInput, validate_case
from desktop.domain.aid.payments import PaymentsMixin
from desktop.domain.aid.retention import RetentionMixin
from desktop.domain.aid.service_base import CASE, SECRET_FIELDS, records_of
from desktop.domain.aid.settings import line_on, read_settings
from desktop.domain.aid.tiers import TierFigures, TierResult, compute_tier
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.errors import FieldError, RuleViolation, ValidationError
from desktop.domain.members.entities import Member
from desktop.messages import QT_TRANSLATE_NOOP, Message


class DuplicateCase(RuleViolation):
    """A second open case for a household that has one; `case_id` is the existing case."""

    def __init__(self, message: Message, case_id: int, case_no: str):
        super().__init__(message)
        self.case_id = case_id
        self.case_no = case_no


def _fingerprint(people) -> str:
    """The household as one comparable text (whether it changed; never written in clear)."""
    return ";".join(f"{p.name.strip()}|{p.relation}|{p.birth_date}|{p.health}|{p.work_or_school.strip()}|"
                    f"{p.monthly_income:.2f}|{p.id_number.strip().upper()}|{p.member_id}" for p in people)


def keep_masked(case: AidCase, data: CaseInput) -> CaseInput:
    """`data` with every value that is still masked replaced by the stored one."""
    from dataclasses import replace

    from desktop.domain.aid.queries import HIDDEN
    values = {f: getattr(case, f) for f in ("health", "health_detail", "disability_type", "disability_grade")
              if getattr(data, f) == HIDDEN}
    if "*" in data.bank_card_no:
        values["bank_card_no"] = case.bank_card_no
    stored = {p.name: p for p in case.household}
    household = []
    for person in data.household:
        old = stored.get(person.name.strip())
        if old is not None:
            if "*" in person.id_number:
                person = replace(person, id_number=old.id_number)
            if person.health == HIDDEN:
                person = replace(person, health=old.health)
        household.append(person)
    return replace(data, household=tuple(household), **values)


def tier_of(session: Session, data: CaseInput) -> TierResult:
    line = line_on(session, data.assessed_on or data.opened_on)
    return compute_tier(TierFigures(data.yearly_income, data.rigid_spending, data.household_size,
                                    data.accident_costs), line)


class AidService(PaymentsMixin, RetentionMixin):
    # -- cases ----------------------------------------------------------------------------------

    def create_case(self, data: CaseInput) -> int:
        """Open a case (its first step, 申请, recorded on the application day)."""
        self._actor.require(Permission.AID_WRITE)
        errors = validate_case(data, self.today)
        if errors:
            raise ValidationError(errors)
        with self._db.transaction() as session:
            member = session.get(Member, data.member_id)
            if member is None or member.deleted_at is not None:
                raise ValidationError([FieldError("member_id", QT_TRANSLATE_NOOP(
                    "AidRules", "Pick the applicant from the member register."))])
            self._check_one_household(session, data, None)
            tier = tier_of(session, data)
            case = AidCase(case_no=self._next_case_no(session, data.opened_on.year), **data.file_values())
            self._set_tier(case, data, tier)
            case.filed_by = self._actor.display_name or self._actor.username
            session.add(case)
            session.flush()
            self._write_household(session, case, data)
            session.add(AidCaseStep(case_id=case.id, step=workflow.APPLY, decision=workflow.SUBMITTED,
                                    decided_on=data.opened_on, decided_by=self._actor.username, reason=""))
            case.stage = workflow.APPLY
            recorder.record(session, self._actor, "create", CASE, case.id, self._audit_values(
                {}, {"case_no": case.case_no, **data.file_values(), "tier": case.tier,
                     "household": len(data.household)}))
            case_id = case.id
        self._publish({case_id}, "create")
        return case_id

    def update_case(self, case_id: int, data: CaseInput,
                    loaded_version: int | None = None) -> None:
        """Change a case's file. Values still masked in `data` (as the queries gave them, not
        revealed in the dialog) keep their stored values."""
        self._actor.require(Permission.AID_WRITE)
        with self._db.transaction() as session:
            case = self._get(session, case_id)
            check_version(session, case, loaded_version, CASE, case_id)  # someone else saved meanwhile?
            data = keep_masked(case, data)
            errors = validate_case(data, self.today)
            if errors:
                raise ValidationError(errors)
            if case.purged_on is not None:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "AidRules", "The personal data of this case was purged after the retention period; "
                    "it cannot be edited."))
            if case.member_id != data.member_id:
                raise ValidationError([FieldError("member_id", QT_TRANSLATE_NOOP(
                    "AidRules", "The applicant of a case cannot be changed; open a new case instead."))])
            if case.status == "open":
                self._check_one_household(session, data, case_id)
            old = {k: getattr(case, k) for k in data.file_values()}
            old.update(tier=case.tier, household=self._household_fingerprint(case))
            for key, value in data.file_values().items():
                setattr(case, key, value)
            self._set_tier(case, data, tier_of(session, data))
            session.execute(delete(AidHouseholdMember).where(AidHouseholdMember.case_id == case_id))
            session.expire(case, ["household"])
            self._write_household(session, case, data)
            new = {**data.file_values(), "tier": case.tier, "household": _fingerprint(data.household)}
            changes = self._audit_values(old, new)
            if not changes:
                return
            case.updated_at = utc_now()
            recorder.record(session, self._actor, "update", CASE, case_id, changes)
        self._publish({case_id})

    @staticmethod
    def _household_fingerprint(case: AidCase) -> str:
        return _fingerprint(case.household)

    @staticmethod
    def _audit_values(old: dict, new: dict) -> dict:
        """The audited difference, with health, bank card and household details replaced by "changed"."""
        def plain(value):
            return f"{value:.2f}" if isinstance(value, Decimal) else value
        changes = recorder.diff({k: plain(v) for k, v in old.items()}, {k: plain(v) for k, v in new.items()})
        for key in SECRET_FIELDS & changes.keys():
            changes[key] = ["***" if changes[key][0] not in (None, "") else None, "***"]
        return changes

    @staticmethod
    def _set_tier(case: AidCase, data: CaseInput, tier: TierResult) -> None:
        case.tier_computed = tier.tier
        case.poverty_line = tier.line
        case.tier = data.tier_override or tier.tier
        case.tier_override_reason = data.tier_override_reason.strip() if data.tier_override else ""

    @staticmethod
    def _write_household(session: Session, case: AidCase, data: CaseInput) -> None:
        for person in data.household:
            session.add(AidHouseholdMember(
                case_id=case.id, name=person.name.strip(), relation=person.relation, birth_date=person.birth_date,
                health=person.health, work_or_school=person.work_or_school.strip(),
                monthly_income=person.monthly_income, id_number=person.id_number.strip().upper(),
                member_id=person.member_id))

    @staticmethod
    def _next_case_no(session: Session, year: int) -> str:
        prefix = f"BF{year}-"
        last = session.scalar(select(func.max(AidCase.case_no)).where(AidCase.case_no.like(prefix + "%")))
        number = int(last[len(prefix):]) + 1 if last else 1
        return f"{prefix}{number:03d}"

    def _check_one_household(self, session: Session, data: CaseInput, case_id: int | None) -> None:
        """One household, one file: no second open case for the applicant or anyone in the household
        who is the applicant or a household member of another open case."""
        people = {data.member_id} | {p.member_id for p in data.household if p.member_id}
        id_numbers = {p.id_number.strip().upper() for p in data.household if p.id_number.strip()}
        applicant_id = session.scalar(select(Member.id_number).where(Member.id == data.member_id))
        if applicant_id:
            id_numbers.add(applicant_id)
        household_ids = select(Member.id).where(Member.id_number.in_(id_numbers)) if id_numbers else None
        conditions = [AidCase.member_id.in_(people)]
        if household_ids is not None:
            conditions.append(AidCase.member_id.in_(household_ids))
        in_household = select(AidHouseholdMember.case_id).where(or_(
            AidHouseholdMember.member_id.in_(people),
            AidHouseholdMember.id_number.in_(id_numbers) if id_numbers else False))
        conditions.append(AidCase.id.in_(in_household))
        statement = (select(AidCase.id, AidCase.case_no, Member.name).join(Member, Member.id == AidCase.member_id)
                     .where(AidCase.status == "open", or_(*conditions)))
        if case_id is not None:
            statement = statement.where(AidCase.id != case_id)
        other = session.execute(statement.order_by(AidCase.id).limit(1)).first()
        if other is not None:
            raise DuplicateCase(QT_TRANSLATE_NOOP(
                "AidRules", "This household already has an open case, {case_no} ({name}); one household has one "
                "file. Open case {case_no} instead.").format(case_no=other.case_no, name=other.name),
                other.id, other.case_no)

    # -- workflow -------------------------------------------------------------------------------

    def record_step(self, case_id: int, step: str, decision: str, reason: str = "",
                    on: dt.date | None = None, skip_reason: str = "") -> None:
        """Record one workflow decision (and, with a skip reason, the skipped steps before it)."""
        self._actor.require(Permission.AID_WRITE)
        on = on or self.today
        if on > self.today:
            raise RuleViolation(QT_TRANSLATE_NOOP("AidWorkflow", "A decision cannot be dated in the future."))
        with self._db.transaction() as session:
            case = self._get(session, case_id)
            plan, problem = workflow.plan_step(records_of(case), step, decision, reason, skip_reason, on)
            if problem is not None:
                raise RuleViolation(problem)
            settings = read_settings(session)
            for s, d, r in plan:
                session.add(AidCaseStep(case_id=case_id, step=s, decision=d, reason=r, decided_on=on,
                                        decided_by=self._actor.username))
                recorder.record(session, self._actor, "aid_step", CASE, case_id, {
                    "step": [None, s], "decision": [None, d], "reason": [None, r], "decided_on": [None, on]})
            session.flush()
            session.expire(case, ["steps"])
            self._apply_state(case, on)
            if step == workflow.HOME_VISIT and decision == workflow.PASSED:
                case.publicity_until = on + dt.timedelta(days=settings.publicity_days)
            if step == workflow.APPROVAL and decision == workflow.PASSED and not case.aid_granted:
                case.aid_granted = case.aid_requested
        self._publish({case_id})

    def reopen(self, case_id: int, reason: str, on: dt.date | None = None) -> None:
        """Reopen a case closed by mistake; it continues from the step that closed it."""
        self._actor.require(Permission.AID_WRITE)
        on = on or self.today
        with self._db.transaction() as session:
            case = self._get(session, case_id)
            if case.purged_on is not None:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "AidRules", "The personal data of this case was purged after the retention period; "
                    "it cannot be edited."))
            problem = workflow.plan_reopen(records_of(case), reason)
            if problem is not None:
                raise RuleViolation(problem)
            self._check_one_household(session, self._input_for_check(case), case_id)
            session.add(AidCaseStep(case_id=case_id, step=workflow.REOPEN, decision=workflow.REOPENED,
                                    reason=reason.strip(), decided_on=on, decided_by=self._actor.username))
            recorder.record(session, self._actor, "aid_reopen", CASE, case_id, {
                "reason": [None, reason.strip()], "status": ["closed", "open"]})
            session.flush()
            session.expire(case, ["steps"])
            self._apply_state(case, on)
        self._publish({case_id})

    @staticmethod
    def _input_for_check(case: AidCase) -> CaseInput:
        from desktop.domain.aid.inputs import HouseholdInput
        return CaseInput(member_id=case.member_id, opened_on=case.opened_on, household=tuple(
            HouseholdInput(name=p.name, id_number=p.id_number, member_id=p.member_id) for p in case.household))


__all__ = ["AidService", "DuplicateCase"]

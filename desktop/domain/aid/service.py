"""Use cases that change hardship cases. Each checks the permission, validates, writes and records
the audit entry in ONE transaction, then announces the change. Views and the CLI call these."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Permission
from desktop.domain.aid import codes, workflow
from desktop.domain.aid.entities import AidCase, AidCaseStep, AidHouseholdMember, AidPayment, AidPaymentBatch
from desktop.domain.aid.inputs import CaseInput, PaymentInput, validate_case
from desktop.domain.aid.settings import CHANGE_KIND, line_on, read_settings
from desktop.domain.aid.tiers import TierFigures, TierResult, compute_tier
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.errors import FieldError, NotFoundError, RuleViolation, ValidationError
from desktop.domain.funds import categories
from desktop.domain.funds.periods import ensure_period_open
from desktop.domain.members.entities import Member
from desktop.domain.service_base import ServiceBase
from desktop.messages import QT_TRANSLATE_NOOP, Message

CASE = "aid_case"
PAYMENT = "aid_payment"
BATCH = "aid_payment_batch"

# Audit values of these fields are never written in clear (the trail is read by more people).
SECRET_FIELDS = {"health", "health_detail", "disability_type", "disability_grade", "bank_card_no", "household"}


class DuplicateCase(RuleViolation):
    """A second open case for a household that has one; `case_id` is the existing case."""

    def __init__(self, message: Message, case_id: int, case_no: str):
        super().__init__(message)
        self.case_id = case_id
        self.case_no = case_no


def category_for(aid_type: str) -> str:
    """The spending category a payment of this aid type goes to in the ledger."""
    if aid_type == "warmth":
        return categories.WARMTH_VISITS
    if aid_type == "legal":
        return categories.LEGAL_AID
    return categories.HARDSHIP_AID


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


def records_of(case: AidCase) -> list[workflow.StepRecord]:
    return [workflow.StepRecord(s.step, s.decision, s.decided_on, s.decided_by, s.reason) for s in case.steps]


def tier_of(session: Session, data: CaseInput) -> TierResult:
    line = line_on(session, data.assessed_on or data.opened_on)
    return compute_tier(TierFigures(data.yearly_income, data.rigid_spending, data.household_size,
                                    data.accident_costs), line)


@dataclass(frozen=True)
class PurgedCase:
    case_no: str
    name: str
    closed_on: dt.date
    household_rows: int
    steps: int
    payments_kept: int
    removed: bool   # True: the whole file deleted; False: reduced to the accounting record


@dataclass(frozen=True)
class PurgeReport:
    cut_off: dt.date
    cases: tuple[PurgedCase, ...]
    backup: str

    @property
    def removed(self) -> int:
        return sum(1 for c in self.cases if c.removed)

    @property
    def reduced(self) -> int:
        return sum(1 for c in self.cases if not c.removed)


class AidService(ServiceBase):
    CHANGE_KIND = CHANGE_KIND

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

    def update_case(self, case_id: int, data: CaseInput) -> None:
        """Change a case's file. Values still masked in `data` (as the queries gave them, not
        revealed in the dialog) keep their stored values."""
        self._actor.require(Permission.AID_WRITE)
        with self._db.transaction() as session:
            case = self._get(session, case_id)
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

    @staticmethod
    def _apply_state(case: AidCase, on: dt.date) -> None:
        state = workflow.fold(records_of(case))
        case.stage = state.stage
        case.status = "closed" if state.closed else "open"
        case.outcome = state.outcome
        case.closed_on = state.closed_on
        case.updated_at = utc_now()

    # -- payments -------------------------------------------------------------------------------

    def add_payment(self, data: PaymentInput) -> int:
        self._actor.require(Permission.AID_WRITE)
        with self._db.transaction() as session:
            payment_id = self._insert_payment(session, data)
        self._publish({data.case_id})
        return payment_id

    def create_batch(self, title: str, paid_on: dt.date, handler: str, lines: list[PaymentInput]) -> int:
        """A payment batch and its payments (one per approved case), all or nothing."""
        self._actor.require(Permission.AID_WRITE)
        if not title.strip():
            raise ValidationError([FieldError("title", QT_TRANSLATE_NOOP(
                "AidRules", "Give the batch a title, e.g. 2026年春节送温暖."))])
        if not lines:
            raise ValidationError([FieldError("lines", QT_TRANSLATE_NOOP(
                "AidRules", "Add at least one approved case with an amount to the batch."))])
        with self._db.transaction() as session:
            batch = AidPaymentBatch(title=title.strip(), paid_on=paid_on, handler=handler.strip(),
                                    created_by=self._actor.username)
            session.add(batch)
            session.flush()
            recorder.record(session, self._actor, "create", BATCH, batch.id, {
                "title": [None, batch.title], "paid_on": [None, paid_on], "handler": [None, batch.handler]})
            for line in lines:
                self._insert_payment(session, PaymentInput(**{**line.__dict__, "batch_id": batch.id,
                                                              "paid_on": paid_on}))
            batch_id = batch.id
        self._publish({line.case_id for line in lines})
        return batch_id

    def _insert_payment(self, session: Session, data: PaymentInput) -> int:
        case = self._get(session, data.case_id)
        state = workflow.fold(records_of(case))
        if not state.approved or state.closed:
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "AidRules", "Case {case_no} is not approved (or is closed): aid is paid only after the approval "
                "step (审批) has been recorded.").format(case_no=case.case_no))
        errors = []
        if data.amount <= 0:
            errors.append(FieldError("amount", QT_TRANSLATE_NOOP(
                "AidRules", "Case {case_no}: enter an amount of more than 0 yuan.").format(case_no=case.case_no)))
        if data.paid_on > self.today:
            errors.append(FieldError("paid_on", QT_TRANSLATE_NOOP(
                "AidRules", "The payment date is in the future.")))
        elif state.approved_on and data.paid_on < state.approved_on:
            errors.append(FieldError("paid_on", QT_TRANSLATE_NOOP(
                "AidRules", "Case {case_no}: the payment date is before the approval on {day}.").format(
                case_no=case.case_no, day=state.approved_on.isoformat())))
        if data.form not in ("cash", "bank", "in_kind"):
            errors.append(FieldError("form", QT_TRANSLATE_NOOP("AidRules", "Choose a value from the list.")))
        if data.form == "in_kind" and not data.items.strip():
            errors.append(FieldError("items", QT_TRANSLATE_NOOP(
                "AidRules", "Aid in kind: write what was given (e.g. 米 2 袋, 油 1 桶).")))
        if codes.aid_code_table(codes.AID_TYPE).get(data.aid_type) is None:
            errors.append(FieldError("aid_type", QT_TRANSLATE_NOOP("AidRules", "Unknown aid type.")))
        category = data.category_code or category_for(data.aid_type)
        if categories.kind_of(category) != categories.SPENDING or category not in {
                e.code for e in categories.category_choices(session, categories.SPENDING)}:
            errors.append(FieldError("category_code", QT_TRANSLATE_NOOP(
                "AidRules", "Choose a spending category of the union accounts.")))
        if errors:
            raise ValidationError(errors)
        ensure_period_open(session, data.paid_on)
        recipient = data.recipient.strip() or session.scalar(select(Member.name).where(Member.id == case.member_id))
        payment = AidPayment(case_id=case.id, amount=data.amount, paid_on=data.paid_on, category_code=category,
                             form=data.form, aid_type=data.aid_type, items=data.items.strip(), recipient=recipient,
                             batch_id=data.batch_id, note=data.note.strip(), created_by=self._actor.username)
        session.add(payment)
        if state.next_steps == (workflow.PAYMENT,):
            # The first payment is the 帮扶发放 step: recorded with it, by the same person.
            session.add(AidCaseStep(case_id=case.id, step=workflow.PAYMENT, decision=workflow.DONE,
                                    decided_on=data.paid_on, decided_by=self._actor.username, reason=""))
            session.flush()
            session.expire(case, ["steps"])
            self._apply_state(case, data.paid_on)
        session.flush()
        recorder.record(session, self._actor, "create", PAYMENT, payment.id, {
            "case_no": [None, case.case_no], "amount": [None, str(data.amount)], "paid_on": [None, data.paid_on],
            "category_code": [None, category], "form": [None, data.form], "aid_type": [None, data.aid_type],
            "recipient": [None, recipient], "batch_id": [None, data.batch_id]})
        return payment.id

    def remove_payment(self, payment_id: int, reason: str) -> None:
        """Delete a payment entered by mistake (its period must be open), with the reason audited."""
        self._actor.require(Permission.AID_WRITE)
        if not reason.strip():
            raise ValidationError([FieldError("reason", QT_TRANSLATE_NOOP(
                "AidRules", "Write why the payment is removed."))])
        with self._db.transaction() as session:
            payment = session.get(AidPayment, payment_id)
            if payment is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("AidRules", "This payment no longer exists. Refresh the list."))
            ensure_period_open(session, payment.paid_on)
            case_id = payment.case_id
            recorder.record(session, self._actor, "delete", PAYMENT, payment_id, {
                "amount": [str(payment.amount), None], "paid_on": [payment.paid_on, None],
                "reason": [None, reason.strip()]})
            session.delete(payment)
        self._publish({case_id})

    # -- retention ------------------------------------------------------------------------------

    def purge_candidates(self) -> list[tuple[int, str, dt.date]]:
        """(case id, case no, closed on) of closed cases past the retention period, not yet purged."""
        self._actor.require(Permission.AID_SENSITIVE)
        with self._db.session() as session:
            cut_off = self._cut_off(session)
            return [tuple(r) for r in session.execute(
                select(AidCase.id, AidCase.case_no, AidCase.closed_on).where(
                    AidCase.status == "closed", AidCase.closed_on < cut_off, AidCase.purged_on.is_(None))
                .order_by(AidCase.closed_on))]

    def _cut_off(self, session: Session) -> dt.date:
        years = read_settings(session).retention_years
        try:
            return self.today.replace(year=self.today.year - years)
        except ValueError:
            return self.today.replace(year=self.today.year - years, day=28)

    def purge(self) -> PurgeReport:
        """Remove the personal data of closed cases past the retention period, after a backup.

        A case without payments is deleted with its household and steps. A case with payments keeps
        only what the union accounts must keep (会计档案: case number, member, tier, payments); its
        household, health, income, bank and consent details and the reasons of its steps are erased."""
        self._actor.require(Permission.AID_WRITE)
        self._actor.require(Permission.AID_SENSITIVE)
        from desktop.store.backups import Reason, backup_before
        info = backup_before(self._db, Reason.BULK)
        purged: list[PurgedCase] = []
        with self._db.transaction() as session:
            cut_off = self._cut_off(session)
            cases = session.scalars(select(AidCase).where(
                AidCase.status == "closed", AidCase.closed_on < cut_off, AidCase.purged_on.is_(None))
                .order_by(AidCase.closed_on, AidCase.id)).all()
            for case in cases:
                name = session.scalar(select(Member.name).where(Member.id == case.member_id)) or ""
                payments = session.scalar(select(func.count()).where(AidPayment.case_id == case.id)) or 0
                household, steps = len(case.household), len(case.steps)
                if payments == 0:
                    session.delete(case)
                else:
                    session.execute(delete(AidHouseholdMember).where(AidHouseholdMember.case_id == case.id))
                    session.execute(update(AidCaseStep).where(AidCaseStep.case_id == case.id).values(reason=""))
                    for key in ("health", "health_detail", "disability_type", "disability_grade", "bank_name",
                                "bank_card_no", "address", "situation", "consent_scope", "housing_type",
                                "marital_status", "household_type", "work_status", "main_cause", "secondary_cause",
                                "tier_override_reason"):
                        setattr(case, key, "")
                    for key in ("yearly_income", "rigid_spending", "accident_costs", "monthly_income", "other_income"):
                        setattr(case, key, Decimal("0"))
                    case.housing_area = None
                    case.purged_on = self.today
                purged.append(PurgedCase(case.case_no, name, case.closed_on, household, steps, payments,
                                         payments == 0))
            if purged:
                recorder.record(session, self._actor, "aid_purge", CASE, None, {
                    "cut_off": [None, cut_off], "backup": [None, info.path.name if info else ""],
                    "removed": [None, [c.case_no for c in purged if c.removed]],
                    "reduced": [None, [c.case_no for c in purged if not c.removed]]})
        if purged:
            self._publish(set(), "delete")
        return PurgeReport(cut_off, tuple(purged), info.path.name if info else "")

    # -- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _get(session: Session, case_id: int) -> AidCase:
        case = session.get(AidCase, case_id)
        if case is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("AidRules", "This case no longer exists. Refresh the list."))
        return case


def purge_report_lines(report: PurgeReport) -> list[Message]:
    """The report of a purge, one line per case (shown in the GUI and printed by the CLI)."""
    lines = [QT_TRANSLATE_NOOP("AidPurge", "Closed before {day}; backup taken first: {backup}").format(
        day=report.cut_off.isoformat(), backup=report.backup or "-")]
    if not report.cases:
        lines.append(QT_TRANSLATE_NOOP("AidPurge", "No closed case is past the retention period."))
    for c in report.cases:
        if c.removed:
            lines.append(QT_TRANSLATE_NOOP(
                "AidPurge", "{case_no} {name}, closed {day}: whole file deleted ({household} household members, "
                "{steps} workflow records)").format(case_no=c.case_no, name=c.name, day=c.closed_on.isoformat(),
                                                    household=c.household_rows, steps=c.steps))
        else:
            lines.append(QT_TRANSLATE_NOOP(
                "AidPurge", "{case_no} {name}, closed {day}: personal data erased ({household} household members, "
                "health, income, bank card, consent, reasons); {payments} payments kept for the accounts").format(
                case_no=c.case_no, name=c.name, day=c.closed_on.isoformat(), household=c.household_rows,
                payments=c.payments_kept))
    return lines


__all__ = ["AidService", "DuplicateCase", "PurgeReport", "PurgedCase", "category_for", "purge_report_lines"]

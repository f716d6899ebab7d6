"""Reading hardship cases, for one acting user (privacy is enforced here, not only in the views).

- Without Permission.AID_READ nothing at all is readable: the constructor refuses (PermissionDenied).
  Other roles do not even learn that a member has a case: a hardship file is itself sensitive
  personal information (PIPL art. 28: financial situation, health).
- ID numbers, bank card numbers and health details come back masked for every role. `reveal`
  returns one unmasked value; it needs Permission.AID_SENSITIVE and is written to the audit trail.
Everything returned is a plain, frozen value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, func, or_, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.aid import workflow
from desktop.domain.aid.entities import AidCase, AidCaseStep, AidHouseholdMember, AidPayment, AidPaymentBatch
from desktop.domain.aid.settings import read_settings
from desktop.domain.aid.tiers import TierFigures, TierResult, compute_tier
from desktop.domain.audit import recorder
from desktop.domain.errors import NotFoundError
from desktop.domain.id_numbers import mask_id_number
from desktop.domain.phones import mask_phone
from desktop.domain.members.entities import Member
from desktop.domain.members.queries import search_conditions
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.store.database import Database

HIDDEN = "******"
REVEALABLE = ("id_number", "bank_card_no", "health")


def mask_card(number: str) -> str:
    """6222 **** **** 1234 → "6222********1234": first and last four digits."""
    if not number:
        return ""
    return number[:4] + "*" * max(len(number) - 8, 4) + number[-4:] if len(number) > 8 else "*" * len(number)


@dataclass(frozen=True)
class CaseFilter:
    status: str = ""          # "" any, "open", "closed"
    tier: str = ""
    aid_type: str = ""        # requested or granted
    year: int | None = None   # open at some time during the year
    stage: str = ""           # the next step due ("" any)
    search: str = ""          # member name, pinyin, number … or the case number


@dataclass(frozen=True)
class CaseRow:
    id: int
    case_no: str
    member_id: int
    name: str
    department: str
    tier: str
    stage: str
    status: str
    outcome: str
    opened_on: dt.date
    closed_on: dt.date | None
    aid_requested: str
    aid_granted: str
    household_size: int
    paid_total: Decimal
    purged: bool


@dataclass(frozen=True)
class HouseholdRow:
    id: int
    name: str
    relation: str
    birth_date: dt.date | None
    health: str           # HIDDEN unless revealed
    work_or_school: str
    monthly_income: Decimal
    id_number: str        # masked


@dataclass(frozen=True)
class StepRow:
    step: str
    decision: str
    decided_on: dt.date
    decided_by: str
    reason: str
    recorded_at: dt.datetime


@dataclass(frozen=True)
class PaymentRow:
    id: int
    case_id: int
    case_no: str
    name: str
    department: str
    amount: Decimal
    paid_on: dt.date
    form: str
    aid_type: str
    items: str
    recipient: str
    category_code: str
    batch_id: int | None


@dataclass(frozen=True)
class CaseDetail:
    id: int
    case_no: str
    member_id: int
    name: str
    gender: str
    birth_date: dt.date | None
    department: str
    mobile: str
    id_number: str          # masked
    opened_on: dt.date
    assessed_on: dt.date
    status: str
    outcome: str
    closed_on: dt.date | None
    publicity_until: dt.date | None
    values: dict            # the CaseInput fields as stored (sensitive ones masked)
    tier: str
    tier_computed: str
    tier_override_reason: str
    tier_result: TierResult
    household: tuple[HouseholdRow, ...]
    steps: tuple[StepRow, ...]
    payments: tuple[PaymentRow, ...]
    next_steps: tuple[str, ...]
    approved: bool
    purged_on: dt.date | None
    filed_by: str
    reviewed_by: str
    version: int = 1   # handed back by an edit, so a save over a newer one is refused


@dataclass(frozen=True)
class Reminder:
    case_id: int
    case_no: str
    name: str
    kind: str            # review | publicity | follow_up
    due_on: dt.date
    text: Message


@dataclass(frozen=True)
class BatchRow:
    id: int
    title: str
    paid_on: dt.date
    handler: str
    count: int
    total: Decimal


@dataclass(frozen=True)
class NoticeRow:
    """One line of the public notice: ONLY these four things are ever shown to the public."""

    name: str
    department: str
    tier_or_type: str    # tier code
    aid_types: str       # codes
    amount: Decimal


_SENSITIVE_VALUES = ("health", "health_detail", "disability_type", "disability_grade")


class AidQueries:
    def __init__(self, db: Database, actor: Actor):
        actor.require(Permission.AID_READ)
        self._db = db
        self._actor = actor

    # -- lists ----------------------------------------------------------------------------------

    def _search_condition(self, text: str):
        """The member as the register's search finds them (the list joins Member), or the case no."""
        conditions = search_conditions(text, masked=not self._actor.can(Permission.SENSITIVE_READ))
        by_number = AidCase.case_no.like(f"%{text.strip().upper()}%")
        return or_(and_(*conditions), by_number) if conditions else by_number

    def rows(self, flt: CaseFilter = CaseFilter()) -> list[CaseRow]:
        paid = (select(AidPayment.case_id, func.sum(AidPayment.amount).label("total"))
                .group_by(AidPayment.case_id).subquery())
        statement = (select(AidCase.id, AidCase.case_no, AidCase.member_id, Member.name, Member.department,
                            AidCase.tier, AidCase.stage, AidCase.status, AidCase.outcome, AidCase.opened_on,
                            AidCase.closed_on, AidCase.aid_requested, AidCase.aid_granted, AidCase.household_size,
                            paid.c.total, AidCase.purged_on)
                     .join(Member, Member.id == AidCase.member_id)
                     .outerjoin(paid, paid.c.case_id == AidCase.id))
        if flt.status:
            statement = statement.where(AidCase.status == flt.status)
        if flt.tier:
            statement = statement.where(AidCase.tier == flt.tier)
        if flt.aid_type:
            pattern = f"%{flt.aid_type}%"
            statement = statement.where(or_(AidCase.aid_requested.like(pattern), AidCase.aid_granted.like(pattern)))
        if flt.year:
            statement = statement.where(AidCase.opened_on <= dt.date(flt.year, 12, 31), or_(
                AidCase.closed_on.is_(None), AidCase.closed_on >= dt.date(flt.year, 1, 1)))
        if flt.search.strip():
            statement = statement.where(self._search_condition(flt.search))
        statement = statement.order_by(AidCase.opened_on.desc(), AidCase.id.desc())
        with self._db.engine.connect() as connection:
            result = connection.execute(statement).all()
        rows = [CaseRow(r.id, r.case_no, r.member_id, r.name, r.department or "", r.tier, r.stage, r.status,
                        r.outcome, r.opened_on, r.closed_on, r.aid_requested, r.aid_granted, r.household_size,
                        _fen(r.total), r.purged_on is not None) for r in result]
        if flt.stage:
            rows = [r for r in rows if r.status == "open" and self._next_of(r.stage) == flt.stage]
        return rows

    @staticmethod
    def _next_of(stage: str) -> str:
        """The usual next step after the stored stage (for the stage filter)."""
        if not stage:
            return workflow.APPLY
        if stage in (workflow.PAYMENT, workflow.YEARLY_REVIEW):
            return workflow.YEARLY_REVIEW
        if stage == workflow.FOLLOW_UP:
            return ""
        return workflow.STEPS[workflow.STEPS.index(stage) + 1]

    def cases_of_member(self, member_id: int) -> list[CaseRow]:
        return [r for r in self.rows() if r.member_id == member_id]

    def years(self) -> list[int]:
        with self._db.engine.connect() as connection:
            first = connection.execute(select(func.min(AidCase.opened_on))).scalar()
        this = dt.date.today().year
        return list(range(this, (first.year if first else this) - 1, -1))

    # -- one case -------------------------------------------------------------------------------

    def detail(self, case_id: int) -> CaseDetail:
        with self._db.session() as session:
            case = session.get(AidCase, case_id)
            if case is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("AidRules", "This case no longer exists. Refresh the list."))
            member = session.get(Member, case.member_id)
            values = {c.key: getattr(case, c.key) for c in AidCase.__table__.columns}
            for key in _SENSITIVE_VALUES:
                if values[key]:
                    values[key] = HIDDEN
            values["bank_card_no"] = mask_card(values["bank_card_no"])
            household = tuple(HouseholdRow(p.id, p.name, p.relation, p.birth_date, HIDDEN if p.health else "",
                                           p.work_or_school, p.monthly_income, mask_id_number(p.id_number))
                              for p in case.household)
            steps = tuple(StepRow(s.step, s.decision, s.decided_on, s.decided_by, s.reason, s.recorded_at)
                          for s in case.steps)
            state = workflow.fold([workflow.StepRecord(s.step, s.decision, s.decided_on, s.decided_by, s.reason)
                                   for s in case.steps])
            payments = tuple(self._payment_rows(session, AidPayment.case_id == case_id))
            tier_result = compute_tier(TierFigures(case.yearly_income, case.rigid_spending, case.household_size,
                                                   case.accident_costs), case.poverty_line)
            return CaseDetail(
                id=case.id, case_no=case.case_no, member_id=case.member_id, name=member.name, gender=member.gender,
                birth_date=member.birth_date, department=member.department or "",
                mobile=self._phone(member.mobile),
                id_number=mask_id_number(member.id_number), opened_on=case.opened_on, assessed_on=case.assessed_on,
                status=case.status, outcome=case.outcome, closed_on=case.closed_on,
                publicity_until=case.publicity_until, values=values, tier=case.tier,
                tier_computed=case.tier_computed, tier_override_reason=case.tier_override_reason,
                tier_result=tier_result, household=household, steps=steps, payments=payments,
                next_steps=state.next_steps, approved=state.approved and not state.closed,
                purged_on=case.purged_on, filed_by=case.filed_by, reviewed_by=case.reviewed_by,
                version=case.version)

    def _phone(self, mobile: str | None) -> str:
        """The applicant's phone as the member register shows it to this reader (masked without
        Permission.SENSITIVE_READ; the aid role reveals it from the register, audited)."""
        return (mobile or "") if self._actor.can(Permission.SENSITIVE_READ) else mask_phone(mobile)

    def reveal(self, case_id: int, field: str, household_id: int | None = None) -> str:
        """One unmasked value: the applicant's "id_number", the "bank_card_no", or "health" (the case's
        health, details and disability); with household_id, that household member's ID number or
        health. Needs AID_SENSITIVE; the reveal is written to the audit trail."""
        if field not in REVEALABLE:
            raise ValueError(f"{field} cannot be revealed")
        self._actor.require(Permission.AID_SENSITIVE)
        with self._db.transaction() as session:
            case = session.get(AidCase, case_id)
            if case is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("AidRules", "This case no longer exists. Refresh the list."))
            if household_id is not None:
                person = session.get(AidHouseholdMember, household_id)
                if person is None or person.case_id != case_id:
                    raise NotFoundError(QT_TRANSLATE_NOOP("AidRules", "This case no longer exists. Refresh the list."))
                value = person.id_number if field == "id_number" else person.health
                if field == "health":
                    from desktop.domain.aid.codes import HEALTH, aid_label
                    value = aid_label(HEALTH, value)
            elif field == "id_number":
                value = session.scalar(select(Member.id_number).where(Member.id == case.member_id)) or ""
            elif field == "bank_card_no":
                value = case.bank_card_no
            else:
                from desktop.domain.aid.codes import DISABILITY_GRADE, DISABILITY_TYPE, HEALTH, aid_label
                parts = [aid_label(HEALTH, case.health), case.health_detail,
                         " ".join(p for p in (aid_label(DISABILITY_TYPE, case.disability_type),
                                              aid_label(DISABILITY_GRADE, case.disability_grade)) if p)]
                value = "；".join(p for p in parts if p)
            recorder.record(session, self._actor, "reveal", "aid_case", case_id, {
                "field": [None, field], **({"household_member": [None, household_id]} if household_id else {})})
        return value or ""

    def reveal_health_for_editing(self, case_id: int) -> dict[str, str]:
        """The case's stored health and disability codes and details, for the case dialog to edit.
        Needs AID_SENSITIVE; written to the audit trail as a reveal of "health", as reveal() does."""
        self.reveal(case_id, "health")  # permission, existence and the audit record
        with self._db.session() as session:
            case = session.get(AidCase, case_id)
            return {"health": case.health, "health_detail": case.health_detail,
                    "disability_type": case.disability_type, "disability_grade": case.disability_grade}

    def display_names(self) -> dict[str, str]:
        """User names as people know them (王主席 rather than admin), for the timeline."""
        from desktop.domain.accounts.entities import User
        with self._db.engine.connect() as connection:
            return {u: d for u, d in connection.execute(select(User.username, User.display_name)) if d}

    # -- payments and batches -------------------------------------------------------------------

    def _payment_rows(self, session, condition) -> list[PaymentRow]:
        statement = (select(AidPayment, AidCase.case_no, Member.name, Member.department)
                     .join(AidCase, AidCase.id == AidPayment.case_id).join(Member, Member.id == AidCase.member_id)
                     .where(condition).order_by(AidPayment.paid_on, AidPayment.id))
        return [PaymentRow(p.id, p.case_id, case_no, name, department or "", p.amount, p.paid_on, p.form, p.aid_type,
                           p.items, p.recipient, p.category_code, p.batch_id)
                for p, case_no, name, department in session.execute(statement)]

    def payments(self, year: int | None = None, batch_id: int | None = None) -> list[PaymentRow]:
        conditions = []
        if year:
            conditions.append(AidPayment.paid_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        if batch_id is not None:
            conditions.append(AidPayment.batch_id == batch_id)
        with self._db.session() as session:
            return self._payment_rows(session, and_(True, *conditions))

    def batches(self) -> list[BatchRow]:
        statement = (select(AidPaymentBatch.id, AidPaymentBatch.title, AidPaymentBatch.paid_on,
                            AidPaymentBatch.handler, func.count(AidPayment.id), func.sum(AidPayment.amount))
                     .outerjoin(AidPayment, AidPayment.batch_id == AidPaymentBatch.id)
                     .group_by(AidPaymentBatch.id).order_by(AidPaymentBatch.paid_on.desc(), AidPaymentBatch.id.desc()))
        with self._db.engine.connect() as connection:
            return [BatchRow(r[0], r[1], r[2], r[3], r[4], _fen(r[5])) for r in connection.execute(statement)]

    def batch(self, batch_id: int) -> BatchRow:
        for row in self.batches():
            if row.id == batch_id:
                return row
        raise NotFoundError(QT_TRANSLATE_NOOP("AidRules", "There is no payment batch {id}.").format(id=batch_id))

    def payable_cases(self) -> list[CaseRow]:
        """Open cases whose approval is recorded (payments allowed)."""
        with self._db.engine.connect() as connection:
            approved = set(connection.execute(select(AidCaseStep.case_id).where(
                AidCaseStep.step == workflow.APPROVAL, AidCaseStep.decision == workflow.PASSED)).scalars())
        return [r for r in self.rows(CaseFilter(status="open")) if r.id in approved]

    # -- public notice --------------------------------------------------------------------------

    def notice_rows(self, year: int) -> list[NoticeRow]:
        """The year's aid per case for the public notice: name, department, tier, aid types, amount."""
        statement = (select(Member.name, Member.department, AidCase.tier, AidCase.aid_granted,
                            func.sum(AidPayment.amount))
                     .select_from(AidPayment).join(AidCase, AidCase.id == AidPayment.case_id)
                     .join(Member, Member.id == AidCase.member_id)
                     .where(AidPayment.paid_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
                     .group_by(AidCase.id, Member.id).order_by(Member.department, Member.name_sort))
        with self._db.engine.connect() as connection:
            return [NoticeRow(r[0], r[1] or "", r[2], r[3], _fen(r[4])) for r in connection.execute(statement)]

    # -- reminders ------------------------------------------------------------------------------

    def reminders(self, today: dt.date | None = None) -> list[Reminder]:
        """Yearly reviews due, public-notice periods ending, follow-up calls due."""
        today = today or dt.date.today()
        found: list[Reminder] = []
        with self._db.session() as session:
            settings = read_settings(session)
            cases = session.execute(select(AidCase, Member.name).join(Member, Member.id == AidCase.member_id)
                                    .where(AidCase.purged_on.is_(None),
                                           AidCase.stage.in_([workflow.HOME_VISIT, workflow.APPROVAL, workflow.PAYMENT,
                                                              workflow.YEARLY_REVIEW, workflow.EXIT]))).all()
            for case, name in cases:
                state = workflow.fold([workflow.StepRecord(s.step, s.decision, s.decided_on) for s in case.steps])
                if not state.closed and state.next_steps == (workflow.PUBLICITY,) and case.publicity_until:
                    if case.publicity_until <= today + dt.timedelta(days=2):
                        found.append(Reminder(case.id, case.case_no, name, "publicity", case.publicity_until,
                                              QT_TRANSLATE_NOOP("AidReminders", "Public notice ends {day}: record its "
                                                                "outcome").format(day=case.publicity_until.isoformat())))
                elif not state.closed and state.approved and state.last_review_on:
                    due = _add_years(state.last_review_on, 1)
                    if due <= today + dt.timedelta(days=settings.review_warning_days):
                        found.append(Reminder(case.id, case.case_no, name, "review", due, QT_TRANSLATE_NOOP(
                            "AidReminders", "Yearly review due {day}").format(day=due.isoformat())))
                elif state.closed and state.exit_on and not state.followed_up:
                    due = _add_months(state.exit_on, settings.follow_up_months)
                    if due <= today + dt.timedelta(days=14):
                        found.append(Reminder(case.id, case.case_no, name, "follow_up", due, QT_TRANSLATE_NOOP(
                            "AidReminders", "Follow-up call due {day}").format(day=due.isoformat())))
        return sorted(found, key=lambda r: (r.due_on, r.case_no))


def _fen(value) -> Decimal:
    """A SUM over a Money column comes back as integer fen (the type is lost in the aggregate)."""
    if value is None:
        return Decimal("0.00")
    if isinstance(value, Decimal):
        return value
    return (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, 28))


@dataclass(frozen=True)
class MemberChoice:
    member_id: int
    name: str
    department: str
    open_case: str      # the case number of an open case of this member, "" if none


def member_choices(db: Database, actor: Actor, search: str, limit: int = 40) -> list[MemberChoice]:
    """Members of the register matching a search (name, pinyin initials, phone or card tail), for
    picking the applicant; each says whether the member already has an open case."""
    actor.require(Permission.AID_WRITE)
    statement = (select(Member.id, Member.name, Member.department)
                 .where(Member.deleted_at.is_(None),
                        *search_conditions(search, masked=not actor.can(Permission.SENSITIVE_READ)))
                 .order_by(Member.name_sort, Member.id).limit(limit))
    with db.engine.connect() as connection:
        found = connection.execute(statement).all()
        ids = [r.id for r in found]
        open_cases = dict(connection.execute(select(AidCase.member_id, AidCase.case_no).where(
            AidCase.member_id.in_(ids), AidCase.status == "open")).all()) if ids else {}
    return [MemberChoice(r.id, r.name, r.department or "", open_cases.get(r.id, "")) for r in found]

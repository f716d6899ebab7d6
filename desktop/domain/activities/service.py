"""Use cases that change activities. Each runs in one transaction: check the permission, validate,
change, write the audit record, commit; then announce the change (kind "activity", the activity's
id) so that the pane, the member page and the ledger refresh.

Rules kept here:
- a capacity turns later sign-ups into a waiting list; a cancellation promotes the first in line;
- checking in at the door marks a participant present (late after the start time); someone not on
  the list comes in as a walk-in; a cancelled activity takes no check-ins;
- an expense is a positive amount in a SPENDING category, dated in an open accounting period;
- a condolence visit that would take a member over the yearly ceiling for its reason is refused
  unless the user confirms (`over_ceiling_ok`), and a visit with an amount has its expense line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Callable, Iterable, Sequence

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Permission
from desktop.domain.activities.entities import (
    Activity, ActivityExpense, ActivityParticipant, ActivityResult, ActivityType, CondolenceCeiling,
    CondolenceVisit,
)
from desktop.domain.activities.queries import year_bounds
from desktop.domain.activities.values import (
    ACTIVITY_FIELDS, REASON_LABELS, ActivityInput, ActivityStatus, ExpenseInput, ParticipantState,
    ResultInput, VisitInput, VisitReason,
)
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.errors import FieldError, NotFoundError, RuleViolation, UserError, ValidationError
from desktop.domain.funds.categories import SPENDING, category_choices
from desktop.domain.funds.periods import ensure_period_open
from desktop.domain.members.entities import Member
from desktop.domain.money import ZERO, format_yuan
from desktop.domain.service_base import ServiceBase
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.store.changes import Change

ENTITY = "activity"
EXPENSE = "activity_expense"
VISIT = "condolence_visit"
RESULT = "activity_result"
TYPE = "activity_type"
CEILING = "condolence_ceiling"

SIGNED = str(ParticipantState.SIGNED_UP)
WAITING = str(ParticipantState.WAITING)
CANCELLED = str(ParticipantState.CANCELLED)
CURRENT_MEMBER = ("active", "retained")


CHUNK = 500  # ids per IN (...) list and rows per insert: within every driver's parameter limit


class Cancelled(UserError):
    """The user cancelled a long change; its transaction was rolled back."""


class CeilingExceeded(UserError):
    """A visit would take the member over the yearly ceiling; `over_ceiling_ok=True` records it anyway."""


@dataclass(frozen=True)
class SignUpResult:
    signed_up: tuple[int, ...] = ()
    waiting: tuple[int, ...] = ()
    already: tuple[int, ...] = ()     # on the list before (signed up or waiting)
    skipped: tuple[int, ...] = ()     # not current members (left, in the trash, unknown)


@dataclass(frozen=True)
class CheckInResult:
    member_id: int
    name: str
    already_present: bool
    late: bool
    walk_in: bool


def _text(value: str | None, limit: int) -> str:
    return (value or "").strip()[:limit]


def _plain(values: dict) -> dict:
    """Values the audit trail's JSON can hold: amounts and times as text."""
    return {k: (str(v) if isinstance(v, (Decimal, dt.time)) else v) for k, v in values.items()}


def _diff(old: dict, new: dict) -> dict:
    return recorder.diff(_plain(old), _plain(new))


def _next_year(day: dt.date | None) -> dt.date | None:
    if day is None:
        return None
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def next_year_title(title: str, year: int) -> str:
    """"2025年职工运动会" → "2026年职工运动会"; a title without the year gets none added."""
    return re.sub(str(year), str(year + 1), title)


class ActivityService(ServiceBase):
    # -- the plan -------------------------------------------------------------------------------

    def checked(self, data: ActivityInput) -> ActivityInput:
        """The input cleaned, or ValidationError listing every problem by field."""
        data = replace(data, title=_text(data.title, 200), place=_text(data.place, 200),
                       organizer=_text(data.organizer, 100), description=(data.description or "").strip())
        errors = []
        if not data.title:
            errors.append(FieldError("title", QT_TRANSLATE_NOOP("ActivityRules", "Enter the activity's title.")))
        if data.starts_on is None:
            errors.append(FieldError("starts_on", QT_TRANSLATE_NOOP("ActivityRules", "Enter the date it starts.")))
        elif data.ends_on is not None and data.ends_on < data.starts_on:
            errors.append(FieldError("ends_on", QT_TRANSLATE_NOOP(
                "ActivityRules", "The end date is before the start date; correct one of them.")))
        elif (data.ends_on in (None, data.starts_on) and data.start_time and data.end_time
              and data.end_time < data.start_time):
            errors.append(FieldError("end_time", QT_TRANSLATE_NOOP(
                "ActivityRules", "The end time is before the start time on the same day.")))
        if data.budget is not None and data.budget < 0:
            errors.append(FieldError("budget", QT_TRANSLATE_NOOP("ActivityRules", "The budget cannot be negative.")))
        if data.capacity is not None and data.capacity < 1:
            errors.append(FieldError("capacity", QT_TRANSLATE_NOOP(
                "ActivityRules", "The capacity is at least 1; leave it empty for no limit.")))
        with self._db.session() as session:
            if session.get(ActivityType, data.type_code or "") is None:
                errors.append(FieldError("type_code", QT_TRANSLATE_NOOP("ActivityRules", "Choose the type of activity.")))
        if errors:
            raise ValidationError(errors)
        return replace(data, status=ActivityStatus(data.status))

    def create(self, data: ActivityInput, copied_from_id: int | None = None) -> int:
        self._actor.require(Permission.ACTIVITIES_WRITE)
        data = self.checked(data)
        with self._db.transaction() as session:
            activity = Activity(**{**data.as_dict(), "status": str(data.status)}, copied_from_id=copied_from_id,
                                created_by=self._actor.username)
            session.add(activity)
            session.flush()
            changes = _diff({}, {**data.as_dict(), "status": str(data.status)})
            if copied_from_id:
                changes["copied_from_id"] = [None, copied_from_id]
            recorder.record(session, self._actor, "create", ENTITY, activity.id, changes)
            activity_id = activity.id
        self._announce(activity_id, "create")
        return activity_id

    def update(self, activity_id: int, data: ActivityInput) -> None:
        self._actor.require(Permission.ACTIVITIES_WRITE)
        data = self.checked(data)
        with self._db.transaction() as session:
            activity = self._get(session, activity_id)
            old = {name: getattr(activity, name) for name in ACTIVITY_FIELDS}
            new = {**data.as_dict(), "status": str(data.status)}
            changes = _diff(old, new)
            if not changes:
                return
            for name, value in new.items():
                setattr(activity, name, value)
            activity.updated_at = utc_now()
            if "starts_on" in changes:  # attendance is dated with the activity
                session.execute(update(ActivityParticipant).where(
                    ActivityParticipant.activity_id == activity_id, ActivityParticipant.present.is_(True))
                    .values(attended_on=data.starts_on))
            promoted = self._promote(session, activity) if "capacity" in changes else []
            if promoted:
                changes["promoted"] = [None, promoted]
            recorder.record(session, self._actor, "update", ENTITY, activity_id, changes)
        self._announce(activity_id)

    def set_status(self, activity_id: int, status: ActivityStatus) -> None:
        self._actor.require(Permission.ACTIVITIES_WRITE)
        with self._db.transaction() as session:
            activity = self._get(session, activity_id)
            if activity.status == str(status):
                return
            recorder.record(session, self._actor, "update", ENTITY, activity_id,
                            {"status": [activity.status, str(status)]})
            activity.status = str(status)
            activity.updated_at = utc_now()
        self._announce(activity_id)

    def delete(self, activity_id: int) -> None:
        """Remove an activity entered by mistake. One with spending keeps its lines for the ledger:
        cancel it instead (or remove the lines first)."""
        self._actor.require(Permission.ACTIVITIES_WRITE)
        with self._db.transaction() as session:
            activity = self._get(session, activity_id)
            lines = session.scalar(select(func.count(ActivityExpense.id))
                                   .where(ActivityExpense.activity_id == activity_id))
            visits = session.scalar(select(func.count(CondolenceVisit.id))
                                    .where(CondolenceVisit.activity_id == activity_id))
            if lines or visits:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "ActivityRules", "“{title}” has spending lines or visits, which the funds ledger shows. "
                    "Set its status to Cancelled instead, or remove those lines first.").format(title=activity.title))
            session.execute(update(Activity).where(Activity.copied_from_id == activity_id).values(copied_from_id=None))
            recorder.record(session, self._actor, "delete", ENTITY, activity_id,
                            {"title": [activity.title, None], "starts_on": [activity.starts_on.isoformat(), None]})
            session.delete(activity)
        self._announce(activity_id, "delete")

    def copy_to_next_year(self, activity_id: int) -> int:
        """A new planned activity like this one, a year later (title year, dates, budget, capacity);
        participants, attendance and spending stay with the original."""
        self._actor.require(Permission.ACTIVITIES_WRITE)
        with self._db.session() as session:
            a = self._get(session, activity_id)
            data = ActivityInput(next_year_title(a.title, a.starts_on.year), a.type_code, _next_year(a.starts_on),
                                 a.start_time, _next_year(a.ends_on), a.end_time, a.place, a.organizer,
                                 a.description, a.budget, ActivityStatus.PLANNED, a.capacity)
        return self.create(data, copied_from_id=activity_id)

    # -- participants ---------------------------------------------------------------------------

    def sign_up(self, activity_id: int, member_ids: Iterable[int],
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> SignUpResult:
        """Put members on the list: signed up while there is room, then on the waiting list. A
        member who had cancelled signs up again (at the end of the queue).

        Thousands at once ("everyone active") report `progress(done, total)`; when `cancelled()`
        turns true the one transaction is rolled back and nobody is signed up."""
        self._actor.require(Permission.ACTIVITIES_WRITE)
        wanted = list(dict.fromkeys(member_ids))
        signed, waiting, already, skipped = [], [], [], []
        with self._db.transaction() as session:
            activity = self._get(session, activity_id)
            self._refuse_when_closed(activity)
            current: set[int] = set()
            existing: dict[int, ActivityParticipant] = {}
            for start in range(0, len(wanted), CHUNK):
                chunk = wanted[start:start + CHUNK]
                current.update(session.scalars(select(Member.id).where(
                    Member.id.in_(chunk), Member.deleted_at.is_(None), Member.status.in_(CURRENT_MEMBER))))
                existing.update((p.member_id, p) for p in session.scalars(select(ActivityParticipant).where(
                    ActivityParticipant.activity_id == activity_id, ActivityParticipant.member_id.in_(chunk))))
            room = self._room(session, activity)
            now = utc_now()
            new_rows = []
            for member_id in wanted:
                row = existing.get(member_id)
                if row is not None and row.state != CANCELLED:
                    already.append(member_id)
                    continue
                if member_id not in current:
                    skipped.append(member_id)
                    continue
                state = SIGNED if room is None or room > 0 else WAITING
                if room is not None and state == SIGNED:
                    room -= 1
                (signed if state == SIGNED else waiting).append(member_id)
                if row is None:
                    new_rows.append(dict(activity_id=activity_id, member_id=member_id, state=state, signed_up_at=now,
                                         present=False, late=False, walk_in=False, team_name=""))
                else:
                    row.state, row.signed_up_at, row.cancelled_at = state, now, None
            for start in range(0, len(new_rows), CHUNK):
                if cancelled is not None and cancelled():
                    raise Cancelled(QT_TRANSLATE_NOOP("ActivityRules", "Cancelled: nobody was signed up."))
                session.execute(ActivityParticipant.__table__.insert(), new_rows[start:start + CHUNK])
                if progress is not None:
                    progress(min(start + CHUNK, len(new_rows)), len(new_rows))
            if signed or waiting:
                recorder.record(session, self._actor, "sign_up", ENTITY, activity_id,
                                {"signed_up": [None, signed], "waiting": [None, waiting]})
        if signed or waiting:
            self._announce(activity_id)
        return SignUpResult(tuple(signed), tuple(waiting), tuple(already), tuple(skipped))

    def cancel(self, activity_id: int, member_ids: Iterable[int]) -> list[int]:
        """Cancel sign-ups (or places on the waiting list); returns the members promoted from the
        waiting list into the freed places, in queue order."""
        self._actor.require(Permission.ACTIVITIES_WRITE)
        ids = list(dict.fromkeys(member_ids))
        with self._db.transaction() as session:
            activity = self._get(session, activity_id)
            rows = list(session.scalars(select(ActivityParticipant).where(
                ActivityParticipant.activity_id == activity_id, ActivityParticipant.member_id.in_(ids),
                ActivityParticipant.state != CANCELLED)))
            if not rows:
                return []
            now = utc_now()
            for row in rows:
                row.state, row.cancelled_at = CANCELLED, now
                row.present, row.late, row.checked_in_at, row.attended_on = False, False, None, None
            session.flush()
            promoted = self._promote(session, activity)
            recorder.record(session, self._actor, "cancel_sign_up", ENTITY, activity_id,
                            {"cancelled": [None, [r.member_id for r in rows]], "promoted": [None, promoted]})
        self._announce(activity_id)
        return promoted

    def set_team(self, activity_id: int, member_ids: Sequence[int], team_name: str) -> None:
        """The team participants compete in (劳动竞赛 by team)."""
        self._actor.require(Permission.ACTIVITIES_WRITE)
        with self._db.transaction() as session:
            self._get(session, activity_id)
            session.execute(update(ActivityParticipant).where(
                ActivityParticipant.activity_id == activity_id, ActivityParticipant.member_id.in_(list(member_ids)))
                .values(team_name=_text(team_name, 60)))
            recorder.record(session, self._actor, "update", ENTITY, activity_id,
                            {"team_name": [None, _text(team_name, 60)], "members": [None, list(member_ids)]})
        self._announce(activity_id)

    # -- attendance -----------------------------------------------------------------------------

    def check_in(self, activity_id: int, member_id: int, *, walk_in_ok: bool = False,
                 now: dt.datetime | None = None) -> CheckInResult:
        """Mark one member present at the door. After the start time they are marked late. Someone
        not on the list is refused unless `walk_in_ok` (then added as a walk-in, over any capacity)."""
        self._actor.require(Permission.ACTIVITIES_WRITE)
        now = now or dt.datetime.now().astimezone()
        with self._db.transaction() as session:
            activity = self._get(session, activity_id)
            if activity.status == str(ActivityStatus.CANCELLED):
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "ActivityRules", "This activity is cancelled; nobody can check in."))
            member = session.get(Member, member_id)
            if member is None or member.deleted_at is not None:
                raise NotFoundError(QT_TRANSLATE_NOOP("ActivityRules", "This member no longer exists."))
            row = session.scalar(select(ActivityParticipant).where(
                ActivityParticipant.activity_id == activity_id, ActivityParticipant.member_id == member_id))
            walk_in = row is None or row.state == CANCELLED
            if walk_in and not walk_in_ok:
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "ActivityRules", "{name} is not signed up for this activity. Add them as a walk-in?")
                    .format(name=member.name))
            if row is not None and row.present:
                return CheckInResult(member_id, member.name, True, row.late, row.walk_in)
            late = self._is_late(activity, now)
            if row is None:
                row = ActivityParticipant(activity_id=activity_id, member_id=member_id, team_name="")
                session.add(row)
            row.state, row.cancelled_at, row.walk_in = SIGNED, None, walk_in or row.walk_in
            row.present, row.late, row.checked_in_at, row.attended_on = True, late, now, activity.starts_on
            recorder.record(session, self._actor, "check_in", ENTITY, activity_id,
                            {"member_id": [None, member_id], "late": [None, late], "walk_in": [None, walk_in]})
            result = CheckInResult(member_id, member.name, False, late, walk_in)
        self._announce(activity_id)
        return result

    def mark_present(self, activity_id: int, member_ids: Sequence[int], present: bool = True) -> int:
        """Bulk marking (from the participant list): present or not; returns how many changed."""
        self._actor.require(Permission.ACTIVITIES_WRITE)
        with self._db.transaction() as session:
            activity = self._get(session, activity_id)
            if present and activity.status == str(ActivityStatus.CANCELLED):
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "ActivityRules", "This activity is cancelled; nobody can check in."))
            rows = list(session.scalars(select(ActivityParticipant).where(
                ActivityParticipant.activity_id == activity_id, ActivityParticipant.member_id.in_(list(member_ids)),
                ActivityParticipant.state != CANCELLED, ActivityParticipant.present.is_not(present))))
            now = utc_now()
            for row in rows:
                row.present = present
                row.state = SIGNED if present else row.state
                row.checked_in_at = now if present else None
                row.attended_on = activity.starts_on if present else None
                row.late = False
            if rows:
                recorder.record(session, self._actor, "mark_present" if present else "mark_absent", ENTITY,
                                activity_id, {"members": [None, [r.member_id for r in rows]]})
        if rows:
            self._announce(activity_id)
        return len(rows)

    def set_late(self, activity_id: int, member_id: int, late: bool) -> None:
        self._actor.require(Permission.ACTIVITIES_WRITE)
        with self._db.transaction() as session:
            row = session.scalar(select(ActivityParticipant).where(
                ActivityParticipant.activity_id == activity_id, ActivityParticipant.member_id == member_id))
            if row is None or not row.present or row.late == late:
                return
            row.late = late
            recorder.record(session, self._actor, "update", ENTITY, activity_id,
                            {"member_id": [None, member_id], "late": [not late, late]})
        self._announce(activity_id)

    # -- spending -------------------------------------------------------------------------------

    def _checked_expense(self, session: Session, data: ExpenseInput) -> ExpenseInput:
        errors = []
        codes = {e.code for e in category_choices(session, SPENDING)}
        if data.category_code not in codes:
            errors.append(FieldError("category_code", QT_TRANSLATE_NOOP(
                "ActivityRules", "Choose the spending category.")))
        if data.amount is None or data.amount <= 0:
            errors.append(FieldError("amount", QT_TRANSLATE_NOOP(
                "ActivityRules", "Enter the amount spent, more than 0 yuan.")))
        if data.spent_on is None:
            errors.append(FieldError("spent_on", QT_TRANSLATE_NOOP("ActivityRules", "Enter the date of the spending.")))
        if errors:
            raise ValidationError(errors)
        return replace(data, invoice_no=_text(data.invoice_no, 60), payee=_text(data.payee, 100),
                       note=(data.note or "").strip())

    def add_expense(self, activity_id: int, data: ExpenseInput) -> int:
        self._actor.require(Permission.ACTIVITIES_WRITE)
        with self._db.transaction() as session:
            self._get(session, activity_id)
            data = self._checked_expense(session, data)
            ensure_period_open(session, data.spent_on)
            line = ActivityExpense(activity_id=activity_id, created_by=self._actor.username, **vars(data))
            session.add(line)
            session.flush()
            recorder.record(session, self._actor, "create", EXPENSE, line.id,
                            {"activity_id": [None, activity_id], **_diff({}, vars(data))})
            line_id = line.id
        self._announce(activity_id)
        return line_id

    def update_expense(self, expense_id: int, data: ExpenseInput) -> None:
        self._actor.require(Permission.ACTIVITIES_WRITE)
        with self._db.transaction() as session:
            line = self._expense(session, expense_id)
            data = self._checked_expense(session, data)
            ensure_period_open(session, line.spent_on)
            ensure_period_open(session, data.spent_on)
            old = {k: getattr(line, k) for k in vars(data)}
            changes = _diff(old, vars(data))
            if not changes:
                return
            for key, value in vars(data).items():
                setattr(line, key, value)
            recorder.record(session, self._actor, "update", EXPENSE, expense_id, changes)
            activity_id = line.activity_id
        self._announce(activity_id)

    def delete_expense(self, expense_id: int) -> None:
        self._actor.require(Permission.ACTIVITIES_WRITE)
        with self._db.transaction() as session:
            line = self._expense(session, expense_id)
            ensure_period_open(session, line.spent_on)
            if session.scalar(select(CondolenceVisit.id).where(CondolenceVisit.expense_id == expense_id)):
                raise RuleViolation(QT_TRANSLATE_NOOP(
                    "ActivityRules", "This line belongs to a condolence visit; remove or change the visit instead."))
            activity_id = line.activity_id
            recorder.record(session, self._actor, "delete", EXPENSE, expense_id, {
                "activity_id": [activity_id, None], "category_code": [line.category_code, None],
                "amount": [str(line.amount), None], "spent_on": [line.spent_on.isoformat(), None],
                "invoice_no": [line.invoice_no, None], "payee": [line.payee, None]})
            session.delete(line)
        self._announce(activity_id)

    # -- competition results --------------------------------------------------------------------

    def save_result(self, activity_id: int, data: ResultInput, result_id: int | None = None) -> int:
        self._actor.require(Permission.ACTIVITIES_WRITE)
        data = replace(data, team_name=_text(data.team_name, 60), score=_text(data.score, 30),
                       award=_text(data.award, 60), note=(data.note or "").strip())
        if data.member_id is None and not data.team_name:
            raise ValidationError([FieldError("member_id", QT_TRANSLATE_NOOP(
                "ActivityRules", "Choose the participant, or type the team's name."))])
        if data.rank is not None and data.rank < 1:
            raise ValidationError([FieldError("rank", QT_TRANSLATE_NOOP("ActivityRules", "The rank is 1 or more."))])
        with self._db.transaction() as session:
            self._get(session, activity_id)
            if result_id is None:
                row = ActivityResult(activity_id=activity_id, **vars(data))
                session.add(row)
                session.flush()
                recorder.record(session, self._actor, "create", RESULT, row.id,
                                {"activity_id": [None, activity_id], **_diff({}, vars(data))})
            else:
                row = session.get(ActivityResult, result_id)
                if row is None or row.activity_id != activity_id:
                    raise NotFoundError(QT_TRANSLATE_NOOP("ActivityRules", "This result no longer exists."))
                changes = _diff({k: getattr(row, k) for k in vars(data)}, vars(data))
                for key, value in vars(data).items():
                    setattr(row, key, value)
                if changes:
                    recorder.record(session, self._actor, "update", RESULT, row.id, changes)
            saved = row.id
        self._announce(activity_id)
        return saved

    def delete_result(self, result_id: int) -> None:
        self._actor.require(Permission.ACTIVITIES_WRITE)
        with self._db.transaction() as session:
            row = session.get(ActivityResult, result_id)
            if row is None:
                return
            activity_id = row.activity_id
            recorder.record(session, self._actor, "delete", RESULT, result_id,
                            {"member_id": [row.member_id, None], "team_name": [row.team_name, None],
                             "rank": [row.rank, None], "award": [row.award, None]})
            session.delete(row)
        self._announce(activity_id)

    # -- condolence visits ----------------------------------------------------------------------

    def ceiling_warning(self, data: VisitInput, visit_id: int | None = None) -> Message | None:
        """The warning to show when this visit would take the member over the yearly ceiling for
        its reason (None when within it, or no ceiling is set)."""
        if data.member_id is None or data.visited_on is None:
            return None
        with self._db.session() as session:
            return self._ceiling_problem(session, data, visit_id)

    def _ceiling_problem(self, session: Session, data: VisitInput, visit_id: int | None) -> Message | None:
        ceiling = session.get(CondolenceCeiling, str(data.reason))
        if ceiling is None or ceiling.yearly_limit is None:
            return None
        start, end = year_bounds(data.visited_on.year)
        v = CondolenceVisit
        statement = select(v.amount).where(v.member_id == data.member_id, v.reason == str(data.reason),
                                           v.visited_on.between(start, end))
        if visit_id is not None:
            statement = statement.where(v.id != visit_id)
        before = sum(session.scalars(statement), ZERO)
        if before + data.amount <= ceiling.yearly_limit:
            return None
        name = session.scalar(select(Member.name).where(Member.id == data.member_id)) or ""
        return QT_TRANSLATE_NOOP(
            "ActivityRules", "{name} would receive {total} yuan for “{reason}” in {year}, over the yearly "
            "ceiling of {limit} yuan per person (already {before} yuan this year).").format(
            name=name, total=format_yuan(before + data.amount), reason=REASON_LABELS[VisitReason(data.reason)],
            year=data.visited_on.year, limit=format_yuan(ceiling.yearly_limit), before=format_yuan(before))

    def _checked_visit(self, session: Session, data: VisitInput) -> VisitInput:
        errors = []
        member = session.get(Member, data.member_id) if data.member_id is not None else None
        if member is None or member.deleted_at is not None:
            errors.append(FieldError("member_id", QT_TRANSLATE_NOOP("ActivityRules", "Choose the member visited.")))
        if data.visited_on is None:
            errors.append(FieldError("visited_on", QT_TRANSLATE_NOOP("ActivityRules", "Enter the date of the visit.")))
        if data.amount is None or data.amount < 0:
            errors.append(FieldError("amount", QT_TRANSLATE_NOOP(
                "ActivityRules", "The amount cannot be negative; enter 0 for a gift without a value.")))
        elif data.amount == 0 and not (data.gift or "").strip():
            errors.append(FieldError("amount", QT_TRANSLATE_NOOP(
                "ActivityRules", "Enter the amount, or describe the gift.")))
        if errors:
            raise ValidationError(errors)
        return replace(data, reason=VisitReason(data.reason), gift=_text(data.gift, 100),
                       note=(data.note or "").strip())

    def save_visit(self, activity_id: int, data: VisitInput, visit_id: int | None = None, *,
                   over_ceiling_ok: bool = False) -> int:
        """Record (or change) a visit. Over the ceiling it raises CeilingExceeded unless confirmed.
        The visit's amount is kept as an expense line of the activity (payee: the member)."""
        self._actor.require(Permission.ACTIVITIES_WRITE)
        with self._db.transaction() as session:
            activity = self._get(session, activity_id)
            data = self._checked_visit(session, data)
            problem = self._ceiling_problem(session, data, visit_id)
            if problem is not None and not over_ceiling_ok:
                raise CeilingExceeded(problem)
            member_name = session.scalar(select(Member.name).where(Member.id == data.member_id))
            values = dict(member_id=data.member_id, reason=str(data.reason), visited_on=data.visited_on,
                          amount=data.amount, gift=data.gift, note=data.note)
            if visit_id is None:
                visit = CondolenceVisit(activity_id=activity_id, **values)
                session.add(visit)
                old = {}
            else:
                visit = session.get(CondolenceVisit, visit_id)
                if visit is None or visit.activity_id != activity_id:
                    raise NotFoundError(QT_TRANSLATE_NOOP("ActivityRules", "This visit no longer exists."))
                old = {k: getattr(visit, k) for k in values}
                for key, value in values.items():
                    setattr(visit, key, value)
            self._sync_visit_expense(session, activity, visit, member_name)
            session.flush()
            changes = _diff(old, values)
            if problem is not None:
                changes["over_ceiling"] = [None, True]
            if changes:
                recorder.record(session, self._actor, "create" if visit_id is None else "update", VISIT, visit.id,
                                {"activity_id": [None, activity_id], **changes} if visit_id is None else changes)
            saved = visit.id
        self._announce(activity_id)
        return saved

    def _sync_visit_expense(self, session: Session, activity: Activity, visit: CondolenceVisit, name: str) -> None:
        line = session.get(ActivityExpense, visit.expense_id) if visit.expense_id else None
        if line is not None:
            ensure_period_open(session, line.spent_on)
        if visit.amount and visit.amount > 0:
            ensure_period_open(session, visit.visited_on)
            category = session.scalar(select(ActivityType.category_code)
                                      .where(ActivityType.code == activity.type_code)) or "50205"
            note = f"慰问（{REASON_LABELS[VisitReason(visit.reason)].render()}）" + (f"：{visit.gift}" if visit.gift else "")
            if line is None:
                line = ActivityExpense(activity_id=activity.id, created_by=self._actor.username, invoice_no="")
                session.add(line)
            line.category_code, line.amount, line.spent_on = category, visit.amount, visit.visited_on
            line.payee, line.note = name[:100], note
            session.flush()
            visit.expense_id = line.id
        elif line is not None:
            visit.expense_id = None
            session.flush()
            session.delete(line)

    def delete_visit(self, visit_id: int) -> None:
        self._actor.require(Permission.ACTIVITIES_WRITE)
        with self._db.transaction() as session:
            visit = session.get(CondolenceVisit, visit_id)
            if visit is None:
                return
            activity_id = visit.activity_id
            line = session.get(ActivityExpense, visit.expense_id) if visit.expense_id else None
            if line is not None:
                ensure_period_open(session, line.spent_on)
            recorder.record(session, self._actor, "delete", VISIT, visit_id, {
                "member_id": [visit.member_id, None], "reason": [visit.reason, None],
                "visited_on": [visit.visited_on.isoformat(), None], "amount": [str(visit.amount), None]})
            session.delete(visit)
            session.flush()
            if line is not None:
                session.delete(line)
        self._announce(activity_id)

    def set_ceilings(self, ceilings: dict[VisitReason, Decimal | None]) -> None:
        """The yearly ceilings per person (None: no ceiling for that reason)."""
        self._actor.require(Permission.ACTIVITIES_WRITE)
        for reason, limit in ceilings.items():
            if limit is not None and limit < 0:
                raise ValidationError([FieldError(str(reason), QT_TRANSLATE_NOOP(
                    "ActivityRules", "A ceiling cannot be negative; leave it empty for none."))])
        with self._db.transaction() as session:
            changes = {}
            for reason, limit in ceilings.items():
                row = session.get(CondolenceCeiling, str(reason))
                if row is None:
                    row = CondolenceCeiling(reason=str(reason))
                    session.add(row)
                    old = None
                else:
                    old = row.yearly_limit
                if old != limit:
                    changes[str(reason)] = [None if old is None else str(old), None if limit is None else str(limit)]
                    row.yearly_limit, row.updated_at, row.updated_by = limit, utc_now(), self._actor.username
            if changes:
                recorder.record(session, self._actor, "update", CEILING, None, changes)
        self._db.changes.publish(Change(CEILING, frozenset(), "update"))

    # -- the type code table --------------------------------------------------------------------

    def add_type(self, zh: str, en: str, category_code: str) -> str:
        """A type of the union's own; its code is made from the labels' order."""
        self._actor.require(Permission.ACTIVITIES_WRITE)
        zh, en = _text(zh, 60), _text(en, 60) or _text(zh, 60)
        with self._db.transaction() as session:
            if not zh:
                raise ValidationError([FieldError("zh", QT_TRANSLATE_NOOP("ActivityRules", "Enter the type's name."))])
            if category_code not in {e.code for e in category_choices(session, SPENDING)}:
                raise ValidationError([FieldError("category_code", QT_TRANSLATE_NOOP(
                    "ActivityRules", "Choose the spending category."))])
            if session.scalar(select(ActivityType.code).where(ActivityType.zh == zh)):
                raise ValidationError([FieldError("zh", QT_TRANSLATE_NOOP(
                    "ActivityRules", "There is already a type named “{name}”.").format(name=zh))])
            position = (session.scalar(select(func.max(ActivityType.position))) or 0) + 1
            code = f"custom{position}"
            session.add(ActivityType(code=code, zh=zh, en=en, category_code=category_code, position=position,
                                     builtin=False))
            recorder.record(session, self._actor, "create", TYPE, None,
                            {"code": [None, code], "zh": [None, zh], "en": [None, en],
                             "category_code": [None, category_code]})
        self._db.changes.publish(Change(TYPE, frozenset(), "create"))
        return code

    def update_type(self, code: str, zh: str, en: str, category_code: str) -> None:
        self._actor.require(Permission.ACTIVITIES_WRITE)
        with self._db.transaction() as session:
            row = session.get(ActivityType, code)
            if row is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("ActivityRules", "This type no longer exists."))
            if category_code not in {e.code for e in category_choices(session, SPENDING)}:
                raise ValidationError([FieldError("category_code", QT_TRANSLATE_NOOP(
                    "ActivityRules", "Choose the spending category."))])
            new = {"zh": _text(zh, 60) or row.zh, "en": _text(en, 60) or row.en, "category_code": category_code}
            changes = _diff({k: getattr(row, k) for k in new}, new)
            if not changes:
                return
            for key, value in new.items():
                setattr(row, key, value)
            recorder.record(session, self._actor, "update", TYPE, None, {"code": [code, code], **changes})
        self._db.changes.publish(Change(TYPE, frozenset(), "update"))

    # -- helpers --------------------------------------------------------------------------------

    def _announce(self, activity_id: int, action: str = "update") -> None:
        self._db.changes.publish(Change(ENTITY, frozenset({activity_id}), action))

    def _get(self, session: Session, activity_id: int) -> Activity:
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "ActivityRules", "This activity no longer exists (deleted by someone else?). Refresh the list."))
        return activity

    def _expense(self, session: Session, expense_id: int) -> ActivityExpense:
        line = session.get(ActivityExpense, expense_id)
        if line is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("ActivityRules", "This spending line no longer exists."))
        return line

    @staticmethod
    def _refuse_when_closed(activity: Activity) -> None:
        if activity.status in (str(ActivityStatus.CANCELLED), str(ActivityStatus.FINISHED)):
            raise RuleViolation(QT_TRANSLATE_NOOP(
                "ActivityRules", "Sign-up is closed: the activity is finished or cancelled. Walk-ins can "
                "still be added at check-in while it runs."))

    @staticmethod
    def _room(session: Session, activity: Activity) -> int | None:
        if activity.capacity is None:
            return None
        taken = session.scalar(select(func.count(ActivityParticipant.id)).where(
            ActivityParticipant.activity_id == activity.id, ActivityParticipant.state == SIGNED,
            ActivityParticipant.walk_in.is_(False)))
        return max(activity.capacity - taken, 0)

    def _promote(self, session: Session, activity: Activity) -> list[int]:
        """Move the first on the waiting list into free places, in sign-up order."""
        room = self._room(session, activity)
        queue = session.scalars(select(ActivityParticipant).where(
            ActivityParticipant.activity_id == activity.id, ActivityParticipant.state == WAITING)
            .order_by(ActivityParticipant.signed_up_at, ActivityParticipant.id)).all()
        if room is not None:
            queue = queue[:room]
        for row in queue:
            row.state = SIGNED
        return [row.member_id for row in queue]

    @staticmethod
    def _is_late(activity: Activity, now: dt.datetime) -> bool:
        if activity.start_time is None:
            return False
        local = now.astimezone().replace(tzinfo=None) if now.tzinfo else now
        return local > dt.datetime.combine(activity.starts_on, activity.start_time)

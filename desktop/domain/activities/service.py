"""Use cases that change activities. Each runs in one transaction: check the permission, validate,
change, write the audit record, commit; then announce the change (kind "activity", the activity's
id) so that the pane, the member page and the ledger refresh.

Rules kept (in the part of the service named):
- participants.py: a capacity turns later sign-ups into a waiting list; a cancellation promotes the
  first in line; checking in at the door marks a participant present (late after the start time);
  someone not on the list comes in as a walk-in; a cancelled activity takes no check-ins;
- expenses.py: an expense is a positive amount in a SPENDING category, dated in an open accounting
  period;
- visits.py: a condolence visit that would take a member over the yearly ceiling for its reason is refused
  unless the user confirms (`over_ceiling_ok`), and a visit with an amount has its expense line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from sqlalchemy import func, select, update

from desktop.domain.concurrency import check_version
from desktop.domain.accounts.permissions import Permission
from desktop.domain.activities.entities import (
    Activity, ActivityExpense, ActivityParticipant, ActivityResult, ActivityType, CondolenceVisit,
)
from desktop.domain.activities.expenses import ExpensesMixin
from desktop.domain.activities.participants import ParticipantsMixin
from desktop.domain.activities.service_base import ENTITY, RESULT, TYPE, _diff, _text
from desktop.domain.activities.inputs import ACTIVITY_FIELDS, ActivityInput, ActivityStatus, ResultInput
from desktop.domain.activities.visits import VisitsMixin
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.errors import FieldError, NotFoundError, RuleViolation, ValidationError
from desktop.domain.funds.categories import SPENDING, category_choices
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.changes import Change


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


class ActivityService(ParticipantsMixin, ExpensesMixin, VisitsMixin):
    """The plan, competition results and the type code table; who comes in participants.py, spending
    in expenses.py, condolence visits in visits.py."""

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

    def update(self, activity_id: int, data: ActivityInput,
               loaded_version: int | None = None) -> None:
        self._actor.require(Permission.ACTIVITIES_WRITE)
        data = self.checked(data)
        with self._db.transaction() as session:
            activity = self._get(session, activity_id)
            check_version(session, activity, loaded_version, ENTITY, activity_id)  # someone else saved meanwhile?
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
            row: ActivityResult | None
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

"""What every part of ActivityService stands on (service.py, participants.py, expenses.py,
visits.py): the activity and its lines by id, the waiting list's room, and the change announced."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.activities.entities import Activity, ActivityExpense, ActivityParticipant
from desktop.domain.activities.inputs import ActivityStatus, ParticipantState
from desktop.domain.audit import recorder
from desktop.domain.errors import NotFoundError, RuleViolation, UserError
from desktop.domain.service_base import ServiceBase
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.changes import Change

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


def _text(value: str | None, limit: int) -> str:
    return (value or "").strip()[:limit]


def _plain(values: dict) -> dict:
    """Values the audit trail's JSON can hold: amounts and times as text."""
    return {k: (str(v) if isinstance(v, (Decimal, dt.time)) else v) for k, v in values.items()}


def _diff(old: dict, new: dict) -> dict:
    return recorder.diff(_plain(old), _plain(new))


class ActivityServiceBase(ServiceBase):
    CHANGE_KIND = ENTITY

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
            ActivityParticipant.walk_in.is_(False))) or 0
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

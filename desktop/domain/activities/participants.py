"""Who comes: signing members up (a capacity turns later sign-ups into a waiting list; a
cancellation promotes the first in line), teams, and checking in at the door (present, late after
the start time; someone not on the list comes in as a walk-in; a cancelled activity takes none)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence, cast

from sqlalchemy import Table, select, update

from desktop.domain.accounts.permissions import Permission
from desktop.domain.activities.entities import ActivityParticipant
from desktop.domain.activities.service_base import (
    CANCELLED, CHUNK, CURRENT_MEMBER, ENTITY, SIGNED, WAITING, ActivityServiceBase, Cancelled, _text,
)
from desktop.domain.activities.inputs import ActivityStatus
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.errors import NotFoundError, RuleViolation
from desktop.domain.members.entities import Member
from desktop.messages import QT_TRANSLATE_NOOP


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


class ParticipantsMixin(ActivityServiceBase):
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
        signed: list[int] = []
        waiting: list[int] = []
        already: list[int] = []
        skipped: list[int] = []
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
                session.execute(cast(Table, ActivityParticipant.__table__).insert(), new_rows[start:start + CHUNK])
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

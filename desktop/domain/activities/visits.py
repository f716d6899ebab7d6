"""Condolence visits: a visit that would take a member over the yearly ceiling for its reason
is refused unless the user confirms (`over_ceiling_ok`), and a visit with an amount has its
expense line."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Permission
from desktop.domain.activities.entities import (
    Activity, ActivityExpense, ActivityType, CondolenceCeiling, CondolenceVisit,
)
from desktop.domain.activities.queries import year_bounds
from desktop.domain.activities.service_base import CEILING, VISIT, ActivityServiceBase, _diff, _text
from desktop.domain.activities.inputs import REASON_LABELS, VisitInput, VisitReason
from desktop.domain.audit import recorder
from desktop.domain.base import utc_now
from desktop.domain.errors import FieldError, NotFoundError, UserError, ValidationError
from desktop.domain.funds.periods import ensure_period_open
from desktop.domain.members.entities import Member
from desktop.domain.money import ZERO, format_yuan
from desktop.messages import QT_TRANSLATE_NOOP, Message
from desktop.changes import Change


class CeilingExceeded(UserError):
    """A visit would take the member over the yearly ceiling; `over_ceiling_ok=True` records it anyway."""


class VisitsMixin(ActivityServiceBase):
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
        if ceiling is None or ceiling.yearly_limit is None or data.visited_on is None:
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
            member_name = session.scalar(select(Member.name).where(Member.id == data.member_id)) or ""
            values = dict(member_id=data.member_id, reason=str(data.reason), visited_on=data.visited_on,
                          amount=data.amount, gift=data.gift, note=data.note)
            visit: CondolenceVisit | None
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

"""An activity's spending lines: a positive amount in a SPENDING category, dated in an open
accounting period."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.accounts.permissions import Permission
from desktop.domain.activities.entities import ActivityExpense, CondolenceVisit
from desktop.domain.activities.service_base import EXPENSE, ActivityServiceBase, _diff, _text
from desktop.domain.activities.inputs import ExpenseInput
from desktop.domain.audit import recorder
from desktop.domain.errors import FieldError, RuleViolation, ValidationError
from desktop.domain.funds.categories import SPENDING, category_choices
from desktop.domain.funds.periods import ensure_period_open
from desktop.messages import QT_TRANSLATE_NOOP


class ExpensesMixin(ActivityServiceBase):
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

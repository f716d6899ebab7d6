"""Settings of the aid area: the local minimum-living line (低保) with the day it applies from, and
the periods the reminders and the purge use. Read by anyone allowed to see aid cases; changed with
AID_WRITE, audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.aid.entities import AidPovertyLine, AidSetting
from desktop.domain.audit import recorder
from desktop.domain.errors import FieldError, ValidationError
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.changes import Change
from desktop.store.database import Database

CHANGE_KIND = "aid"

# key -> (default, smallest, largest)
NUMBERS = {
    "retention_years": (5, 1, 30),      # closed cases kept this many years after closing
    "publicity_days": (7, 1, 30),       # 公示 lasts this many days after the home visit
    "follow_up_months": (3, 1, 24),     # 回访 due this many months after 解困/退档
    "review_warning_days": (30, 0, 120),  # yearly review shown as due this many days ahead
}


@dataclass(frozen=True)
class PovertyLine:
    id: int
    effective_from: dt.date
    monthly_amount: Decimal
    note: str


@dataclass(frozen=True)
class AidSettings:
    retention_years: int
    publicity_days: int
    follow_up_months: int
    review_warning_days: int
    lines: tuple[PovertyLine, ...]   # newest first

    def line_on(self, day: dt.date) -> Decimal:
        for line in self.lines:
            if line.effective_from <= day:
                return line.monthly_amount
        return Decimal("0")


def read_settings(session: Session) -> AidSettings:
    stored = dict(session.execute(select(AidSetting.key, AidSetting.value)).all())
    numbers = {}
    for key, (default, low, high) in NUMBERS.items():
        try:
            numbers[key] = min(max(int(stored.get(key, default)), low), high)
        except ValueError:
            numbers[key] = default
    lines = tuple(PovertyLine(r.id, r.effective_from, r.monthly_amount, r.note) for r in session.scalars(
        select(AidPovertyLine).order_by(AidPovertyLine.effective_from.desc())))
    return AidSettings(lines=lines, **numbers)


def line_on(session: Session, day: dt.date) -> Decimal:
    amount = session.scalar(select(AidPovertyLine.monthly_amount).where(AidPovertyLine.effective_from <= day)
                            .order_by(AidPovertyLine.effective_from.desc()).limit(1))
    return amount if amount is not None else Decimal("0")


class AidSettingsService:
    def __init__(self, db: Database, actor: Actor):
        self._db = db
        self._actor = actor

    def read(self) -> AidSettings:
        self._actor.require(Permission.AID_READ)
        with self._db.session() as session:
            return read_settings(session)

    def set_numbers(self, **values: int) -> None:
        self._actor.require(Permission.AID_WRITE)
        errors = []
        for key, value in values.items():
            default, low, high = NUMBERS[key]
            if not isinstance(value, int) or not low <= value <= high:
                errors.append(FieldError(key, QT_TRANSLATE_NOOP(
                    "AidSettings", "Enter a whole number from {low} to {high}.").format(low=low, high=high)))
        if errors:
            raise ValidationError(errors)
        with self._db.transaction() as session:
            old = read_settings(session)
            changes = {k: [getattr(old, k), v] for k, v in values.items() if getattr(old, k) != v}
            if not changes:
                return
            for key, value in values.items():
                row = session.get(AidSetting, key)
                if row is None:
                    session.add(AidSetting(key=key, value=str(value)))
                else:
                    row.value = str(value)
            recorder.record(session, self._actor, "aid_settings", "aid_setting", None, changes)
        self._db.changes.publish(Change(CHANGE_KIND, frozenset(), "update"))

    def add_line(self, effective_from: dt.date, monthly_amount: Decimal, note: str = "") -> int:
        """A new 低保 line from a day on (a line already starting that day is replaced)."""
        self._actor.require(Permission.AID_WRITE)
        if monthly_amount <= 0:
            raise ValidationError([FieldError("monthly_amount", QT_TRANSLATE_NOOP(
                "AidSettings", "The minimum-living line must be more than 0 yuan per person per month."))])
        with self._db.transaction() as session:
            old = session.scalar(select(AidPovertyLine).where(AidPovertyLine.effective_from == effective_from))
            changes: dict[str, list[str | None]]
            if old is not None:
                changes = {"monthly_amount": [str(old.monthly_amount), str(monthly_amount)]}
                old.monthly_amount, old.note = monthly_amount, note
                line_id = old.id
                action = "update"
            else:
                row = AidPovertyLine(effective_from=effective_from, monthly_amount=monthly_amount, note=note)
                session.add(row)
                session.flush()
                line_id = row.id
                changes = {"effective_from": [None, effective_from.isoformat()],
                           "monthly_amount": [None, str(monthly_amount)]}
                action = "create"
            recorder.record(session, self._actor, action, "aid_poverty_line", line_id, changes)
        self._db.changes.publish(Change(CHANGE_KIND, frozenset(), "update"))
        return line_id

    def remove_line(self, line_id: int) -> None:
        self._actor.require(Permission.AID_WRITE)
        with self._db.transaction() as session:
            row = session.get(AidPovertyLine, line_id)
            if row is None:
                return
            recorder.record(session, self._actor, "delete", "aid_poverty_line", line_id, {
                "effective_from": [row.effective_from.isoformat(), None],
                "monthly_amount": [str(row.monthly_amount), None]})
            session.execute(delete(AidPovertyLine).where(AidPovertyLine.id == line_id))
        self._db.changes.publish(Change(CHANGE_KIND, frozenset(), "update"))

"""What an export to the parent union's template or the printed yearly report may carry, decided
here, and the record of each in the audit trail BEFORE the file is in place. The figures are counts
and amounts only: no name, ID number or phone of a member leaves through them (the signers' names
and phone are the cadre's own, typed for the form).

desktop/exchange/statistics_export.py and desktop/documents/statistics_report.py only format these
values."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Callable

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import Permission
from desktop.domain.audit import recorder
from desktop.domain.statistics.inputs import Signers
from desktop.domain.statistics.queries import BODIES, Report
from desktop.store.database import Database

ZERO = Decimal("0.00")


def template_values(report: Report, signers: Signers, today: dt.date) -> dict[str, object]:
    """Every value a statistical template profile may name, by placeholder: numbers stay numbers
    (a cell that is only "{members}" becomes a number cell), unknown ones are None (an empty cell)."""
    settings = report.settings
    values: dict[str, object] = dict(report.members)
    values.update(report.movements)
    values.update({key: report.body(key) for key in BODIES})
    values.update({
        "union": report.union_name, "as_of": report.as_of.isoformat(), "today": today.isoformat(),
        "preparer": signers.preparer, "reviewer": signers.reviewer, "phone": signers.phone,
        "workforce": report.workforce, "rate": report.membership_rate or None,
        "women_workforce": settings.women_workforce if settings else None,
        "migrant_workforce": settings.migrant_workforce if settings else None,
        "start_members": report.start_members,
        "activities": sum(a.activities for a in report.activities),
        "attendances": sum(a.attendances for a in report.activities),
        "aid_households": None if report.aid is None else sum(a.households for a in report.aid),
        "aid_amount": None if report.aid is None else sum((a.amount for a in report.aid), ZERO),
        "dues_collected": report.dues_collected,
    })
    if report.funds is not None:
        top = [f for f in report.funds if f.parent is None]
        values["funds_income"] = sum((f.amount for f in top if f.kind == "income"), ZERO)
        values["funds_spending"] = sum((f.amount for f in top if f.kind == "spending"), ZERO)
        values.update({f"fund_{f.code}": f.amount for f in report.funds})
    else:
        values.update({"funds_income": None, "funds_spending": None})
    return values


class StatisticsRecords:
    """The audit records of statistics leaving the program (one per file)."""

    def __init__(self, db: Database, actor: Actor):
        actor.require(Permission.MEMBERS_READ)
        self._db = db
        self._actor = actor

    def record(self, action: str, as_of: dt.date, path: str, what: str,
               put_in_place: Callable[[], None] | None = None) -> None:
        """`action` is stats_export or stats_print; `put_in_place` (moving the written file to its
        name) runs inside the same transaction, so the file is there if and only if the trail says so."""
        with self._db.transaction() as session:
            recorder.record(session, self._actor, action, "statistics", None,
                            {"as_of": [None, as_of.isoformat()], "profile": [None, what], "path": [None, path]})
            if put_in_place is not None:
                put_in_place()

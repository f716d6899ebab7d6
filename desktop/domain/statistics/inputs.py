"""What the cadre types once a year for the statistics: the unit's headcount (职工人数) on a date and,
where no 工会职务 records exist, the size of the union bodies. Checked by `validate_settings`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

from desktop.domain.errors import FieldError
from desktop.messages import QT_TRANSLATE_NOOP

HEADCOUNT_LIMIT = 1_000_000
COUNT_FIELDS = ("workforce", "women_workforce", "migrant_workforce", "committee", "audit_committee",
                "women_committee", "member_representatives", "congress_delegates")


@dataclass(frozen=True)
class SettingsInput:
    as_of: dt.date
    workforce: int
    women_workforce: int | None = None
    migrant_workforce: int | None = None
    committee: int | None = None
    audit_committee: int | None = None
    women_committee: int | None = None
    member_representatives: int | None = None
    congress_delegates: int | None = None
    note: str = ""

    def values(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)} | {"note": self.note.strip()}


def validate_settings(data: SettingsInput, today: dt.date) -> list[FieldError]:
    errors = []
    if data.as_of > today:
        errors.append(FieldError("as_of", QT_TRANSLATE_NOOP(
            "Statistics", "The date {date} is in the future: enter the headcount of a day that has come.").format(
            date=data.as_of.isoformat())))
    for name in COUNT_FIELDS:
        value = getattr(data, name)
        if value is not None and not 0 <= value <= HEADCOUNT_LIMIT:
            errors.append(FieldError(name, QT_TRANSLATE_NOOP(
                "Statistics", "{value} is not a number of people: enter a whole number from 0 to 1000000.")
                .format(value=value)))
    for part in ("women_workforce", "migrant_workforce"):
        value = getattr(data, part)
        if value is not None and value > data.workforce:
            errors.append(FieldError(part, QT_TRANSLATE_NOOP(
                "Statistics", "{value} is more than the headcount ({workforce}): it is a part of it.").format(
                value=value, workforce=data.workforce)))
    return errors


@dataclass(frozen=True)
class Signers:
    """Who fills in and who checks a report for the parent union, and how to reach them."""

    preparer: str = ""       # 填报人
    reviewer: str = ""       # 审核人
    phone: str = ""          # 联系电话

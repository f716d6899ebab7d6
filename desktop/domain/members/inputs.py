"""What a member record must satisfy, checked the same way by the dialog (as you type) and by the
service (before anything is written)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from functools import lru_cache

from desktop.domain.codes import ID_TYPE_RESIDENT_CARD, code_table
from desktop.domain.errors import FieldError
from desktop.domain.id_numbers import check_id_number, normalize
from desktop.domain.members.lifecycle import EventType
from desktop.messages import QT_TRANSLATE_NOOP
from desktop.domain.phones import normalize_phone, phone_error

# Which code table each coded field takes its values from.
CODED_FIELDS = {
    "gender": "gender", "ethnicity": "ethnicity", "employment_status": "employment_status",
    "id_type": "id_type", "education": "education", "skill_level": "skill_level",
    "household_type": "household_type", "political_status": "political_status",
}
MAX_NAME_LENGTH = 50


@dataclass(frozen=True)
class MemberInput:
    """Everything a person types about a member, as plain values. Codes are code-table codes."""

    name: str = ""
    gender: str = ""
    birth_date: dt.date | None = None
    ethnicity: str | None = "01"
    employment_status: str | None = "1"
    id_type: str = ID_TYPE_RESIDENT_CARD
    id_number: str = ""
    education: str | None = None
    skill_level: str | None = None
    mobile: str = ""
    household_type: str | None = None
    household_place: str = ""
    political_status: str | None = "13"
    work_unit: str = ""
    native_place: str = ""
    is_migrant_worker: bool = False
    department: str = ""
    team: str = ""
    post: str = ""
    hire_date: dt.date | None = None
    join_date: dt.date | None = None
    card_no: str = ""
    member_no: str = ""
    consent_date: dt.date | None = None
    remarks: str = ""

    def as_dict(self) -> dict:
        # The instance dict holds exactly the fields, in order (a plain frozen dataclass); reading it
        # is ten times cheaper than fields() + getattr, and imports call this for every row.
        return dict(self.__dict__)


MEMBER_FIELDS = tuple(f.name for f in fields(MemberInput))
TEXT_FIELDS = ("name", "id_number", "mobile", "household_place", "work_unit", "native_place",
               "department", "team", "post", "card_no", "member_no", "remarks")


def _clean_text(value: str | None) -> str:
    return " ".join((value or "").split())


def normalize_input(data: MemberInput, today: dt.date | None = None) -> MemberInput:
    """Tidy what was typed: trim spaces, half-width digits, upgrade a 15-digit ID, and fill birth
    date and gender from a valid resident ID when they are empty."""
    # One new instance built from a dict (an import normalizes every row; replace() four times
    # over took most of its preview).
    values = data.as_dict()
    for name in TEXT_FIELDS:
        if name not in ("id_number", "mobile", "remarks"):
            values[name] = _clean_text(values[name])
    values["remarks"] = (data.remarks or "").strip()
    values["mobile"] = normalize_phone(data.mobile or "")
    for name in CODED_FIELDS:
        if name != "gender" and name != "id_type" and not values[name]:
            values[name] = None
    if data.id_type == ID_TYPE_RESIDENT_CARD:
        check = check_id_number(data.id_number, today)
        values["id_number"] = check.number
        if check.ok:
            values["birth_date"] = data.birth_date or check.birth_date
            values["gender"] = data.gender or check.gender
    else:
        values["id_number"] = normalize(data.id_number)
    return MemberInput(**values)


def normalized_id_number(data: MemberInput, today: dt.date | None = None) -> str:
    """The ID number as normalize_input would store it (duplicate look-ups need only this)."""
    if data.id_type == ID_TYPE_RESIDENT_CARD:
        return check_id_number(data.id_number, today).number
    return normalize(data.id_number)


def validate_member(data: MemberInput, today: dt.date | None = None,
                    join_date_required: bool = True) -> list[FieldError]:
    """Every problem with a (normalized) member input, field by field; empty when it may be saved.
    An import may leave the join date unknown (join_date_required=False); the dialog may not."""
    today = today or dt.date.today()
    errors: list[FieldError] = []

    def problem(field: str, message) -> None:
        errors.append(FieldError(field, message))

    if not data.name:
        problem("name", QT_TRANSLATE_NOOP("MemberRules", "Enter the member's name."))
    elif len(data.name) > MAX_NAME_LENGTH:
        problem("name", QT_TRANSLATE_NOOP("MemberRules", "The name is longer than {limit} characters.")
                .format(limit=MAX_NAME_LENGTH))
    for name, table in CODED_FIELDS.items():
        value = getattr(data, name)
        if value and code_table(table).get(value) is None:
            problem(name, QT_TRANSLATE_NOOP("MemberRules", "“{value}” is not a value of this list; pick one.")
                    .format(value=value))
    if not data.gender:
        problem("gender", QT_TRANSLATE_NOOP("MemberRules", "Choose the gender."))
    _check_identity(data, today, problem)
    if (message := phone_error(data.mobile)) is not None:
        problem("mobile", message)
    _check_dates(data, today, problem, join_date_required)
    errors += _length_errors(data)
    return errors


def _length_errors(data: MemberInput) -> list[FieldError]:
    """Text longer than its column allows (the name has its own message above); the same errors as
    lengths.length_errors, with the limits looked up once (an import checks every row)."""
    found = [(name, limit, len(value)) for name, limit in _text_limits()
             if isinstance(value := getattr(data, name), str) and len(value) > limit]
    if not found:
        return []
    from desktop.domain.lengths import too_long

    return [too_long(name, limit, length) for name, limit, length in found]


@lru_cache(maxsize=1)
def _text_limits() -> tuple[tuple[str, int], ...]:
    """(field, column limit) of the text fields, in TEXT_FIELDS order (imported late: the entity
    module imports this one)."""
    from desktop.domain.lengths import limits_of
    from desktop.domain.members.entities import Member

    limits = limits_of(Member)
    return tuple((name, limits[name]) for name in TEXT_FIELDS if name != "name" and name in limits)


def _check_identity(data: MemberInput, today: dt.date, problem) -> None:
    if data.id_type != ID_TYPE_RESIDENT_CARD:
        if len(data.id_number) < 5:
            problem("id_number", QT_TRANSLATE_NOOP("MemberRules", "Enter the document number."))
        return
    check = check_id_number(data.id_number, today)
    if not check.ok:
        problem("id_number", check.error)
        return
    if data.birth_date and data.birth_date != check.birth_date:
        problem("birth_date", QT_TRANSLATE_NOOP(
            "MemberRules", "The ID number says the birth date is {id_date}; correct the birth date or "
            "the ID number.").format(id_date=check.birth_date.isoformat()))
    if data.gender in ("1", "2") and data.gender != check.gender:
        problem("gender", QT_TRANSLATE_NOOP(
            "MemberRules", "The ID number belongs to a {gender} (its 17th digit); correct the gender "
            "or the ID number.").format(gender=_GENDER_WORDS[check.gender]))


_GENDER_WORDS = {
    "1": QT_TRANSLATE_NOOP("MemberRules", "man"),
    "2": QT_TRANSLATE_NOOP("MemberRules", "woman"),
}


def _check_dates(data: MemberInput, today: dt.date, problem, join_date_required: bool = True) -> None:
    if data.birth_date and data.birth_date > today:
        problem("birth_date", QT_TRANSLATE_NOOP("MemberRules", "The birth date is in the future."))
    if data.join_date is None and join_date_required:
        problem("join_date", QT_TRANSLATE_NOOP("MemberRules", "Enter the date the member joined the union."))
    for name in ("join_date", "hire_date", "consent_date"):
        value = getattr(data, name)
        if value and value > today:
            problem(name, QT_TRANSLATE_NOOP("MemberRules", "This date ({date}) is in the future.")
                    .format(date=value.isoformat()))
        elif value and data.birth_date and value < data.birth_date:
            problem(name, QT_TRANSLATE_NOOP("MemberRules", "This date ({date}) is before the birth date.")
                    .format(date=value.isoformat()))


@dataclass(frozen=True)
class EventInput:
    """A lifecycle event as typed in the event dialog."""

    event_type: EventType
    event_date: dt.date
    reason: str | None = None
    approver: str = ""
    note: str = ""

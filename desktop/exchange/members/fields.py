"""The member fields a roster column can be mapped to: their names in the user's language and how a
cell becomes a value of each."""

from __future__ import annotations

from typing import Any, Callable

from desktop.exchange.shared import cells
from desktop.messages import QT_TRANSLATE_NOOP, Message

# In the order the mapping list offers them (the real-name template's order, then local fields).
FIELD_LABELS: dict[str, Message] = {
    "name": QT_TRANSLATE_NOOP("MemberFields", "Name"),
    "gender": QT_TRANSLATE_NOOP("MemberFields", "Gender"),
    "birth_date": QT_TRANSLATE_NOOP("MemberFields", "Birth date"),
    "ethnicity": QT_TRANSLATE_NOOP("MemberFields", "Ethnicity"),
    "employment_status": QT_TRANSLATE_NOOP("MemberFields", "Employment status"),
    "id_type": QT_TRANSLATE_NOOP("MemberFields", "ID document type"),
    "id_number": QT_TRANSLATE_NOOP("MemberFields", "ID number"),
    "education": QT_TRANSLATE_NOOP("MemberFields", "Education"),
    "skill_level": QT_TRANSLATE_NOOP("MemberFields", "Skill level"),
    "mobile": QT_TRANSLATE_NOOP("MemberFields", "Mobile"),
    "household_type": QT_TRANSLATE_NOOP("MemberFields", "Household type"),
    "household_place": QT_TRANSLATE_NOOP("MemberFields", "Household registration place"),
    "political_status": QT_TRANSLATE_NOOP("MemberFields", "Political status"),
    "work_unit": QT_TRANSLATE_NOOP("MemberFields", "Work unit"),
    "native_place": QT_TRANSLATE_NOOP("MemberFields", "Native place"),
    "is_migrant_worker": QT_TRANSLATE_NOOP("MemberFields", "Migrant worker"),
    "department": QT_TRANSLATE_NOOP("MemberFields", "Department"),
    "team": QT_TRANSLATE_NOOP("MemberFields", "Team"),
    "post": QT_TRANSLATE_NOOP("MemberFields", "Post"),
    "hire_date": QT_TRANSLATE_NOOP("MemberFields", "Hire date"),
    "join_date": QT_TRANSLATE_NOOP("MemberFields", "Join date"),
    "card_no": QT_TRANSLATE_NOOP("MemberFields", "Member card no."),
    "member_no": QT_TRANSLATE_NOOP("MemberFields", "Member no."),
    "consent_date": QT_TRANSLATE_NOOP("MemberFields", "Consent date"),
    "remarks": QT_TRANSLATE_NOOP("MemberFields", "Remarks"),
    # Read, not stored: the parent-union template's 会籍变化日期 of a 入会 row is the join date.
    "change_type": QT_TRANSLATE_NOOP("MemberFields", "Membership change type"),
    "change_date": QT_TRANSLATE_NOOP("MemberFields", "Membership change date"),
}


def _code(table: str) -> Callable[[Any], str | None]:
    return lambda value: cells.code_of(table, value)


PARSERS: dict[str, Callable[[Any], Any]] = {
    "name": cells.name_of,
    "gender": cells.gender_of,
    "birth_date": cells.date_of,
    "hire_date": cells.date_of,
    "join_date": cells.date_of,
    "change_date": cells.date_of,
    "consent_date": cells.date_of,
    "id_number": cells.id_number_of,
    "mobile": cells.phone_of,
    "id_type": lambda value: cells.code_of("id_type", value) or "1",
    "is_migrant_worker": cells.flag_of,
    **{f: _code(f) for f in ("ethnicity", "employment_status", "education", "skill_level",
                             "household_type", "political_status")},
}


def parse(field: str, value: Any) -> Any:
    """The value of `field` for a cell (raises cells.CellError)."""
    return PARSERS.get(field, cells.text_of)(value)

"""Length limits of text fields, checked in the domain before anything is written.

SQLite stores a string of any length whatever `String(50)` says, so without a check a pasted page
would land in a name field and break every table and paper that shows it. The limit of a field is
its column's declared length; free text (`Text` columns: remarks, notes, situations) is capped at
TEXT_LIMIT. Every ORM write is checked by a `before_flush` hook (installed when the entities are
defined); bulk writes (imports) check their rows with `length_errors` in their own validation.
"""

from __future__ import annotations

from functools import lru_cache

from sqlalchemy import String, Text, event, inspect
from sqlalchemy.orm import Session

from desktop.domain.errors import FieldError, ValidationError
from desktop.messages import QT_TRANSLATE_NOOP, Message

TEXT_LIMIT = 4000   # characters of free text: two printed pages
# Text columns people type into. Other Text columns hold what the program writes (the audit trail's
# JSON, a vote's snapshot), which is as long as it needs to be.
FREE_TEXT = frozenset({"note", "remarks", "description", "situation", "reason", "items", "health_detail",
                       "consent_scope", "tier_override_reason", "void_reason"})
# String columns the program fills from other fields (pinyin of a name can outgrow it).
DERIVED = frozenset({"name_sort", "password_hash"})


def limit_of(column) -> int | None:
    kind, key = column.type, column.key
    if isinstance(kind, Text) or (isinstance(kind, String) and kind.length is None):
        return TEXT_LIMIT if key in FREE_TEXT else None
    if isinstance(kind, String) and key not in DERIVED:
        return kind.length
    return None


def too_long(field: str, limit: int, length: int) -> FieldError:
    from desktop.domain.audit.labels import FIELD_LABELS  # words for field names, in every language

    label = FIELD_LABELS.get(field) or field
    return FieldError(field, QT_TRANSLATE_NOOP(
        "Lengths", "{field} is too long: at most {limit} characters, {length} given. Shorten it and "
        "try again; nothing was saved.").format(field=label, limit=limit, length=length))


def length_errors(entity, values: dict) -> list[FieldError]:
    """The fields of `values` (for the mapped class `entity`) longer than their columns allow."""
    errors = []
    limits = limits_of(entity)
    for field, value in values.items():
        if isinstance(value, str):
            limit = limits.get(field)
            if limit is not None and len(value) > limit:
                errors.append(too_long(field, limit, len(value)))
    return errors


@lru_cache(maxsize=None)
def limits_of(entity) -> dict[str, int]:
    """{column: limit} of a mapped class, worked out once (an import checks every row's fields)."""
    return {key: limit for key, column in inspect(entity).columns.items() if (limit := limit_of(column)) is not None}


def _check_before_flush(session: Session, _context, _instances) -> None:
    errors: list[FieldError] = []
    for obj in list(session.new) + list(session.dirty):
        state = inspect(obj)
        mapper = state.mapper
        for attr in mapper.column_attrs:
            value = state.dict.get(attr.key)
            if isinstance(value, str):
                limit = limit_of(attr.columns[0])
                if limit is not None and len(value) > limit:
                    errors.append(too_long(attr.key, limit, len(value)))
    if errors:
        raise ValidationError(errors)


def install() -> None:
    if not event.contains(Session, "before_flush", _check_before_flush):
        event.listen(Session, "before_flush", _check_before_flush)


__all__ = ["TEXT_LIMIT", "Message", "install", "length_errors", "limit_of"]

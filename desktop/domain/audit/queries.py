"""Reading the audit trail: filtered id lists (newest first) and the rows for them, SQL-side.

Same shape as the member register's queries: a table on screen keeps the ordered ids for its
filter and asks for the rows it shows, a page at a time, so a trail of 100 000 records opens as
fast as one of ten. Only people with Permission.AUDIT_READ may read it: the trail names who did
what to whom.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from sqlalchemy import Select, func, select

from desktop.domain.accounts.actor import Actor
from desktop.domain.accounts.permissions import ROLE_LABELS, Permission, Role
from desktop.domain.audit import recorder, words
from desktop.domain.audit.entities import AuditRecord
from desktop.domain.audit.labels import FIELD_LABELS, label
from desktop.domain.codes import code_table
from desktop.domain.members.lifecycle import EVENT_LABELS, STATUS_LABELS, EventType, Status
from desktop.domain.members.inputs import CODED_FIELDS
from desktop.messages import QT_TRANSLATE_NOOP, Translate
from desktop.changes import Change
from desktop.store.database import Database
from desktop.store.fast_reads import first_column

ENTITY = "audit_trail"  # what an export of the trail is recorded as


@dataclass(frozen=True)
class AuditFilter:
    """Which records to show. Dates are calendar days on this computer's clock, both inclusive."""

    user: str | None = None
    entity: str | None = None
    action: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditRow:
    """One record as the table and the export show it."""

    id: int
    at: dt.datetime               # aware, UTC
    actor: str
    action: str
    entity: str
    entity_id: int | None
    changes: tuple[FieldChange, ...]
    actor_name: str = ""          # the display name (王主席), "" when the account is unknown
    object_name: str = ""         # the member's name, the vote's title …, "" when unknown or gone

    @property
    def who(self) -> str:
        return self.actor_name or self.actor

    def summary(self, translate: Translate | None = None, language: str = "en") -> str:
        """The changes as "field: old → new; …" in the reader's language (codes shown as labels)."""
        return "; ".join(change_text(c, translate, language) for c in self.changes)


def local_time(at: dt.datetime) -> dt.datetime:
    """A stored moment on this computer's clock, which is what the office reads and filters by."""
    return at.astimezone()


def local_text(at: dt.datetime) -> str:
    """E.g. 2024-06-01 14:03:05 (local time): written as text so spreadsheets keep it exactly."""
    return local_time(at).strftime("%Y-%m-%d %H:%M:%S")


def _day_start(day: dt.date) -> dt.datetime:
    """Midnight at the start of a local calendar day, as an aware moment."""
    return dt.datetime.combine(day, dt.time.min).astimezone()


class AuditQueries:
    def __init__(self, db: Database, actor: Actor):
        actor.require(Permission.AUDIT_READ)
        self._db = db
        self._actor = actor

    def _filtered(self, statement: Select, flt: AuditFilter) -> Select:
        conditions = []
        if flt.user is not None:
            conditions.append(AuditRecord.actor == flt.user)
        if flt.entity is not None:
            conditions.append(AuditRecord.entity == flt.entity)
        if flt.action is not None:
            conditions.append(AuditRecord.action == flt.action)
        if flt.date_from is not None:
            conditions.append(AuditRecord.at >= _day_start(flt.date_from))
        if flt.date_to is not None:
            conditions.append(AuditRecord.at < _day_start(flt.date_to + dt.timedelta(days=1)))
        return statement.where(*conditions)

    def ids(self, flt: AuditFilter = AuditFilter()) -> list[int]:
        """Ids of the records the filter lets through, newest first (ids follow the order written)."""
        statement = self._filtered(select(AuditRecord.id), flt).order_by(AuditRecord.id.desc())
        with self._db.engine.connect() as connection:
            return first_column(connection, statement)

    def count(self, flt: AuditFilter = AuditFilter()) -> int:
        with self._db.engine.connect() as connection:
            return connection.execute(self._filtered(select(func.count(AuditRecord.id)), flt)).scalar_one()

    def rows(self, ids: Sequence[int]) -> dict[int, AuditRow]:
        """The rows for these ids (any order); ids that do not exist are left out."""
        if not ids:
            return {}
        columns = (AuditRecord.id, AuditRecord.at, AuditRecord.actor, AuditRecord.action, AuditRecord.entity,
                   AuditRecord.entity_id, AuditRecord.changes)
        with self._db.engine.connect() as connection:
            records = connection.execute(select(*columns).where(AuditRecord.id.in_(list(ids)))).all()
            names = words.display_names(connection)
            changes = {r.id: parse_changes(r.changes) for r in records}
            # The thing a record is about: its own item, or the member a payment or receipt is for.
            about = {r.id: (r.entity, r.entity_id) for r in records}
            for r in records:
                member = next((c.new for c in changes[r.id] if c.field == "member_id" and isinstance(c.new, int)), None)
                if member is not None and r.entity not in words.NAMED_ENTITIES:
                    about[r.id] = ("member", member)
            wanted: dict[str, set[int]] = {}
            for entity, item_id in about.values():
                if item_id is not None:
                    wanted.setdefault(entity, set()).add(item_id)
            objects = words.object_names(connection, wanted)
            return {r.id: AuditRow(r.id, r.at, r.actor, r.action, r.entity, r.entity_id, changes[r.id],
                                   names.get(r.actor, ""), objects.get(about[r.id], ""))
                    for r in records}

    def users(self) -> list[str]:
        """Everyone who appears in the trail (including names typed at a failed log-in)."""
        return self._distinct(AuditRecord.actor)

    def display_names(self) -> dict[str, str]:
        """User name → display name, for the user filter (王主席 rather than admin)."""
        with self._db.engine.connect() as connection:
            return words.display_names(connection)

    def entities(self) -> list[str]:
        return self._distinct(AuditRecord.entity)

    def actions(self) -> list[str]:
        return self._distinct(AuditRecord.action)

    def _distinct(self, column) -> list[str]:
        with self._db.engine.connect() as connection:
            return list(connection.execute(select(column).distinct().order_by(column)).scalars())

    def record_export(self, path: str, count: int, flt: AuditFilter,
                      finish: Callable[[], None] | None = None) -> int:
        """Write to the trail that these records were exported (the file, how many, the filter).

        Reading the trail is not audited; taking a copy out of the program is. `finish` (putting the
        finished file in place) runs inside the same transaction, after the record is written: if it
        fails, the record is not kept, so the trail never claims an export that did not happen.
        Returns the new record's id."""
        shown = {k: v.isoformat() if isinstance(v, dt.date) else v
                 for k, v in vars(flt).items() if v is not None}
        changes: dict[str, list] = {"file": [None, path], "records": [None, count]}
        if shown:
            changes["filter"] = [None, shown]
        with self._db.transaction() as session:
            record = recorder.record(session, self._actor, "export", ENTITY, None, changes)
            record_id = record.id
            if finish is not None:
                finish()
        self._db.changes.publish(Change(ENTITY, frozenset({record_id}), "create"))
        return record_id


def parse_changes(text: str | None) -> tuple[FieldChange, ...]:
    """{field: [old, new]} as stored; anything else (hand-edited, a future format) shown as it is."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return (FieldChange("", None, text),)
    if not isinstance(value, dict):
        return (FieldChange("", None, value),)
    return tuple(FieldChange(k, *(v if isinstance(v, list) and len(v) == 2 else (None, v)))
                 for k, v in value.items())


EMPTY = "—"


def value_text(field: str, value: Any, translate: Translate | None = None, language: str = "en") -> str:
    """One stored value as a reader wants it: codes as their labels, yes/no in words."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return (QT_TRANSLATE_NOOP("AuditValues", "yes") if value else
                QT_TRANSLATE_NOOP("AuditValues", "no")).render(translate)
    if isinstance(value, list):
        return words.list_text(value, field, lambda f, v: value_text(f, v, translate, language)) or EMPTY
    if isinstance(value, dict):
        return words.dict_text(value, lambda f, v: value_text(f, v, translate, language),
                               lambda f: label(FIELD_LABELS, f, translate))
    if field in words.MONEY_FIELDS and (money := words.money_text(value, language)):
        return money
    text = str(value)
    if field in CODED_FIELDS:
        return code_table(CODED_FIELDS[field]).label(text, language)
    if field == "reason":
        return code_table("membership_change_reason").label(text, language)
    if field == "union_post":
        return code_table("union_post").label(text, language)
    if field == "category_code" and code_table("fund_category").get(text):  # 50102 文体活动支出
        return f"{text} {code_table('fund_category').label(text, language)}"
    if field == "status" and text in Status._value2member_map_:
        return STATUS_LABELS[Status(text)].render(translate)
    if field in ("event_type", "first_event") and text in EventType._value2member_map_:
        return EVENT_LABELS[EventType(text)].render(translate)
    if field == "role" and text in Role._value2member_map_:
        return ROLE_LABELS[Role(text)].render(translate)
    if field == "field" and text in FIELD_LABELS:  # a reveal names the field it unmasked
        return label(FIELD_LABELS, text, translate)
    if (meaning := words.code_words(field, text)) is not None:
        return meaning.render(translate)
    return words.date_text(text, language) or text


def change_text(change: FieldChange, translate: Translate | None = None, language: str = "en") -> str:
    """"Department: 工会办 → 财务部"; a value set where there was none is just "Department: 财务部"."""
    name = label(FIELD_LABELS, change.field, translate) if change.field else ""
    new = value_text(change.field, change.new, translate, language)
    if change.old is None or change.old == "":
        text = new
    else:
        text = f"{value_text(change.field, change.old, translate, language)} → {new}"
    return f"{name}: {text}" if name else text
